/// Companies named by two names and an ampersand: `Procter & Gamble Co.`, `JPMorgan Chase &
/// Co.`, `Johnson & Johnson`, `Marks & Spencer`. The tagger's training text writes them
/// rarely, so it splits them, makes a person of one half, or of the `Co.` at the end.
extension ArticleEntities {
    mutating func ampersandNames(_ covered: inout [Bool]) {
        var added = false
        for amp in ampersands where amp >= 1 && amp + 1 < tokens.count {
            guard tokens[amp].start == tokens[amp - 1].end + 1, tokens[amp + 1].start == tokens[amp].end + 1,
                  isNamePart(amp - 1), isNamePart(amp + 1), !tokens[amp + 1].startsSentence,
                  // `R & D`, `Q & A`: initials for a phrase, not a name.
                  wordLength(amp - 1) > 1 || wordLength(amp + 1) > 1,
                  // `Trinidad & Tobago`: a country written with an ampersand.
                  gazetteerLists[amp - 1] & Self.placeLists == 0 || gazetteerLists[amp + 1] & Self.placeLists == 0
            else { continue }
            var start = amp - 1
            while start > 0, !tokens[start].startsSentence, isNamePart(start - 1), tokens[start].start == tokens[start - 1].end + 1,
                  amp - start < 3 { start -= 1 }
            var end = amp + 2
            while end < tokens.count, !tokens[end].startsSentence, isNamePart(end), tokens[end].start == tokens[end - 1].end + 1,
                  end - amp <= 3 { end += 1 }
            // A name the tagger found that runs on past either side belongs to something else.
            if mentions.contains(where: { $0.start < end && $0.end > start && ($0.start < start || $0.end > end) }) { continue }
            // At a sentence's start only a word that reads as a name (`And`, `But` do not).
            if tokens[start].startsSentence, onList(start, .commonWord) { continue }
            // `Wyatt & Zach`: two people called by their first names (`Johnson & Johnson` is one).
            if start == amp - 1, end == amp + 2, isCommonGivenName(start), isCommonGivenName(amp + 1),
               infos[start].lower != infos[amp + 1].lower { continue }
            mentions.removeAll { $0.start >= start && $0.end <= end }
            // `Evergreen Aviation & Space Museum`: a building is a place.
            let isBuilding = (start..<end).contains { Self.facilityWords.contains(infos[$0].lower) }
            mentions.append(RawMention(start: start, end: end, type: isBuilding ? .place : .org))
            for k in start..<end { covered[k] = true }
            added = true
        }
        if added { mentions.sort { $0.start < $1.start } }
    }

    /// A capitalised word, or a company's legal suffix (`Co.`), not a title or a date.
    private func isNamePart(_ k: Int) -> Bool {
        infos[k].capitalized && !isPunctuation(k) && !isRole(k) && !onList(k, .dateWord)
            && !Self.leadingFunctionWords.contains(infos[k].lower)
    }

    private func wordLength(_ k: Int) -> Int { tokens[k].end - tokens[k].start }
}
