import LedeCore

/// What the reader knows about work going on beside it: a corpus still being indexed or
/// loaded from the cache.
public struct BackgroundState: Hashable, Sendable {
    /// Shown in the status line while set.
    public var progress: BackgroundProgress?
    /// Articles listed from the cache without their body and analysis yet (indices into
    /// `corpus.articles`); the loop fills in the selected one through the session.
    public var unloaded: Set<Int> = []
    /// Articles fetched through the loader whose quote links are not fetched yet.
    public var linksPending: Set<Int> = []
    /// False until the query index covers the whole corpus; filters, sorting and corpus
    /// search wait for it rather than answer from part of it.
    public var filtersReady = true
    /// Articles are being listed as they are analysed (a corpus never indexed before).
    public var arriving = false
    /// While they arrive: each article's day ordinal (Int.min undated), so placing a batch
    /// in the list compares integers, not articles.
    var arrivedDays: [Int] = []
    /// A filter asked for before the corpus was ready (`lede --where`), applied when it is.
    public var initialFilter: String?

    public init() {}
}

extension AppState {
    /// A reader that opens before its corpus is complete: `corpus` lists what is known so far
    /// (from the cache's list, without bodies, when `bodiesLoaded` is false; or nothing yet),
    /// and `BackgroundMessage`s fill it in.
    public static func loading(_ corpus: Corpus, bodiesLoaded: Bool, size: Size) -> AppState {
        // No query index yet (filters wait for the real one): the list only needs its order.
        var state = AppState(corpus: corpus, size: size, filter: FilterState(index: QueryIndex(articles: [])),
                             visible: QueryIndex.newestFirst(corpus.articles))
        state.background.filtersReady = false
        if !bodiesLoaded { state.background.unloaded = Set(corpus.articles.indices) }
        return state
    }

    /// Applies one message from the background.
    public mutating func receive(_ message: BackgroundMessage) {
        switch message {
        case .progress(let p):
            background.progress = p
        case .articlesArrived(let articles, let bodiesLoaded):
            append(articles, bodiesLoaded: bodiesLoaded)
        case .corpusReady(let corpus, let index, let bodiesLoaded):
            adopt(corpus, index: index, bodiesLoaded: bodiesLoaded)
        case .finished(let text):
            background.progress = nil
            if !text.isEmpty { self.message = StatusMessage(text: text, isWarning: false) }
        case .failed(let text):
            background.progress = nil
            self.message = StatusMessage(text: text, isWarning: true)
        case .warning(let text):
            self.message = StatusMessage(text: text, isWarning: true)
        }
        reconcile()
    }

    /// Fetches article `i` through the loader if it is listed without its text.
    mutating func ensureLoaded(_ i: Int) {
        guard background.unloaded.contains(i) else { return }
        background.unloaded.remove(i)
        guard let loader else { return }
        guard let loaded = loader.article(corpus.articles[i].id) else {
            // Gone from the cache since it was listed (another process refreshed it).
            message = StatusMessage(text: "This article is no longer in the index (changed on disk?): R reloads",
                                    isWarning: true)
            return
        }
        corpus.articles[i] = loaded
        if !loaded.quotes.isEmpty { background.linksPending.insert(i) }
        // Lay out the reading pane and sidebar again for the real text.
        if reader.articleIndex == i {
            reader.document = nil
            reader.marks = filter.searchMarks(for: loaded)
        }
        if sidebar.articleIndex == i { sidebar = SidebarState() }
    }

    /// Fetches the links of article `i`'s quotes if they are not here yet: before a quote's
    /// related count is shown or its related quotes listed.
    mutating func ensureLinksLoaded(_ i: Int) {
        guard background.linksPending.contains(i), let loader else { return }
        background.linksPending.remove(i)
        corpus.relatedQuotes.merge(loader.relatedQuotes(corpus.articles[i])) { _, new in new }
    }

    /// The same for every listed article with one of these ids.
    mutating func ensureArticlesLoaded(ids: [String]) {
        guard !background.unloaded.isEmpty else { return }
        indexArticleIDs()
        for id in ids { if let i = quoteNav.articleIndexByID[id] { ensureLoaded(i) } }
    }

    /// New articles take their places in the list (newest first) as they arrive. The
    /// cursor stays on its article and on its row of the screen, so what the reader looks
    /// at does not move; a cursor left on the first row stays there, on the newest.
    private mutating func append(_ articles: [AnalyzedArticle], bodiesLoaded: Bool) {
        let start = corpus.articles.count
        background.arriving = true
        corpus.articles += articles
        if !bodiesLoaded { background.unloaded.formUnion(start..<corpus.articles.count) }
        guard filter.search == nil && filter.active.text.trimmingWhitespace().isEmpty else { return }
        let untouched = selected == 0 && focus == .list
        let shown = selectedArticleIndex
        let rowOnScreen = selected - listScroll
        if background.arrivedDays.count != start {
            background.arrivedDays = corpus.articles[..<start].map { $0.article.date?.ordinal ?? Int.min }
        }
        background.arrivedDays += articles.map { $0.article.date?.ordinal ?? Int.min }
        let days = background.arrivedDays
        // Newest first, undated (Int.min) last, ties in arrival order.
        let newer = { (a: Int, b: Int) -> Bool in days[a] != days[b] ? days[a] > days[b] : a < b }
        let arrived = (start..<corpus.articles.count).sorted(by: newer)
        var merged: [Int] = []
        merged.reserveCapacity(visible.count + arrived.count)
        var i = 0, j = 0
        while i < visible.count || j < arrived.count {
            if j == arrived.count || (i < visible.count && newer(visible[i], arrived[j])) {
                merged.append(visible[i]); i += 1
            } else {
                merged.append(arrived[j]); j += 1
            }
        }
        visible = merged
        if !untouched, let shown, let row = visible.firstIndex(of: shown) {
            selected = row
            listScroll = max(0, row - rowOnScreen)
        } else {
            selected = 0
            listScroll = 0
        }
    }

    /// Replaces the corpus, keeping what the user is doing: the filter and sort, a corpus
    /// search, the selected article and the place in it. A cursor still on the first row of
    /// the list stays on the first row (the newest article, by default), as at start.
    private mutating func adopt(_ newCorpus: Corpus, index: QueryIndex, bodiesLoaded: Bool) {
        let untouched = selected == 0 && focus == .list
        let selectedID = untouched ? nil : selectedArticleIndex.map { corpus.articles[$0].id }
        let readerScroll = reader.scroll
        corpus = newCorpus
        var fresh = FilterState(index: index)
        fresh.history = filter.history
        fresh.searchHistory = filter.searchHistory
        fresh.active.setOrder(filter.active.order, index: index)
        let wanted = background.initialFilter ?? filter.active.text
        background.initialFilter = nil
        if !wanted.trimmingWhitespace().isEmpty, let error = fresh.active.apply(wanted, index: index) {
            message = StatusMessage(text: "Filter not applied: \(error)", isWarning: true)
        }
        if let search = filter.search, case .success(let session) = SearchSession.start(search.text, in: index) {
            fresh.search = session
        }
        filter = fresh
        visible = filter.listed
        background.unloaded = bodiesLoaded ? [] : Set(corpus.articles.indices)
        background.linksPending = []
        background.filtersReady = true
        background.arriving = false
        background.arrivedDays = []
        // Indices into the old corpus mean nothing now.
        quoteNav = QuoteNavigation(sidebarShowsQuotes: quoteNav.sidebarShowsQuotes)
        overlays.removeAll { if case .relatedQuotes = $0.kind { true } else { false } }
        sidebar = SidebarState()
        reader = ReaderState()
        selected = 0
        if let id = selectedID, let i = corpus.articles.firstIndex(where: { $0.id == id }),
           let row = visible.firstIndex(of: i) {
            selected = row
            reader.articleIndex = i
            reader.scroll = readerScroll
        }
    }
}

extension QuoteNavigation {
    init(sidebarShowsQuotes: Bool) {
        self.init()
        self.sidebarShowsQuotes = sidebarShowsQuotes
    }
}
