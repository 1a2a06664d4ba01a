import Foundation
import GRDB
import LedeCore

/// The article list exactly as the last refresh left it (final ids, corpus order, paths as
/// the user spelt them, problems), packed into one blob. Decoding it is the fastest way
/// from disk to a paintable list: no folder walk, no stat, no row-by-row SQL.
struct ListSnapshot {
    var paths: [String]
    var problems: [LoadProblem]
    /// Article rows in the cache, parallel to `articles`.
    var rows: [Int64]
    var articles: [AnalyzedArticle]

    static func encode(_ listing: CorpusReader.Listing) -> Data {
        var w = ByteWriter()
        w.varint(1)  // format version
        var pathIndex: [String: Int] = [:]
        var pathList: [String] = []
        func index(_ p: String) -> Int {
            if let i = pathIndex[p] { return i }
            pathIndex[p] = pathList.count
            pathList.append(p)
            return pathList.count - 1
        }
        let articlePaths = listing.ids.map { index($0.path) }
        let problemPaths = listing.corpus.problems.map { index($0.path) }
        w.varint(pathList.count)
        for p in pathList { w.string(p) }
        w.varint(listing.corpus.problems.count)
        for (i, p) in listing.corpus.problems.enumerated() {
            w.varint(problemPaths[i])
            w.string(p.reason)
            w.varint(p.line.map { $0 + 1 } ?? 0)
            w.varint(p.record.map { $0 + 1 } ?? 0)
        }
        w.varint(listing.ids.count)
        for (i, entry) in listing.ids.enumerated() {
            let a = listing.corpus.articles[i].article
            w.string(entry.id)
            w.varint(Int(entry.row))
            w.varint(articlePaths[i])
            w.varint(a.date.map { $0.ordinal + 1_000_000 } ?? 0)  // ordinals can be negative
            w.string(a.title)
            w.optionalString(a.source)
            w.optionalString(a.url)
        }
        return Data(w.bytes)
    }

    static func decode(_ raw: UnsafeRawBufferPointer) throws -> ListSnapshot {
        do {
            var r = ByteReader(raw: raw)
            guard try r.varint() == 1 else { throw ByteReader.Corrupt() }
            let pathCount = try r.varint()
            var paths: [String] = []
            paths.reserveCapacity(pathCount)
            for _ in 0..<pathCount { paths.append(try r.string()) }
            func path(_ i: Int) throws -> String {
                guard i < paths.count else { throw ByteReader.Corrupt() }
                return paths[i]
            }
            let problemCount = try r.varint()
            var problems: [LoadProblem] = []
            for _ in 0..<problemCount {
                let p = try path(try r.varint())
                let reason = try r.string()
                let line = try r.varint()
                let record = try r.varint()
                problems.append(LoadProblem(path: p, reason: reason, line: line == 0 ? nil : line - 1,
                                            record: record == 0 ? nil : record - 1))
            }
            let count = try r.varint()
            guard count <= raw.count else { throw ByteReader.Corrupt() }
            var rows: [Int64] = []
            var articles: [AnalyzedArticle] = []
            rows.reserveCapacity(count)
            articles.reserveCapacity(count)
            for _ in 0..<count {
                let id = try r.string()
                let row = Int64(try r.varint())
                let p = try path(try r.varint())
                let day = try r.varint()
                let title = try r.string()
                let source = try r.optionalString()
                let url = try r.optionalString()
                rows.append(row)
                articles.append(AnalyzedArticle(article: Article(
                    id: id, path: p, date: day == 0 ? nil : Day(ordinal: day - 1_000_000), title: title,
                    source: source, url: url, body: "")))
            }
            return ListSnapshot(paths: paths, problems: problems, rows: rows, articles: articles)
        }
    }

    /// Where a snapshot is kept in `meta`: the current list, or the one a refresh set aside
    /// (`QueryIndexStore.setAside`).
    enum Key: String {
        case current = "list"
        case previous = "previous_list"
    }

    static func save(_ db: Database, _ listing: CorpusReader.Listing) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                       arguments: [Key.current.rawValue, encode(listing)])
    }

    static func isMissing(_ db: Database) throws -> Bool {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM meta WHERE key = ?", arguments: [Key.current.rawValue]) == 0
    }

    /// The current snapshot becomes the previous one (replacing any older one).
    static func setAside(_ db: Database) throws {
        try discardPrevious(db)
        try db.execute(sql: "UPDATE meta SET key = ? WHERE key = ?", arguments: [Key.previous.rawValue, Key.current.rawValue])
    }

    static func discardPrevious(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM meta WHERE key = ?", arguments: [Key.previous.rawValue])
    }

    /// Decodes straight from SQLite's buffer: the blob is megabytes at 100,000 articles.
    static func load(_ db: Database, key: Key = .current) throws -> ListSnapshot? {
        var snapshot: ListSnapshot?
        try RawRows.each(db, "SELECT value FROM meta WHERE key = '\(key.rawValue)'") { row in
            snapshot = try row.withBlob { try decode($0) }
        }
        return snapshot
    }
}

/// Varints and length-prefixed UTF-8, shared by the cache's blobs.
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func varint(_ value: Int) {
        var v = UInt(max(0, value))
        while v >= 0x80 { bytes.append(UInt8(v & 0x7F) | 0x80); v >>= 7 }
        bytes.append(UInt8(v))
    }

    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            varint(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// Length + 1, so 0 means nil.
    mutating func optionalString(_ s: String?) {
        guard var s else { varint(0); return }
        s.withUTF8 { utf8 in
            varint(utf8.count + 1)
            bytes.append(contentsOf: utf8)
        }
    }
}

struct ByteReader {
    struct Corrupt: Error {}
    let raw: UnsafeRawBufferPointer
    var i = 0

    init(raw: UnsafeRawBufferPointer) { self.raw = raw }

    mutating func varint() throws -> Int {
        var v: UInt = 0
        var shift: UInt = 0
        while true {
            guard i < raw.count, shift < 63 else { throw Corrupt() }
            let b = raw[i]
            i += 1
            v |= UInt(b & 0x7F) << shift
            if b < 0x80 { return Int(v) }
            shift += 7
        }
    }

    mutating func bytes(_ n: Int) throws -> String {
        String(decoding: try rawBytes(n), as: UTF8.self)
    }

    /// The next `n` bytes, valid as long as `raw` is.
    mutating func rawBytes(_ n: Int) throws -> UnsafeRawBufferPointer {
        guard n >= 0, n <= raw.count - i else { throw Corrupt() }
        defer { i += n }
        return UnsafeRawBufferPointer(rebasing: raw[i..<(i + n)])
    }

    mutating func byte() throws -> UInt8 {
        guard i < raw.count else { throw Corrupt() }
        defer { i += 1 }
        return raw[i]
    }

    mutating func string() throws -> String { try bytes(try varint()) }

    mutating func optionalString() throws -> String? {
        let n = try varint()
        return n == 0 ? nil : try bytes(n - 1)
    }
}
