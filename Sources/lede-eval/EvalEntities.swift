import ArgumentParser

// Placeholder: replaced by the issue that builds the entities evaluation.
struct EvalEntities: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "entities", abstract: "(not built yet)")
}
