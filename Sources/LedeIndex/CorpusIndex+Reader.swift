import Foundation
import GRDB
import LedeCore

/// What the reader needs from the index at 100,000 articles without holding the corpus:
/// one article's quote links when it is opened, and the query index built by streaming
/// bodies and mentions out of the cache one article at a time.
extension CorpusIndex {
    /// The links of one article's quotes to quotes elsewhere, by quote id (what
    /// `Corpus.relatedQuotes` holds for them), read from the cache for this article only.
    public func relatedQuotes(of article: AnalyzedArticle) throws -> [String: [QuoteLink]] {
        guard !article.quotes.isEmpty, let (row, _) = try locate(article.id) else { return [:] }
        return try pool.read { db in
            var related: [String: [QuoteLink]] = [:]
            for quote in article.quotes {
                let links = try QuoteLinking.related(db, articleRow: row, quoteID: quote.id)
                if !links.isEmpty { related[quote.id] = links }
            }
            return related
        }
    }

    /// The query index (filters, search) over `list` (from `listCorpus` or
    /// `cachedListCorpus`, in its order): the one the last refresh saved with the list, or
    /// if there is none for exactly these articles, built by reading each body and mention
    /// list once and letting it go, so only the index stays in memory, not the text.
    /// Phrases read the text of their candidate articles back from the cache. `progress`
    /// hears how many articles' text has been indexed, out of how many, when building.
    public func queryIndex(over list: Corpus, progress: ((Int, Int) -> Void)? = nil) throws -> QueryIndex {
        func rowsOfList() -> [Int64]? {
            lock.withLock {
                listed.articles.count == list.articles.count && listed.articles.first?.id == list.articles.first?.id
                    && listed.articles.last?.id == list.articles.last?.id ? listed.rows : nil
            }
        }
        var rows = rowsOfList()
        if rows == nil {
            _ = try listCorpus()
            rows = rowsOfList()
        }
        guard let rows else { throw ListChanged() }
        if let stored = try pool.read({ db in try QueryIndexStore.load(db, articles: list.articles, rows: rows, pool: pool) }) {
            return stored
        }
        return try QueryIndexStore.build(pool: pool, articles: list.articles, rows: rows, progress: progress)
    }
}

/// The list given was not the cache's current one (another process refreshed it since):
/// list again.
public struct ListChanged: Error, CustomStringConvertible {
    public var description: String { "the index changed while it was read; open it again" }
}

/// One column of the rows `rows`, fetched in that order as the sequence is walked. A row
/// that cannot be read ends the walk early and leaves the error for the caller.
final class ColumnStream<Value>: Sequence, IteratorProtocol {
    private let statement: Statement
    private let rows: [Int64]
    private let decode: (DatabaseValue) throws -> Value
    private var position = 0
    private(set) var error: Error?
    /// Called with (rows read, rows) every 1,000 rows.
    var onEvery1000: ((Int, Int) -> Void)?

    init<Stored: DatabaseValueConvertible>(_ db: Database, sql: String, rows: [Int64],
                                           decode: @escaping (Stored) throws -> Value) throws {
        statement = try db.makeStatement(sql: sql)
        self.rows = rows
        self.decode = { value in
            guard let stored = Stored.fromDatabaseValue(value) else { throw DatabaseError(message: "unexpected value in the cache") }
            return try decode(stored)
        }
    }

    var underestimatedCount: Int { rows.count - position }

    func next() -> Value? {
        guard error == nil, position < rows.count else { return nil }
        do {
            let value = try DatabaseValue.fetchOne(statement, arguments: [rows[position]]) ?? .null
            position += 1
            if position % 1000 == 0 { onEvery1000?(position, rows.count) }
            return try decode(value)
        } catch {
            self.error = error
            return nil
        }
    }
}
