/// The orders the article list can show a filter's matches in; `s` cycles through them.
public enum ArticleOrder: String, Sendable, CaseIterable, Hashable {
    case newestFirst = "newest"
    case oldestFirst = "oldest"
    /// Most mentions of the entities the filter names (newest first when it names none).
    case mostMentions = "mentions"

    public var next: ArticleOrder {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    public var label: String {
        switch self {
        case .newestFirst: "newest first"
        case .oldestFirst: "oldest first"
        case .mostMentions: "most mentions"
        }
    }
}

extension QueryIndex {
    /// Indices of `articles` newest first, as `sorted(_:by: .newestFirst)` orders them
    /// (ties in corpus order, undated last), without building an index: for a list shown
    /// before its index exists.
    public static func newestFirst(_ articles: [AnalyzedArticle]) -> [Int] {
        var dated: [(day: Int, index: Int)] = []
        dated.reserveCapacity(articles.count)
        var undated: [Int] = []
        for (i, a) in articles.enumerated() {
            if let d = a.article.date { dated.append((d.ordinal, i)) } else { undated.append(i) }
        }
        dated.sort { $0.day != $1.day ? $0.day > $1.day : $0.index < $1.index }
        return dated.map(\.index) + undated
    }

    /// `matches` in `order`. Undated articles come last in both date orders; ties keep
    /// corpus order. One pass over the corpus, plus a sort of the matches for `mostMentions`.
    public func sorted(_ matches: [Int], by order: ArticleOrder, for query: Query = .all) -> [Int] {
        switch order {
        case .newestFirst:
            return inDateOrder(matches, newestFirst: true)
        case .oldestFirst:
            return inDateOrder(matches, newestFirst: false)
        case .mostMentions:
            let byDate = inDateOrder(matches, newestFirst: true)
            guard let counts = denseMentionCounts(for: query) else { return byDate }
            // Sort (count, place in date order) pairs: equal counts stay newest first.
            var keyed: [(count: Int32, rank: Int32)] = byDate.indices.map { (counts[byDate[$0]], Int32($0)) }
            keyed.sort { $0.count != $1.count ? $0.count > $1.count : $0.rank < $1.rank }
            return keyed.map { byDate[Int($0.rank)] }
        }
    }

    /// Mentions per article of the entities named by the query's positive entity terms,
    /// indexed by article; nil when the query names no entity.
    func denseMentionCounts(for query: Query) -> [Int32]? {
        var cache = Cache()
        var wanted = Set<Int32>()
        for t in query.positiveTerms {
            if case .entity = t.kind, let ids = try? resolvedEntities(t, cache: &cache) { wanted.formUnion(ids) }
        }
        guard !wanted.isEmpty else { return nil }
        var counts = [Int32](repeating: 0, count: count)
        for e in wanted {
            let r = entities.records[Int(e)]
            for (k, d) in r.docs.enumerated() { counts[Int(d)] += r.counts[k] }
        }
        return counts
    }

    /// How often each of `matches` mentions the entities named by the query's positive
    /// entity terms. Empty when the query names no entity.
    public func mentionCounts(in matches: [Int], for query: Query) -> [Int: Int] {
        guard let counts = denseMentionCounts(for: query) else { return [:] }
        var out: [Int: Int] = [:]
        for m in matches where counts[m] > 0 { out[m] = Int(counts[m]) }
        return out
    }

    func inDateOrder(_ matches: [Int], newestFirst: Bool) -> [Int] {
        let members = DocSet(capacity: count, members: matches.map { Int32($0) })
        var out: [Int] = []
        out.reserveCapacity(matches.count)
        if newestFirst {
            // Walk days backwards but keep corpus order within a day.
            var end = byDate.count
            while end > 0 {
                var start = end - 1
                while start > 0, byDateOrdinals[start - 1] == byDateOrdinals[end - 1] { start -= 1 }
                for d in byDate[start..<end] where members.contains(Int(d)) { out.append(Int(d)) }
                end = start
            }
        } else {
            for d in byDate where members.contains(Int(d)) { out.append(Int(d)) }
        }
        for d in undated where members.contains(Int(d)) { out.append(Int(d)) }
        return out
    }
}
