import ArgumentParser
import Foundation
import LedeCore
import LedeIndex
import LedeUI

/// `lede-bench ui`: key press to next frame over a large synthetic corpus.
///
/// Every key goes the way the reader's loop sends it (`App.run`): `AppState.handle` (keymap,
/// then `update` and `reconcile`), then `view` into a fresh `Screen`, then the `Terminal`'s
/// diff against the previous frame flushed to an in-memory `TestBackend`. So the figures are
/// what a user waits for minus the real terminal's own output time. The corpus is the one
/// `lede-bench query` builds (recombined Wikinews paragraphs with hand-made mentions).
struct UIBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ui",
        abstract: "Time key press to next frame (update + view + diff) on a synthetic corpus.")

    @Option(help: "Number of synthetic articles.")
    var articles = 100_000

    @Option(help: "Folder of seed-format articles whose paragraphs are recombined.")
    var corpus = "/work/shared/corpora/wikinews"

    @Option(help: "Timed key presses per action (filters: timed Enters per filter).")
    var runs = 200

    @Option(help: "Random seed for the recombination.")
    var seed: UInt64 = 42

    @Option(help: "Screen width in columns.")
    var width = 120

    @Option(help: "Screen height in rows.")
    var height = 40

    @Option(help: ArgumentHelp("Read this corpus through its index, as `lede` does (list from the cache, articles fetched when shown, compact query index), instead of a synthetic corpus in memory. Index it first with `lede-bench index --corpus PATH --cache DIR`.", valueName: "PATH"))
    var indexed: String?

    @Option(help: "The --cache DIR given to `lede-bench index` (with --indexed).")
    var cache: String?

    func run() throws {
        guard runs > 0, articles > 0, width > 0, height > 0 else {
            throw ValidationError("--runs, --articles, --width and --height must be positive")
        }
        let size = Size(width: width, height: height)
        let theme = Theme(colors: .extended)
        let (state, org) = try indexed.map { try openIndexed($0, size: size, theme: theme) } ?? synthetic(size: size)
        let driver = Driver(state: state, size: size, theme: theme)
        driver.drawFirstFrame()
        print()
        print("key to next frame".padding(toLength: 44, withPad: " ", startingAt: 0)
              + "      p50      p99      max   update p99  view+diff p99   listed")

        // Navigation (issue 6: p99 within 16 ms).
        driver.press(.char("h"), .char("h"))
        report("list: j", driver.timed(runs) { driver.step(.char("j")) })
        report("list: k", driver.timed(runs) { driver.step(.char("k")) })
        report("list: Enter (open article)", driver.timed(runs) {
            driver.press(.char("h"), .char("h"), .char("j"))
            return driver.step(.enter)
        })
        // The longest of the first entries, so scrolling rarely stops at the article's end.
        driver.press(.char("h"), .char("h"), .char("g"))
        let first = Array(driver.state.visible.prefix(200))
        let lengths = first.map { i in driver.state.loader?.article(driver.state.corpus.articles[i].id)?.article.body.count
            ?? driver.state.corpus.articles[i].article.body.count }
        let longest = lengths.indices.max { lengths[$0] < lengths[$1] } ?? 0
        driver.press(repeating: .char("j"), longest)
        driver.press(.enter)
        report("reader: j", driver.timed(runs) { driver.step(.char("j")) })
        report("reader: Space / b (alternating)", driver.timed(runs) { [toggle = Toggle()] in
            driver.step(toggle.flip() ? .char(" ") : .char("b"))
        })
        report("Tab (next pane)", driver.timed(runs) { driver.step(.tab) })
        driver.press(.char("h"), .char("h"))
        report("list: Space / b (alternating pages)", driver.timed(runs) { [toggle = Toggle()] in
            driver.step(toggle.flip() ? .char(" ") : .char("b"))
        })
        report("list: G / g (alternating ends)", driver.timed(runs) { [toggle = Toggle()] in
            driver.step(toggle.flip() ? .char("G") : .char("g"))
        })
        driver.press(.char("g"))
        driver.press(repeating: .char("j"), longest)
        driver.press(.enter)
        driver.press(.char("l"), .char("l"))
        report("sidebar: j / k (alternating)", driver.timed(runs) { [toggle = Toggle()] in
            driver.step(toggle.flip() ? .char("j") : .char("k"))
        })
        print()

        // Filters and searches (issue 5: on screen within 50 ms of Enter).
        driver.press(.char("h"), .char("h"), .char("g"))
        let orgFilter = "org:\"\(org)\""
        var typing: [Sample] = []
        func applyFilter(_ text: String, prompt: Key) -> Sample {
            driver.press(prompt)
            for c in text { typing.append(driver.step(.char(c))) }
            return driver.step(.enter)
        }
        report("filter \(orgFilter): Enter", driver.timed(runs) {
            defer { driver.press(.char("F")) }
            return applyFilter(orgFilter, prompt: .char("f"))
        })
        report("filter date:2015..2017: Enter", driver.timed(runs) {
            defer { driver.press(.char("F")) }
            return applyFilter("date:2015..2017", prompt: .char("f"))
        })
        report("clear filter \(orgFilter): F", driver.timed(runs) {
            _ = applyFilter(orgFilter, prompt: .char("f"))
            return driver.step(.char("F"))
        })
        report("search all \"police protest\": Enter", driver.timed(runs) {
            defer { driver.press(.char("F")) }
            return applyFilter("police protest", prompt: .char("/"))
        })
        // A phrase: through the cache, its words' articles are read to find it in a row.
        report("filter \"government said\" (phrase): Enter", driver.timed(max(5, runs / 20)) {
            defer { driver.press(.char("F")) }
            return applyFilter("\"government said\"", prompt: .char("f"))
        })
        // Nearly every article matches: the ranking of all hits is the worst case.
        report("search all \"the\": Enter", driver.timed(runs) {
            defer { driver.press(.char("F")) }
            return applyFilter("the", prompt: .char("/"))
        })
        report("clear search: F", driver.timed(runs) {
            _ = applyFilter("police protest", prompt: .char("/"))
            return driver.step(.char("F"))
        })
        report("list: d (only the selected one's date)", driver.timed(runs) {
            defer { driver.press(.char("F")) }
            return driver.step(.char("d"))
        })
        driver.press(.char("l"), .char("l"), .char("l"), .char("l"))
        report("sidebar: Enter (filter by entity)", driver.timed(runs) {
            defer { driver.press(.char("F")) }
            return driver.step(.enter)
        })
        driver.press(.char("h"), .char("h"), .char("h"), .char("g"))
        report("sort cycle s (all articles)", driver.timed(runs) { driver.step(.char("s")) })
        _ = applyFilter(orgFilter, prompt: .char("f"))
        report("sort cycle s (\(orgFilter))", driver.timed(runs) { driver.step(.char("s")) })
        driver.press(.char("F"))
        report("typing in the filter / search prompts", typing.sorted { $0.total < $1.total })
    }

    /// The synthetic corpus in memory, and its most common organisation for the filters.
    func synthetic(size: Size) throws -> (AppState, String) {
        let loaded = CorpusLoader().load(paths: [corpus])
        guard !loaded.articles.isEmpty else { throw ValidationError("no articles under \(corpus)") }
        let pool = ParagraphPool(loaded.articles)
        let synthetic = Corpus(articles: pool.corpus(count: articles, seed: seed))
        var clock = Stopwatch()
        // The index alone, once, to show how much of the startup it is.
        _ = QueryIndex(corpus: synthetic)
        let buildIndex = clock.lap()
        let state = AppState(corpus: synthetic, size: size)
        let buildState = clock.lap()
        print("corpus: \(synthetic.articles.count) articles in memory; screen \(width)x\(height); \(runs) timed presses per row")
        print("startup: AppState (QueryIndex included) \(ms(buildState)); QueryIndex alone \(ms(buildIndex))")
        return (state, pool.mostCommon(.org, rank: 0))
    }

    /// The reader's state over an indexed corpus: what `lede` paints first, then the query
    /// index it builds in the background, applied. The organisation filtered on is the most
    /// frequent one in the first article.
    func openIndexed(_ path: String, size: Size, theme: Theme) throws -> (AppState, String) {
        guard let cache else { throw ValidationError("--indexed needs --cache") }
        let locations = IndexLocations(cacheDirectory: cache + "/cache", dataDirectory: cache + "/data")
        var clock = Stopwatch()
        let index = try CorpusIndex(paths: [path], locations: locations)
        guard let list = try index.cachedListCorpus() else { throw ValidationError("\(path) is not indexed in \(cache)") }
        var state = AppState.loading(list, bodiesLoaded: false, size: size)
        state.loader = ArticleLoader(index: index)
        state.reconcile()
        _ = view(state, theme: theme)
        let paint = clock.lap()
        let query = try index.queryIndex(over: list)
        var own = list  // its own storage, as the reader's session gives it
        own.articles = list.articles.map { $0 }
        state.receive(.corpusReady(own, query, bodiesLoaded: false))
        let ready = clock.lap()
        let org = EntitySummary.summarize(state.selectedArticleIndex.map { state.corpus.articles[$0].mentions } ?? [])
            .first { $0.type == .org }?.canonical ?? "Microsoft"
        print("corpus: \(list.articles.count) articles through the index; screen \(width)x\(height); \(runs) timed presses per row")
        print("startup: first paint \(ms(paint)); query index streamed from the cache and applied \(ms(ready))")
        return (state, org)
    }

    func report(_ label: String, _ samples: [Sample]) {
        func pct(_ values: [Double], _ p: Double) -> Double {
            let sorted = values.sorted()
            return sorted[min(sorted.count - 1, max(0, Int((Double(sorted.count) * p).rounded(.up)) - 1))]
        }
        let totals = samples.map(\.total)
        let shown = label.count > 44 ? String(label.prefix(43)) + "…" : label.padding(toLength: 44, withPad: " ", startingAt: 0)
        print(shown + [pct(totals, 0.5), pct(totals, 0.99), totals.max() ?? 0].map { ms($0).leftPadded(9) }.joined()
              + ms(pct(samples.map(\.update), 0.99)).leftPadded(13) + ms(pct(samples.map(\.frame), 0.99)).leftPadded(15)
              + String(samples.last?.listed ?? 0).leftPadded(9))
    }

    func ms(_ seconds: Double) -> String { String(format: "%.2f ms", seconds * 1000) }
}

/// One key press: `handle` (keymap + update + reconcile), then view + diff + flush.
struct Sample {
    var update: Double
    var frame: Double
    /// Entries in the list after the key, to show a filter really narrowed it.
    var listed: Int
    var total: Double { update + frame }
}

/// The reader's loop (`App.run`) one key at a time, with the two halves timed.
final class Driver {
    var state: AppState
    let terminal: Terminal
    let theme: Theme

    init(state: AppState, size: Size, theme: Theme) {
        self.state = state
        self.terminal = Terminal(backend: TestBackend(size: size))
        self.theme = theme
    }

    func drawFirstFrame() { terminal.draw(view(state, theme: theme)) }

    @discardableResult
    func step(_ key: Key) -> Sample {
        var clock = Stopwatch()
        let effects = state.handle(.key(key))
        let update = clock.lap()
        if effects.contains(.fullRedraw) { terminal.invalidate() }
        terminal.draw(view(state, theme: theme))
        return Sample(update: update, frame: clock.lap(), listed: state.visible.count)
    }

    func press(_ keys: Key...) { for k in keys { step(k) } }

    func press(repeating key: Key, _ count: Int) { for _ in 0..<count { step(key) } }

    /// One untimed warm-up, then `runs` timed samples.
    func timed(_ runs: Int, _ body: () -> Sample) -> [Sample] {
        _ = body()
        return (0..<runs).map { _ in body() }
    }
}

final class Toggle {
    var on = false
    func flip() -> Bool { on.toggle(); return on }
}

extension ArticleLoader {
    /// What the reader's session does: articles and their quote links from the cache.
    init(index: CorpusIndex) {
        self.init(article: { try? index.article(id: $0) }, relatedQuotes: { (try? index.relatedQuotes(of: $0)) ?? [:] })
    }
}
