import ArgumentParser
import Foundation
import LedeCore

/// `lede-bench query`: filter and search latency over a large synthetic corpus.
///
/// The corpus recombines paragraphs of real news (default: the Wikinews sample) into
/// articles of 3-9 paragraphs with dates spread over ten years. Mentions are hand-made
/// rather than extracted, so the figures measure the query code alone: every run of
/// capitalized words becomes an entity mention (typed by a few keywords or a stable hash).
struct QueryBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Time filters and searches on a synthetic corpus (build index once, then query).")

    @Option(help: "Number of synthetic articles.")
    var articles = 100_000

    @Option(help: "Folder of seed-format articles whose paragraphs are recombined.")
    var corpus = "/work/shared/corpora/wikinews"

    @Option(help: "Timed runs per query (after one warm-up run).")
    var runs = 30

    @Option(help: "Random seed for the recombination.")
    var seed: UInt64 = 42

    func run() throws {
        let loaded = CorpusLoader().load(paths: [corpus])
        guard !loaded.articles.isEmpty else {
            throw ValidationError("no articles under \(corpus)")
        }
        var clock = Stopwatch()
        let pool = ParagraphPool(loaded.articles)
        let synthetic = pool.corpus(count: articles, seed: seed)
        let buildCorpus = clock.lap()
        let memoryBefore = residentMegabytes()
        let cpuBefore = cpuSeconds()
        let index = QueryIndex(articles: synthetic)
        let buildIndex = clock.lap()
        let buildIndexCPU = cpuSeconds() - cpuBefore
        let totalScalars = synthetic.reduce(0) { $0 + $1.article.body.unicodeScalars.count }
        let totalMentions = synthetic.reduce(0) { $0 + $1.mentions.count }
        print("corpus: \(synthetic.count) articles from \(pool.paragraphs.count) paragraphs of \(loaded.articles.count) articles, "
              + "\(totalScalars / 1_000_000) M characters, \(totalMentions) mentions; built in \(ms(buildCorpus))")
        print("index:  built in \(ms(buildIndex)) (\(ms(buildIndexCPU)) of CPU); resident memory \(memoryBefore) MB before, \(residentMegabytes()) MB after")
        print()

        let org = pool.mostCommon(.org, rank: 0), org2 = pool.mostCommon(.org, rank: 5)
        let person = pool.mostCommon(.person, rank: 20), place = pool.mostCommon(.place, rank: 0)
        // A common organization that a short prefix names alone, for `org:prefix`.
        func uniquePrefix(_ name: String) -> String? {
            let full = (try? index.matches("org:\"\(name)\"").get().count) ?? 0
            return (3..<max(3, name.count - 2)).lazy.map { String(name.prefix($0)) }.first {
                (try? index.matches("org:\"\($0)\"").get().count) == full
            }
        }
        let orgPrefix = (0..<50).lazy.compactMap { uniquePrefix(pool.mostCommon(.org, rank: $0)) }.first ?? org
        let filters = [
            "org:\"\(org)\"",
            "person:\"\(person)\"",
            "org:\"\(orgPrefix)\"",
            "date:2018-06",
            "date:2015..2017 -org:\"\(org)\"",
            "government",
            "\"prime minister\"",
            "\"the united states\"",
            "elect*",
            "(org:\"\(org)\" OR org:\"\(org2)\") date:>=2016 police",
            "place:\"\(place)\" -(fire OR flood) date:<2019",
        ]
        print("filter (match + sort newest first)".padding(toLength: 62, withPad: " ", startingAt: 0) + "  matches      p50      p99")
        for f in filters {
            let query = try Query.parse(f).get()
            if case .failure(let e) = index.matches(query) { print("\(f): \(e)"); continue }
            var found = 0
            let times = time(runs) {
                guard case .success(let m) = index.matches(query) else { return }
                found = index.sorted(m, by: .newestFirst).count
            }
            report(f, found, times)
        }
        print()
        print("search (match + BM25 rank all)".padding(toLength: 62, withPad: " ", startingAt: 0) + "  matches      p50      p99")
        for s in ["police", "police protest", "\"united states\" election", "earthquake OR tsunami",
                  "minister -\"prime minister\"", "the"] {
            var found = 0
            let times = time(runs) {
                if case .success(let hits) = index.search(s) { found = hits.count }
            }
            report(s, found, times)
        }
        print()
        print("other".padding(toLength: 62, withPad: " ", startingAt: 0) + "  results      p50      p99")
        let orgQuery = try Query.parse("org:\"\(org)\"").get()
        let orgMatches = try index.matches(orgQuery).get()
        var n = 0
        report("sort \(orgMatches.count) matches by mentions of \(org)", orgMatches.count,
               time(runs) { n = index.sorted(orgMatches, by: .mostMentions, for: orgQuery).count })
        report("complete org:\(orgPrefix.prefix(2))", 10,
               time(runs) { n = index.entityCompletions(.org, prefix: String(orgPrefix.prefix(2))).count })
        report("highlights of police in one article", 1,
               time(runs) { n = index.highlights(in: orgMatches.first ?? 0, for: try! Query.parse("police").get()).count })
        _ = n
    }

    func time(_ runs: Int, _ body: () -> Void) -> [Double] {
        body()
        var times: [Double] = []
        for _ in 0..<runs {
            var w = Stopwatch()
            body()
            times.append(w.lap())
        }
        return times.sorted()
    }

    func report(_ label: String, _ count: Int, _ sorted: [Double]) {
        let p50 = sorted[sorted.count / 2]
        let p99 = sorted[min(sorted.count - 1, Int((Double(sorted.count) * 0.99).rounded(.up)) - 1)]
        let shown = label.count > 62 ? String(label.prefix(61)) + "…" : label.padding(toLength: 62, withPad: " ", startingAt: 0)
        print(shown + "  " + String(count).leftPadded(7) + "  " + ms(p50).leftPadded(7) + "  " + ms(p99).leftPadded(7))
    }

    func ms(_ seconds: Double) -> String {
        seconds >= 1 ? String(format: "%.2f s", seconds) : String(format: "%.2f ms", seconds * 1000)
    }

    /// CPU time of this process: unlike wall time, not inflated when other work shares the cores.
    func cpuSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    func residentMegabytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kb = Int(line.split(separator: " ").dropFirst().first ?? "") else { return -1 }
        return kb / 1024
    }
}

struct Stopwatch {
    var last = DispatchTime.now().uptimeNanoseconds

    mutating func lap() -> Double {
        let now = DispatchTime.now().uptimeNanoseconds
        defer { last = now }
        return Double(now - last) / 1e9
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
