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
    /// Cache file id -> position in `discovery`, when the last refresh changed nothing
    /// (so the reader need not read the file table again).
    private var filePositions: [Int64: Int]?
    private var totals: CacheTotals?
    private var rowIDs: [String: (row: Int64, path: String)]?
    /// The last list handed out and the cache row of each of its articles.
    private var listed = ListedArticles(articles: [], rows: [])

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
        let timing = ProcessInfo.processInfo.environment["LEDE_INDEX_TIMING"] != nil
        func mark(_ what: String) {
            if timing { FileHandle.standardError.write(Data("lede index timing: \(what) at \(Int(elapsed() * 1000)) ms\n".utf8)) }
        }
        let found = Discovery(loader: loader, paths: paths)
        mark("walked \(found.files.count) files")
        var p = IndexProgress(phase: .scanning, filesFound: found.files.count, filesToRead: 0, filesRead: 0,
                              articlesAnalysed: 0, bytesRead: 0, elapsedSeconds: 0)
        progress?(p)

        let stored = try pool.read { db in try StoredFile.all(db) }
        mark("read \(stored.count) stored files")
        let stamps = Self.stamps(of: found.files)
        mark("stat")
        var jobs: [FileJob] = []
        var reused = 0
        var positions: [Int64: Int] = [:]
        positions.reserveCapacity(found.files.count)
        for (i, file) in found.files.enumerated() {
            let absolute = found.absolutePaths[i]
            let old = stored[absolute]
            guard let stamp = stamps[i] else {
                jobs.append(FileJob(file: file, stamp: FileStamp(size: -1, modifiedNanoseconds: 0), storedHash: nil))
                continue
            }
            if let old, old.size == stamp.size, old.modified == stamp.modifiedNanoseconds {
                reused += 1
                positions[old.id] = i
            } else {
                jobs.append(FileJob(file: file, stamp: stamp, storedHash: old.flatMap { $0.size >= 0 ? $0.hash : nil }))
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

        mark("compared")
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
            // Few large transactions: FTS5 writes a new segment at every commit and merges
            // them later, so small commits cost several times the text's own insertion.
            var pending: [FileOutcome] = []
            var pendingBytes = 0
            func flush() throws {
                guard !pending.isEmpty else { return }
                try write { db in
                    for outcome in pending {
                        switch outcome {
                        case .sameContent(let path, let stamp):
                            try CacheWriter.updateStamp(db, path: absoluteOf[path] ?? path, stamp: stamp)
                        case .analysed(let file):
                            try CacheWriter.replace(db, file: file, absolutePath: absoluteOf[file.file.path] ?? file.file.path)
                        }
                    }
                }
                pending.removeAll(keepingCapacity: true)
                pendingBytes = 0
            }
            try pipeline.run(workers: workers) { outcomes in
                for outcome in outcomes {
                    switch outcome {
                    case .sameContent:
                        reused += 1
                    case .analysed(let file):
                        analysedFiles += 1
                        p.articlesAnalysed += file.articles.count
                        p.bytesRead += file.textBytes
                        pendingBytes += file.textBytes
                    }
                }
                pending += outcomes
                if pendingBytes >= Self.bytesPerTransaction { try flush() }
                p.filesRead += outcomes.count
                p.elapsedSeconds = elapsed()
                progress?(p)
            }
            try flush()
        }

        if analysedFiles > 0 || !removed.isEmpty {
            p.phase = .linking
            p.elapsedSeconds = elapsed()
            progress?(p)
            try write { db in try QuoteLinking.relink(db) }
        }

        let changed = analysedFiles > 0 || !removed.isEmpty
        var totals = changed ? nil : try pool.read { db in try CacheTotals.load(db) }
        if totals == nil {
            totals = try pool.writeWithoutTransaction { db in
                let t = try CacheTotals.compute(db)
                try t.save(db)
                return t
            }
        }
        let counts = totals!
        // Keep the list snapshot current for the next open (also when the same roots were
        // spelt differently, since the snapshot holds paths as the user gave them).
        let spelt = paths.joined(separator: "\n")
        let snapshotRoots = changed ? nil : try pool.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'list_roots'")
        }
        if snapshotRoots != spelt {
            try write { db in
                let listing = try CorpusReader.read(db, discovery: found, positions: nil,
                                                    idsUnique: counts.idsUnique, full: false)
                try ListSnapshot.save(db, listing)
                try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('list_roots', ?)", arguments: [spelt])
            }
        }
        // Files only touched keep their rows, so positions stay valid unless rows changed.
        let unchangedRows = changed ? nil : positions
        lock.withLock {
            discovery = found
            filePositions = unchangedRows
            self.totals = counts
        }
        p.phase = .done
        p.elapsedSeconds = elapsed()
        progress?(p)
        return IndexSummary(articles: counts.articles, filesAnalysed: analysedFiles, filesReused: reused,
                            filesSkipped: counts.skippedFiles, filesRemoved: removed.count,
                            articlesAnalysed: p.articlesAnalysed, bytesRead: p.bytesRead,
                            problems: counts.problems + found.problems.count, seconds: elapsed(),
                            rebuiltCache: rebuiltCache, changed: changed)
    }

    /// Article text written per transaction during a refresh.
    static let bytesPerTransaction = 32_000_000

    /// Sizes and modification times of every file, on all cores: at 100,000 files the
    /// stat calls are a large part of opening an unchanged corpus.
    static func stamps(of files: [CorpusFile]) -> [FileStamp?] {
        var result = [FileStamp?](repeating: nil, count: files.count)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, files.count / 2000))
        result.withUnsafeMutableBufferPointer { buffer in
            let out = UnsafeSendableBuffer(buffer)
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                var i = w
                while i < files.count {
                    out.buffer[i] = FileStamp.of(path: files[i].path)
                    i += workers
                }
            }
        }
        return result
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
        guard let (rowID, path) = try locate(id) else { return nil }
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

    private func locate(_ id: String) throws -> (Int64, String)? {
        if lock.withLock({ listed.isEmpty }) { _ = try listCorpus() }
        return lock.withLock {
            if rowIDs == nil {
                rowIDs = Dictionary(zip(listed.articles, listed.rows).map { ($0.id, ($1, $0.article.path)) },
                                    uniquingKeysWith: { a, _ in a })
            }
            return rowIDs![id].map { ($0.row, $0.path) }
        }
    }

    /// Ids of the articles whose title or body holds every word of `text` (the last word
    /// also as a prefix), in corpus order: a filter for the list, not a ranking (ranking
    /// every match of a common word costs seconds at 100,000 articles).
    public func search(_ text: String) throws -> [String] {
        let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        guard !words.isEmpty else { return [] }
        // Each word quoted, so user input is never FTS5 syntax.
        let match = words.enumerated().map { i, w in
            "\"\(w)\"" + (i == words.count - 1 ? "*" : "")
        }.joined(separator: " ")
        var rows = Set<Int64>()
        try pool.read { db in
            let statement = try db.makeStatement(sql: "SELECT rowid FROM article_fts WHERE article_fts MATCH ?")
            statement.setUncheckedArguments([match])
            let cursor = try Int64.fetchCursor(statement)
            while let row = try cursor.next() { rows.insert(row) }
        }
        if lock.withLock({ listed.isEmpty }) { _ = try listCorpus() }
        return lock.withLock { zip(listed.articles, listed.rows).filter { rows.contains($1) }.map(\.0.id) }
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
