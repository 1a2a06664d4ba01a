/// A sentence's first word is capitalised whatever it is, so the tagger takes some for names
/// (`"Ivory has no value unless it's on an elephant," Kenyatta said` in an article about
/// ivory). A lone word called a person there, which the article also writes in lower case, is
/// an ordinary word: unless it is the first or last name of anyone the article names in full,
/// or a given name many children get (`Rocky`, `Grant`). So is a lone word no list knows that
/// the article writes only there (`Turnout was 71%`).
extension ArticleEntities {
    mutating func dropSentenceOpenersWrittenLowerCase() {
        var candidates: [Int] = []
        for (k, m) in mentions.enumerated() where m.type == .person && m.end - m.start == 1 && opensSentence(m.start) {
            candidates.append(k)
        }
        guard !candidates.isEmpty else { return }
        var names = HashSet64()
        for m in mentions where m.type == .person && m.end - m.start >= 2 {
            names.insert(infos[m.start].lower)
            names.insert(infos[m.end - 1].lower)
        }
        let dropped = Set(candidates.filter { k in
            let i = mentions[k].start
            guard !names.contains(infos[i].lower), !isCommonGivenName(i) else { return false }
            if writtenInLowerCase[i] { return true }
            // `Turnout was 71%`: a word no list knows, that the article writes only here, is a
            // person only once a full name has introduced them. (Then a lower-case word: a
            // verb. Not `Gavi, the Vaccine Alliance,`.)
            guard gazetteerLists[i] == 0, i + 1 < tokens.count, infos[i + 1].lowercaseInitial else { return false }
            let word = infos[i].lower
            return infos.reduce(0) { $0 + ($1.lower == word ? 1 : 0) } == 1
        })
        guard !dropped.isEmpty else { return }
        mentions = mentions.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
    }

    /// The first word of its sentence, or of a quotation that opens it.
    private func opensSentence(_ i: Int) -> Bool {
        if tokens[i].startsSentence { return true }
        guard i > 0, tokens[i - 1].startsSentence, tokens[i - 1].end - tokens[i - 1].start == 1 else { return false }
        let c = text[tokens[i - 1].start]
        return c == "\"" || c == "\u{201C}" || c == "\u{2018}" || c == "'"
    }
}
