/// A text index without word positions, for corpora too large to keep them: at 100,000
/// articles positions are most of the index (4 bytes a word) and building them needs four
/// times that at once. Here each article contributes one posting per distinct word with
/// its count; a phrase is found by intersecting its words' postings and reading the
/// candidates' text, which the caller supplies (from the cache).
extension TextIndex {
    init<Bodies: Sequence<String>>(compact bodies: Bodies) {
        var table = TermTable()
        // Per article, (term, count) for each distinct term, in article order.
        var pairTerms: [Int32] = []
        var pairCounts: [Int32] = []
        var docEnds: [Int] = []
        var lengths: [Int32] = []
        var counts: [Int32] = []
        var touched: [Int32] = []
        for body in bodies {
            var words: Int32 = 0
            TextTokenizer.forEachTerm(in: body) { term, _, _ in
                let id = table.id(of: term)
                if Int(id) >= counts.count { counts.append(contentsOf: repeatElement(0, count: Int(id) + 1 - counts.count)) }
                if counts[Int(id)] == 0 { touched.append(id) }
                counts[Int(id)] += 1
                words += 1
            }
            for id in touched {
                pairTerms.append(id)
                pairCounts.append(counts[Int(id)])
                counts[Int(id)] = 0
            }
            touched.removeAll(keepingCapacity: true)
            lengths.append(words)
            docEnds.append(pairTerms.count)
        }
        counts = []
        let terms = (0..<table.count).map { table.term($0) }
        // A stable counting sort by term keeps each term's articles ascending.
        var slot = [Int](repeating: 0, count: terms.count + 1)
        for t in pairTerms { slot[Int(t) + 1] += 1 }
        for t in 0..<terms.count { slot[t + 1] += slot[t] }
        let termStarts = slot.map { Int32($0) }
        var postingDocs = [Int32](repeating: 0, count: pairTerms.count)
        var postingCounts = [Int32](repeating: 0, count: pairTerms.count)
        var doc = 0
        for i in pairTerms.indices {
            while i >= docEnds[doc] { doc += 1 }
            let t = Int(pairTerms[i])
            postingDocs[slot[t]] = Int32(doc)
            postingCounts[slot[t]] = pairCounts[i]
            slot[t] += 1
        }
        pairTerms = []
        pairCounts = []
        // Counts become running totals, so `Postings.termFrequency` reads them as it reads
        // position ranges.
        var postingStarts = [Int32](repeating: 0, count: postingCounts.count + 1)
        for i in postingCounts.indices { postingStarts[i + 1] = postingStarts[i] + postingCounts[i] }
        self.init(terms: terms, lengths: lengths, termStarts: termStarts, postingDocs: postingDocs,
                  postingStarts: postingStarts, positions: [])
    }

    /// Articles holding every word, where the words stand in a row within a paragraph, with
    /// how often; the text of each candidate comes from `body`.
    func phraseInText(_ words: [String], ids: [Int], body: (Int32) -> String?) -> Match {
        var candidates = Array(postings(Int32(ids[0])).docs)
        for id in ids.dropFirst() {
            let other = Set(postings(Int32(id)).docs)
            candidates = candidates.filter { other.contains($0) }
            if candidates.isEmpty { return Match() }
        }
        var result = Match()
        for doc in candidates {
            guard let text = body(doc) else { continue }
            let n = Self.occurrences(of: words, in: TextTokenizer.tokens(in: text))
            if n > 0 {
                result.docs.append(doc)
                result.frequencies.append(n)
            }
        }
        return result
    }

    /// How often `words` stand in a row among `tokens`, not across a paragraph break.
    static func occurrences(of words: [String], in tokens: [TextToken]) -> Int32 {
        guard !words.isEmpty, words.count <= tokens.count else { return 0 }
        var n: Int32 = 0
        for start in 0...(tokens.count - words.count)
        where (0..<words.count).allSatisfy({ tokens[start + $0].term == words[$0] && ($0 == 0 || !tokens[start + $0].startsParagraph) }) {
            n += 1
        }
        return n
    }
}
