import ArgumentParser

@main
struct Lede: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lede",
        abstract: "A terminal reader for collections of news articles.",
        subcommands: [ReadCommand.self, EntitiesCommand.self, QuotesCommand.self, ListCommand.self, IndexCommand.self],
        defaultSubcommand: ReadCommand.self)
}
