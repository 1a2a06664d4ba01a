import ArgumentParser

@main
struct LedeEval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lede-eval",
        abstract: "Scores Lede's analysis against gold annotations (../shared/eval/*.jsonl).",
        subcommands: [EvalEntities.self, EvalQuotes.self, BuildModel.self])
}
