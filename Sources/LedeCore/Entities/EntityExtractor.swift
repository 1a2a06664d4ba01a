import Foundation

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
        let slices = max(1, min(ProcessInfo.processInfo.activeProcessorCount, articles.count / Self.articlesPerSlice))
        return canonicalized(perArticle(articles, slices: slices, reusing: nil))
    }

    /// As `mentions(in:)`, on the calling thread alone, with the word features of earlier
    /// batches in `cache`: for callers that already keep every core busy with batches of
    /// their own (threads within threads only made each batch slower, and each slice's
    /// cache started cold). The result is the same whatever the cache holds.
    public func mentions(in articles: [Article], reusing cache: WordCache) -> [[EntityMention]] {
        canonicalized(perArticle(articles, slices: 1, reusing: cache))
    }

    /// Word features of recently seen words, kept by one thread from batch to batch.
    public final class WordCache: @unchecked Sendable {
        var tagger = TaggerWordCache()
        public init() {}
    }

    private func canonicalized(_ items: [[Canonicalizer.Item]]) -> [[EntityMention]] {
        Canonicalizer().canonicalize(items: items).map { ms in ms.sorted { $0.span < $1.span } }
    }

    /// What each article holds on its own, found in `slices` contiguous slices on as many
    /// cores (each with its own word cache); only the canonical names need the whole batch
    /// at once, and for them the mentions' names are enough.
    private func perArticle(_ articles: [Article], slices: Int, reusing kept: WordCache?) -> [[Canonicalizer.Item]] {
        let canonicalizer = Canonicalizer()
        @Sendable func items(_ range: Range<Int>, _ cache: inout TaggerWordCache) -> [[Canonicalizer.Item]] {
            range.map { a in
                let art = ArticleEntities(body: articles[a].body, date: articles[a].date, models: models, cache: &cache)
                return canonicalizer.items(of: art, article: a)
            }
        }
        if let kept { return items(articles.indices, &kept.tagger) }
        if slices == 1 {
            var cache = TaggerWordCache()
            return items(articles.indices, &cache)
        }
        var found = [[[Canonicalizer.Item]]](repeating: [], count: slices)
        found.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let out = buffer
            DispatchQueue.concurrentPerform(iterations: slices) { s in
                // Each slice writes only its own element.
                var cache = TaggerWordCache()
                let range = (articles.count * s / slices)..<(articles.count * (s + 1) / slices)
                out[s] = items(range, &cache)
            }
        }
        return found.flatMap { $0 }
    }

    /// Fewer articles than this per core are not worth a thread (the word cache warms up
    /// over the first few dozen).
    static let articlesPerSlice = 32
}
