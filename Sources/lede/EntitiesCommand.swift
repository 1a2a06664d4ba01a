import ArgumentParser
import LedeCore

// Placeholder: replaced by the issue that builds `lede entities`.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "entities", abstract: "(not built yet)")
    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let c = try corpus.openCorpus()
        for a in c.articles { print(a.article.id, a.article.title) }
    }
}
