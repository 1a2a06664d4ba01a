/// A `/` search in progress: the ranked hits and which one the reader is on; `n` and `N`
/// step through them, wrapping at either end.
public struct SearchSession: Sendable {
    public let text: String
    public let query: Query
    /// Most relevant first.
    public let hits: [SearchHit]
    /// Index into `hits` of the article shown, nil before the first step or with no hits.
    public private(set) var position: Int?

    /// Parses and runs a search; a malformed query fails with what and where.
    public static func start(_ text: String, in index: QueryIndex) -> Result<SearchSession, QueryError> {
        Query.parse(text).flatMap { query in
            index.search(query).map { SearchSession(text: text, query: query, hits: $0) }
        }
    }

    init(text: String, query: Query, hits: [SearchHit]) {
        self.text = text
        self.query = query
        self.hits = hits
        position = hits.isEmpty ? nil : 0
    }

    public var current: SearchHit? { position.map { hits[$0] } }

    /// `n`: the next hit (the first after the last).
    @discardableResult
    public mutating func next() -> SearchHit? {
        guard !hits.isEmpty else { return nil }
        position = position.map { ($0 + 1) % hits.count } ?? 0
        return current
    }

    /// `N`: the previous hit (the last before the first).
    @discardableResult
    public mutating func previous() -> SearchHit? {
        guard !hits.isEmpty else { return nil }
        position = position.map { ($0 - 1 + hits.count) % hits.count } ?? hits.count - 1
        return current
    }

    /// `n`/`N` from an article chosen some other way: continue from it if it is a hit.
    public mutating func move(to article: Int) {
        if let i = hits.firstIndex(where: { $0.article == article }) { position = i }
    }

    /// What to highlight in `article` for this search.
    public func highlights(in article: AnalyzedArticle, index: QueryIndex) -> [TextSpan] {
        index.highlights(in: article, for: query)
    }
}
