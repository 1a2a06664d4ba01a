import Foundation
import GRDB
import LedeCore

/// The corpus-wide step: quote families and related quotes across articles. Runs over the
/// stored quotes of every article after any change, so an incremental refresh links new
/// quotes with old ones exactly as a full analysis would.
///
/// It reads only what linking needs (each quote's text and speaker, no article bodies or
/// mentions) and keeps each quote's related list in its own row as a compact blob of
/// (quote row, kind) pairs: a corpus of wire copy has tens of related quotes per quote,
/// and one SQL row per link made writing them most of the linking time.
enum QuoteLinking {
    /// Set in the transaction that writes or deletes a file's quotes, cleared by `relink`:
    /// a refresh interrupted in between links again on the next run, even with no change.
    static func markStale(_ db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('links_stale', '1')")
    }

    static func isStale(_ db: Database) throws -> Bool {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'links_stale'") != nil
    }

    /// Links every stored quote. `fileOrder` is the corpus's files (absolute paths) in
    /// corpus order: quotes are given to the linker in that order, as `Corpus.open` does,
    /// since it decides which related quotes are nearest (row order is not corpus order:
    /// files are written as workers finish them and re-analysed ones go last).
    static func relink(_ db: Database, fileOrder: [String]) throws {
        try db.execute(sql: "DELETE FROM meta WHERE key = 'links_stale'")
        let place = Dictionary(zip(fileOrder, fileOrder.indices), uniquingKeysWith: { a, _ in a })
        var position: [Int64: Int] = [:]
        try RawRows.each(db, "SELECT id, path FROM file") { row in position[row.int(0)] = place[row.text(1)] ?? Int.max }

        var rows: [Int64] = []
        var items: [QuoteLinker.Item] = []
        var keys: [(file: Int, article: Int64, quote: Int64)] = []
        // What is stored now, hashed, so only rows whose family or list changed are written
        // (after a small refresh, almost none).
        var stored: [UInt64] = []
        try RawRows.each(db, """
            SELECT q.id, q.text, q.speaker_entity, q.family, q.related, a.file_id, a.ordinal, q.ordinal
            FROM quote q JOIN article a ON a.id = q.article
            """) { row in
            rows.append(row.int(0))
            items.append(QuoteLinker.Item(text: row.text(1), speakerEntity: row.optionalText(2)))
            stored.append(row.withBlob(4) { fingerprint(row.optionalText(3), row.isNull(4) ? nil : $0) })
            keys.append((position[row.int(5)] ?? Int.max, row.int(6), row.int(7)))
        }
        let order = keys.indices.sorted { keys[$0] < keys[$1] }
        keys = []
        rows = order.map { rows[$0] }
        items = order.map { items[$0] }
        stored = order.map { stored[$0] }
        guard !items.isEmpty else { return }
        let update = try db.cachedStatement(sql: "UPDATE quote SET family = ?, related = ? WHERE id = ?")
        var blob: [UInt8] = []  // appending bytes to `Data` was a tenth of linking
        try QuoteLinker().link(items: items) { i, family, targets in
            blob.removeAll(keepingCapacity: true)
            for t in targets { encode(t.kind, from: rows[i], to: rows[Int(t.index)], into: &blob) }
            guard blob.withUnsafeBytes({ fingerprint(family, targets.isEmpty ? nil : $0) }) != stored[i] else { return }
            try update.execute(arguments: [family, targets.isEmpty ? nil : Data(blob), rows[i]])
        }
    }

    /// Every quote's related list, keyed by quote id, each link naming its article and quote.
    static func related(_ db: Database) throws -> [String: [QuoteLink]] {
        var names: [Int64: (article: String, quote: String)] = [:]
        var lists: [(Int64, Data)] = []
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT q.id, a.article_id, q.quote_id, q.related FROM quote q JOIN article a ON a.id = q.article
            """)
        while let row = try cursor.next() {
            names[row[0]] = (row[1], row[2])
            if let list: Data = row[3] { lists.append((row[0], list)) }
        }
        var result: [String: [QuoteLink]] = [:]
        result.reserveCapacity(lists.count)
        for (rowID, list) in lists {
            guard let from = names[rowID] else { continue }
            // A target gone since the last linking (an interrupted refresh) is left out.
            let links = decode(list, from: rowID).compactMap { to, kind in
                names[to].map { QuoteLink(articleID: $0.article, quoteID: $0.quote, kind: kind) }
            }
            if !links.isEmpty { result[from.quote] = links }
        }
        return result
    }

    /// The related list of one quote, read from its row alone.
    static func related(_ db: Database, articleRow: Int64, quoteID: String) throws -> [QuoteLink] {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, related FROM quote WHERE article = ? AND quote_id = ?",
                                         arguments: [articleRow, quoteID]),
              let list: Data = row[1] else { return [] }
        let targets = decode(list, from: row[0])
        guard !targets.isEmpty else { return [] }
        var names: [Int64: QuoteLink] = [:]
        let ids = targets.map(\.0)
        let rows = try Row.fetchCursor(db, sql: """
            SELECT q.id, a.article_id, q.quote_id FROM quote q JOIN article a ON a.id = q.article
            WHERE q.id IN (\(ids.map { _ in "?" }.joined(separator: ",")))
            """, arguments: StatementArguments(ids))
        while let r = try rows.next() { names[r[0]] = QuoteLink(articleID: r[1], quoteID: r[2], kind: .same) }
        return targets.compactMap { id, kind in names[id].map { QuoteLink(articleID: $0.articleID, quoteID: $0.quoteID, kind: kind) } }
    }

    static let kinds: [QuoteRelation] = [.same, .fragment, .variant, .speaker]

    /// One varint per link: the zigzagged distance between the two quote rows, times four,
    /// plus the kind. Nearby quotes come first, so most links take one or two bytes.
    static func encode(_ kind: QuoteRelation, from: Int64, to: Int64, into out: inout [UInt8]) {
        let delta = to - from
        let zigzag = UInt64(bitPattern: (delta << 1) ^ (delta >> 63))
        var v = zigzag << 2 | UInt64(kinds.firstIndex(of: kind)!)
        while v >= 0x80 {
            out.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        out.append(UInt8(v))
    }

    static func decode(_ data: Data, from: Int64) -> [(Int64, QuoteRelation)] {
        var out: [(Int64, QuoteRelation)] = []
        var v: UInt64 = 0, shift: UInt64 = 0
        for byte in data {
            v |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 != 0 { shift += 7; continue }
            let zigzag = v >> 2
            let delta = Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1)
            out.append((from + delta, kinds[Int(v & 3)]))
            v = 0
            shift = 0
        }
        return out
    }

    private static func fingerprint(_ family: String?, _ related: UnsafeRawBufferPointer?) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in (family ?? "\u{0}").utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        h = (h ^ 0xFF) &* 0x100000001b3
        if let related { for b in related { h = (h ^ UInt64(b)) &* 0x100000001b3 } } else { h = ~h }
        return h
    }
}

extension CorpusIndex {
    /// A quote's related quotes (same family first, then the same speaker), as
    /// `Corpus.relatedQuotes[quote.id]` holds them, read from the cache for this quote
    /// only: the whole map is millions of links in a large corpus of wire copy.
    public func relatedQuotes(of quote: Quote) throws -> [QuoteLink] {
        guard let (row, _) = try locate(quote.articleID) else { return [] }
        return try pool.read { db in try QuoteLinking.related(db, articleRow: row, quoteID: quote.id) }
    }
}
