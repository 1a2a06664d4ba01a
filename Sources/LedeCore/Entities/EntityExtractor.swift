/// Finds entity mentions. Placeholder until the extractor lands (issue 3): finds nothing.
public struct EntityExtractor: Sendable {
    public init() {}

    /// One array of mentions per article, in article order; canonical names agree across
    /// the whole batch.
    public func mentions(in articles: [Article]) -> [[EntityMention]] {
        articles.map { _ in [] }
    }
}
