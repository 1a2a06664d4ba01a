/// One article found by a search, with its relevance.
public struct SearchHit: Sendable, Hashable {
    /// Index into `QueryIndex.articles`.
    public var article: Int
    /// BM25 summed over the query's positive words and phrases; 0 when it has none.
    public var score: Double
}

extension QueryIndex {
    /// The articles matching `query`, most relevant first (BM25 over the words and phrases
    /// not under a `-`; ties newest first). Any query-language term may narrow a search.
    public func search(_ query: Query, limit: Int? = nil) -> Result<[SearchHit], QueryError> {
        var cache = Cache()
        let matched: DocSet
        do { matched = try set(for: query, cache: &cache) } catch { return .failure(error) }
        var scores = [Double](repeating: 0, count: count)
        func add(_ m: TextIndex.Match) {
            let idf = text.idf(documentFrequency: m.docs.count)
            for (k, d) in m.docs.enumerated() where matched.contains(Int(d)) {
                scores[Int(d)] += text.bm25(frequency: m.frequencies[k], idf: idf, doc: d)
            }
        }
        for term in query.positiveTerms {
            switch term.kind {
            case .text(let words):
                add(textMatch(words, cache: &cache))
            case .prefix(let stem):
                for id in text.terms(withPrefix: stem, limit: 64) {
                    add(textMatch([text.terms[Int(id)]], cache: &cache))
                }
            default:
                break
            }
        }
        let newest = inDateOrder(matched.members, newestFirst: true)
        // One UInt64 per hit, score bits high and (inverted) place in date order low, so a
        // plain integer sort ranks by score with equal scores newest first. Non-negative
        // floats order like their bit patterns.
        var keys = [UInt64](repeating: 0, count: newest.count)
        for (rank, doc) in newest.enumerated() {
            keys[rank] = UInt64(Float(scores[doc]).bitPattern) << 32 | UInt64(UInt32.max - UInt32(rank))
        }
        keys.sort(by: >)
        if let limit, keys.count > limit { keys.removeSubrange(limit...) }
        return .success(keys.map { key in
            let doc = newest[Int(UInt32.max - UInt32(truncatingIfNeeded: key))]
            return SearchHit(article: doc, score: scores[doc])
        })
    }

    public func search(_ queryText: String, limit: Int? = nil) -> Result<[SearchHit], QueryError> {
        Query.parse(queryText).flatMap { search($0, limit: limit) }
    }

    /// Where the query's positive terms occur in one article's body, sorted, overlaps merged:
    /// words, phrases and prefixes as tokens, entity terms as the spans of their mentions.
    /// For the reading pane to highlight and for n/N to step through.
    public func highlights(in article: Int, for query: Query) -> [TextSpan] {
        guard articles.indices.contains(article) else { return [] }
        return highlights(in: articles[article], for: query)
    }

    /// The same for an article given whole (when the index holds only metadata).
    public func highlights(in article: AnalyzedArticle, for query: Query) -> [TextSpan] {
        let terms = query.positiveTerms
        guard !terms.isEmpty else { return [] }
        var spans: [TextSpan] = []
        let tokens = TextTokenizer.tokens(in: article.article.body)
        var wantedEntities = Set<EntityIndex.Key>()
        var cache = Cache()
        for term in terms {
            switch term.kind {
            case .text(let words):
                guard !words.isEmpty, words.count <= tokens.count else { continue }
                for start in 0...(tokens.count - words.count)
                where (0..<words.count).allSatisfy({
                    tokens[start + $0].term == words[$0] && ($0 == 0 || !tokens[start + $0].startsParagraph)
                }) {
                    spans.append(TextSpan(tokens[start].span.start, tokens[start + words.count - 1].span.end))
                }
            case .prefix(let stem):
                spans += tokens.filter { $0.term.hasPrefix(stem) }.map(\.span)
            case .entity:
                for e in (try? resolvedEntities(term, cache: &cache)) ?? [] {
                    wantedEntities.insert(entities.records[Int(e)].key)
                }
            case .source, .date:
                break
            }
        }
        if !wantedEntities.isEmpty {
            for m in article.mentions
            where wantedEntities.contains(EntityIndex.Key(type: m.type, canonical: m.canonical)) {
                spans.append(m.span)
            }
        }
        return Self.merged(spans)
    }

    static func merged(_ spans: [TextSpan]) -> [TextSpan] {
        var out: [TextSpan] = []
        for s in spans.sorted() {
            if let last = out.last, s.start <= last.end {
                out[out.count - 1] = TextSpan(last.start, max(last.end, s.end))
            } else {
                out.append(s)
            }
        }
        return out
    }
}
