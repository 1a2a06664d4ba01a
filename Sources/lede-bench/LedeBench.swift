import ArgumentParser

/// Benchmarks, run as `swift run -c release lede-bench SUBCOMMAND`.
@main
struct LedeBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lede-bench",
        abstract: "Measures Lede's speed. Build with -c release.",
        subcommands: [EntityBenchmark.self, QueryBenchmark.self, QuoteBenchmark.self,
                      GenerateCorpus.self, IndexBenchmark.self, UIBenchmark.self])
}
