import LedeCore
import Synchronization

/// What work running beside the reader (indexing, loading from the cache) tells it. The
/// loop applies these between key presses with `AppState.receive`, so `update` stays pure
/// and the background never touches the state.
public enum BackgroundMessage: Sendable {
    /// Progress of indexing or loading, for the status line.
    case progress(BackgroundProgress)
    /// Articles just analysed, appended to the list while indexing runs; without
    /// `bodiesLoaded` they carry metadata only and are fetched when shown.
    case articlesArrived([AnalyzedArticle], bodiesLoaded: Bool)
    /// The whole corpus with its query index (built off the loop: seconds at 100,000
    /// articles), replacing what is shown; filters work from here on. Without
    /// `bodiesLoaded` the articles carry metadata only and are fetched when shown.
    case corpusReady(Corpus, QueryIndex, bodiesLoaded: Bool)
    /// The background work ended; the text is shown as a message.
    case finished(String)
    case failed(String)
    /// Something went wrong beside the work, which goes on (progress stays shown).
    case warning(String)
}

/// `indexing ▕███░░░▏ 1,234/5,000 files · 12.3 MB/s` in the status line.
public struct BackgroundProgress: Hashable, Sendable {
    /// What is being done: "indexing", "checking files", "linking quotes", "loading".
    public var activity: String
    public var done: Int
    /// 0 when the amount of work is not known yet.
    public var total: Int
    /// Unit of `done`/`total`, e.g. "files".
    public var unit: String
    public var megabytesPerSecond: Double?

    public init(activity: String, done: Int = 0, total: Int = 0, unit: String = "files", megabytesPerSecond: Double? = nil) {
        self.activity = activity
        self.done = done
        self.total = total
        self.unit = unit
        self.megabytesPerSecond = megabytesPerSecond
    }

    public var fraction: Double { total > 0 ? min(1, Double(done) / Double(total)) : 0 }
}

/// Messages from background threads to the reader's loop, which a backend checks while it
/// waits for a key so that a message wakes it.
public final class Mailbox: Sendable {
    private let items = Mutex<[BackgroundMessage]>([])

    public init() {}

    public func post(_ message: BackgroundMessage) {
        items.withLock { $0.append(message) }
    }

    /// Everything posted so far, oldest first, and an empty box.
    public func drain() -> [BackgroundMessage] {
        items.withLock { taken in
            defer { taken.removeAll() }
            return taken
        }
    }

    public var hasMail: Bool { items.withLock { !$0.isEmpty } }
}

/// Fetches articles listed without their text, and the links of their quotes (apart: a
/// much-quoted article can have thousands, wanted only once a quote is). Reads of the local
/// cache, well under a millisecond, so the state calls them while updating, as it would
/// read an array.
public struct ArticleLoader: Sendable {
    public let article: @Sendable (String) -> AnalyzedArticle?
    public let relatedQuotes: @Sendable (AnalyzedArticle) -> [String: [QuoteLink]]

    public init(article: @escaping @Sendable (String) -> AnalyzedArticle?,
                relatedQuotes: @escaping @Sendable (AnalyzedArticle) -> [String: [QuoteLink]]) {
        self.article = article
        self.relatedQuotes = relatedQuotes
    }
}

/// Where the reader gets what its starting corpus lacks, and keeps what the user did: the
/// executable backs it with the index (`LedeIndex`); without one the corpus is complete.
public protocol ReaderSession: AnyObject, Sendable {
    var mailbox: Mailbox { get }
    /// The whole article (body, mentions, quotes) for one listed without them.
    func article(id: String) -> AnalyzedArticle?
    /// The links of the article's quotes to quotes elsewhere, by quote id.
    func relatedQuotes(of article: AnalyzedArticle) -> [String: [QuoteLink]]
    /// Articles the user has read (or marked unread again) since the last call, to
    /// remember across runs.
    func setRead(_ ids: [String], _ read: Bool)
    /// A quote starred or unstarred, to remember across runs.
    func setStarred(_ quote: Quote, _ starred: Bool)
    /// Checks the files for changes in the background, reporting through the mailbox
    /// (progress, then a new corpus if anything changed, then `finished`).
    func reload()
}
