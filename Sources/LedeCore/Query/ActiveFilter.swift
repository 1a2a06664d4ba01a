/// The filter in force for a list of articles. A refused query leaves the previous filter
/// in force and reports why, which is what the reader's filter prompt shows.
public struct ActiveFilter: Sendable {
    /// The text of the query in force ("" for none).
    public private(set) var text: String = ""
    public private(set) var query: Query = .all
    /// Matching article indices, in `order`.
    public private(set) var matches: [Int]
    public private(set) var order: ArticleOrder = .newestFirst

    public init(index: QueryIndex) {
        matches = index.sorted(Array(0..<index.count), by: .newestFirst)
    }

    /// Parses and evaluates `newText`; on success it becomes the filter, on failure nothing
    /// changes and the error is returned.
    @discardableResult
    public mutating func apply(_ newText: String, index: QueryIndex) -> QueryError? {
        let parsed: Query
        switch Query.parse(newText) {
        case .failure(let e): return e
        case .success(let q): parsed = q
        }
        switch index.matches(parsed) {
        case .failure(let e):
            return e
        case .success(let found):
            text = newText
            query = parsed
            matches = index.sorted(found, by: order, for: parsed)
            return nil
        }
    }

    /// Moves to the next sort order (`s`) and re-sorts the matches.
    public mutating func cycleOrder(index: QueryIndex) {
        setOrder(order.next, index: index)
    }

    public mutating func setOrder(_ newOrder: ArticleOrder, index: QueryIndex) {
        order = newOrder
        matches = index.sorted(matches, by: order, for: query)
    }
}
