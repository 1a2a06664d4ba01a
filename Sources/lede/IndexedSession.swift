import Foundation
import LedeCore
import LedeIndex
import LedeUI

/// Backs the reader with the persistent index. The first paint is the list as the cache
/// last saw it (no file is read); then, on a background thread, the stored query index is
/// loaded and the files are checked for changes. A corpus never indexed starts
/// empty and fills in as its files are analysed, with progress in the status line.
final class IndexedSession: ReaderSession, @unchecked Sendable {
    let mailbox = Mailbox()
    let index: CorpusIndex
    private let lock = NSLock()
    private var writeFailed = false

    private var cached: Corpus?

    /// `cached`: the list as the last refresh left it (`CorpusIndex.openForReading`).
    init(index: CorpusIndex, cached: Corpus?) {
        self.index = index
        self.cached = cached
    }

    /// The state for the first paint; starts the background work.
    func start(size: Size, filter: String?) -> AppState {
        // Handed over, not kept: the state must be the list's only owner (see `App.run`).
        let list = cached
        cached = nil
        let warm = list != nil
        var state: AppState = if let list {
            .loading(list, bodiesLoaded: false, size: size)
        } else {
            .loading(Corpus(articles: []), bodiesLoaded: true, size: size)
        }
        state.background.initialFilter = filter
        state.background.progress = BackgroundProgress(activity: warm ? "loading" : "indexing")
        do {
            state.read = try index.userState.readArticleIDs()
            state.starred = Set(try index.userState.starredQuotes().map(\.quoteID))
        } catch {
            state.message = StatusMessage(text: "Read marks and stars could not be loaded: \(error)", isWarning: true)
        }
        Thread.detachNewThread { self.work(warm: warm) }
        return state
    }

    func article(id: String) -> AnalyzedArticle? {
        try? index.article(id: id)
    }

    func relatedQuotes(of article: AnalyzedArticle) -> [String: [QuoteLink]] {
        (try? index.relatedQuotes(of: article)) ?? [:]
    }

    func setRead(_ ids: [String], _ read: Bool) {
        keep { try index.userState.setRead(ids, read) }
    }

    func setStarred(_ quote: Quote, _ starred: Bool) {
        keep { try index.userState.setStarred(quote, starred) }
    }

    /// Writes to the user state; a failure is said once, not at every article.
    private func keep(_ write: () throws -> Void) {
        do {
            try write()
        } catch {
            let first = lock.withLock { () -> Bool in
                defer { writeFailed = true }
                return !writeFailed
            }
            if first { mailbox.post(.warning("Read marks and stars cannot be saved: \(error)")) }
        }
    }

    func reload() {
        Thread.detachNewThread { self.work(warm: true, loadFirst: false) }
    }

    /// `warm`: a list is on screen already, so analysed articles are not listed one by one
    /// and a refresh that changed nothing says nothing.
    private func work(warm: Bool, loadFirst: Bool = true) {
        do {
            if warm && loadFirst { try publishCorpus() }
            let arrivals = Arrivals(mailbox: mailbox, enabled: !warm)
            var lastProgress = Date.distantPast
            let summary = try index.refresh(progress: { p in
                guard let shown = Self.shown(p) else { return }
                let now = Date()
                guard now.timeIntervalSince(lastProgress) >= 0.1 || p.phase != .analysing else { return }
                lastProgress = now
                self.mailbox.post(.progress(shown))
            }, articles: warm ? nil : { arrivals.add($0) })
            arrivals.flush()
            if summary.changed || !warm {
                mailbox.post(.progress(BackgroundProgress(activity: "loading")))
                try publishCorpus()
            }
            mailbox.post(.finished(Self.describe(summary, warm: warm, quietIfUnchanged: loadFirst)))
            // Indexing and loading freed far more than the reader keeps: give it back.
            Memory.giveBack()
        } catch {
            mailbox.post(.failed("Indexing stopped: \(error). The list may be incomplete; `lede index --rebuild` starts the cache again."))
        }
    }

    /// The list with metadata only and the query index streamed from the cache: the
    /// reader never holds every body and mention (at 100,000 articles that is gigabytes).
    private func publishCorpus(retried: Bool = false) throws {
        let list = try index.listCorpus()
        var last = Date.distantPast
        let query: QueryIndex
        do {
            query = try index.queryIndex(over: list) { done, total in
                guard Date().timeIntervalSince(last) >= 0.1 else { return }
                last = Date()
                self.mailbox.post(.progress(BackgroundProgress(activity: "loading", done: done, total: total, unit: "articles")))
            }
        } catch is ListChanged where !retried {
            return try publishCorpus(retried: true)  // another process refreshed it meanwhile
        }
        // The reader's copy of the list gets its own storage: were it shared with the query
        // index's, the first article it fills in would copy all 100,000 under a key press.
        var own = list
        own.articles = list.articles.map { $0 }
        mailbox.post(.corpusReady(own, query, bodiesLoaded: false))
    }

    /// Up to this many files to read, progress is shown in megabytes.
    static let fewFiles = 20

    /// What the status line shows for a refresh's progress; nil for nothing worth showing.
    static func shown(_ p: IndexProgress) -> BackgroundProgress? {
        switch p.phase {
        case .scanning: BackgroundProgress(activity: "checking", done: p.filesFound, unit: p.filesFound == 1 ? "file" : "files")
        case .analysing where p.filesToRead > 0 && p.filesToRead <= fewFiles && p.bytesToRead > 0:
            // A few large files (a dataset dump): counting them would stand still for minutes.
            BackgroundProgress(activity: "indexing", done: p.bytesRead / 1_000_000, total: max(1, p.bytesToRead / 1_000_000),
                               unit: "MB", megabytesPerSecond: p.megabytesPerSecond)
        case .analysing where p.filesToRead > 0:
            BackgroundProgress(activity: "indexing", done: p.filesRead, total: p.filesToRead, unit: "files",
                               megabytesPerSecond: p.megabytesPerSecond)
        case .linking: BackgroundProgress(activity: "linking quotes")
        case .searchIndex: BackgroundProgress(activity: "building the search index")
        default: nil
        }
    }

    static func describe(_ s: IndexSummary, warm: Bool, quietIfUnchanged: Bool) -> String {
        guard s.changed else { return quietIfUnchanged ? "" : "No new, changed or deleted files" }
        let mb = String(format: "%.1f", Double(s.bytesRead) / 1_000_000)
        if !warm {
            return "Indexed \(s.articles) articles (\(mb) MB) in \(String(format: "%.1f", s.seconds)) s"
        }
        // A small corpus is re-analysed whole after any change, so file counts would mislead.
        return "Files changed since the last open: list updated (\(s.articles) articles)"
    }
}

/// Collects newly analysed articles and posts them a few times a second, so the list
/// grows smoothly without a message per file.
private final class Arrivals: @unchecked Sendable {
    let mailbox: Mailbox
    let enabled: Bool
    private var waiting: [AnalyzedArticle] = []
    private var lastPost = Date.distantPast

    init(mailbox: Mailbox, enabled: Bool) {
        self.mailbox = mailbox
        self.enabled = enabled
    }

    /// Kept as metadata only (the reader fetches an article when it is shown): the whole
    /// corpus's text and analysis never accumulates here.
    func add(_ articles: [AnalyzedArticle]) {
        guard enabled else { return }
        waiting += articles.map(\.listing)
        if Date().timeIntervalSince(lastPost) >= 0.25 { flush() }
    }

    func flush() {
        guard !waiting.isEmpty else { return }
        mailbox.post(.articlesArrived(waiting, bodiesLoaded: false))
        waiting = []
        lastPost = Date()
    }
}
