import Foundation
import GRDB
import LedeCore

/// Builds a `Corpus` from the cache without touching the article files.
enum CorpusReader {
    struct Listing {
        var corpus: Corpus
        /// Final article id, article row and file path, for later lookups.
        var ids: [(id: String, row: Int64, path: String)]
    }

    private struct ArticleRow {
        var rowID: Int64
        var filePosition: Int
        var ordinal: Int
        var id: String
        var fallback: String
        var day: Int?
        var title: String
        var source: String?
        var url: String?
    }

    /// `positions` maps cache file ids to places in `discovery` when the caller knows them
    /// (an unchanged corpus); otherwise the file table is read to find them.
    static func read(_ db: Database, discovery: Discovery, positions known: [Int64: Int]?,
                     idsUnique: Bool, full: Bool) throws -> Listing {
        var positions: [Int64: Int]
        if let known {
            positions = known
        } else {
            let byPath = Dictionary(zip(discovery.absolutePaths, discovery.absolutePaths.indices), uniquingKeysWith: { a, _ in a })
            positions = [:]
            try RawRows.each(db, "SELECT id, path FROM file") { row in
                if let p = byPath[row.text(1)] { positions[row.int(0)] = p }  // else gone since the last refresh
            }
        }

        var fileProblems: [(Int, LoadProblem)] = []
        try RawRows.each(db, "SELECT file_id, reason, line, record FROM problem ORDER BY rowid") { row in
            guard let p = positions[row.int(0)] else { return }
            fileProblems.append((p, LoadProblem(path: discovery.files[p].path, reason: row.text(1),
                                                line: row.optionalInt(2).map(Int.init), record: row.optionalInt(3).map(Int.init))))
        }
        let problems = discovery.problems + fileProblems.sorted { $0.0 < $1.0 }.map(\.1)

        var rows: [ArticleRow] = []
        rows.reserveCapacity(try Int.fetchOne(db, sql: "SELECT max(id) FROM article") ?? 0)
        var sorted = true
        try RawRows.each(db, "SELECT id, file_id, ordinal, article_id, fallback_id, day, title, source, url FROM article") { row in
            guard let p = positions[row.int(1)] else { return }
            let r = ArticleRow(rowID: row.int(0), filePosition: p, ordinal: Int(row.int(2)), id: row.text(3),
                               fallback: row.text(4), day: row.optionalInt(5).map(Int.init), title: row.text(6),
                               source: row.optionalText(7), url: row.optionalText(8))
            if let last = rows.last, (last.filePosition, last.ordinal) > (r.filePosition, r.ordinal) { sorted = false }
            rows.append(r)
        }
        // Rows come in insertion order, which is corpus order unless files were re-analysed.
        if !sorted { rows.sort { ($0.filePosition, $0.ordinal) < ($1.filePosition, $1.ordinal) } }
        let ids = idsUnique ? rows.map(\.id) : CorpusLoader.uniqueIDs(rows.map { ($0.id, $0.fallback) })

        var bodies: [Int64: (String, [EntityMention])] = [:]
        var quotes: [Int64: [Quote]] = [:]
        var related: [String: [QuoteLink]] = [:]
        if full {
            let cursor = try Row.fetchCursor(db, sql: "SELECT id, body, mentions FROM article")
            while let row = try cursor.next() {
                bodies[row[0]] = (row[1], try MentionCodec.decode(row[2]))
            }
            quotes = try QuoteRows.fetch(db)
            related = try QuoteLinking.related(db)
        }

        var articles: [AnalyzedArticle] = []
        articles.reserveCapacity(rows.count)
        var listed: [(id: String, row: Int64, path: String)] = []
        listed.reserveCapacity(rows.count)
        for (i, r) in rows.enumerated() {
            let path = discovery.files[r.filePosition].path
            let content = full ? bodies.removeValue(forKey: r.rowID) : nil
            let article = Article(id: ids[i], path: path, date: r.day.map { Day(ordinal: $0) }, title: r.title,
                                  source: r.source, url: r.url, body: content?.0 ?? "")
            articles.append(AnalyzedArticle(article: article, mentions: content?.1 ?? [], quotes: quotes[r.rowID] ?? []))
            listed.append((ids[i], r.rowID, path))
        }
        return Listing(corpus: Corpus(articles: articles, relatedQuotes: related, problems: problems), ids: listed)
    }
}
