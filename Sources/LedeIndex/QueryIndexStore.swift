import Foundation
import GRDB
import LedeCore

/// The reader's query index (filters and search) kept in the cache next to the list
/// snapshot, in the same order, so a second open reads a few arrays instead of every
/// article's text. Rebuilt by a refresh whenever the list changes.
enum QueryIndexStore {
    static func isMissing(_ db: Database) throws -> Bool {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM query_part WHERE name = 'listDigest'") == 0
    }

    /// Voids the list snapshot and its index for readers at the start of a refresh that
    /// changes rows, keeping both as the previous ones for `loadPrevious`. A refresh
    /// stopped before it saved leaves the same previous ones for the next.
    static func setAside(_ db: Database) throws {
        guard try !ListSnapshot.isMissing(db) else { return }
        try ListSnapshot.setAside(db)
        try db.execute(sql: "DELETE FROM query_part WHERE name = 'previousListDigest'")
        try db.execute(sql: "UPDATE query_part SET name = 'previousListDigest' WHERE name = 'listDigest'")
    }

    /// Built by reading each article's body and mentions once, in list order (`rows`):
    /// only the index stays in memory. Phrases later read their candidates' text through
    /// `pool`. Two threads each tokenize half the articles on their own connection.
    static func build(pool: DatabasePool, articles: [AnalyzedArticle], rows: [Int64],
                      progress: ((Int, Int) -> Void)? = nil) throws -> QueryIndex {
        // What analysing and linking left in the connections' page caches goes first.
        pool.releaseMemory()
        let half = rows.count / 2
        let halves = [Array(rows[..<half]), Array(rows[half...])]
        let second = ResultBox<Result<QueryIndex.TextRun, Error>>()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            second.value = Result { try textRun(pool, rows: halves[1], progress: nil) }
        }
        let first = Result {
            try textRun(pool, rows: halves[0], progress: progress.map { report in { done, _ in report(done * 2, rows.count) } })
        }
        group.wait()
        let runs = [try first.get(), try second.value!.get()]
        // The entities are gathered after the runs are joined and let go, not beside them
        // (the peak would be the sum of the two), and after the memory the runs took on the
        // other threads is given back, for the same reason.
        // The readers' page caches (8 MB a connection, full of bodies now) go too.
        pool.releaseMemory()
        let text = QueryIndex.joined(runs)
        Memory.giveBack()
        return try assembled(pool, articles: articles, rows: rows, text: text)
    }

    /// The text half of `build`, from `previous` (the stored index of the list
    /// `previousRows`) for the rows still listed, reading and tokenizing only the others;
    /// nil if it cannot be moved over (the caller builds). Article rows are never reused
    /// and never rewritten, so a row in both lists holds the same text. The caller lets
    /// `previous` go before `assembled` adds the entities, so the two are not held at once.
    static func updatedText(pool: DatabasePool, previous: QueryIndex.TextPart, previousRows: [Int64],
                            rows: [Int64]) throws -> QueryIndex.TextPart? {
        var oldDoc: [Int64: Int32] = [:]
        oldDoc.reserveCapacity(previousRows.count)
        for (d, row) in previousRows.enumerated() { oldDoc[row] = Int32(d) }
        let kept = rows.map { oldDoc[$0] }
        let fresh = try textRun(pool, rows: rows.filter { oldDoc[$0] == nil }, progress: nil)
        return QueryIndex.updatedText(previous, kept: kept, fresh: fresh)
    }

    /// The stored index and the rows it was built for, as the last refresh left them.
    /// Its text half only: the entities are gathered again anyway.
    static func loadPrevious(_ pool: DatabasePool) throws -> (text: QueryIndex.TextPart, rows: [Int64])? {
        try pool.read { db in
            guard let snapshot = try ListSnapshot.load(db, key: .previous),
                  let text = try decoded(db, articles: snapshot.articles, digest: "previousListDigest", { fetch in
                      try QueryIndex.storedText(articleCount: snapshot.articles.count, archivePart: fetch)
                  }) else { return nil }
            return (text, snapshot.rows)
        }
    }

    /// The entities (every article's mentions, read once, straight from their stored bytes)
    /// joined to the text half.
    static func assembled(_ pool: DatabasePool, articles: [AnalyzedArticle], rows: [Int64],
                                  text: QueryIndex.TextPart) throws -> QueryIndex {
        try pool.read { db in
            var entities = EntityIndexBuilder()
            try RawRows.each(db, "SELECT mentions FROM article WHERE id = ?", ids: rows) { d, row in
                try row.withBlob { blob in
                    try MentionCodec.visit(blob) { _, _, type, text, canonical, _ in
                        entities.add(doc: Int32(d), type: type, canonical: canonical ?? text, text: text)
                    }
                }
            }
            return QueryIndex(articles: articles, text: text, entities: entities, bodies: bodyReader(pool, rows))
        }
    }

    private static func textRun(_ pool: DatabasePool, rows: [Int64], progress: ((Int, Int) -> Void)?) throws -> QueryIndex.TextRun {
        try pool.read { db in
            // Every body is read once, in order.
            try CacheDatabase.setPageCache(db, kilobytes: CacheDatabase.streamingPageCacheKilobytes)
            defer { try? CacheDatabase.setPageCache(db, kilobytes: CacheDatabase.pageCacheKilobytes) }
            let bodies = try ColumnStream<String>(db, sql: "SELECT body FROM article WHERE id = ?", rows: rows) { (body: String) in body }
            bodies.onEvery1000 = progress
            let run = QueryIndex.textRun(bodies: bodies)
            if let error = bodies.error { throw error }
            return run
        }
    }

    /// The archive's format, and how this store lays its parts out (2: in pieces).
    static let format = "\(QueryIndex.archiveFormat).2"

    /// Parts are stored in pieces of at most this many bytes (`postingDocs`, `postingDocs#1`,
    /// ...): SQLite builds each row whole in memory, and at 100,000 articles one part is
    /// over 100 MB.
    static let pieceSize = 2 << 20

    static func save(_ db: Database, _ index: QueryIndex, pieceSize: Int = QueryIndexStore.pieceSize) throws {
        try db.execute(sql: "DELETE FROM query_part")
        try ListSnapshot.discardPrevious(db)
        let insert = try db.cachedStatement(sql: "INSERT INTO query_part(name, data) VALUES (?, ?)")
        try insert.execute(arguments: ["format", Data(format.utf8)])
        try insert.execute(arguments: ["listDigest", digest(index.articles)])
        try index.forEachArchivePart { name, bytes in
            var piece = 0
            var start = 0
            repeat {
                let count = min(pieceSize, bytes.count - start)
                // Bound without a copy: the bytes outlive the statement's execution.
                let data = bytes.baseAddress.map {
                    Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: $0 + start), count: count, deallocator: .none)
                } ?? Data()
                try insert.execute(arguments: [piece == 0 ? name : "\(name)#\(piece)", data])
                piece += 1
                start += count
            } while start < bytes.count
        }
    }

    /// The stored index if it was saved for exactly these articles (another process may
    /// have refreshed the cache since they were listed); nil when missing or damaged.
    static func load(_ db: Database, articles: [AnalyzedArticle], rows: [Int64], pool: DatabasePool) throws -> QueryIndex? {
        try decoded(db, articles: articles, digest: "listDigest") { fetch in
            try QueryIndex(articles: articles, archivePart: fetch, bodies: bodyReader(pool, rows))
        }
    }

    /// `decode` over the stored parts, if they were saved (under the digest part `digestName`)
    /// for exactly `articles`; nil when missing or damaged.
    private static func decoded<T>(_ db: Database, articles: [AnalyzedArticle], digest digestName: String,
                                   _ decode: ((String) throws -> ArchivePart?) throws -> T) throws -> T? {
        let part = try db.cachedStatement(sql: "SELECT data FROM query_part WHERE name = ?")
        func piece(_ name: String) throws -> Data? { try Data.fetchOne(part, arguments: [name]) }
        let size = try db.cachedStatement(sql: "SELECT sum(length(data)) FROM query_part WHERE name = ? OR name GLOB ?")
        func fetch(_ name: String) throws -> ArchivePart? {
            guard let bytes = try Int.fetchOne(size, arguments: [name, name + "#*"]) else { return nil }
            return ArchivePart(byteCount: bytes) { each in
                guard let first = try piece(name) else { throw ArchiveBytesMissing() }
                try each(first)
                var n = 1
                while let more = try piece("\(name)#\(n)") {
                    try each(more)
                    n += 1
                }
            }
        }
        guard let format = try fetch("format")?.whole(), String(decoding: format, as: UTF8.self) == Self.format,
              try fetch(digestName)?.whole() == digest(articles) else { return nil }
        do {
            return try decode(fetch)
        } catch let error as DatabaseError {
            throw error
        } catch {
            return nil  // damaged parts: the caller builds it again
        }
    }

    /// A part whose size was found but whose first piece was not (another process replaced
    /// the index meanwhile): the caller builds it again.
    struct ArchiveBytesMissing: Error {}

    /// Which articles, in which order, an index was built for.
    static func digest(_ articles: [AnalyzedArticle]) -> Data {
        var ids = Data()
        for a in articles {
            ids.append(contentsOf: a.id.utf8)
            ids.append(0)
        }
        var h = ContentHash.of(ids)
        return withUnsafeBytes(of: &h) { Data($0) }
    }

    /// Reads the listed articles' text for phrases: every candidate in one read
    /// transaction, through one prepared statement (one `pool.read` each was 0.3 ms an
    /// article: seconds for a phrase of two common words at 100,000 articles).
    static func bodyReader(_ pool: DatabasePool, _ rows: [Int64]) -> ArticleBodies {
        { docs, each in
            try? pool.read { db in
                let statement = try db.cachedStatement(sql: "SELECT body FROM article WHERE id = ?")
                for d in docs where rows.indices.contains(Int(d)) {
                    if let text = try String.fetchOne(statement, arguments: [rows[Int(d)]]) { each(d, text) }
                }
            }
        }
    }
}

/// What a refresh compares to know whether another process changed the rows since it read
/// them (rows are only added with higher ids, or deleted).
struct RowsStamp: Equatable {
    var values: [DatabaseValue]

    init(_ db: Database) throws {
        // total() is a float sum: nanosecond times would overflow sum().
        let row = try Row.fetchOne(db, sql: """
            SELECT (SELECT count(*) FROM article), (SELECT max(id) FROM article),
                   (SELECT count(*) FROM file), (SELECT max(id) FROM file), (SELECT total(mtime_ns) FROM file)
            """)
        values = row.map { r in (0..<5).map { r[$0] as DatabaseValue } } ?? []
    }
}
