/// Groups quotes into families across articles and lists related quotes.
///
/// Quotes are compared only with candidates that share a word shingle (a run of
/// `shingleSize` normalised words) through an inverted index, so the work grows with the
/// number of quotes and their overlaps, not with the square of the corpus.
public struct QuoteLinker: Sendable {
    /// Quotes shorter than this (scare quotes, single words) join no family.
    public var minimumWords = 4
    /// A fragment or variant must have at least this many words.
    public var minimumFragment = 5
    public var shingleSize = 4
    /// Shingles shared by more quotes than this are too common to suggest candidates.
    public var maximumPostings = 300
    /// Caps on listed links per quote, so a famous quote repeated thousands of times or a
    /// prolific speaker does not make the lists quadratic.
    public var maximumFamilyLinks = 50
    public var maximumSpeakerLinks = 20

    public init() {}

    struct Entry {
        var article: Int
        var quote: Int
        var words: [String]
    }

    public func link(_ articles: [AnalyzedArticle]) -> ([AnalyzedArticle], [String: [QuoteLink]]) {
        var entries: [Entry] = []
        for (a, art) in articles.enumerated() {
            for (q, quote) in art.quotes.enumerated() {
                entries.append(Entry(article: a, quote: q, words: QuoteWords.normalized(quote.text)))
            }
        }
        let eligible = entries.indices.filter { entries[$0].words.count >= minimumWords }

        // Same words: one group each; only a group's first member is compared further.
        var groupOf = [Int](repeating: -1, count: entries.count)  // representative of its same-words group
        var byText: [[String]: Int] = [:]
        var representatives: [Int] = []
        for e in eligible {
            if let r = byText[entries[e].words] { groupOf[e] = r } else {
                byText[entries[e].words] = e
                groupOf[e] = e
                representatives.append(e)
            }
        }
        byText = [:]

        var families = UnionFind(count: entries.count)
        for e in eligible where groupOf[e] != e { families.union(e, groupOf[e]) }

        // Inverted index of shingles over representatives.
        var postings: [UInt64: [Int]] = [:]
        var shinglesOf: [[UInt64]] = Array(repeating: [], count: entries.count)
        for r in representatives {
            let s = shingles(entries[r].words)
            shinglesOf[r] = s
            for h in s { postings[h, default: []].append(r) }
        }
        // Candidates share shingles; stamp and count arrays avoid a dictionary per quote.
        var stamp = [Int](repeating: -1, count: entries.count)
        var shared = [Int](repeating: 0, count: entries.count)
        var candidates: [Int] = []
        for r in representatives {
            candidates.removeAll(keepingCapacity: true)
            for h in shinglesOf[r] {
                guard let list = postings[h], list.count <= maximumPostings else { continue }
                for c in list where c > r {
                    if stamp[c] != r {
                        stamp[c] = r
                        shared[c] = 0
                        candidates.append(c)
                    }
                    shared[c] += 1
                }
            }
            for c in candidates where shared[c] >= minimumShared(entries[r].words.count, entries[c].words.count)
                && families.find(c) != families.find(r) {
                if QuoteWords.relation(entries[r].words, entries[c].words, minimumFragment: minimumFragment) != nil {
                    families.union(r, c)
                }
            }
        }
        postings = [:]

        // Families and their stable ids.
        var root = [Int](repeating: -1, count: entries.count)
        var members: [Int: [Int]] = [:]
        for e in eligible {
            root[e] = families.find(e)
            members[root[e], default: []].append(e)
        }
        var familyID: [Int: String] = [:]
        for (r, list) in members {
            let rep = list.max { a, b in
                let wa = entries[a].words, wb = entries[b].words
                if wa.count != wb.count { return wa.count < wb.count }
                return wa.lexicographicallyPrecedes(wb) ? false : wa != wb
            }!
            familyID[r] = "f" + QuoteWords.hex(QuoteWords.stableHash(entries[rep].words))
        }

        var result = articles
        for e in eligible {
            result[entries[e].article].quotes[entries[e].quote].family = familyID[root[e]]
        }

        // Related lists: family first (same, fragment, variant), then the same speaker.
        // Each list is filled from the nearest articles outwards and capped, so a quote
        // repeated thousands of times or a prolific speaker costs no more than the cap.
        var sameWords: [Int: [Int]] = [:]
        for e in eligible where members[root[e]]!.count > 1 { sameWords[groupOf[e], default: []].append(e) }
        var bySpeaker: [String: [Int]] = [:]
        for (i, e) in entries.enumerated() {
            if let s = articles[e.article].quotes[e.quote].speakerEntity { bySpeaker[s, default: []].append(i) }
        }
        var related: [String: [QuoteLink]] = [:]
        related.reserveCapacity(entries.count)
        var listed = [Int](repeating: -1, count: entries.count)  // == i when listed for entry i
        for (i, e) in entries.enumerated() {
            let quote = articles[e.article].quotes[e.quote]
            var links: [QuoteLink] = []
            listed[i] = i
            if root[i] >= 0, let fam = members[root[i]], fam.count > 1 {
                var kinds: [(Int, QuoteRelation)] = []
                for m in nearest(sameWords[groupOf[i]] ?? [], to: i, count: maximumFamilyLinks, skip: { listed[$0] == i }) {
                    kinds.append((m, .same))
                    listed[m] = i
                }
                for m in nearest(fam, to: i, count: maximumFamilyLinks - kinds.count, skip: { listed[$0] == i }) {
                    let kind = QuoteWords.relation(e.words, entries[m].words, minimumFragment: minimumFragment) ?? .variant
                    kinds.append((m, kind))
                    listed[m] = i
                }
                kinds.sort { a, b in
                    let ra = rank(a.1), rb = rank(b.1)
                    return ra != rb ? ra < rb : a.0 < b.0
                }
                for (m, kind) in kinds { links.append(link(entries[m], articles, kind)) }
            }
            if let speaker = quote.speakerEntity, let same = bySpeaker[speaker], same.count > 1 {
                for m in nearest(same, to: i, count: maximumSpeakerLinks, skip: { listed[$0] == i }) {
                    links.append(link(entries[m], articles, .speaker))
                }
            }
            if !links.isEmpty { related[quote.id] = links }
        }
        return (result, related)
    }

    /// Shared shingles a pair needs before the words are compared: one word changed in a
    /// quote of n words leaves at least n - 2k + 1 of its shingles intact.
    func minimumShared(_ a: Int, _ b: Int) -> Int {
        min(a, b) >= 2 * shingleSize + 2 ? 2 : 1
    }

    /// Up to `count` members of `sorted` (entry indices, ascending) closest to `i`, nearest
    /// first, leaving out `skip`. Walks outwards from `i`'s place, so costs about `count`
    /// steps however long the list (plus however many skipped entries it meets).
    func nearest(_ sorted: [Int], to i: Int, count: Int, skip: (Int) -> Bool) -> [Int] {
        guard count > 0, !sorted.isEmpty else { return [] }
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid] < i { lo = mid + 1 } else { hi = mid }
        }
        var left = lo - 1, right = lo
        var out: [Int] = []
        while out.count < count, left >= 0 || right < sorted.count {
            let takeLeft: Bool
            if left < 0 { takeLeft = false } else if right >= sorted.count { takeLeft = true } else {
                takeLeft = i - sorted[left] <= sorted[right] - i
            }
            let m = takeLeft ? sorted[left] : sorted[right]
            if takeLeft { left -= 1 } else { right += 1 }
            if !skip(m) { out.append(m) }
        }
        return out
    }

    private func rank(_ k: QuoteRelation) -> Int {
        switch k {
        case .same: 0
        case .fragment: 1
        case .variant: 2
        case .speaker: 3
        }
    }

    private func link(_ e: Entry, _ articles: [AnalyzedArticle], _ kind: QuoteRelation) -> QuoteLink {
        let q = articles[e.article].quotes[e.quote]
        return QuoteLink(articleID: q.articleID, quoteID: q.id, kind: kind)
    }

    func shingles(_ words: [String]) -> [UInt64] {
        guard words.count >= shingleSize else { return [QuoteWords.stableHash(words)] }
        var out = Set<UInt64>()
        for i in 0...(words.count - shingleSize) {
            out.insert(QuoteWords.stableHash(Array(words[i..<(i + shingleSize)])))
        }
        return Array(out)
    }
}

/// Disjoint sets with path halving and union by size.
struct UnionFind {
    private var parent: [Int]
    private var size: [Int]

    init(count: Int) {
        parent = Array(0..<count)
        size = Array(repeating: 1, count: count)
    }

    mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    mutating func union(_ a: Int, _ b: Int) {
        var ra = find(a), rb = find(b)
        guard ra != rb else { return }
        if size[ra] < size[rb] { swap(&ra, &rb) }
        parent[rb] = ra
        size[ra] += size[rb]
    }
}
