import Foundation
import GRDB
import LedeCore

/// Opening, checking and throwing away the cache database.
enum CacheDatabase {
    /// Each connection's page cache (see `open`).
    static let pageCacheKilobytes = 2000
    /// While a refresh streams every body once or writes the query index: pages it will
    /// not read again would only add to the peak.
    static let streamingPageCacheKilobytes = 1000

    static func setPageCache(_ db: Database, kilobytes: Int) throws {
        try db.execute(sql: "PRAGMA cache_size = -\(kilobytes)")
    }

    struct Unusable: Error, CustomStringConvertible {
        var description: String
    }

    static func configuration() -> Configuration {
        var config = Configuration()
        // Another lede process may be writing (WAL lets readers go on meanwhile); wait for
        // it rather than fail.
        config.busyMode = .timeout(30)
        config.prepareDatabase { db in
            // No fsync: a power cut may damage the cache, which is then detected and rebuilt.
            // A 2 MB page cache: with 32 MB, SQLite held 120 MB while a 20,000-article
            // corpus was written, growing with the corpus; 8 MB still made a quarter of the
            // peak at 10,000 articles, and was no faster than 2 MB at 100,000 (cold, warm,
            // refresh), the files' pages being in the system's cache anyway.
            try db.execute(sql: "PRAGMA synchronous = OFF")
            try CacheDatabase.setPageCache(db, kilobytes: CacheDatabase.pageCacheKilobytes)
            // Takes effect only on a new, empty file: bodies of a few kilobytes then fit a
            // page instead of an overflow chain.
            try db.execute(sql: "PRAGMA page_size = 16384")
        }
        return config
    }

    /// Opens (creating if new) the cache for `key`; throws when the file is not a usable
    /// Lede cache of this schema for these roots.
    static func open(path: String, key: CorpusKey) throws -> DatabasePool {
        let pool = try DatabasePool(path: path, configuration: configuration())
        try pool.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                if version == 0 {
                    let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                    guard tables == 0 else { throw Unusable(description: "not a Lede cache") }
                    try CacheSchema.create(db)
                    try db.execute(sql: "INSERT INTO meta(key, value) VALUES ('roots', ?)", arguments: [key.text])
                    try db.execute(sql: "PRAGMA user_version = \(CacheSchema.stamp)")
                } else if version != CacheSchema.stamp {
                    throw Unusable(description: "cache schema \(version), expected \(CacheSchema.stamp)")
                } else {
                    let roots = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'roots'")
                    guard roots == key.text else { throw Unusable(description: "cache of other roots") }
                }
                return .commit
            }
        }
        return pool
    }

    static func remove(path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// Errors that mean the file is damaged (as opposed to busy or full).
    static func isDamage(_ error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB
            || error.extendedResultCode == .SQLITE_CORRUPT_VTAB
    }
}

/// A file row as the refresh compares it.
struct StoredFile {
    var id: Int64
    var size: Int64
    var modified: Int64
    var hash: Int64
    /// `FileMetadata.fingerprint` of what was filled in from a table beside the file.
    var metadata: String

    static func all(_ db: Database) throws -> [String: StoredFile] {
        var result: [String: StoredFile] = [:]
        try RawRows.each(db, "SELECT path, id, size, mtime_ns, hash, metadata FROM file") { row in
            result[row.text(0)] = StoredFile(id: row.int(1), size: row.int(2), modified: row.int(3), hash: row.int(4),
                                             metadata: row.text(5))
        }
        return result
    }
}

/// Corpus-wide facts saved after each refresh that changed something, so an unchanged
/// corpus opens without counting anything.
struct CacheTotals: Codable {
    var articles: Int
    var skippedFiles: Int
    var problems: Int
    /// No two articles share a preferred id, so ids need no collision pass on open.
    var idsUnique: Bool

    static func compute(_ db: Database) throws -> CacheTotals {
        CacheTotals(
            articles: try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0,
            skippedFiles: try Int.fetchOne(db, sql: "SELECT count(*) FROM file WHERE NOT EXISTS (SELECT 1 FROM article WHERE file_id = file.id)") ?? 0,
            problems: try Int.fetchOne(db, sql: "SELECT count(*) FROM problem") ?? 0,
            idsUnique: try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT 1 FROM article GROUP BY article_id HAVING count(*) > 1)") == 0)
    }

    func save(_ db: Database) throws {
        let json = String(decoding: try JSONEncoder().encode(self), as: UTF8.self)
        try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('totals', ?)", arguments: [json])
    }

    static func load(_ db: Database) throws -> CacheTotals? {
        guard let json = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'totals'") else { return nil }
        return try? JSONDecoder().decode(CacheTotals.self, from: Data(json.utf8))
    }
}

/// Writes one analysed file, replacing whatever the cache held for its path.
enum CacheWriter {
    /// `started`: a token for each large file this refresh has begun and not finished, by
    /// path; the file row holds it as its hash until the last part.
    static func replace(_ db: Database, file: AnalysedFile, absolutePath: String, started: inout [String: Int64]) throws {
        guard let part = file.part else {
            let fileID = try begin(db, file: file, absolutePath: absolutePath, stamp: file.stamp, hash: file.hash)
            try insertRows(db, file: file, fileID: fileID, ordinalBase: 0)
            return
        }
        // A large file, in parts: its stamp is written with the last, so a refresh stopped
        // half-way leaves a file that the next one reads again.
        let fileID: Int64
        if part.index == 0 {
            let token = Int64.random(in: .min ... .max)
            fileID = try begin(db, file: file, absolutePath: absolutePath, stamp: FileStamp(size: -1, modifiedNanoseconds: 0), hash: token)
            started[absolutePath] = token
        } else {
            // Another process refreshing the same corpus may have started the file again
            // since: then its rows are the file's, and the rest of these parts are dropped.
            guard let token = started[absolutePath],
                  let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM file WHERE path = ? AND size = -1 AND hash = ?"),
                                              arguments: [absolutePath, token]) else { return }
            fileID = id
        }
        try insertRows(db, file: file, fileID: fileID, ordinalBase: part.ordinalBase)
        guard part.isLast else { return }
        started[absolutePath] = nil
        try db.cachedStatement(sql: "UPDATE file SET size = ?, mtime_ns = ?, hash = ? WHERE id = ?")
            .execute(arguments: [file.stamp.size, file.stamp.modifiedNanoseconds, file.hash, fileID])
        // Own ids that turned out to be shared by several records of the file: those
        // articles take their path#N ids after all, and their quotes' ids follow.
        for id in part.sharedOwnIDs {
            try db.cachedStatement(sql: """
                UPDATE quote SET quote_id = (SELECT fallback_id FROM article WHERE article.id = quote.article)
                                            || substr(quote_id, length(?1) + 1)
                WHERE article IN (SELECT id FROM article WHERE file_id = ?2 AND article_id = ?1)
                """).execute(arguments: [id, fileID])
            try db.cachedStatement(sql: "UPDATE article SET article_id = fallback_id WHERE file_id = ? AND article_id = ?")
                .execute(arguments: [fileID, id])
        }
    }

    /// Drops what was stored for the path and starts its file row.
    private static func begin(_ db: Database, file: AnalysedFile, absolutePath: String, stamp: FileStamp, hash: Int64) throws -> Int64 {
        try db.cachedStatement(sql: "DELETE FROM file WHERE path = ?").execute(arguments: [absolutePath])
        try QuoteLinking.markStale(db)
        try db.cachedStatement(sql: """
            INSERT INTO file(path, id_base, size, mtime_ns, hash, format, metadata) VALUES (?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [absolutePath, file.file.idBase, stamp.size, stamp.modifiedNanoseconds,
                                     hash, file.format?.rawValue, file.file.metadata?.fingerprint ?? ""])
        return db.lastInsertedRowID
    }

    private static func insertRows(_ db: Database, file: AnalysedFile, fileID: Int64, ordinalBase: Int) throws {
        let insertArticle = try db.cachedStatement(sql: """
            INSERT INTO article(file_id, ordinal, article_id, fallback_id, day, title, source, url, body, mentions)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertQuote = try db.cachedStatement(sql: """
            INSERT INTO quote(article, ordinal, quote_id, start, "end", text, speaker, speaker_start, speaker_end, speaker_entity, family)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (i, analysed) in file.articles.enumerated() {
            let a = analysed.article
            try insertArticle.execute(arguments: [
                fileID, ordinalBase + i, a.id, file.fallbackIDs[i], a.date?.ordinal, a.title, a.source, a.url, a.body,
                MentionCodec.encode(analysed.mentions),
            ])
            let rowID = db.lastInsertedRowID
            for (n, q) in analysed.quotes.enumerated() {
                try insertQuote.execute(arguments: [
                    rowID, n, q.id, q.span.start, q.span.end, q.text, q.speaker, q.speakerSpan?.start,
                    q.speakerSpan?.end, q.speakerEntity, q.family,
                ])
            }
        }
        let insertProblem = try db.cachedStatement(sql: "INSERT INTO problem(file_id, reason, line, record) VALUES (?, ?, ?, ?)")
        for problem in file.problems {
            try insertProblem.execute(arguments: [fileID, problem.reason, problem.line, problem.record])
        }
    }

    static func updateStamp(_ db: Database, path: String, stamp: FileStamp) throws {
        try db.cachedStatement(sql: "UPDATE file SET size = ?, mtime_ns = ? WHERE path = ?")
            .execute(arguments: [stamp.size, stamp.modifiedNanoseconds, path])
    }
}

/// Quotes as stored, back to model values.
enum QuoteRows {
    static func fetch(_ db: Database, articles: [Int64]? = nil) throws -> [Int64: [Quote]] {
        var sql = """
            SELECT q.article, q.quote_id, q.start, q."end", q.text, q.speaker, q.speaker_start, q.speaker_end,
                   q.speaker_entity, q.family, a.article_id
            FROM quote q JOIN article a ON a.id = q.article
            """
        var arguments = StatementArguments()
        if let articles {
            sql += " WHERE q.article IN (\(articles.map { _ in "?" }.joined(separator: ",")))"
            arguments = StatementArguments(articles)
        }
        sql += " ORDER BY q.article, q.ordinal"
        var result: [Int64: [Quote]] = [:]
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try rows.next() {
            let speakerStart: Int? = row[6]
            let speakerEnd: Int? = row[7]
            let q = Quote(id: row[1], articleID: row[10], span: TextSpan(row[2], row[3]), text: row[4],
                          speaker: row[5],
                          speakerSpan: speakerStart.flatMap { s in speakerEnd.map { TextSpan(s, max(s, $0)) } },
                          speakerEntity: row[8], family: row[9])
            result[row[0], default: []].append(q)
        }
        return result
    }
}
