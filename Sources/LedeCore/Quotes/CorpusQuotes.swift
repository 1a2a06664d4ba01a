/// What the reader needs about quotes beyond `AnalyzedArticle.quotes` (already in text
/// order) and `Corpus.relatedQuotes`.
extension Corpus {
    /// How many related quotes the quote has (family members first, then the same
    /// speaker's; both lists are capped by `QuoteLinker`).
    public func relatedCount(of quote: Quote) -> Int { relatedQuotes[quote.id]?.count ?? 0 }

    /// The related quotes split as the reader shows them: the same quotation elsewhere
    /// (same, fragment, variant) and other quotes by the same speaker.
    public func relatedCounts(of quote: Quote) -> (sameQuotation: Int, sameSpeaker: Int) {
        let links = relatedQuotes[quote.id] ?? []
        let speaker = links.filter { $0.kind == .speaker }.count
        return (links.count - speaker, speaker)
    }

    /// The quote with this id, and the index of its article, for jumping along a link.
    public func quote(id: String) -> (article: Int, quote: Quote)? {
        guard let hash = id.lastIndex(of: "#"), id[id.index(after: hash)...].hasPrefix("q"),
              let n = Int(id[id.index(hash, offsetBy: 2)...]), n >= 1 else { return nil }
        let articleID = String(id[..<hash])
        guard let a = articles.firstIndex(where: { $0.id == articleID }),
              n <= articles[a].quotes.count, articles[a].quotes[n - 1].id == id else { return nil }
        return (a, articles[a].quotes[n - 1])
    }
}
