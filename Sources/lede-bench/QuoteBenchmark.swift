import ArgumentParser
import Foundation
import LedeCore

/// `lede-bench quotes [--articles N]`: quote finding and linking over a synthetic corpus
/// where some quotations recur (whole, as fragments, or with a word changed) across
/// articles, as wire copy does.
struct QuoteBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes", abstract: "Time quote extraction and linking on a synthetic corpus.")

    @Option(help: "Number of synthetic articles.")
    var articles = 100_000

    @Option(help: "Quotes per article.")
    var quotesPerArticle = 6

    @Option(help: "Time these article files or folders instead of a synthetic corpus, read this many times over.")
    var realCorpusRepeat = 1

    @Argument(help: "Article files or folders (optional).")
    var paths: [String] = []

    func run() throws {
        guard articles > 0, quotesPerArticle > 0, realCorpusRepeat > 0 else { throw ValidationError("counts must be positive") }
        if !paths.isEmpty {
            let loaded = CorpusLoader().load(paths: paths)
            guard !loaded.articles.isEmpty else { throw ValidationError("no article could be opened") }
            var copies: [Article] = []
            for n in 0..<realCorpusRepeat {
                for a in loaded.articles {
                    copies.append(Article(id: "\(n)/\(a.id)", path: a.path, date: a.date, title: a.title, body: a.body))
                }
            }
            measure(copies)
            return
        }
        var rng = SplitMix64(seed: 42)
        let vocabulary = (0..<20_000).map { "w\($0)" }
        func word() -> String {
            // Roughly Zipfian: small indices are much more frequent.
            let u = Double(rng.next() % 1_000_000) / 1_000_000
            return vocabulary[min(vocabulary.count - 1, Int(pow(Double(vocabulary.count), u)) - 1)]
        }
        var earlier: [[String]] = []
        var built: [Article] = []
        built.reserveCapacity(articles)
        for a in 0..<articles {
            var paragraphs: [String] = []
            for _ in 0..<quotesPerArticle {
                var words: [String]
                let roll = rng.next() % 100
                if roll < 5, let old = earlier.randomElement(using: &rng) {
                    words = old  // the same quotation again
                } else if roll < 8, let old = earlier.randomElement(using: &rng), old.count > 8 {
                    words = Array(old[2..<(old.count - 2)])  // a fragment
                } else if roll < 10, let old = earlier.randomElement(using: &rng) {
                    words = old
                    words[Int(rng.next() % UInt64(words.count))] = word()  // a variant
                } else {
                    words = (0..<(8 + Int(rng.next() % 25))).map { _ in word() }
                }
                if earlier.count < 50_000 { earlier.append(words) } else { earlier[Int(rng.next() % 50_000)] = words }
                // Zipfian speakers too: a few are quoted in thousands of articles.
                let speaker = "Person \(word().dropFirst())"
                paragraphs.append("“\(words.joined(separator: " ")),” said \(speaker). The w1 w2 w3 was w4.")
            }
            built.append(Article(id: "a\(a)", path: "a\(a)", date: nil, title: "t", body: paragraphs.joined(separator: "\n\n")))
        }
        measure(built)
    }

    func measure(_ built: [Article]) {
        let articles = built.count
        let wall = ContinuousClock()
        var quotes: [[Quote]] = []
        let cpu0 = clock()
        let extract = wall.measure {
            quotes = QuoteExtractor().quotes(in: built, mentions: [])
        }
        let cpu1 = clock()
        let analyzed = built.indices.map { AnalyzedArticle(article: built[$0], quotes: quotes[$0]) }
        var related: [String: [QuoteLink]] = [:]
        var linked: [AnalyzedArticle] = []
        let link = wall.measure {
            (linked, related) = QuoteLinker().link(analyzed)
        }
        let cpu2 = clock()
        let all = linked.flatMap(\.quotes)
        let families = Dictionary(grouping: all.compactMap(\.family), by: { $0 }).filter { $0.value.count > 1 }
        print("articles \(articles), quotes \(all.count), attributed \(all.filter { $0.speaker != nil }.count)")
        print("families with 2+ members \(families.count), quotes with related \(related.count), links \(related.values.map(\.count).reduce(0, +))")
        // CPU seconds too: wall time swings when other jobs share the machine.
        func cpu(_ a: clock_t, _ b: clock_t) -> String { String(format: "%.2f s CPU", Double(b - a) / Double(CLOCKS_PER_SEC)) }
        print("extract \(extract)  (\(perQuote(extract, all.count)); \(cpu(cpu0, cpu1)))")
        print("link    \(link)  (\(perQuote(link, all.count)); \(cpu(cpu1, cpu2)))")
    }

    func perQuote(_ d: Duration, _ n: Int) -> String {
        let s = Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        return String(format: "%.1f µs/quote", s / Double(max(n, 1)) * 1e6)
    }
}

