import LedeCore

/// Highlighted places in the current article that `n`/`N` step through: the mentions of the
/// entity selected in the sidebar, or the matches of the last search. The last one set wins.
public struct Marks: Hashable, Sendable {
    public enum Source: Hashable, Sendable {
        case entity(type: EntityType, canonical: String)
        case search(String)
    }
    public var source: Source
    /// Sorted by start.
    public var spans: [TextSpan]
    /// The mark the user last jumped to.
    public var current: Int?
}

public struct ReaderState: Hashable, Sendable {
    /// Index into `corpus.articles` of the article shown.
    public var articleIndex: Int?
    /// First document line shown.
    public var scroll = 0
    public var document: ReaderDocument?
    public var marks: Marks?
    /// Marked unread while shown (`u`): not marked read again until another is opened.
    public var keptUnread = false
}

public struct SidebarState: Hashable, Sendable {
    /// The entities of the shown article, grouped by type, most mentioned first.
    public var entities: [EntitySummary] = []
    /// Which of `entities` is selected.
    public var cursor = 0
    /// First row (headings included) shown.
    public var scroll = 0
    /// The article the entities belong to.
    public var articleIndex: Int?
}

public enum OverlayKind: Hashable, Sendable {
    case help
    case problems
    /// The quotes related to one quote, with a cursor (`r`).
    case relatedQuotes(RelatedQuotesList)
}

public struct Overlay: Hashable, Sendable {
    public var kind: OverlayKind
    public var scroll = 0
    public init(_ kind: OverlayKind) { self.kind = kind }
}

public enum PromptKind: Hashable, Sendable {
    case search
    case filter, corpusSearch
    /// `A`: a yes-or-no question, answered by one key.
    case confirmMarkAllRead(count: Int)
    /// What the status line shows before the input.
    var label: String {
        switch self {
        case .search: "/"
        case .filter: "filter: "
        case .corpusSearch: "search all: "
        case .confirmMarkAllRead(let count): "Mark \(count == 1 ? "the one unread article" : "all \(count) unread articles") listed read? (y/n) "
        }
    }
}

public struct Prompt: Hashable, Sendable {
    public var kind: PromptKind
    public var editor: LineEditor
}

public struct StatusMessage: Hashable, Sendable {
    public var text: String
    public var isWarning: Bool

    public init(text: String, isWarning: Bool) {
        self.text = text
        self.isWarning = isWarning
    }
}

/// Everything the reader shows, in one value. Only `update` changes it.
public struct AppState: Sendable {
    public var corpus: Corpus
    /// Indices into `corpus.articles`, in list order: `filter.listed`.
    public var visible: [Int]
    /// Index into `visible` of the list cursor.
    public var selected = 0
    /// First list entry shown.
    public var listScroll = 0
    public var focus: Pane = .list
    /// Ids of articles read (this session, and before it with a session that keeps them).
    /// Changed through `setRead`, which notes the change for the session to keep.
    public var read: Set<String> = []
    /// Read marks set (true) or cleared since the session last took them.
    public internal(set) var unsavedReadMarks: [String: Bool] = [:]
    /// Ids of starred quotes (`*`).
    public var starred: Set<String> = []
    public var reader = ReaderState()
    public var sidebar = SidebarState()
    /// The selected quote, the back stack of jumps, the sidebar's quotes tab.
    public var quoteNav = QuoteNavigation()
    /// Open overlays, the top one last (a stack, so overlays can open overlays and go back).
    public var overlays: [Overlay] = []
    public var prompt: Prompt?
    public var message: StatusMessage?
    public var searchHistory: [String] = []
    public var size: Size
    /// The user's choice from `e`; nil: shown when the terminal is wide enough.
    public var sidebarShown: Bool?
    public var keymap: Keymap = .standard
    /// The list's filter, sort and corpus search, and the query index behind them.
    public var filter: FilterState
    /// Indexing or loading going on beside the reader.
    public var background = BackgroundState()
    /// Fetches articles listed without their text (`background.unloaded`); nil when the
    /// corpus is complete.
    public var loader: ArticleLoader?
    /// Set by `quit`; the loop ends.
    public var quitting = false

    public init(corpus: Corpus, size: Size) {
        let filter = FilterState(corpus: corpus)
        self.init(corpus: corpus, size: size, filter: filter, visible: filter.listed)
    }

    init(corpus: Corpus, size: Size, filter: FilterState, visible: [Int]) {
        self.corpus = corpus
        self.filter = filter
        self.visible = visible
        self.size = size
        reconcile()
    }

    public var layout: Layout { Layout.compute(size: size, focus: focus, sidebarShown: sidebarShown) }

    public var selectedArticleIndex: Int? { visible.indices.contains(selected) ? visible[selected] : nil }

    /// Width of the reading pane's text, also when the pane is not on screen (one-pane mode).
    var readerTextWidth: Int {
        Layout.compute(size: size, focus: .reader, sidebarShown: sidebarShown).readerText?.width ?? 1
    }

    var readerTextHeight: Int {
        max(1, Layout.compute(size: size, focus: .reader, sidebarShown: sidebarShown).readerText?.height ?? 1)
    }

    var listHeightInEntries: Int {
        max(1, (Layout.compute(size: size, focus: .list, sidebarShown: sidebarShown).content(of: .list)?.height ?? 2) / ListGeometry.rowsPerEntry)
    }

    var sidebarHeight: Int {
        max(1, Layout.compute(size: size, focus: .sidebar, sidebarShown: sidebarShown).content(of: .sidebar)?.height ?? 1)
    }
}

enum ListGeometry {
    /// Date/outlet line, then title.
    static let rowsPerEntry = 2
}

// MARK: Read marks

extension AppState {
    /// Marks articles read or unread, noting it for the session to keep.
    public mutating func setRead(_ ids: [String], _ isRead: Bool) {
        for id in ids {
            guard isRead ? read.insert(id).inserted : read.remove(id) != nil else { continue }
            unsavedReadMarks[id] = isRead
        }
    }

    /// The read marks changed since the last call, for the session to keep.
    public mutating func takeUnsavedReadMarks() -> (read: [String], unread: [String]) {
        defer { unsavedReadMarks = [:] }
        let marks = unsavedReadMarks.sorted { $0.key < $1.key }
        return (marks.filter(\.value).map(\.key), marks.filter { !$0.value }.map(\.key))
    }
}
