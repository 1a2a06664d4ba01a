import LedeCore

/// What the reader knows about work going on beside it: a corpus still being indexed or
/// loaded from the cache.
public struct BackgroundState: Hashable, Sendable {
    /// Shown in the status line while set.
    public var progress: BackgroundProgress?
    /// Articles listed from the cache without their body and analysis yet (indices into
    /// `corpus.articles`); the loop fills in the selected one through the session.
    public var unloaded: Set<Int> = []
    /// False until the query index covers the whole corpus; filters, sorting and corpus
    /// search wait for it rather than answer from part of it.
    public var filtersReady = true
    /// A filter asked for before the corpus was ready (`lede --where`), applied when it is.
    public var initialFilter: String?

    public init() {}
}

extension AppState {
    /// A reader that opens before its corpus is complete: `corpus` lists what is known so far
    /// (from the cache's list, without bodies, when `bodiesLoaded` is false; or nothing yet),
    /// and `BackgroundMessage`s fill it in.
    public static func loading(_ corpus: Corpus, bodiesLoaded: Bool, size: Size) -> AppState {
        var state = AppState(corpus: corpus, size: size)
        state.background.filtersReady = false
        if !bodiesLoaded { state.background.unloaded = Set(corpus.articles.indices) }
        return state
    }

    /// Applies one message from the background.
    public mutating func receive(_ message: BackgroundMessage) {
        switch message {
        case .progress(let p):
            background.progress = p
        case .articlesArrived(let articles):
            append(articles)
        case .corpusReady(let corpus, let index):
            adopt(corpus, index: index)
        case .finished(let text):
            background.progress = nil
            if !text.isEmpty { self.message = StatusMessage(text: text, isWarning: false) }
        case .failed(let text):
            background.progress = nil
            self.message = StatusMessage(text: text, isWarning: true)
        }
        reconcile()
    }

    /// Puts the full article in place of its listed stub.
    public mutating func fillIn(_ index: Int, with article: AnalyzedArticle) {
        guard corpus.articles.indices.contains(index) else { return }
        corpus.articles[index] = article
        background.unloaded.remove(index)
        // Lay out the reading pane and sidebar again for the real text.
        if reader.articleIndex == index { reader.document = nil }
        if sidebar.articleIndex == index { sidebar = SidebarState() }
        reconcile()
    }

    /// New articles go to the end of the list as they arrive; the list is sorted when the
    /// whole corpus is ready (sorting each batch in would move the cursor's neighbours
    /// around under the reader).
    private mutating func append(_ articles: [AnalyzedArticle]) {
        let start = corpus.articles.count
        corpus.articles += articles
        if filter.search == nil && filter.active.text.trimmingWhitespace().isEmpty {
            visible += start..<corpus.articles.count
        }
    }

    /// Replaces the corpus, keeping what the user is doing: the filter and sort, a corpus
    /// search, the selected article and the place in it.
    private mutating func adopt(_ newCorpus: Corpus, index: QueryIndex) {
        let selectedID = selectedArticleIndex.map { corpus.articles[$0].id }
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
        background.unloaded = []
        background.filtersReady = true
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
