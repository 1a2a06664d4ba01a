/// An article with what analysis found in it.
public struct AnalyzedArticle: Sendable, Hashable, Identifiable {
    public var article: Article
    /// Sorted by span start.
    public var mentions: [EntityMention]
    /// Sorted by span start.
    public var quotes: [Quote]

    public var id: String { article.id }

    public init(article: Article, mentions: [EntityMention] = [], quotes: [Quote] = []) {
        self.article = article
        self.mentions = mentions
        self.quotes = quotes
    }

    /// The article as a list shows it: metadata only, no text or analysis (what the index
    /// hands a reader before the article is opened).
    public var listing: AnalyzedArticle {
        let m = article
        return AnalyzedArticle(article: Article(id: m.id, path: m.path, date: m.date, title: m.title, source: m.source,
                                                url: m.url, body: ""))
    }
}

/// The shared document model's data: every article with its analysis, cross-article quote
/// links, and what could not be loaded.
public struct Corpus: Sendable {
    public var articles: [AnalyzedArticle]
    /// Quote id -> related quotes (same family first, then same speaker).
    public var relatedQuotes: [String: [QuoteLink]]
    public var problems: [LoadProblem]

    public init(articles: [AnalyzedArticle], relatedQuotes: [String: [QuoteLink]] = [:],
                problems: [LoadProblem] = []) {
        self.articles = articles
        self.relatedQuotes = relatedQuotes
        self.problems = problems
    }

    /// Loads and analyses everything under `paths`.
    public static func open(paths: [String]) -> Corpus {
        analyze(CorpusLoader().load(paths: paths))
    }

    /// Runs entity extraction (corpus-wide, so canonical names agree across articles), then
    /// quote finding and speaker attribution, then quote linking.
    public static func analyze(_ loaded: LoadResult) -> Corpus {
        let articles = loaded.articles
        let mentions = EntityExtractor().mentions(in: articles)
        let quotes = QuoteExtractor().quotes(in: articles, mentions: mentions)
        var analyzed: [AnalyzedArticle] = []
        analyzed.reserveCapacity(articles.count)
        for i in articles.indices {
            analyzed.append(AnalyzedArticle(article: articles[i], mentions: mentions[i], quotes: quotes[i]))
        }
        let (linked, related) = QuoteLinker().link(analyzed)
        return Corpus(articles: linked, relatedQuotes: related, problems: loaded.problems)
    }
}
