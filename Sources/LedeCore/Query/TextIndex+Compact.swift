/// A text index without word positions, for corpora too large to keep them: at 100,000
/// articles positions are most of the index (4 bytes a word) and building them needs four
/// times that at once. Here each article contributes one posting per distinct word with
/// its count; a phrase is found by intersecting its words' postings and reading the
/// candidates' text, which the caller supplies (from the cache).
extension TextIndex {
    init<Bodies: Sequence<String>>(compact bodies: Bodies) {
        self.init(compactRuns: [Self.compactRun(bodies)])
    }

    /// A run of consecutive articles' (term, count) pairs, one per distinct term of each
    /// article, with the run's own term table: runs are tokenized on separate threads
    /// (tokenizing is most of the work) and joined by `init(compactRuns:)`.
    struct CompactRun: @unchecked Sendable {
        var table = TermTable()
        /// Each article's distinct terms as (term id, count) pairs, one after another.
        var pairs = VarintBlocks()
        /// How many pairs each article has.
        var pairCounts: [Int32] = []
        var lengths: [Int32] = []
    }

    static func compactRun<Bodies: Sequence<String>>(_ bodies: Bodies) -> CompactRun {
        var run = CompactRun()
        var counts: [Int32] = []
        var touched: [Int32] = []
        for body in bodies {
            var words: Int32 = 0
            TextTokenizer.forEachTerm(in: body) { term, _, _ in
                let id = run.table.id(of: term)
                if Int(id) >= counts.count { counts.append(contentsOf: repeatElement(0, count: Int(id) + 1 - counts.count)) }
                if counts[Int(id)] == 0 { touched.append(id) }
                counts[Int(id)] += 1
                words += 1
            }
            for id in touched {
                run.pairs.append(UInt32(id))
                run.pairs.append(UInt32(counts[Int(id)]))
                counts[Int(id)] = 0
            }
            run.pairCounts.append(Int32(touched.count))
            touched.removeAll(keepingCapacity: true)
            run.lengths.append(words)
        }
        return run
    }

    /// The runs' articles in order (the first run's first), their terms in one table. Each
    /// run is let go once its postings are placed.
    init(compactRuns runs: [CompactRun]) {
        var table = runs.first?.table ?? TermTable()
        // Each run's term ids in the joined table.
        let remaps: [[Int32]] = runs.enumerated().map { r, run in
            r == 0 ? Array(0..<Int32(run.table.count))
                   : (0..<run.table.count).map { t in run.table.withBytes(of: t) { table.id(of: $0) } }
        }
        let terms = (0..<table.count).map { table.term($0) }
        table = TermTable()
        let lengths = runs.flatMap(\.lengths)
        // A stable counting sort by term keeps each term's articles ascending.
        var slot = [Int](repeating: 0, count: terms.count + 1)
        for (r, run) in runs.enumerated() {
            var reader = VarintBlocks.Reader(run.pairs)
            for n in run.pairCounts {
                for _ in 0..<n {
                    slot[Int(remaps[r][Int(reader.next())]) + 1] += 1
                    _ = reader.next()
                }
            }
        }
        for t in 0..<terms.count { slot[t + 1] += slot[t] }
        let termStarts = slot.map { Int32($0) }
        let pairs = slot[terms.count]
        var postingDocs = [Int32](repeating: 0, count: pairs)
        var postingStarts = [Int32](repeating: 0, count: pairs + 1)  // counts first, running totals below
        var doc: Int32 = 0
        for r in runs.indices {
            var reader = VarintBlocks.Reader(runs[r].pairs)
            for n in runs[r].pairCounts {
                for _ in 0..<n {
                    let t = Int(remaps[r][Int(reader.next())])
                    postingDocs[slot[t]] = doc
                    postingStarts[slot[t]] = Int32(reader.next())
                    slot[t] += 1
                }
                doc += 1
            }
            runs[r].pairs.removeAll()
        }
        // Counts become running totals, so `Postings.termFrequency` reads them as it reads
        // position ranges.
        var running: Int32 = 0
        for i in 0..<pairs {
            let c = postingStarts[i]
            postingStarts[i] = running
            running += c
        }
        postingStarts[pairs] = running
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
