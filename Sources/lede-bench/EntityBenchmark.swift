import ArgumentParser
import Foundation
import LedeCore

/// `lede-bench entities`: words (and MB of article text) per second of entity extraction on
/// one core; with `--quotes`, of quote finding and speaker attribution after it as well.
struct EntityBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Times EntityExtractor over a corpus (default: ../shared/corpora/wikinews), repeated.")

    @Argument(help: "Article files or folders.")
    var paths: [String] = ["../shared/corpora/wikinews"]

    @Option(help: "How many times to run over the articles.")
    var repeats: Int = 10

    @Flag(help: "Also time QuoteExtractor (with the mentions found) on the same thread.")
    var quotes = false

    func run() throws {
        let loaded = CorpusLoader().load(paths: paths)
        guard !loaded.articles.isEmpty else {
            throw ValidationError("no articles under \(paths.joined(separator: " "))")
        }
        let words = loaded.articles.reduce(0) { n, a in
            // Over bytes: counting by Character costs as much as a third of the extraction
            // and would swamp a profile of this benchmark.
            n + a.body.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 }).count
        }
        // The first call loads the model files; time it apart from the runs.
        let loadStart = DispatchTime.now()
        let extractor = EntityExtractor()
        _ = extractor.mentions(in: [Article(id: "warm-up", path: "", date: nil, title: "", body: "Warm up.")])
        let loadSeconds = Double(DispatchTime.now().uptimeNanoseconds - loadStart.uptimeNanoseconds) / 1e9

        let megabytes = Double(loaded.articles.reduce(0) { $0 + $1.body.utf8.count }) / 1e6
        var mentions = 0
        var found: [[EntityMention]] = []
        // On this thread alone, as each indexing worker does (the batch call without a cache
        // spreads over the cores, and this thread's CPU time would then count only its share).
        let cache = EntityExtractor.WordCache()
        let start = DispatchTime.now()
        let cpuStart = Self.threadCPUSeconds()
        for _ in 0..<repeats {
            found = extractor.mentions(in: loaded.articles, reusing: cache)
            mentions += found.reduce(0) { $0 + $1.count }
        }
        let cpu = Self.threadCPUSeconds() - cpuStart
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let total = words * repeats
        print("articles: \(loaded.articles.count), words: \(words), MB: \(String(format: "%.2f", megabytes)), repeats: \(repeats), mentions: \(mentions)")
        print(String(format: "model load: %.1f ms", loadSeconds * 1000))
        print(String(format: "wall clock: %.3f s, %.0f words/s", seconds, Double(total) / seconds))
        // CPU time of this thread: what one core does, whatever else the machine is running.
        print(String(format: "CPU time (one core): %.3f s, %.0f words/s, %.2f MB/s", cpu, Double(total) / cpu,
                     megabytes * Double(repeats) / cpu))
        guard quotes else { return }
        // One article at a time on this thread (the batch call spreads over the cores).
        let quoteExtractor = QuoteExtractor()
        var quoteCount = 0
        let qStart = Self.threadCPUSeconds()
        for _ in 0..<repeats {
            for (a, m) in zip(loaded.articles, found) { quoteCount += quoteExtractor.quotes(in: a, mentions: m).count }
        }
        let qcpu = Self.threadCPUSeconds() - qStart
        print(String(format: "quotes: %d, CPU time (one core): %.3f s, %.0f words/s, %.2f MB/s", quoteCount, qcpu,
                     Double(total) / qcpu, megabytes * Double(repeats) / qcpu))
        print(String(format: "entities + quotes: %.3f s, %.0f words/s, %.2f MB/s", cpu + qcpu, Double(total) / (cpu + qcpu),
                     megabytes * Double(repeats) / (cpu + qcpu)))
    }

    static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
