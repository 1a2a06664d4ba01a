/// Inverted index of body words: term -> articles, with word positions so phrases can be
/// checked without reading the text again, and the lengths BM25 needs.
struct TextIndex: Sendable {
    struct Postings: Sendable {
        /// Ascending article indices.
        var docs: [Int32] = []
        /// `positions[starts[k]..<starts[k+1]]` are the word positions in `docs[k]`.
        var starts: [Int32] = [0]
        var positions: [Int32] = []

        func termFrequency(at k: Int) -> Int { Int(starts[k + 1] - starts[k]) }
        func positions(at k: Int) -> ArraySlice<Int32> { positions[Int(starts[k])..<Int(starts[k + 1])] }

        /// Where `doc` is in `docs`, if it is there.
        func find(_ doc: Int32) -> Int? {
            var lo = 0, hi = docs.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if docs[mid] < doc { lo = mid + 1 } else { hi = mid }
            }
            return lo < docs.count && docs[lo] == doc ? lo : nil
        }
    }

    /// Articles containing a term or phrase, with how often each contains it.
    struct Match {
        var docs: [Int32] = []
        var frequencies: [Int32] = []
    }

    let termIDs: [String: Int32]
    let postings: [Postings]
    /// Term ids ordered by term, for `word*`.
    let sortedTermIDs: [Int32]
    let terms: [String]
    let docLengths: [Int32]
    let averageDocLength: Double

    init(bodies: [String]) {
        var ids: [String: Int32] = [:]
        var terms: [String] = []
        var postings: [Postings] = []
        var lengths: [Int32] = []
        lengths.reserveCapacity(bodies.count)
        for (d, body) in bodies.enumerated() {
            let doc = Int32(d)
            var position: Int32 = 0
            var words: Int32 = 0
            TextTokenizer.forEachToken(in: body) { token in
                // A skipped position at each paragraph break keeps phrases inside paragraphs.
                if token.startsParagraph && position > 0 { position += 1 }
                let id: Int32
                if let known = ids[token.term] {
                    id = known
                } else {
                    id = Int32(terms.count)
                    ids[token.term] = id
                    terms.append(token.term)
                    postings.append(Postings())
                }
                if postings[Int(id)].docs.last != doc {
                    if !postings[Int(id)].docs.isEmpty {
                        postings[Int(id)].starts.append(Int32(postings[Int(id)].positions.count))
                    }
                    postings[Int(id)].docs.append(doc)
                }
                postings[Int(id)].positions.append(position)
                position += 1
                words += 1
            }
            lengths.append(words)
        }
        for i in postings.indices where !postings[i].docs.isEmpty {
            postings[i].starts.append(Int32(postings[i].positions.count))
        }
        self.termIDs = ids
        self.terms = terms
        self.postings = postings
        self.sortedTermIDs = (0..<Int32(terms.count)).sorted { terms[Int($0)] < terms[Int($1)] }
        self.docLengths = lengths
        let total = lengths.reduce(0) { $0 + Int($1) }
        self.averageDocLength = bodies.isEmpty ? 1 : max(1, Double(total) / Double(bodies.count))
    }

    /// Articles where `words` stand in a row (one word: where it occurs).
    func match(_ words: [String]) -> Match {
        var lists: [Postings] = []
        for w in words {
            guard let id = termIDs[w] else { return Match() }
            lists.append(postings[Int(id)])
        }
        if lists.count == 1 {
            let p = lists[0]
            return Match(docs: p.docs, frequencies: (0..<p.docs.count).map { Int32(p.termFrequency(at: $0)) })
        }
        // Walk the rarest word's articles; check the others by binary search.
        let anchor = lists.indices.min { lists[$0].docs.count < lists[$1].docs.count }!
        var result = Match()
        var at = [Int](repeating: 0, count: lists.count)
        candidates: for (k, doc) in lists[anchor].docs.enumerated() {
            for j in lists.indices where j != anchor {
                guard let found = lists[j].find(doc) else { continue candidates }
                at[j] = found
            }
            at[anchor] = k
            var count: Int32 = 0
            for p in lists[anchor].positions(at: k) {
                let first = p - Int32(anchor)
                if first < 0 { continue }
                var ok = true
                for j in lists.indices where j != anchor {
                    if !contains(lists[j].positions(at: at[j]), first + Int32(j)) { ok = false; break }
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

    /// Binary search in a sorted slice.
    private func contains(_ slice: ArraySlice<Int32>, _ value: Int32) -> Bool {
        var lo = slice.startIndex, hi = slice.endIndex
        while lo < hi {
            let mid = (lo + hi) / 2
            if slice[mid] < value { lo = mid + 1 } else { hi = mid }
        }
        return lo < slice.endIndex && slice[lo] == value
    }

    /// Terms starting with `prefix`, at most `limit` of them.
    func terms(withPrefix prefix: String, limit: Int = 10_000) -> [Int32] {
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

    /// BM25 weight of one term or phrase in one article.
    func bm25(frequency: Int32, documentFrequency: Int, doc: Int32, articleCount: Int) -> Double {
        let k1 = 1.2, b = 0.75
        let n = Double(articleCount), df = Double(documentFrequency)
        let idf = log(1 + (n - df + 0.5) / (df + 0.5))
        let tf = Double(frequency)
        let norm = 1 - b + b * Double(docLengths[Int(doc)]) / averageDocLength
        return idf * tf * (k1 + 1) / (tf + k1 * norm)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
