import Foundation

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
    public var maximumPostings = 100
    /// Caps on listed links per quote, so a famous quote repeated thousands of times or a
    /// prolific speaker does not make the lists quadratic.
    public var maximumFamilyLinks = 50
    public var maximumSpeakerLinks = 10

    public init() {}

    /// What linking needs of a quote: its words and its speaker, nothing of the article.
    public struct Item: Sendable {
        public var text: String
        public var speakerEntity: String?

        public init(text: String, speakerEntity: String?) {
            self.text = text
            self.speakerEntity = speakerEntity
        }
    }

    /// A related quote, by its position in the list given to `link(items:each:)`.
    public struct Target: Sendable, Equatable {
        public var index: Int32
        public var kind: QuoteRelation
    }

    public func link(_ articles: [AnalyzedArticle]) -> ([AnalyzedArticle], [String: [QuoteLink]]) {
        var items: [Item] = []
        var place: [(article: Int, quote: Int)] = []
        for (a, art) in articles.enumerated() {
            for (q, quote) in art.quotes.enumerated() {
                items.append(Item(text: quote.text, speakerEntity: quote.speakerEntity))
                place.append((a, q))
            }
        }
        var result = articles
        var related: [String: [QuoteLink]] = [:]
        link(items: items) { i, family, targets in
            let (a, q) = place[i]
            result[a].quotes[q].family = family
            guard !targets.isEmpty else { return }
            related[articles[a].quotes[q].id] = targets.map { t in
                let to = articles[place[Int(t.index)].article].quotes[place[Int(t.index)].quote]
                return QuoteLink(articleID: to.articleID, quoteID: to.id, kind: t.kind)
            }
        }
        return (result, related)
    }

    /// Families and related lists of `items`, given in corpus order (which decides which
    /// related quotes are nearest). Calls `each` once per item, in order, with its family
    /// id (nil when it has too few words) and its related quotes, so a caller can store
    /// them as they come instead of holding every list.
    public func link(items: [Item], each: (Int, String?, [Target]) throws -> Void) rethrows {
        // Each distinct text is normalised once (a wire quote recurs in many articles), on
        // every core.
        var textIndex: [String: Int32] = [:]
        var texts: [String] = []
        var textOf = [Int32](repeating: 0, count: items.count)
        for (i, item) in items.enumerated() {
            if let t = textIndex[item.text] { textOf[i] = t } else {
                textOf[i] = Int32(texts.count)
                textIndex[item.text] = Int32(texts.count)
                texts.append(item.text)
            }
        }
        textIndex = [:]
        let textWords = Self.concurrentMap(texts) { QuoteWords.normalized($0) }
        texts = []
        let count = items.count
        func words(_ e: Int) -> [String] { textWords[Int(textOf[e])] }
        let eligible = (0..<count).filter { words($0).count >= minimumWords }

        // Same words: one group each; only a group's first member is compared further.
        var groupOf = [Int](repeating: -1, count: count)  // representative of its same-words group
        // Keyed by a hash of the words, checked word for word, since hashing [String]
        // through `Hasher` is several times slower. Copies of one text skip both.
        var byText: [UInt64: [Int]] = [:]
        var representatives: [Int] = []
        var groupOfText = [Int](repeating: -1, count: textWords.count)
        for e in eligible {
            let t = Int(textOf[e])
            if groupOfText[t] >= 0 { groupOf[e] = groupOfText[t]; continue }
            let h = QuoteWords.stableHash(words(e))
            if let r = byText[h]?.first(where: { words($0) == words(e) }) { groupOf[e] = r } else {
                byText[h, default: []].append(e)
                groupOf[e] = e
                representatives.append(e)
            }
            groupOfText[t] = groupOf[e]
        }
        byText = [:]
        groupOfText = []

        var families = UnionFind(count: count)
        for e in eligible where groupOf[e] != e { families.union(e, groupOf[e]) }

        // Inverted index of shingles over representatives: one flat array of (shingle,
        // quote) pairs sorted by shingle, cut into groups; each quote keeps the ids of its
        // groups. Cheaper to build and free than a dictionary of arrays, and no look-ups.
        var index: [(hash: UInt64, entry: Int)] = []
        let hashes = Self.concurrentMap(representatives) { [textWords, textOf] r in
            self.shingles(textWords[Int(textOf[r])])
        }
        for (r, list) in zip(representatives, hashes) {
            for h in list { index.append((h, r)) }
        }
        index.sort { $0.hash != $1.hash ? $0.hash < $1.hash : $0.entry < $1.entry }
        var groupStarts: [Int] = []
        var groupsOf: [[Int32]] = Array(repeating: [], count: count)
        for (n, item) in index.enumerated() {
            if n == 0 || index[n - 1].hash != item.hash { groupStarts.append(n) }
            groupsOf[item.entry].append(Int32(groupStarts.count - 1))
        }
        groupStarts.append(index.count)

        // Candidates share shingles; stamp and count arrays avoid a dictionary per quote.
        var stamp = [Int](repeating: -1, count: count)
        var shared = [Int](repeating: 0, count: count)
        var candidates: [Int] = []
        for r in representatives {
            candidates.removeAll(keepingCapacity: true)
            for g in groupsOf[r] {
                let lo = groupStarts[Int(g)], hi = groupStarts[Int(g) + 1]
                guard hi - lo <= maximumPostings else { continue }
                for n in lo..<hi where index[n].entry > r {
                    let c = index[n].entry
                    if stamp[c] != r {
                        stamp[c] = r
                        shared[c] = 0
                        candidates.append(c)
                    }
                    shared[c] += 1
                }
            }
            for c in candidates where shared[c] >= minimumShared(words(r).count, words(c).count)
                && families.find(c) != families.find(r) {
                if QuoteWords.relation(words(r), words(c), minimumFragment: minimumFragment) != nil {
                    families.union(r, c)
                }
            }
        }
        index = []
        groupsOf = []
        stamp = []
        shared = []

        // Families (members listed in entry order) and their stable ids.
        var root = [Int](repeating: -1, count: count)
        for e in eligible { root[e] = families.find(e) }
        let byFamily = eligible.sorted { root[$0] != root[$1] ? root[$0] < root[$1] : $0 < $1 }
        var members: [Int: ArraySlice<Int>] = [:]
        var familyOf: [Int: String] = [:]
        var k = 0
        while k < byFamily.count {
            var e = k
            while e < byFamily.count, root[byFamily[e]] == root[byFamily[k]] { e += 1 }
            let list = byFamily[k..<e]
            let rep = list.max { a, b in
                let wa = words(a), wb = words(b)
                if wa.count != wb.count { return wa.count < wb.count }
                return wa.lexicographicallyPrecedes(wb) ? false : wa != wb
            }!
            if list.count > 1 { members[root[byFamily[k]]] = list }
            familyOf[root[byFamily[k]]] = "f" + QuoteWords.hex(QuoteWords.stableHash(words(rep)))
            k = e
        }

        // Related lists: family first (same, fragment, variant), then the same speaker.
        // Each list is filled from the nearest articles outwards and capped, so a quote
        // repeated thousands of times or a prolific speaker costs no more than the cap.
        var sameWords: [Int: [Int]] = [:]
        for e in eligible where members[root[e]] != nil { sameWords[groupOf[e], default: []].append(e) }
        var bySpeaker: [String: [Int]] = [:]
        for (i, item) in items.enumerated() {
            if let s = item.speakerEntity { bySpeaker[s, default: []].append(i) }
        }
        // A pair's relation depends only on the two texts: copies of a wire quote ask the
        // same question many times.
        var relationOf: [UInt64: QuoteRelation] = [:]
        var listed = [Int](repeating: -1, count: count)  // == i when listed for entry i
        var links: [Target] = []
        var byKind: [[Int]] = [[], [], []]
        for i in 0..<count {
            links.removeAll(keepingCapacity: true)
            listed[i] = i
            if root[i] >= 0, let fam = members[root[i]] {
                // Listed by kind (same, fragment, variant), each kind in corpus order.
                for k in byKind.indices { byKind[k].removeAll(keepingCapacity: true) }
                for m in nearest(sameWords[groupOf[i]] ?? [], to: i, count: maximumFamilyLinks, skip: { listed[$0] == i }) {
                    byKind[0].append(m)
                    listed[m] = i
                }
                for m in nearest(fam, to: i, count: maximumFamilyLinks - byKind[0].count, skip: { listed[$0] == i }) {
                    let key = UInt64(textOf[i]) << 32 | UInt64(textOf[m])
                    let kind: QuoteRelation
                    if let known = relationOf[key] { kind = known } else {
                        kind = QuoteWords.relation(words(i), words(m), minimumFragment: minimumFragment) ?? .variant
                        relationOf[key] = kind
                    }
                    byKind[rank(kind)].append(m)
                    listed[m] = i
                }
                for k in byKind.indices {
                    byKind[k].sort()
                    for m in byKind[k] { links.append(Target(index: Int32(m), kind: Self.familyKinds[k])) }
                }
            }
            if let speaker = items[i].speakerEntity, let same = bySpeaker[speaker], same.count > 1 {
                for m in nearest(same, to: i, count: maximumSpeakerLinks, skip: { listed[$0] == i }) {
                    links.append(Target(index: Int32(m), kind: .speaker))
                }
            }
            try each(i, root[i] >= 0 ? familyOf[root[i]] : nil, links)
        }
    }

    private static let familyKinds: [QuoteRelation] = [.same, .fragment, .variant]

    /// `transform` of each element, on every core (in order).
    static func concurrentMap<T: Sendable, R: Sendable>(_ input: [T], _ transform: @Sendable (T) -> R) -> [R] {
        let workers = input.count < 512 ? 1 : ProcessInfo.processInfo.activeProcessorCount
        var out = [R?](repeating: nil, count: input.count)
        out.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let buffer = buffer
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                var i = w
                while i < input.count {
                    buffer[i] = transform(input[i])
                    i += workers
                }
            }
        }
        return out.map { $0! }
    }

    /// Shared shingles a pair needs before the words are compared: one word changed in a
    /// quote of n words leaves at least n - 2k + 1 of its shingles intact.
    /// Each bound follows from a rule of `QuoteWords.relation`: a fragment shares all the
    /// shorter quote's shingles, a shared run of six words three shingles, and each word
    /// edit breaks at most `shingleSize` shingles.
    func minimumShared(_ a: Int, _ b: Int) -> Int {
        let n = min(a, b)
        let all = max(1, n - shingleSize + 1)
        var bound = min(all, n >= 6 ? 3 : all)
        if abs(a - b) <= 3 { bound = min(bound, max(1, all - shingleSize * max(1, n / 8))) }
        return bound
    }

    /// Up to `count` members of `sorted` (entry indices, ascending) closest to `i`, nearest
    /// first, leaving out `skip`. Walks outwards from `i`'s place, so costs about `count`
    /// steps however long the list (plus however many skipped entries it meets).
    func nearest<C: RandomAccessCollection<Int>>(_ sorted: C, to i: Int, count: Int, skip: (Int) -> Bool) -> [Int]
        where C.Index == Int {
        guard count > 0, !sorted.isEmpty else { return [] }
        var lo = sorted.startIndex, hi = sorted.endIndex
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid] < i { lo = mid + 1 } else { hi = mid }
        }
        var left = lo - 1, right = lo
        var out: [Int] = []
        while out.count < count, left >= sorted.startIndex || right < sorted.endIndex {
            let takeLeft: Bool
            if left < sorted.startIndex { takeLeft = false } else if right >= sorted.endIndex { takeLeft = true } else {
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

    /// Hashes of every run of `shingleSize` words (distinct), built from per-word hashes.
    func shingles(_ words: [String]) -> [UInt64] {
        let w = words.map { QuoteWords.stableHash([$0]) }
        guard w.count >= shingleSize else { return [w.reduce(0x9E3779B97F4A7C15) { mix($0, $1) }] }
        var out: [UInt64] = []
        out.reserveCapacity(w.count - shingleSize + 1)
        for i in 0...(w.count - shingleSize) {
            var h: UInt64 = 0x9E3779B97F4A7C15
            for j in i..<(i + shingleSize) { h = mix(h, w[j]) }
            out.append(h)
        }
        out.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(out.count)
        for h in out where unique.last != h { unique.append(h) }
        return unique
    }

    @inline(__always)
    private func mix(_ h: UInt64, _ v: UInt64) -> UInt64 {
        var x = (h ^ v) &* 0xBF58476D1CE4E5B9
        x ^= x >> 31
        return x &* 0x94D049BB133111EB
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
