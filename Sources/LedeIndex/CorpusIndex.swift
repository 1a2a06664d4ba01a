import Foundation
import GRDB
import LedeCore

/// The persistent index of one corpus (one set of root paths): analysis results, article
/// text and a full-text index in an SQLite cache database, refreshed incrementally.
///
///     let index = try CorpusIndex(paths: ["news/"])
///     try index.refresh { progress in ... }      // reads only new or changed files
///     let list = try index.listCorpus()          // fast: metadata only, for the first paint
///     let full = try index.article(id: list.articles[0].id)   // body, entities, quotes
///
/// Article bodies are stored in the database rather than re-read from the files: analysis
/// offsets must point into exactly the text that was analysed (a file edited since would
/// shift them), one file may hold thousands of records, and the FTS index reads them from
/// the same table (external content), so the text is stored once.
public final class CorpusIndex: @unchecked Sendable {
    public let paths: [String]
    public let key: CorpusKey
    public let locations: IndexLocations
    public let databasePath: String
    public let userState: UserState
    /// True when the cache could not be used (corrupt, another schema) and was started anew.
    public let rebuiltCache: Bool
    let pool: DatabasePool
    let loader: CorpusLoader

    /// What the last refresh or listing learnt, for id lookups and discovery problems.
    let lock = NSLock()
    var discovery: Discovery?
    /// Cache file id -> position in `discovery`, when the last refresh changed nothing
    /// (so the reader need not read the file table again).
    var filePositions: [Int64: Int]?
    var totals: CacheTotals?
    var rowIDs: [String: (row: Int64, path: String)]?
    /// The last list handed out and the cache row of each of its articles.
    var listed = ListedArticles(articles: [], rows: [])
    /// The query index `search` used, kept for the next search until a refresh changes the list.
    var searchIndex: QueryIndex?

    /// Corpora of at most this many bytes of files are analysed whole (one extractor call
    /// over every article) whenever something changed; larger ones file by file.
    public let wholeCorpusBytes: Int
    /// Which files are read and stored in parts (tests make them small).
    var largeFiles = LargeFileLimits()

    public convenience init(paths: [String], locations: IndexLocations = .standard(), loader: CorpusLoader = CorpusLoader(),
                            wholeCorpusBytes: Int = 16_000_000) throws {
        try self.init(paths: paths, locations: locations, loader: loader, wholeCorpusBytes: wholeCorpusBytes, rebuilt: false)
    }

    init(paths: [String], locations: IndexLocations = .standard(), loader: CorpusLoader = CorpusLoader(),
         wholeCorpusBytes: Int = 16_000_000, rebuilt alreadyRebuilt: Bool) throws {
        self.paths = paths
        self.wholeCorpusBytes = wholeCorpusBytes
        self.key = CorpusKey(paths: paths)
        self.locations = locations
        self.loader = loader
        try FileManager.default.createDirectory(atPath: locations.cacheDirectory, withIntermediateDirectories: true)
        databasePath = locations.cacheDatabase(for: key)
        var rebuilt = alreadyRebuilt
        do {
            pool = try CacheDatabase.open(path: databasePath, key: key)
        } catch {
            // The cache is only derived data: throw it away and start again.
            CacheDatabase.remove(path: databasePath)
            pool = try CacheDatabase.open(path: databasePath, key: key)
            rebuilt = true
        }
        rebuiltCache = rebuilt
        userState = try UserState(path: locations.userStateDatabase, corpus: key)
    }

    /// Opens the index of `paths`, refreshes it, and returns the list corpus. A cache that
    /// turns out to be damaged while reading is deleted and rebuilt once.
    public static func open(paths: [String], locations: IndexLocations = .standard(),
                            progress: ((IndexProgress) -> Void)? = nil) throws -> (index: CorpusIndex, corpus: Corpus, summary: IndexSummary) {
        var index = try CorpusIndex(paths: paths, locations: locations)
        do {
            let summary = try index.refresh(progress: progress)
            return (index, try index.listCorpus(), summary)
        } catch let error as DatabaseError where CacheDatabase.isDamage(error) {
            CacheDatabase.remove(path: index.databasePath)
            index = try CorpusIndex(paths: paths, locations: locations)
            var summary = try index.refresh(progress: progress)
            summary.rebuiltCache = true
            return (index, try index.listCorpus(), summary)
        }
    }

    /// Opens the index of `paths` for the reader with its list as the last refresh left it
    /// (nil if never indexed). A cache found damaged while reading the list is deleted and
    /// started again (`rebuiltCache`), so the reader indexes anew instead of failing later.
    public static func openForReading(paths: [String], locations: IndexLocations = .standard())
        throws -> (index: CorpusIndex, list: Corpus?) {
        let index = try CorpusIndex(paths: paths, locations: locations)
        do {
            return (index, try index.cachedListCorpus())
        } catch let error as DatabaseError where CacheDatabase.isDamage(error) {
            CacheDatabase.remove(path: index.databasePath)
            return (try CorpusIndex(paths: paths, locations: locations, rebuilt: true), nil)
        }
    }

    // MARK: Reading

    /// Every article with its metadata, in corpus order, with empty bodies and no analysis:
    /// what the article list needs for its first paint. `article(id:)` fills one in. This
    /// is the corpus as the last `refresh` (in any process) left it.
    public func listCorpus() throws -> Corpus {
        if let cached = try cachedListCorpus() { return cached }
        return try readCorpus(full: false)
    }

    /// The list as the last refresh left it, without looking at the files at all; nil if
    /// the corpus was never indexed. For the first paint: show this, run `refresh` in the
    /// background, and list again if its summary says something `changed`.
    public func cachedListCorpus() throws -> Corpus? {
        // A snapshot that does not decode is only a missed shortcut: the caller lists from rows.
        let loaded: ListSnapshot?
        do {
            loaded = try pool.read { db in try ListSnapshot.load(db) }
        } catch is ByteReader.Corrupt {
            loaded = nil
        }
        guard let snapshot = loaded else { return nil }
        lock.withLock {
            listed = ListedArticles(articles: snapshot.articles, rows: snapshot.rows)
            rowIDs = nil
        }
        var problems = snapshot.problems
        if let current = lock.withLock({ discovery?.problems }) {
            // Missing roots are found by the walk, not stored: take the latest ones.
            problems = current + problems.filter { p in !current.contains { $0.path == p.path } }
        }
        return Corpus(articles: snapshot.articles, problems: problems)
    }

    /// Everything, as `Corpus.open(paths:)` would give it, read from the cache.
    public func corpus() throws -> Corpus {
        try readCorpus(full: true)
    }

    /// One article with its body, entity mentions and quotes (families included).
    public func article(id: String) throws -> AnalyzedArticle? {
        if let found = try readArticle(id: id, row: try locate(id)) { return found }
        // Another process may have re-analysed the file since this list was read, giving
        // its articles new rows: look the id up in the cache itself.
        return try readArticle(id: id, row: try lookUp(id))
    }

    private func readArticle(id: String, row: (Int64, String)?) throws -> AnalyzedArticle? {
        guard let (rowID, path) = row else { return nil }
        return try pool.read { db -> AnalyzedArticle? in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT day, title, source, url, body, mentions FROM article WHERE id = ?
                """, arguments: [rowID]) else { return nil }
            let d: Int? = row[0]
            let article = Article(id: id, path: path, date: d.map { Day(ordinal: $0) }, title: row[1],
                                  source: row[2], url: row[3], body: row[4])
            let mentions = try MentionCodec.decode(row[5])
            let quotes = try QuoteRows.fetch(db, articles: [rowID])[rowID] ?? []
            return AnalyzedArticle(article: article, mentions: mentions, quotes: quotes)
        }
    }

    /// The cache row and path of the article listed as `id`. Usually one indexed lookup;
    /// only an id several files share (listed under fallback ids) needs the whole list's
    /// id map, built once (100,000 entries cost more than a first paint can spare).
    func locate(_ id: String) throws -> (Int64, String)? {
        if let known = lock.withLock({ rowIDs?[id] }) { return (known.row, known.path) }
        let found = try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.id, f.path FROM article a JOIN file f ON f.id = a.file_id WHERE a.article_id = ? LIMIT 2
                """, arguments: [id]).map { (row: $0[0] as Int64, path: $0[1] as String) }
        }
        if found.count == 1 { return (found[0].row, found[0].path) }
        return lock.withLock {
            guard !listed.isEmpty else { return found.first.map { ($0.row, $0.path) } }
            if rowIDs == nil {
                rowIDs = Dictionary(zip(listed.articles, listed.rows).map { ($0.id, ($1, $0.article.path)) },
                                    uniquingKeysWith: { a, _ in a })
            }
            return rowIDs![id].map { ($0.row, $0.path) }
        }
    }

    private func lookUp(_ id: String) throws -> (Int64, String)? {
        lock.withLock { rowIDs = nil }
        return try locate(id)
    }

    /// Ids of the articles whose body holds every word of `text` (the last word also as a
    /// prefix), in corpus order: a filter for the list, not a ranking.
    public func search(_ text: String) throws -> [String] {
        let words = TextTokenizer.terms(in: text)
        guard !words.isEmpty else { return [] }
        let list = try listCorpus()
        let index: QueryIndex
        if let kept = lock.withLock({ searchIndex }), kept.count == list.articles.count {
            index = kept
        } else {
            index = try queryIndex(over: list)
            lock.withLock { searchIndex = index }
        }
        // Each word quoted, so user input is never query syntax.
        let query = words.enumerated().map { i, w in i == words.count - 1 ? w + "*" : "\"\(w)\"" }.joined(separator: " ")
        guard case .success(let found) = index.matches(query) else { return [] }
        return found.map { list.articles[$0].id }
    }

    private func readCorpus(full: Bool) throws -> Corpus {
        var (found, positions, totals) = lock.withLock { (discovery, filePositions, self.totals) }
        if found == nil { found = Discovery(loader: loader, paths: paths); positions = nil }
        let listing = try pool.read { db in
            try CorpusReader.read(db, discovery: found!, positions: positions,
                                  idsUnique: totals?.idsUnique ?? false, full: full)
        }
        lock.withLock {
            discovery = found
            listed = ListedArticles(articles: listing.corpus.articles, rows: listing.ids.map(\.row))
            rowIDs = nil
        }
        return listing.corpus
    }
}

struct ListedArticles {
    var articles: [AnalyzedArticle]
    var rows: [Int64]
    var isEmpty: Bool { articles.isEmpty }
}

/// Lets concurrent workers fill disjoint slots of one buffer.
struct UnsafeSendableBuffer<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T>
    init(_ buffer: UnsafeMutableBufferPointer<T>) { self.buffer = buffer }
}

/// The files under the roots right now, with the absolute paths the cache keys them by.
struct Discovery: Sendable {
    var files: [CorpusFile]
    var absolutePaths: [String]
    var problems: [LoadProblem]

    init(loader: CorpusLoader, paths: [String]) {
        let (files, problems) = loader.discover(paths: paths)
        var prefixes: [String: String] = [:]
        let cwd = FileManager.default.currentDirectoryPath
        func absolute(_ given: String) -> String {
            if let a = prefixes[given] { return a }
            let full = given.hasPrefix("/") ? given : cwd + "/" + given
            var a = URL(fileURLWithPath: full).standardizedFileURL.path
            if given.hasSuffix("/") && !a.hasSuffix("/") { a += "/" }
            prefixes[given] = a
            return a
        }
        self.files = files
        self.problems = problems
        absolutePaths = files.map { f in
            if f.idBase == f.path { return absolute(f.path) }
            return absolute(String(f.path.dropLast(f.idBase.count))) + f.idBase
        }
    }
}
