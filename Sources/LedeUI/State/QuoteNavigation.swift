import LedeCore

/// A quote of the shown article: the one `]`/`[` stepped to, or a jump landed on.
public struct QuoteSelection: Hashable, Sendable {
    /// Index into `corpus.articles`.
    public var articleIndex: Int
    /// Index into that article's `quotes` (text order).
    public var quote: Int
}

/// Where the reader was before a jump, so the back key can return there.
public struct ReadingPosition: Hashable, Sendable {
    public var articleIndex: Int
    /// First line shown; used when the top line has no body offset (title, dateline).
    public var scroll: Int
    /// Body offset of the text at the top of the pane, so the place survives a reflow.
    public var topOffset: Int?
    public var quote: Int?
    public var focus: Pane
}

/// The related-quotes overlay: which quote it lists links for, and the row under the cursor.
public struct RelatedQuotesList: Hashable, Sendable {
    public var articleIndex: Int
    public var quote: Int
    /// Index into the quote's `Corpus.relatedQuotes` links.
    public var cursor = 0
}

/// Everything the reader's quote features keep: the selected quote, the back stack, and the
/// sidebar's quotes tab.
public struct QuoteNavigation: Hashable, Sendable {
    public var selected: QuoteSelection?
    /// Older positions first; the back key pops the last.
    public var backStack: [ReadingPosition] = []
    /// The right sidebar lists the article's quotes instead of its entities (`Q`).
    public var sidebarShowsQuotes = false
    /// Quote under the cursor in the quotes tab.
    public var tabCursor = 0
    /// First row of the quotes tab shown.
    public var tabScroll = 0
    /// The article the tab's cursor belongs to.
    var tabArticleIndex: Int?
    /// Article id -> index into `corpus.articles`, to follow links without a scan of the
    /// corpus per link (`Corpus.quote(id:)` scans).
    var articleIndexByID: [String: Int] = [:]

    /// Positions beyond this are dropped from the bottom of the stack.
    static let backStackLimit = 100
}

enum QuotesTabGeometry {
    /// Speaker and related count, then the quote's words.
    static let rowsPerQuote = 2
}

extension AppState {
    /// The quotes of the article in the reading pane.
    var shownQuotes: [Quote] {
        reader.articleIndex.map { corpus.articles[$0].quotes } ?? []
    }

    /// The selected quote, when it belongs to the shown article.
    var selectedQuote: Quote? {
        guard let s = quoteNav.selected, s.articleIndex == reader.articleIndex else { return nil }
        let quotes = corpus.articles[s.articleIndex].quotes
        return quotes.indices.contains(s.quote) ? quotes[s.quote] : nil
    }

    /// Keeps the quote state consistent with the shown article (part of `reconcile()`).
    mutating func reconcileQuotes() {
        // The quotes tab shows each quote's related count.
        if quoteNav.sidebarShowsQuotes, let i = reader.articleIndex { ensureLinksLoaded(i) }
        // Only quote jumps need it: not built for a list that was merely opened.
        if quoteNav.selected != nil || !overlays.isEmpty { indexArticleIDs() }
        if let s = quoteNav.selected,
           s.articleIndex != reader.articleIndex || !corpus.articles[s.articleIndex].quotes.indices.contains(s.quote) {
            quoteNav.selected = nil
        }
        if quoteNav.tabArticleIndex != reader.articleIndex {
            quoteNav.tabArticleIndex = reader.articleIndex
            quoteNav.tabCursor = quoteNav.selected?.quote ?? 0
            quoteNav.tabScroll = 0
        }
        let count = shownQuotes.count
        quoteNav.tabCursor = count == 0 ? 0 : min(max(0, quoteNav.tabCursor), count - 1)
        let visibleQuotes = max(1, sidebarHeight / QuotesTabGeometry.rowsPerQuote)
        if quoteNav.tabCursor < quoteNav.tabScroll { quoteNav.tabScroll = quoteNav.tabCursor }
        if quoteNav.tabCursor >= quoteNav.tabScroll + visibleQuotes { quoteNav.tabScroll = quoteNav.tabCursor - visibleQuotes + 1 }
        quoteNav.tabScroll = max(0, min(quoteNav.tabScroll, max(0, count - visibleQuotes)))
    }

    /// Brings the article id -> index map up to date (100,000 entries: built when a quote
    /// is first selected, not at start).
    mutating func indexArticleIDs() {
        if quoteNav.articleIndexByID.count != corpus.articles.count {
            quoteNav.articleIndexByID = Dictionary(corpus.articles.enumerated().map { ($1.id, $0) }) { first, _ in first }
        }
    }

    /// Where a linked quote is: its article's index and its index in that article's quotes.
    func locate(_ link: QuoteLink) -> (article: Int, quote: Int)? {
        guard let a = quoteNav.articleIndexByID[link.articleID] ?? corpus.quote(id: link.quoteID)?.article else { return nil }
        let quotes = corpus.articles[a].quotes
        // Ids count from 1 in text order, so the quote is usually at N-1; search if not.
        if let hash = link.quoteID.range(of: "#q", options: .backwards), let n = Int(link.quoteID[hash.upperBound...]),
           quotes.indices.contains(n - 1), quotes[n - 1].id == link.quoteID {
            return (a, n - 1)
        }
        return quotes.firstIndex { $0.id == link.quoteID }.map { (a, $0) }
    }

    /// Where the reader is now, for the back stack; nil with no article shown.
    var readingPosition: ReadingPosition? {
        guard let index = reader.articleIndex else { return nil }
        let top = reader.document.flatMap { doc in
            doc.lines.indices.contains(reader.scroll) ? doc.lines[reader.scroll].glyphs.first?.offset : nil
        }
        return ReadingPosition(articleIndex: index, scroll: reader.scroll, topOffset: top,
                               quote: selectedQuote == nil ? nil : quoteNav.selected?.quote, focus: focus)
    }
}

/// How the status line and the lists name a quote's speaker.
func speakerName(_ q: Quote) -> String {
    Sanitizer.display(q.speakerEntity ?? q.speaker ?? "unattributed")
}

/// A quote's words on one line: paragraph breaks folded, control characters made visible.
func oneLine(_ text: String) -> String {
    Sanitizer.display(text.replacingOccurrences(of: "\n", with: " "))
}
