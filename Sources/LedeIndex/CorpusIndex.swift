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
    private let lock = NSLock()
    private var discovery: Discovery?
    private var rowIDs: [String: Int64]?
    private var listedIDs: [(String, Int64)] = []

    public init(paths: [String], locations: IndexLocations = .standard(), loader: CorpusLoader = CorpusLoader()) throws {
        self.paths = paths
        self.key = CorpusKey(paths: paths)
        self.locations = locations
        self.loader = loader
        try FileManager.default.createDirectory(atPath: locations.cacheDirectory, withIntermediateDirectories: true)
        databasePath = locations.cacheDatabase(for: key)
        var rebuilt = false
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

    // MARK: Refresh

    /// Brings the cache up to date with the files: new and changed files are analysed on
    /// every core, deleted ones dropped, unchanged ones not read at all.
    @discardableResult
    public func refresh(progress: ((IndexProgress) -> Void)? = nil) throws -> IndexSummary {
        let clock = ContinuousClock()
        let start = clock.now
        func elapsed() -> Double {
            let d = clock.now - start
            return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        }
        let found = Discovery(loader: loader, paths: paths)
        var p = IndexProgress(phase: .scanning, filesFound: found.files.count, filesToRead: 0, filesRead: 0,
                              articlesAnalysed: 0, bytesRead: 0, elapsedSeconds: 0)
        progress?(p)

        let stored = try pool.read { db in try StoredFile.all(db) }
        var jobs: [FileJob] = []
        var reused = 0
        for (i, file) in found.files.enumerated() {
            let absolute = found.absolutePaths[i]
            guard let stamp = FileStamp.of(path: file.path) else {
                jobs.append(FileJob(file: file, stamp: FileStamp(size: -1, modifiedNanoseconds: 0), storedHash: nil))
                continue
            }
            if let s = stored[absolute], s.size == stamp.size, s.modified == stamp.modifiedNanoseconds {
                reused += 1
            } else {
                jobs.append(FileJob(file: file, stamp: stamp, storedHash: stored[absolute].flatMap { $0.size >= 0 ? $0.hash : nil }))
            }
        }
        let present = Set(found.absolutePaths)
        let removed = stored.keys.filter { !present.contains($0) }
        if !removed.isEmpty {
            try write { db in
                let statement = try db.cachedStatement(sql: "DELETE FROM file WHERE path = ?")
                for path in removed { try statement.execute(arguments: [path]) }
            }
        }

        p.phase = .analysing
        p.filesToRead = jobs.count
        p.elapsedSeconds = elapsed()
        progress?(p)
        var analysedFiles = 0
        if !jobs.isEmpty {
            let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, jobs.count))
            // Small chunks keep cores busy; enough files per chunk that the entity
            // extractor sees related articles together.
            let chunkSize = max(1, min(64, jobs.count / (workers * 4)))
            let pipeline = AnalysisPipeline(jobs: jobs, chunkSize: chunkSize, workers: workers, loader: loader)
            let absoluteOf = Dictionary(zip(found.files.map(\.path), found.absolutePaths), uniquingKeysWith: { a, _ in a })
            try pipeline.run(workers: workers) { outcomes in
                try write { db in
                    for outcome in outcomes {
                        switch outcome {
                        case .sameContent(let path, let stamp):
                            try CacheWriter.updateStamp(db, path: absoluteOf[path] ?? path, stamp: stamp)
                            reused += 1
                        case .analysed(let file):
                            try CacheWriter.replace(db, file: file, absolutePath: absoluteOf[file.file.path] ?? file.file.path)
                            analysedFiles += 1
                            p.articlesAnalysed += file.articles.count
                            p.bytesRead += file.textBytes
                        }
                    }
                }
                p.filesRead += outcomes.count
                p.elapsedSeconds = elapsed()
                progress?(p)
            }
        }

        if analysedFiles > 0 || !removed.isEmpty {
            p.phase = .linking
            p.elapsedSeconds = elapsed()
            progress?(p)
            try write { db in try QuoteLinking.relink(db) }
        }

        let counts = try pool.read { db in
            (articles: try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0,
             skipped: try Int.fetchOne(db, sql: "SELECT count(*) FROM file WHERE NOT EXISTS (SELECT 1 FROM article WHERE file_id = file.id)") ?? 0,
             problems: try Int.fetchOne(db, sql: "SELECT count(*) FROM problem") ?? 0)
        }
        lock.withLock { discovery = found }
        p.phase = .done
        p.elapsedSeconds = elapsed()
        progress?(p)
        return IndexSummary(articles: counts.articles, filesAnalysed: analysedFiles, filesReused: reused,
                            filesSkipped: counts.skipped, filesRemoved: removed.count,
                            articlesAnalysed: p.articlesAnalysed, bytesRead: p.bytesRead,
                            problems: counts.problems + found.problems.count, seconds: elapsed(),
                            rebuiltCache: rebuiltCache)
    }

    private func write(_ body: (Database) throws -> Void) throws {
        try pool.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                try body(db)
                return .commit
            }
        }
    }

    // MARK: Reading

    /// Every article with its metadata, in corpus order, with empty bodies and no analysis:
    /// what the article list needs for its first paint. `article(id:)` fills one in.
    public func listCorpus() throws -> Corpus {
        try readCorpus(full: false)
    }

    /// Everything, as `Corpus.open(paths:)` would give it, read from the cache.
    public func corpus() throws -> Corpus {
        try readCorpus(full: true)
    }

    /// One article with its body, entity mentions and quotes (families included).
    public func article(id: String) throws -> AnalyzedArticle? {
        guard let rowID = try rowID(for: id) else { return nil }
        return try pool.read { db -> AnalyzedArticle? in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT a.day, a.title, a.source, a.url, a.body, a.mentions, f.path
                FROM article a JOIN file f ON f.id = a.file_id WHERE a.id = ?
                """, arguments: [rowID]) else { return nil }
            let d: Int? = row[0]
            let absolute: String = row[6]
            let path = lock.withLock { discovery?.userPath(absolute) } ?? absolute
            let article = Article(id: id, path: path, date: d.map { Day(ordinal: $0) }, title: row[1],
                                  source: row[2], url: row[3], body: row[4])
            let mentions = try MentionCodec.decode(row[5])
            let quotes = try QuoteRows.fetch(db, articles: [rowID])[rowID] ?? []
            return AnalyzedArticle(article: article, mentions: mentions, quotes: quotes)
        }
    }

    private func rowID(for id: String) throws -> Int64? {
        if lock.withLock({ listedIDs.isEmpty }) { _ = try listCorpus() }
        return lock.withLock {
            if rowIDs == nil { rowIDs = Dictionary(listedIDs, uniquingKeysWith: { a, _ in a }) }
            return rowIDs![id]
        }
    }

    /// Article ids whose title or body holds every word of `text`, best match first.
    public func search(_ text: String, limit: Int = 200) throws -> [String] {
        let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        guard !words.isEmpty else { return [] }
        // Each word quoted, so user input is never FTS5 syntax; the last one as a prefix.
        let match = words.enumerated().map { i, w in
            "\"\(w)\"" + (i == words.count - 1 ? "*" : "")
        }.joined(separator: " ")
        let rowIDs = try pool.read { db in
            try Int64.fetchAll(db, sql: "SELECT rowid FROM article_fts WHERE article_fts MATCH ? ORDER BY rank LIMIT ?",
                               arguments: [match, limit])
        }
        if lock.withLock({ listedIDs.isEmpty }) { _ = try listCorpus() }
        let byRow: [Int64: String] = lock.withLock { Dictionary(listedIDs.map { ($1, $0) }, uniquingKeysWith: { a, _ in a }) }
        return rowIDs.compactMap { byRow[$0] }
    }

    private func readCorpus(full: Bool) throws -> Corpus {
        let found = lock.withLock { discovery } ?? Discovery(loader: loader, paths: paths)
        let listing = try pool.read { db in try CorpusReader.read(db, discovery: found, full: full) }
        lock.withLock {
            discovery = found
            listedIDs = listing.ids
            rowIDs = nil
        }
        return listing.corpus
    }
}

/// The files under the roots right now, with the absolute paths the cache keys them by.
struct Discovery: Sendable {
    var files: [CorpusFile]
    var absolutePaths: [String]
    var problems: [LoadProblem]
    /// Absolute path -> the path as the user's roots spell it.
    var userPaths: [String: String]

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
        userPaths = Dictionary(zip(absolutePaths, files.map(\.path)), uniquingKeysWith: { a, _ in a })
    }

    func userPath(_ absolute: String) -> String { userPaths[absolute] ?? absolute }
}
