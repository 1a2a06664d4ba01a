/// A compact index brought up to date with a changed list of articles: the postings of
/// the articles kept are moved to their new places, and only the new articles' text is
/// tokenized. At 100,000 articles a refresh that changed a few files took 10 s to read and
/// tokenize every article again; moving postings takes a fraction of that.
extension TextIndex {
    /// `kept[d]` is the index in `old` of the article now at `d`, or nil for the next
    /// article of `fresh` (tokenized in list order). Nil when `old` keeps word positions,
    /// when the kept articles are not in their old order (their postings would have to be
    /// sorted again), or when `fresh` does not hold exactly the articles not kept.
    init?(updating old: TextIndex, kept: [Int32?], fresh: CompactRun) {
        guard !old.hasPositions || old.postingDocs.isEmpty,
              kept.count(where: { $0 == nil }) == fresh.pairCounts.count else { return nil }
        var newDoc = [Int32](repeating: -1, count: old.docLengths.count)
        var freshDocs: [Int32] = []
        var lengths: [Int32] = []
        lengths.reserveCapacity(kept.count)
        var previous: Int32 = -1
        for (d, o) in kept.enumerated() {
            if let o {
                guard o > previous, Int(o) < old.docLengths.count else { return nil }
                previous = o
                newDoc[Int(o)] = Int32(d)
                lengths.append(old.docLengths[Int(o)])
            } else {
                lengths.append(fresh.lengths[freshDocs.count])
                freshDocs.append(Int32(d))
            }
        }

        // The fresh articles' terms in the old index's numbering, new ones after it.
        var terms = old.terms
        var added: [String: Int32] = [:]
        let freshTerm: [Int32] = (0..<fresh.table.count).map { t in
            let term = fresh.table.term(t)
            if let id = old.termIDs[term] { return id }
            if let id = added[term] { return id }
            let id = Int32(terms.count)
            terms.append(term)
            added[term] = id
            return id
        }
        // Their (article, count) pairs grouped by term, articles ascending (a counting sort).
        var freshStarts = [Int](repeating: 0, count: terms.count + 1)
        var reader = VarintBlocks.Reader(fresh.pairs)
        for n in fresh.pairCounts {
            for _ in 0..<n {
                freshStarts[Int(freshTerm[Int(reader.next())]) + 1] += 1
                _ = reader.next()
            }
        }
        for t in 0..<terms.count { freshStarts[t + 1] += freshStarts[t] }
        var fill = freshStarts
        var freshPostingDocs = [Int32](repeating: 0, count: freshStarts[terms.count])
        var freshPostingCounts = [Int32](repeating: 0, count: freshStarts[terms.count])
        reader = VarintBlocks.Reader(fresh.pairs)
        for (k, n) in fresh.pairCounts.enumerated() {
            for _ in 0..<n {
                let t = Int(freshTerm[Int(reader.next())])
                freshPostingDocs[fill[t]] = freshDocs[k]
                freshPostingCounts[fill[t]] = Int32(reader.next())
                fill[t] += 1
            }
        }

        // Each term's kept and fresh postings merged; terms left with none are dropped, as
        // a build from scratch would never have seen them.
        var keptTerms: [String] = []
        var termStarts: [Int32] = [0]
        var postingDocs: [Int32] = []
        var postingStarts: [Int32] = [0]
        postingDocs.reserveCapacity(old.postingDocs.count + freshPostingDocs.count)
        postingStarts.reserveCapacity(old.postingDocs.count + freshPostingDocs.count + 1)
        var running: Int32 = 0
        func append(_ doc: Int32, _ count: Int32) {
            postingDocs.append(doc)
            running += count
            postingStarts.append(running)
        }
        for t in 0..<terms.count {
            let before = postingDocs.count
            var f = freshStarts[t]
            let fEnd = freshStarts[t + 1]
            if t < old.terms.count {
                let lo = Int(old.termStarts[t]), hi = Int(old.termStarts[t + 1])
                for p in lo..<hi {
                    let d = newDoc[Int(old.postingDocs[p])]
                    guard d >= 0 else { continue }
                    while f < fEnd, freshPostingDocs[f] < d {
                        append(freshPostingDocs[f], freshPostingCounts[f])
                        f += 1
                    }
                    append(d, old.postingStarts[p + 1] - old.postingStarts[p])
                }
            }
            while f < fEnd {
                append(freshPostingDocs[f], freshPostingCounts[f])
                f += 1
            }
            if postingDocs.count > before {
                keptTerms.append(terms[t])
                termStarts.append(Int32(postingDocs.count))
            }
        }
        self.init(terms: keptTerms, lengths: lengths, termStarts: termStarts, postingDocs: postingDocs,
                  postingStarts: postingStarts, positions: [])
    }
}

extension QueryIndex {
    /// The text half of an index for a changed list, from `old` (for the articles kept) and
    /// a run tokenized from the others (see `TextIndex.init?(updating:kept:fresh:)`).
    public static func updatedText(_ old: TextPart, kept: [Int32?], fresh: TextRun) -> TextPart? {
        TextIndex(updating: old.index, kept: kept, fresh: fresh.run).map(TextPart.init)
    }
}
