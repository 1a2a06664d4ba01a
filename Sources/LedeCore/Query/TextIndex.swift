/// Inverted index of body words: term -> articles, with word positions so phrases can be
/// checked without reading the text again, and the lengths BM25 needs.
struct TextIndex: Sendable {
    /// One term's postings: a view into the flat arrays below.
    struct Postings {
        /// Ascending article indices.
        let docs: ArraySlice<Int32>
        /// `starts[k+1] - starts[k]` is how often the term occurs in `docs[k]`.
        let starts: ArraySlice<Int32>

        var count: Int { docs.count }

        func termFrequency(at k: Int) -> Int {
            Int(starts[starts.startIndex + k + 1] - starts[starts.startIndex + k])
        }
    }

    /// Articles containing a term or phrase, with how often each contains it.
    struct Match {
        var docs: [Int32] = []
        var frequencies: [Int32] = []
    }

    let termIDs: [String: Int32]
    /// Term ids ordered by term, for `word*`.
    let sortedTermIDs: [Int32]
    let terms: [String]
    let docLengths: [Int32]
    let averageDocLength: Double
    /// BM25's `k1 * (1 - b + b * length / average length)` per article, computed once.
    let lengthNorms: [Double]

    // Postings of all terms, laid end to end (compressed sparse rows): term t's articles
    // are `postingDocs[termStarts[t]..<termStarts[t+1]]`; posting p's positions are
    // `positions[postingStarts[p]..<postingStarts[p+1]]`. A few flat arrays instead of
    // three small arrays per term keep building fast and memory compact.
    let termStarts: [Int32]
    let postingDocs: [Int32]
    let postingStarts: [Int32]
    let positions: [Int32]
    /// False for a compact index: phrases are then checked in the text itself.
    let hasPositions: Bool

    /// `bodies` is read once, in article order: it may stream them from storage.
    init<Bodies: Sequence<String>>(bodies: Bodies) {
        // Pass 1: every token of every article as (term id, position), in article order.
        var table = TermTable()
        var tokenTerms: [Int32] = []
        var tokenPositions: [Int32] = []
        var docEnds: [Int] = []
        var lengths: [Int32] = []
        lengths.reserveCapacity(bodies.underestimatedCount)
        docEnds.reserveCapacity(bodies.underestimatedCount)
        for body in bodies {
            var position: Int32 = 0
            var words: Int32 = 0
            TextTokenizer.forEachTerm(in: body) { term, _, startsParagraph in
                // A skipped position at each paragraph break keeps phrases inside paragraphs.
                if startsParagraph && position > 0 { position += 1 }
                tokenTerms.append(table.id(of: term))
                tokenPositions.append(position)
                position += 1
                words += 1
            }
            lengths.append(words)
            docEnds.append(tokenTerms.count)
        }
        let terms = (0..<table.count).map { table.term($0) }

        // Pass 2: a counting sort by term, stable, so each term's positions come out in
        // (article, position) order.
        let termCount = terms.count
        var slot = [Int](repeating: 0, count: termCount + 1)
        for t in tokenTerms { slot[Int(t) + 1] += 1 }
        for t in 0..<termCount { slot[t + 1] += slot[t] }
        let tokenStarts = slot
        var positions = [Int32](repeating: 0, count: tokenTerms.count)
        var owners = [Int32](repeating: 0, count: tokenTerms.count)
        var doc = 0
        for i in tokenTerms.indices {
            while i >= docEnds[doc] { doc += 1 }
            let t = Int(tokenTerms[i])
            positions[slot[t]] = tokenPositions[i]
            owners[slot[t]] = Int32(doc)
            slot[t] += 1
        }
        tokenTerms = []
        tokenPositions = []

        // Pass 3: runs of the same article within a term become postings.
        var termStarts: [Int32] = [0]
        var postingDocs: [Int32] = []
        var postingStarts: [Int32] = []
        termStarts.reserveCapacity(termCount + 1)
        for t in 0..<termCount {
            var previous: Int32 = -1
            for i in tokenStarts[t]..<tokenStarts[t + 1] where owners[i] != previous {
                previous = owners[i]
                postingDocs.append(previous)
                postingStarts.append(Int32(i))
            }
            termStarts.append(Int32(postingDocs.count))
        }
        postingStarts.append(Int32(positions.count))

        self.init(terms: terms, lengths: lengths, termStarts: termStarts, postingDocs: postingDocs,
                  postingStarts: postingStarts, positions: positions)
    }

    /// From built postings; `positions` empty for an index without them, whose
    /// `postingStarts` then count occurrences (`TextIndex(compact:)`).
    init(terms: [String], lengths: [Int32], termStarts: [Int32], postingDocs: [Int32], postingStarts: [Int32],
         positions: [Int32], sortedTermIDs: [Int32]? = nil) {
        var ids: [String: Int32] = [:]
        ids.reserveCapacity(terms.count)
        for (i, t) in terms.enumerated() { ids[t] = Int32(i) }
        self.termIDs = ids
        self.terms = terms
        self.termStarts = termStarts
        self.postingDocs = postingDocs
        self.postingStarts = postingStarts
        self.positions = positions
        self.hasPositions = !positions.isEmpty || postingDocs.isEmpty
        self.sortedTermIDs = sortedTermIDs ?? (0..<Int32(terms.count)).sorted { terms[Int($0)] < terms[Int($1)] }
        self.docLengths = lengths
        let total = lengths.reduce(0) { $0 + Int($1) }
        let average = lengths.isEmpty ? 1 : max(1, Double(total) / Double(lengths.count))
        self.averageDocLength = average
        self.lengthNorms = lengths.map { Self.k1 * (1 - Self.b + Self.b * Double($0) / average) }
    }

    func postings(_ term: Int32) -> Postings {
        let lo = Int(termStarts[Int(term)]), hi = Int(termStarts[Int(term) + 1])
        return Postings(docs: postingDocs[lo..<hi], starts: postingStarts[lo...hi])
    }

    /// Articles where `words` stand in a row (one word: where it occurs). A compact index
    /// finds the articles holding every word, then counts the phrase in each one's `body`.
    func match(_ words: [String], bodies: ArticleBodies = { _, _ in }) -> Match {
        var ids: [Int] = []
        for w in words {
            guard let id = termIDs[w] else { return Match() }
            ids.append(Int(id))
        }
        if ids.count == 1 {
            let p = postings(Int32(ids[0]))
            return Match(docs: Array(p.docs), frequencies: (0..<p.count).map { Int32(p.termFrequency(at: $0)) })
        }
        if !hasPositions { return phraseInText(words, ids: ids, bodies: bodies) }
        return postingDocs.withUnsafeBufferPointer { docs in
            postingStarts.withUnsafeBufferPointer { starts in
                positions.withUnsafeBufferPointer { positions in
                    phrase(ids, docs: docs, starts: starts, positions: positions)
                }
            }
        }
    }

    /// Walks the rarest word's articles; finds each in the other words' postings by
    /// galloping forward (articles come in order), then merges word positions.
    private func phrase(_ ids: [Int], docs: UnsafeBufferPointer<Int32>, starts: UnsafeBufferPointer<Int32>,
                        positions: UnsafeBufferPointer<Int32>) -> Match {
        let lo = ids.map { Int(termStarts[$0]) }, hi = ids.map { Int(termStarts[$0 + 1]) }
        let anchor = ids.indices.min { hi[$0] - lo[$0] < hi[$1] - lo[$1] }!
        var cursor = lo
        var at = lo
        var result = Match()
        candidates: for p in lo[anchor]..<hi[anchor] {
            let doc = docs[p]
            for j in ids.indices where j != anchor {
                var c = cursor[j]
                var step = 1
                while c + step < hi[j], docs[c + step] < doc { c += step; step *= 2 }
                var l = c, h = min(c + step, hi[j])
                while l < h {
                    let mid = (l + h) / 2
                    if docs[mid] < doc { l = mid + 1 } else { h = mid }
                }
                cursor[j] = l
                if l == hi[j] { break candidates }
                if docs[l] != doc { continue candidates }
                at[j] = l
            }
            at[anchor] = p
            // Positions of each word in this article, merged in step with the anchor's.
            var next = at.map { Int(starts[$0]) }
            var count: Int32 = 0
            for q in Int(starts[p])..<Int(starts[p + 1]) {
                let first = positions[q] - Int32(anchor)
                if first < 0 { continue }
                var ok = true
                for j in ids.indices where j != anchor {
                    let want = first + Int32(j), end = Int(starts[at[j] + 1])
                    while next[j] < end, positions[next[j]] < want { next[j] += 1 }
                    if next[j] == end || positions[next[j]] != want { ok = false; break }
                }
                if ok { count += 1 }
            }
            if count > 0 {
                result.docs.append(doc)
                result.frequencies.append(count)
            }
        }
        return result
    }

    /// Terms starting with `prefix`, at most `limit` of them.
    func terms(withPrefix prefix: String, limit: Int = .max) -> [Int32] {
        var lo = 0, hi = sortedTermIDs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if terms[Int(sortedTermIDs[mid])] < prefix { lo = mid + 1 } else { hi = mid }
        }
        var out: [Int32] = []
        while lo < sortedTermIDs.count, out.count < limit, terms[Int(sortedTermIDs[lo])].hasPrefix(prefix) {
            out.append(sortedTermIDs[lo])
            lo += 1
        }
        return out
    }

    static let k1 = 1.2, b = 0.75

    /// BM25 inverse document frequency of a term or phrase found in `documentFrequency` articles.
    func idf(documentFrequency: Int) -> Double {
        let n = Double(docLengths.count), df = Double(documentFrequency)
        return log(1 + (n - df + 0.5) / (df + 0.5))
    }

    /// BM25 weight of a term or phrase occurring `frequency` times in `doc`.
    @inline(__always) func bm25(frequency: Int32, idf: Double, doc: Int32) -> Double {
        let tf = Double(frequency)
        return idf * tf * (Self.k1 + 1) / (tf + lengthNorms[Int(doc)])
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
