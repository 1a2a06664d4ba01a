/// Places named with an abbreviated or spelt-out prefix: `St. Louis`, `Saint Petersburg`,
/// `Ste. Genevieve`, `Mt. Kilimanjaro`, `Ft. Lauderdale`. `St.` is also a title (`Saint John
/// Paul II`), so the tagger's spans dropped it and typed the one word after it as a person
/// (`Louis`) or found only the prefix (`Mt.`).
extension ArticleEntities {
    /// `m` with its prefix, as a place, when it is such a name; nil otherwise.
    func placeWithPrefix(_ m: RawMention) -> RawMention? {
        // The prefix inside the span (`Ft. Lauderdale` called a person) or just before it.
        var start = m.start
        if !Self.placePrefixes.contains(infos[start].lower) {
            guard start > 0, Self.placePrefixes.contains(infos[start - 1].lower), infos[start - 1].capitalized,
                  adjacentBySpace(start - 1, start), !startsWithinAName(start - 1)
            else { return nil }
            start -= 1
        } else if startsWithinAName(start) {
            return nil
        }
        guard infos[start].capitalized else { return nil }
        // `Mt.` alone takes the mountain's name after it.
        let end = max(m.end, start + 2)
        // One name word after the prefix: a longer name (`Saint John Paul II`, `St. Jude
        // Children's Research Hospital`) is a titled person's or was already whole.
        guard end - start == 2, isNameWord(start + 1), adjacentBySpace(start, start + 1), !isRole(start + 1)
        else { return nil }
        // `Saint John Paul II` tagged as `John` alone: a name runs on after it.
        if isNameWord(end), adjacentBySpace(end - 1, end) { return nil }
        // `St. Mary's Hospital` is an institution named after the saint (see possessives).
        if end < tokens.count, isPossessive(end) { return nil }
        return RawMention(start: start, end: end, type: .place)
    }

    /// A capitalised word, not punctuation, that does not open a new sentence.
    private func isNameWord(_ k: Int) -> Bool {
        k < tokens.count && infos[k].capitalized && !isPunctuation(k) && !tokens[k].startsSentence
    }

    /// Whether the prefix at `k` comes after a capitalised word of the same name
    /// (`Ashley St. Clair`, `Main St`): then it is not a place's first word.
    private func startsWithinAName(_ k: Int) -> Bool {
        k > 0 && !tokens[k].startsSentence && infos[k - 1].capitalized && !isPunctuation(k - 1) && adjacentBySpace(k - 1, k)
    }

    static let placePrefixes = HashSet64(["st", "st.", "saint", "ste.", "sainte", "mt.", "ft."].map(hash))
}
