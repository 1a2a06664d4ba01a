import LedeCore
import Testing
@testable import LedeUI

/// A session like the index's: full articles on request, read marks collected.
final class FakeSession: ReaderSession, @unchecked Sendable {
    let mailbox = Mailbox()
    let full: [String: AnalyzedArticle]
    private(set) var fetched: [String] = []
    private(set) var markedRead: [String] = []

    init(_ corpus: Corpus) {
        full = Dictionary(uniqueKeysWithValues: corpus.articles.map { ($0.id, $0) })
        links = corpus.relatedQuotes
    }

    let links: [String: [QuoteLink]]

    func article(id: String) -> AnalyzedArticle? {
        fetched.append(id)
        return full[id]
    }

    func relatedQuotes(of article: AnalyzedArticle) -> [String: [QuoteLink]] {
        links.filter { key, _ in article.quotes.contains { $0.id == key } }
    }

    func setRead(_ ids: [String], _ read: Bool) {
        if read { markedRead += ids } else { markedUnread += ids }
    }
    private(set) var markedUnread: [String] = []

    private(set) var reloads = 0
    func reload() { reloads += 1 }

    private(set) var stars: [(String, Bool)] = []
    func setStarred(_ quote: Quote, _ starred: Bool) { stars.append((quote.id, starred)) }
}

/// The corpus as the cache's list gives it: metadata only.
func stubs(_ corpus: Corpus) -> Corpus {
    Corpus(articles: corpus.articles.map(\.listing), problems: corpus.problems)
}

@Suite("Reading while the corpus is indexed or loaded in the background")
struct BackgroundTests {
    let theme = Theme(colors: .extended)
    let size = Size(width: 120, height: 30)

    @Test("a new corpus starts empty, shows indexing progress, and fills in as articles arrive")
    func fillsIn() {
        let corpus = sampleCorpus()
        var state = AppState.loading(Corpus(articles: []), bodiesLoaded: true, size: size)
        state.receive(.progress(BackgroundProgress(activity: "indexing", done: 1, total: 4, unit: "files",
                                                   megabytesPerSecond: 12.34)))
        var screen = view(state, theme: theme)
        let status = screen.rowText(size.height - 1)
        #expect(status.contains("indexing ██░░░░░░░░ 1/4 files · 12.3 MB/s"))
        #expect(screen.find("Articles appear here") != nil)

        state.receive(.articlesArrived([corpus.articles[2]], bodiesLoaded: true))
        state.receive(.articlesArrived([corpus.articles[0]], bodiesLoaded: true))
        screen = view(state, theme: theme)
        #expect(screen.find("Third story") != nil)
        #expect(screen.find("Microsoft staff") != nil)
        #expect(state.visible.count == 2)
        #expect(screen.rowText(size.height - 1).contains("2 articles so far · newest first"))
        // Newest first as they come; an untouched cursor stays on the top row, the newest.
        #expect(state.visible.map { state.corpus.articles[$0].id } == ["a.txt", "c.txt"])
        #expect(state.selectedArticleIndex.map { state.corpus.articles[$0].id } == "a.txt")
        press(&state, .char("j"))
        #expect(state.selectedArticleIndex.map { state.corpus.articles[$0].id } == "c.txt")
        // A moved cursor stays on its article when one arrives above it.
        state.receive(.articlesArrived([corpus.articles[1]], bodiesLoaded: true))
        #expect(state.visible.map { state.corpus.articles[$0].id } == ["a.txt", "c.txt", "b.txt"].sorted())
        #expect(state.selectedArticleIndex.map { state.corpus.articles[$0].id } == "c.txt")

        // Done: the whole corpus, sorted newest first, cursor still on the same article.
        state.receive(.corpusReady(corpus, QueryIndex(corpus: corpus), bodiesLoaded: true))
        state.receive(.finished("Indexed 3 articles"))
        #expect(state.visible.map { state.corpus.articles[$0].id } == ["a.txt", "b.txt", "c.txt"])
        #expect(state.selectedArticleIndex.map { state.corpus.articles[$0].id } == "c.txt")
        screen = view(state, theme: theme)
        #expect(!screen.rowText(size.height - 1).contains("indexing"))
        #expect(screen.rowText(size.height - 1).contains("Indexed 3 articles"))
    }

    @Test("filters wait for the whole corpus, then work; a --where filter is applied when it arrives")
    func filtersWait() {
        let corpus = sampleCorpus()
        var state = AppState.loading(stubs(corpus), bodiesLoaded: false, size: size)
        state.background.initialFilter = "org:Google"
        state.receive(.progress(BackgroundProgress(activity: "indexing", done: 1, total: 2)))
        press(&state, .char("f"))
        #expect(state.prompt == nil)
        #expect(state.message?.text.contains("ready when the whole corpus is indexed (50% done)") == true)
        #expect(state.visible.count == 3)

        state.receive(.corpusReady(corpus, QueryIndex(corpus: corpus), bodiesLoaded: true))
        #expect(state.visible.map { state.corpus.articles[$0].id } == ["b.txt"])
        #expect(StatusLine.filterDescription(state).contains("org:Google · 1/3 articles"))
        press(&state, .char("F"))
        #expect(state.visible.count == 3)
    }

    @Test("an article listed without its text is fetched when shown, and read marks go back to the session")
    func stubsAreFetched() {
        let corpus = sampleCorpus()
        let session = FakeSession(corpus)
        let backend = TestBackend(size: size, events: [.key(.enter), .key(.char("q"))])
        var frames: [Screen] = []
        backend.onFrame = { frames.append($0) }
        let final = App.run(.loading(stubs(corpus), bodiesLoaded: false, size: size), backend: backend,
                            theme: theme, session: session)
        // Shown at once (first paint), already with its text and entities.
        #expect(session.fetched == ["a.txt"])
        #expect(frames[0].find("“We refuse to be complicit,”") != nil)
        #expect(frames[0].find("Satya Nadella") != nil)
        #expect(final.background.unloaded == [1, 2])
        #expect(session.markedRead == ["a.txt"])
    }

    @Test("a message posted while the loop waits wakes it and is drawn")
    func wakes() {
        let session = FakeSession(Corpus(articles: []))
        let backend = TestBackend(size: size, events: [.key(.char("j"))])
        backend.beforeRead = { n in
            if n == 1 { session.mailbox.post(.articlesArrived(sampleCorpus().articles, bodiesLoaded: true)) }
        }
        let final = App.run(.loading(Corpus(articles: []), bodiesLoaded: true, size: size), backend: backend,
                            theme: theme, session: session)
        #expect(final.corpus.articles.count == 3)
        #expect(backend.screen.find("Second story") != nil)
    }

    @Test("articles listed as they arrive without their text are fetched when shown")
    func arrivalsFetched() {
        let corpus = sampleCorpus()
        let session = FakeSession(corpus)
        var state = AppState.loading(Corpus(articles: []), bodiesLoaded: true, size: size)
        state.loader = ArticleLoader(article: { session.article(id: $0) }, relatedQuotes: { session.relatedQuotes(of: $0) })
        state.receive(.articlesArrived(stubs(corpus).articles, bodiesLoaded: false))
        #expect(session.fetched == ["a.txt"])
        #expect(view(state, theme: theme).find("Satya Nadella") != nil)
        press(&state, .char("j"))
        #expect(session.fetched == ["a.txt", "b.txt"])
        #expect(state.background.unloaded == [2])
    }

    @Test("a cursor left on the first row stays on the first row when the sorted corpus arrives")
    func untouchedCursorStaysOnTop() {
        let corpus = sampleCorpus()
        var state = AppState.loading(Corpus(articles: []), bodiesLoaded: true, size: size)
        state.receive(.articlesArrived([corpus.articles[2], corpus.articles[0], corpus.articles[1]], bodiesLoaded: true))
        #expect(state.selectedArticleIndex.map { state.corpus.articles[$0].id } == "a.txt")
        state.receive(.corpusReady(corpus, QueryIndex(corpus: corpus), bodiesLoaded: true))
        #expect(state.selected == 0)
        #expect(state.selectedArticleIndex.map { state.corpus.articles[$0].id } == "a.txt")
    }

    @Test("the corpus arriving keeps the place in the article being read")
    func keepsPlace() {
        let corpus = sampleCorpus()
        var state = AppState.loading(corpus, bodiesLoaded: true, size: Size(width: 120, height: 8))
        press(&state, .enter, .char("j"), .char("j"))
        let scroll = state.reader.scroll
        #expect(scroll > 0)
        state.receive(.corpusReady(corpus, QueryIndex(corpus: corpus), bodiesLoaded: true))
        #expect(state.reader.scroll == scroll)
        #expect(state.focus == .reader)
    }
}

@Suite("Related quotes over a corpus listed from the cache")
struct StubQuoteTests {
    @Test("r fetches the linked articles it lists, and Enter lands on the quote")
    func relatedFromStubs() {
        let full = quoteCorpus()
        let session = FakeSession(full)
        var state = AppState.loading(stubs(full), bodiesLoaded: false, size: Size(width: 120, height: 20))
        state.loader = ArticleLoader(article: { session.article(id: $0) }, relatedQuotes: { session.relatedQuotes(of: $0) })
        // The query index arrives (over the listed articles, as the cache's would be).
        state.receive(.corpusReady(stubs(full), QueryIndex(corpus: stubs(full)), bodiesLoaded: false))
        _ = update(&state, .cycleSort)
        press(&state, .char("g"))
        #expect(state.selectedArticleIndex == 0)
        #expect(!state.corpus.articles[0].article.body.isEmpty, "the shown article is fetched")
        press(&state, .char("]"), .char("r"))
        let lines = state.overlays.last.map { OverlayContent.lines(for: $0.kind, state: state).map(\.text) } ?? []
        #expect(lines.contains("  “We refuse to be complicit,”"))
        #expect(lines.contains("  “Leadership will listen,”"))
        #expect(!lines.contains { $0.contains("quote not found") })
        press(&state, .enter)
        #expect(state.overlays.isEmpty)
        #expect(state.selectedQuote?.text == "We refuse to be complicit,")
        #expect(state.reader.articleIndex != 0)
    }
}

@Suite("Starring quotes")
struct StarTests {
    @Test("* stars the selected quote, marks it in the quotes tab, and * again unstars it; the session keeps both")
    func starAndUnstar() {
        let session = FakeSession(quoteCorpus())
        var state = quoteState()
        state.loader = nil
        press(&state, .char("*"))
        #expect(state.message?.text == "No quote selected: ] selects the next one, then * stars it")
        press(&state, .char("]"))
        let effects = press(&state, .char("*"))
        #expect(state.message?.text == "Starred quote 1/3 — Jane Roe")
        #expect(effects.contains(.starred(state.selectedQuote!, true)))
        press(&state, .char("Q"))
        let screen = view(state, theme: Theme(colors: .extended))
        #expect(screen.find("1★ Jane Roe") != nil)
        #expect(screen.find("2★") == nil)

        let backend = TestBackend(size: state.size, events: [.key(.char("*")), .key(.char("q"))])
        let final = App.run(state, backend: backend, theme: Theme(colors: .extended), session: session)
        #expect(final.starred.isEmpty)
        #expect(session.stars.map(\.1) == [false])
        #expect(backend.screen.find("1★") == nil)
    }
}

@Suite("Reload")
struct ReloadTests {
    @Test("R asks the session to look at the files again, once at a time; without the index it says why not")
    func reload() {
        var memory = makeState()
        press(&memory, .char("R"))
        #expect(memory.message?.text.contains("--no-cache") == true)

        let session = FakeSession(sampleCorpus())
        let backend = TestBackend(size: Size(width: 120, height: 30), events: [.key(.char("R")), .key(.char("R"))])
        var seen: [String] = []
        backend.onFrame = { seen.append($0.rowText(29)) }
        let final = App.run(makeState(width: 120, height: 30), backend: backend, theme: Theme(colors: .extended), session: session)
        #expect(session.reloads == 1)
        #expect(seen[1].contains("checking files"))
        #expect(seen[2].contains("Already at work: checking files"))
        var done = final
        done.receive(.finished("No new, changed or deleted files"))
        #expect(done.background.progress == nil)
        #expect(done.message?.text == "No new, changed or deleted files")
    }
}
