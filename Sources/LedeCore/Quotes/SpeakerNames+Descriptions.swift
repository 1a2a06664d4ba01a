/// News refers back to someone it has named by a description: `"…," the company said`,
/// `the minister told reporters`, `the 40-year-old said`, `the Portuguese said`. Left alone,
/// such a quote has no speaker entity and links to none of the person's other quotes.
extension SpeakerNames {
    /// Whom a definite description (`the` and up to three words, no name in it) means, or nil.
    /// A body's noun means the latest organisation named before; a title or a person's noun
    /// the latest person named so (`Finance Minister Nirmala Sitharaman` … `the minister`); an
    /// age or a demonym the latest person talked about, as a pronoun would.
    func describedReferent(_ np: [ClauseToken], overlapping: [EntityMention], tracker: Tracker) -> String? {
        guard (2...4).contains(np.count), np[0].lower == "the", np.allSatisfy(\.isWord),
              !overlapping.contains(where: { $0.type == .person || $0.type == .org }),
              let head = np.last else { return nil }
        let at = np[0].start
        if Self.bodyNouns.contains(head.lower), np.dropFirst().allSatisfy({ !$0.isCapitalized }) {
            // `the ministry`, `the union`: a kind that names itself so means a body whose name
            // says it (`Transport Ministry`), not whichever came last.
            if Self.kindsInNames.contains(head.lower) { return latestOrganisation(named: head.lower, before: at)?.canonical }
            return latestOrganisation(before: at)?.canonical
        }
        if head.isCapitalized {
            // `the Portuguese`, `the Spaniard`; not the peoples (`the French`, `the Americans`),
            // nor a demonym before a noun (`The German government`).
            guard np.count == 2, overlapping.contains(where: { $0.type == .group }), Self.isOnePersonsDemonym(head.lower),
                  !isFollowedByANoun(head.end)
            else { return nil }
            return latestPersonTalkedAbout(before: at, tracker: tracker)
        }
        guard np.dropFirst().allSatisfy({ !$0.isCapitalized }) else { return nil }
        if Self.isAge(head.lower) { return latestPersonTalkedAbout(before: at, tracker: tracker) }
        if L.titles.contains(head.lower) || L.personNouns.contains(head.lower) {
            return latestPerson(describedAs: np.dropFirst().map(\.lower), before: at)
        }
        return nil
    }

    /// Whether a lower-case word other than a verb comes right after `offset` (`German government`).
    private func isFollowedByANoun(_ offset: Int) -> Bool {
        var i = offset
        while i < text.count, QuoteScanner.isSpace(text[i]) { i += 1 }
        guard i < text.count, QuoteScanner.isLower(text[i]) else { return false }
        var j = i
        while j < text.count, QuoteScanner.isWordScalar(text[j]) { j += 1 }
        let w = Tokenizer.string(text[i..<j])
        return !(L.verbs.contains(w) || L.irregularPast.contains(w) || L.auxiliaries.contains(w))
    }

    /// Nouns for a body that has been named (`the company`, `the ministry`).
    static let bodyNouns: Set<String> = [
        "company", "firm", "group", "bank", "lender", "insurer", "carmaker", "automaker", "chipmaker", "retailer",
        "airline", "carrier", "manufacturer", "startup", "conglomerate", "agency", "ministry", "department",
        "club", "party", "union", "charity", "organisation", "organization", "broadcaster", "newspaper",
        "publisher", "regulator", "operator", "developer", "utility", "network", "studio", "brand",
    ]

    /// `40-year-old`, `17-year-old`.
    static func isAge(_ word: String) -> Bool {
        guard word.hasSuffix("-year-old"), let first = word.unicodeScalars.first else { return false }
        return Tokenizer.isDigit(first)
    }

    /// A demonym used for one person: `Portuguese`, `Spaniard`, `German`, `Frenchman`; not
    /// those that name a people (`British`, `French`, `Dutch`, `Swiss`, `Americans`).
    static func isOnePersonsDemonym(_ word: String) -> Bool {
        if word.hasSuffix("man") || word.hasSuffix("woman") || word.hasSuffix("ese") { return true }
        return !(word.hasSuffix("s") || word.hasSuffix("sh") || word.hasSuffix("ch"))
    }

    /// Body nouns that the bodies' own names carry (`Ministry of Health`, `Teamsters Union`).
    static let kindsInNames: Set<String> = ["ministry", "department", "agency", "union", "party", "club", "bank"]

    /// The latest organisation named before `offset` in its paragraph or the one before (with
    /// `word` in its name, when given).
    private func latestOrganisation(named word: String? = nil, before offset: Int) -> EntityMention? {
        guard let p = paragraphs.lastIndex(where: { $0.lowerBound <= offset }) else { return nil }
        let from = paragraphs[max(0, p - 1)].lowerBound
        return mentions.last { m in
            m.type == .org && m.span.end <= offset && m.span.start >= from
                && (word.map { w in m.canonical.lowercased().split(separator: " ").contains { $0 == w } } ?? true)
        }
    }

    /// The latest person quoted or doing something before `offset`, as a pronoun of no
    /// known gender would mean.
    private func latestPersonTalkedAbout(before offset: Int, tracker: Tracker) -> String? {
        var candidates = tracker.people.prefix(4).map { ($0.name, $0.at) }
        candidates += actingPeople(before: offset, last: 4)
        return candidates.max { $0.1 < $1.1 }?.0
    }

    /// The latest person named before `offset` with each of `words` within a few words of
    /// the name (`Finance Minister Nirmala Sitharaman`, `Nirmala Sitharaman, the finance
    /// minister,` for `the minister` and `the finance minister`; not for `the health minister`).
    private func latestPerson(describedAs words: [String], before offset: Int) -> String? {
        var seen = 0
        for m in mentions.reversed() where m.type == .person && m.span.end <= offset && offset - m.span.end < 3_000 {
            if words.allSatisfy({ isWord($0, near: m.span, before: offset) }) { return m.canonical }
            seen += 1
            if seen == 8 { break }
        }
        return nil
    }

    /// Whether `noun` is among the words right before the name, back to the last punctuation
    /// mark (`Finance Minister Nirmala Sitharaman`), or in an apposition right after it
    /// (`Nirmala Sitharaman, the finance minister,`); not in another's (`President Trump, who
    /// appointed Murphy`, `Judge Patricia Howell told Daniel Kerr`). The words from `offset` on are the description itself.
    private func isWord(_ noun: String, near span: TextSpan, before offset: Int) -> Bool {
        func isStop(_ c: Unicode.Scalar) -> Bool {
            ".,;:!?()\n".unicodeScalars.contains(c) || QuoteScanner.isQuoteMark(c)
        }
        // Not past another person's name (`Judge Patricia Howell told Daniel Kerr`: the
        // judge is Howell).
        let floor = mentions.last { $0.type == .person && $0.span.end <= span.start }?.span.end ?? 0
        var lo = span.start
        while lo > floor, span.start - lo < 40, !isStop(text[lo - 1]) { lo -= 1 }
        var hi = span.end
        if hi < min(offset, text.count), text[hi] == "," {
            hi += 1
            while hi < min(offset, text.count), hi - span.end < 60, !isStop(text[hi]) { hi += 1 }
        }
        return contains(noun, in: text[lo..<span.start]) || contains(noun, in: text[span.end..<hi])
    }

    private func contains(_ noun: String, in scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        let window = String(String.UnicodeScalarView(scalars)).lowercased()
        var from = window.startIndex
        while let r = window.range(of: noun, range: from..<window.endIndex) {
            let before = r.lowerBound == window.startIndex ? nil : window[window.index(before: r.lowerBound)]
            let after = r.upperBound == window.endIndex ? nil : window[r.upperBound]
            if !(before?.isLetter ?? false), !(after?.isLetter ?? false) { return true }
            from = r.upperBound
        }
        return false
    }
}
