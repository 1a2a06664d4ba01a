/// Finds direct quotations and their speakers. Placeholder until issue 4 lands: finds nothing.
public struct QuoteExtractor: Sendable {
    public init() {}

    /// One array of quotes per article, in article order. `mentions` are the entity
    /// mentions of each article (for speaker canonical names).
    public func quotes(in articles: [Article], mentions: [[EntityMention]]) -> [[Quote]] {
        articles.map { _ in [] }
    }
}

/// Groups quotes into families across articles and lists related quotes.
public struct QuoteLinker: Sendable {
    public init() {}

    public func link(_ articles: [AnalyzedArticle]) -> ([AnalyzedArticle], [String: [QuoteLink]]) {
        (articles, [:])
    }
}
