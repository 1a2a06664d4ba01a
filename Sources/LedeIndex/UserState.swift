import Foundation
import GRDB
import LedeCore

/// What the user did and cannot be rebuilt: read marks and starred quotes. Kept in its own
/// database under the data directory (not the cache), keyed by corpus roots and article
/// ids, so deleting or rebuilding the cache never loses it.
public final class UserState: @unchecked Sendable {
    public struct StarredQuote: Sendable, Hashable {
        public var quoteID: String
        public var articleID: String
        /// The words, kept so a star still means something if re-analysis renumbers quotes.
        public var text: String
        public var speaker: String?
    }

    let path: String
    let corpus: String
    /// Opened on first use, so a first paint does not wait for it.
    private let lock = NSLock()
    private var opened: DatabasePool?
    /// Set when the state database could not be opened and was moved aside to this path
    /// (kept, never deleted) before starting a new one.
    public private(set) var movedAside: String?

    public init(path: String, corpus key: CorpusKey) throws {
        self.path = path
        corpus = key.text
    }

    var pool: DatabasePool {
        get throws {
            try lock.withLock {
                if let opened { return opened }
                try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true)
                let pool: DatabasePool
                do {
                    pool = try Self.open(path)
                } catch {
                    let aside = path + ".unreadable-\(Int(Date().timeIntervalSince1970))"
                    try FileManager.default.moveItem(atPath: path, toPath: aside)
                    for suffix in ["-wal", "-shm"] { try? FileManager.default.moveItem(atPath: path + suffix, toPath: aside + suffix) }
                    movedAside = aside
                    pool = try Self.open(path)
                }
                opened = pool
                return pool
            }
        }
    }

    private static func open(_ path: String) throws -> DatabasePool {
        var config = Configuration()
        config.busyMode = .timeout(30)
        let pool = try DatabasePool(path: path, configuration: config)
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE read_mark(corpus TEXT NOT NULL, article_id TEXT NOT NULL, at REAL NOT NULL,
                                       PRIMARY KEY(corpus, article_id));
                CREATE TABLE starred_quote(corpus TEXT NOT NULL, quote_id TEXT NOT NULL, article_id TEXT NOT NULL,
                                           text TEXT NOT NULL, speaker TEXT, at REAL NOT NULL,
                                           PRIMARY KEY(corpus, quote_id));
                """)
        }
        try migrator.migrate(pool)
        return pool
    }

    public func readArticleIDs() throws -> Set<String> {
        try pool.read { db in
            Set(try String.fetchAll(db, sql: "SELECT article_id FROM read_mark WHERE corpus = ?", arguments: [corpus]))
        }
    }

    public func setRead(_ articleID: String, _ read: Bool = true) throws {
        try setRead([articleID], read)
    }

    /// Many at once (`A` marks every listed article) in one transaction.
    public func setRead(_ articleIDs: [String], _ read: Bool) throws {
        try pool.write { db in
            let now = Date().timeIntervalSince1970
            let statement = read
                ? try db.cachedStatement(sql: "INSERT OR REPLACE INTO read_mark(corpus, article_id, at) VALUES (?, ?, ?)")
                : try db.cachedStatement(sql: "DELETE FROM read_mark WHERE corpus = ? AND article_id = ?")
            for id in articleIDs {
                try statement.execute(arguments: read ? [corpus, id, now] : [corpus, id])
            }
        }
    }

    public func starredQuotes() throws -> [StarredQuote] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT quote_id, article_id, text, speaker FROM starred_quote WHERE corpus = ? ORDER BY at",
                             arguments: [corpus]).map {
                StarredQuote(quoteID: $0[0], articleID: $0[1], text: $0[2], speaker: $0[3])
            }
        }
    }

    public func setStarred(_ quote: Quote, _ starred: Bool = true) throws {
        try pool.write { db in
            if starred {
                try db.execute(sql: """
                    INSERT OR REPLACE INTO starred_quote(corpus, quote_id, article_id, text, speaker, at) VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [corpus, quote.id, quote.articleID, quote.text, quote.speaker, Date().timeIntervalSince1970])
            } else {
                try db.execute(sql: "DELETE FROM starred_quote WHERE corpus = ? AND quote_id = ?", arguments: [corpus, quote.id])
            }
        }
    }
}
