import Foundation
import GRDB
import LedeCore

/// Builds a `Corpus` from the cache without touching the article files.
enum CorpusReader {
    struct Listing {
        var corpus: Corpus
        /// Final article id -> article row, for later lookups.
        var ids: [(String, Int64)]
    }

    private struct Row_ {
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

    static func read(_ db: Database, discovery: Discovery, full: Bool) throws -> Listing {
        // Files: cache id -> position in the current walk and the path as the user spells it.
        let position = Dictionary(zip(discovery.absolutePaths, discovery.absolutePaths.indices), uniquingKeysWith: { a, _ in a })
        var fileInfo: [Int64: (position: Int, path: String)] = [:]
        let files = try Row.fetchCursor(db, sql: "SELECT id, path FROM file")
        while let row = try files.next() {
            let absolute: String = row[1]
            guard let p = position[absolute] else { continue }  // gone since the last refresh
            fileInfo[row[0]] = (p, discovery.files[p].path)
        }

        var problems = discovery.problems
        let problemRows = try Row.fetchCursor(db, sql: "SELECT file_id, reason, line, record FROM problem ORDER BY rowid")
        var fileProblems: [(Int, LoadProblem)] = []
        while let row = try problemRows.next() {
            guard let info = fileInfo[row[0]] else { continue }
            fileProblems.append((info.position, LoadProblem(path: info.path, reason: row[1], line: row[2], record: row[3])))
        }
        problems += fileProblems.sorted { $0.0 < $1.0 }.map(\.1)

        var rows: [Row_] = []
        let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0
        rows.reserveCapacity(count)
        var sorted = true
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT id, file_id, ordinal, article_id, fallback_id, day, title, source, url FROM article ORDER BY id
            """)
        while let row = try cursor.next() {
            guard let info = fileInfo[row[1]] else { continue }
            let r = Row_(rowID: row[0], filePosition: info.position, ordinal: row[2], id: row[3], fallback: row[4],
                         day: row[5], title: row[6], source: row[7], url: row[8])
            if let last = rows.last, (last.filePosition, last.ordinal) > (r.filePosition, r.ordinal) { sorted = false }
            rows.append(r)
        }
        // Rows come in insertion order, which is corpus order unless files were re-analysed.
        if !sorted { rows.sort { ($0.filePosition, $0.ordinal) < ($1.filePosition, $1.ordinal) } }

        let ids = CorpusLoader.uniqueIDs(rows.map { ($0.id, $0.fallback) })
        var bodies: [Int64: (String, [EntityMention])] = [:]
        var quotes: [Int64: [Quote]] = [:]
        var related: [String: [QuoteLink]] = [:]
        if full {
            let cursor = try Row.fetchCursor(db, sql: "SELECT id, body, mentions FROM article")
            while let row = try cursor.next() {
                bodies[row[0]] = (row[1], try MentionCodec.decode(row[2]))
            }
            quotes = try QuoteRows.fetch(db)
            let links = try Row.fetchCursor(db, sql: "SELECT quote_id, article_id, target_quote_id, kind FROM related_quote ORDER BY quote_id, ordinal")
            while let row = try links.next() {
                guard let kind = QuoteRelation(rawValue: row[3]) else { continue }
                related[row[0], default: []].append(QuoteLink(articleID: row[1], quoteID: row[2], kind: kind))
            }
        }

        var articles: [AnalyzedArticle] = []
        articles.reserveCapacity(rows.count)
        for (i, r) in rows.enumerated() {
            let path = discovery.files[r.filePosition].path
            let content = bodies.removeValue(forKey: r.rowID)
            let article = Article(id: ids[i], path: path, date: r.day.map { Day(ordinal: $0) }, title: r.title,
                                  source: r.source, url: r.url, body: content?.0 ?? "")
            articles.append(AnalyzedArticle(article: article, mentions: content?.1 ?? [], quotes: quotes[r.rowID] ?? []))
        }
        return Listing(corpus: Corpus(articles: articles, relatedQuotes: related, problems: problems),
                       ids: zip(ids, rows.map(\.rowID)).map { ($0, $1) })
    }
}
