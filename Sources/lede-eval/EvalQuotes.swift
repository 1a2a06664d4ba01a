import ArgumentParser

// Placeholder: replaced by the issue that builds the quotes evaluation.
struct EvalQuotes: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "quotes", abstract: "(not built yet)")
}
