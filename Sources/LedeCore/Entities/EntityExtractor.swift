/// Finds entity mentions: PERSON, ORG and PLACE by an averaged-perceptron tagger trained on
/// `../shared/ner/train.conll` (with gazetteer features); MONEY, PERCENT and DATE by rules,
/// dates resolved against the article date; GROUP from nationality and party words. Then
/// one canonical name per entity across the whole batch (see `Canonicalizer`).
public struct EntityExtractor: Sendable {
    let models: EntityModels

    public init() {
        models = .shared
    }

    /// Whether the trained tagger loaded (without it only rule-based types are found).
    public var hasTagger: Bool { models.tagger != nil }

    /// One array of mentions per article, in article order, each sorted by span start;
    /// canonical names agree across the whole batch.
    public func mentions(in articles: [Article]) -> [[EntityMention]] {
        var cache = TaggerWordCache()
        let found = articles.map { ArticleEntities(body: $0.body, date: $0.date, models: models, cache: &cache) }
        return Canonicalizer().canonicalize(found).map { ms in
            ms.sorted { $0.span < $1.span }
        }
    }
}
