/// Chinese and Korean names as English news writes them: a short surname, then a given name
/// of two syllables joined by a hyphen, the second in lower case (`Lau Siu-lai`,
/// `Tsai Ing-wen`, `Park Won-soon`, `Kim Jong-un`). The shape is rare in the tagger's
/// training text, so it misses them, cuts them (`Chi-wai` of `Wu Chi-wai`) or calls them
/// places (surnames such as `Ho` and `Wu` are also towns). English compounds of the same
/// shape (`Trump-led`, `Yemen-based`) are told apart by their lower-case half.
extension ArticleEntities {
    /// Each such name in the article, as a person.
    func hyphenatedGivenNames() -> [RawMention] {
        var out: [RawMention] = []
        for hyphen in hyphens where hyphen >= 2 && hyphen + 1 < tokens.count {
            let i = hyphen - 2
            if out.last.map({ $0.end <= i }) ?? true, isHyphenatedGivenName(surname: i) {
                out.append(RawMention(start: i, end: i + 4, type: .person))
            }
        }
        return out
    }

    private func isHyphenatedGivenName(surname i: Int) -> Bool {
        let first = i + 1, hyphen = i + 2, second = i + 3
        guard infos[i].capitalized, infos[first].capitalized, infos[second].lowercaseInitial,
              isChar(hyphen, "-"), adjacent(first, hyphen), adjacent(hyphen, second),
              tokens[first].start == tokens[i].end + 1, !tokens[first].startsSentence,
              letterCount(i, 2...6), letterCount(first, 2...6), letterCount(second, 1...6),
              !isAllCaps(i), !isAllCaps(first),
              // `Pech-de-Bugue` is one place.
              second + 1 == tokens.count || !isChar(second + 1, "-"),
              !Self.compoundHeads.contains(infos[second].lower),
              // `Park` is also what a park is called, `Wai` a lower-case syllable elsewhere.
              isPlainNameWord(i, allowing: onList(i, .lastName) ? Gazetteer.List.locCue.bit : 0),
              isPlainNameWord(first, allowing: Gazetteer.List.commonWord.bit)
        else { return false }
        // A longer name runs on before it (`Boris Johnson-led`, `Carrie Lam Cheng Yuet-ngor`):
        // not this shape.
        if i > 0, !tokens[i].startsSentence, tokens[i].start == tokens[i - 1].end + 1, infos[i - 1].capitalized,
           !isPunctuation(i - 1), !isRole(i - 1), !Self.leadingFunctionWords.contains(infos[i - 1].lower) {
            return false
        }
        return true
    }

    /// Only letters, and between `range` of them.
    private func letterCount(_ k: Int, _ range: ClosedRange<Int>) -> Bool {
        let word = text[tokens[k].start..<tokens[k].end]
        return range.contains(word.count) && word.allSatisfy(Tokenizer.isLetter)
    }

    /// Not a role, a function word, or a word the lists know as something other than a name
    /// (leaving out the lists `allowing` names).
    private func isPlainNameWord(_ k: Int, allowing: UInt16) -> Bool {
        !isRole(k) && !Self.leadingFunctionWords.contains(infos[k].lower)
            && gazetteerLists[k] & Self.notGivenNameLists & ~allowing == 0
    }

    /// (Cities are not here: `Wu`, `Ho` and `Ma` are surnames and towns.)
    static let notGivenNameLists: UInt16 = [Gazetteer.List.country, .region, .demonym, .orgCue, .locCue,
                                            .orgSuffix, .title, .dateWord, .commonWord, .bigCity]
        .reduce(0) { $0 | $1.bit }

    /// The second halves of English compounds built on a name (`Saudi-led`, `Booker
    /// Prize-winner`, `Tambor-class`).
    static let compoundHeads: HashSet64 = HashSet64([
        "led", "based", "born", "bred", "backed", "owned", "run", "made", "held", "built", "class", "style",
        "type", "like", "era", "free", "wide", "bound", "elect", "only", "linked", "funded", "allied", "themed",
        "winner", "winning", "listed", "rated", "sized", "shaped", "level", "area", "zone", "year",
        "day", "week", "old", "long", "time", "term", "scale", "size", "speak", "mania", "gate", "ism", "ist",
        "esque", "ish", "ian", "ite", "ized", "ised",
    ].map(hash))
}
