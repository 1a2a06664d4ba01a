/// Two acronyms joined by a hyphen name one body: `AFL-CIO`, `ABS-CBN`, `KDKA-TV`. The tagger
/// seldom saw the shape, so it takes one half, or each half for a name of its own.
extension ArticleEntities {
    mutating func acronymsJoinedByHyphens(_ covered: inout [Bool]) {
        var changed = false
        for h in hyphens where h >= 1 && h + 1 < tokens.count && joinsAcronyms(h) {
            let left = mentions.firstIndex { $0.start < h && $0.end == h }
            let right = mentions.firstIndex { $0.start == h + 1 }
            // Half a name found (or both halves, as one kind of thing): the other half joins it.
            guard left != nil || right != nil,
                  !covered[h - 1] || left != nil, !covered[h + 1] || right != nil
            else { continue }
            let type = (left ?? right).map { mentions[$0].type }!
            if let l = left, let r = right, mentions[l].type != mentions[r].type { continue }
            guard type == .org || type == .place else { continue }
            let start = left.map { mentions[$0].start } ?? h - 1
            let end = right.map { mentions[$0].end } ?? h + 2
            mentions.removeAll { $0.start >= start && $0.end <= end }
            mentions.append(RawMention(start: start, end: end, type: .org))
            for k in start..<end { covered[k] = true }
            changed = true
        }
        if changed { mentions.sort { $0.start < $1.start } }
    }

    /// Hyphen `h` joins two acronyms, neither a place (`US-UK` is two), nor a thing's
    /// (`HIV-AIDS`), nor a body known by itself.
    private func joinsAcronyms(_ h: Int) -> Bool {
        isChar(h, "-") && adjacent(h - 1, h) && adjacent(h, h + 1) && isAllCaps(h - 1) && isAllCaps(h + 1)
            && !isPunctuation(h + 1) && tokens[h + 1].end - tokens[h + 1].start <= 5
            && (gazetteerLists[h - 1] | gazetteerLists[h + 1]) & Self.placeLists == 0
            // (Only the first half: a station's call sign ends in one, `KDKA-TV`.)
            && !Self.acronymsForThings.contains(infos[h - 1].lower)
            // `NATO-EU ties`: two bodies known apart.
            && !isWellKnownOrganization(h - 1, h) && !isWellKnownOrganization(h + 1, h + 2)
    }
}
