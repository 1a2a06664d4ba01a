import Foundation

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
        var pairs: [UInt32] = []
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
                pairs.append(UInt32(id))
                pairs.append(UInt32(counts[Int(id)]))
                counts[Int(id)] = 0
            }
            run.pairs.append(pairs)
            pairs.removeAll(keepingCapacity: true)
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
    /// how often; the candidates' text comes from `bodies`, all in one call.
    func phraseInText(_ words: [String], ids: [Int], bodies: ArticleBodies) -> Match {
        var candidates = Array(postings(Int32(ids[0])).docs)
        for id in ids.dropFirst() {
            let other = Set(postings(Int32(id)).docs)
            candidates = candidates.filter { other.contains($0) }
            if candidates.isEmpty { return Match() }
        }
        let phrase = words.map { Array($0.utf8) }
        let docs = candidates
        // Reading and tokenizing the candidates is the cost (seconds for two common words
        // in 100,000 articles): share them out over the cores, each share read in one go.
        let shares = max(1, min(ProcessInfo.processInfo.activeProcessorCount, docs.count / 64))
        var found = [[(Int32, Int32)]](repeating: [], count: shares)
        found.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let out = buffer
            DispatchQueue.concurrentPerform(iterations: shares) { s in
                // Each share writes only its own element.
                let share = Array(docs[(docs.count * s / shares)..<(docs.count * (s + 1) / shares)])
                bodies(share) { doc, text in
                    let n = Self.occurrences(of: phrase, in: text)
                    if n > 0 { out[s].append((doc, n)) }
                }
            }
        }
        let all = found.joined().sorted { $0.0 < $1.0 }
        return Match(docs: all.map(\.0), frequencies: all.map(\.1))
    }

    /// How often the normalized words `phrase` (UTF-8) stand in a row in `text`, not across
    /// a paragraph break: term by term as the tokenizer hands them out, no strings made.
    static func occurrences(of phrase: [[UInt8]], in text: String) -> Int32 {
        let k = phrase.count
        guard k > 0, k <= 64 else { return 0 }
        // Bit j of `open` is set when the last j tokens match the phrase's first j words
        // within one paragraph; a token matching word j extends those to j + 1.
        var open: UInt64 = 1
        var n: Int32 = 0
        TextTokenizer.forEachTerm(in: text) { term, _, startsParagraph in
            if startsParagraph { open = 1 }
            var next: UInt64 = 1
            var rest = open
            while rest != 0 {
                let j = rest.trailingZeroBitCount
                rest &= rest - 1
                if phrase[j].withUnsafeBufferPointer({ $0.elementsEqual(term) }) {
                    if j + 1 == k { n += 1 } else { next |= 1 << UInt64(j + 1) }
                }
            }
            open = next
        }
        return n
    }
}
