/// Turns the words of a speaker into a canonical entity: through the entity mentions when
/// there are some (`Smith` -> `Brad Smith`), otherwise by reading names from the text
/// (titles dropped, surnames resolved to the full name used earlier), and through
/// pronouns to the last named speaker.
struct SpeakerNames {
    /// The last named speakers so far in the article, for pronouns.
    struct Tracker {
        /// Named people quoted so far with where their clause stands, the latest first.
        var people: [(name: String, at: Int)] = []
        var lastOther: String?
        var lastPerson: String? { people.first?.name }
    }

    enum Gender { case male, female }

    typealias L = ReportingLexicon

    let text: [Unicode.Scalar]
    let paragraphs: [Range<Int>]
    let mentions: [EntityMention]
    /// What is read once per article and asked often (tokens, full names, genders).
    let words: ArticleWords

    /// Full person names by their last word (`Smith` -> `Brad Smith`), the first one written.
    let personBySurname: [String: String]
    /// Person mentions followed by a verb, in text order (computed once: asked per quote).
    let actingPersonMentions: [(name: String, start: Int, end: Int)]

    init(text: [Unicode.Scalar], paragraphs: [Range<Int>], mentions: [EntityMention], quoted: [Range<Int>] = []) {
        self.text = text
        self.paragraphs = paragraphs
        self.mentions = mentions.sorted { $0.span < $1.span }
        self.words = ArticleWords(text: text, paragraphs: paragraphs)
        var bySurname: [String: String] = [:]
        for m in self.mentions where m.type == .person && m.canonical.containsASCII(" ") {
            // (`Canonicalizer.words` is `split(separator: " ")`, by bytes for ASCII names.)
            if let last = Canonicalizer.words(m.canonical, ascii: Canonicalizer.isASCII(m.canonical)).last,
               bySurname[String(last)] == nil {
                bySurname[String(last)] = m.canonical
            }
        }
        personBySurname = bySurname
        actingPersonMentions = Self.acting(self.mentions, in: text, outside: quoted)
    }

    /// Mentions overlapping `span`, by binary search over the sorted mentions: asked once
    /// per quotation, so a scan of every mention would make long articles quadratic.
    func mentions(overlapping span: TextSpan) -> ArraySlice<EntityMention> {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].span.start < span.end { lo = mid + 1 } else { hi = mid }
        }
        var first = lo
        // Mentions are short; walk back over those that may still reach into the span.
        while first > 0, mentions[first - 1].span.start >= span.start - 400 { first -= 1 }
        return mentions[first..<lo].filter { $0.span.overlaps(span) }[...]
    }

    /// Whether the article also writes `word` (lower case) in lower case somewhere.
    func writesInLowerCase(_ word: String) -> Bool { words.writesInLowerCase(word) }

    /// Words that open an introductory phrase before a sentence's subject.
    static let openers: Set<String> = [
        "in", "on", "at", "after", "before", "during", "while", "when", "although", "as",
        "since", "despite", "following", "for", "with", "by", "from", "under", "amid", "but",
        "and", "so", "still", "yet", "earlier", "later", "last", "meanwhile", "however",
        "speaking", "asked", "writing", "according", "instead", "if", "though", "once",
        "until", "over", "to", "within", "without", "because", "now", "here", "there",
        "today", "yesterday", "also",
    ]

    /// Lower-case words that may join the capitalised words of one name.
    static let connectors: Set<String> = [
        "of", "the", "for", "de", "da", "del", "van", "von", "der", "den", "al", "bin",
        "la", "le", "du", "di", "on",
    ]

    /// End (exclusive) of the run of capitalised words starting at `k`, through connectors
    /// that stand between two capitalised words (`Department of Homeland Security`).
    static func capitalizedRunEnd(_ t: [ClauseToken], from k: Int) -> Int {
        var e = k
        while e < t.count {
            if t[e].isWord, t[e].isCapitalized || (t[e].text.first?.isNumber ?? false) && e > k || e > k && isNameParticle(t[e]) {
                e += 1
                continue
            }
            // `and` joins the words of an organisation's name (`Department of Health and
            // Human Services`), never two people.
            let orgAnd = t[e].lower == "and" && t[k..<e].contains { L.organizationWords.contains($0.lower) }
            if e > k, t[e].isWord, connectors.contains(t[e].lower) || orgAnd {
                var n = orgAnd ? e + 1 : e
                while n < t.count, t[n].isWord, connectors.contains(t[n].lower) { n += 1 }
                // (`Prime Minister Anthony Albanese on Wednesday`: a day is no part of a name.)
                if n < t.count, t[n].isWord, t[n].isCapitalized, n - e <= 2,
                   !(t[e].lower == "on" && (L.weekdays.contains(t[n].lower) || L.months.contains(t[n].lower))) { e = n; continue }
            }
            break
        }
        return e
    }

    /// `al-Amr`, `el-Sisi`, `bin-Salman`: lower-case particles joined to a capitalised name.
    static func isNameParticle(_ t: ClauseToken) -> Bool {
        guard let dash = t.text.firstIndex(of: "-"), t.text.index(after: dash) < t.text.endIndex else { return false }
        return ["al", "el", "bin", "ibn", "abu", "ad", "as", "ash", "at", "az"].contains(String(t.lower[..<dash]))
            && t.text[t.text.index(after: dash)].isUppercase
    }

    // MARK: Resolution

    func resolve(_ phrase: [ClauseToken], at quoteStart: Int, tracker: inout Tracker) -> String? {
        let np = Array(phrase[..<Self.describedSpeakerEnd(phrase)])
        guard let first = np.first, let last = np.last else { return nil }
        let span = TextSpan(first.start, last.end)
        let overlapping = mentions(overlapping: span).filter {
            [.person, .org, .group].contains($0.type)
        }
        // `Khaled Al-Maeena, editor at large at the Saudi Gazette`: a name the tagger missed
        // before an apposition is the speaker, not the body named in it.
        if !overlapping.contains(where: { $0.type == .person }),
           let comma = np.firstIndex(where: { $0.text == "," }), comma >= 2,
           np[..<comma].allSatisfy({ $0.isWord && $0.isCapitalized || $0.text == "-" }),
           !overlapping.contains(where: { $0.span.start < np[comma].start }) {
            return resolve(Array(np[..<comma]), at: quoteStart, tracker: &tracker)
        }
        if let referent = describedReferent(np, overlapping: overlapping, tracker: tracker) { return referent }
        // `Ms Clarke's sister`: someone related to the person named, not that person.
        let speakers = overlapping.filter { m in
            !namesSomeoneElse(m, in: np)
                && !(np.first { $0.start == m.span.start && $0.end == m.span.end }.map { isAffiliationBeforeATitle($0, in: np) } ?? false)
        }
        if let m = headPerson(of: np, among: speakers) ?? speakers.last(where: { $0.type == .person }) ?? speakers.last {
            if !isPronounPhrase(np) { remember(m.canonical, person: m.type == .person, at: span.start, in: &tracker) }
            return m.canonical
        }
        if isPronounPhrase(np) {
            switch first.lower {
            case "he", "she", "his", "her", "him":
                // The latest speaker the pronoun can mean: `she` skips a man the article
                // calls `he` (or `Mr`).
                // Candidates: people quoted so far and people doing something in the text
                // before, the latest first.
                let wanted: Gender = ["he", "his", "him"].contains(first.lower) ? .male : .female
                var candidates = tracker.people.prefix(4).map { ($0.name, $0.at) }
                candidates += actingPeople(before: first.start, last: 4)
                candidates.sort { $0.1 > $1.1 }
                let genders = candidates.map { gender(of: $0.0) }
                // The latest one not known to be of the other gender.
                if let i = genders.firstIndex(where: { $0 == wanted || $0 == nil }) {
                    if candidates[i].0 == Self.unnamed || unnamedPersonActs(between: candidates[i].1, and: first.start) { return nil }
                    return candidates[i].0
                }
                return nil
            case "it", "its", "they", "their":
                return tracker.lastOther
            default:
                return nil
            }
        }
        guard let name = bestName(in: np) else {
            // `A neighbour, who asked not to be named, said …. “…,” she said`: someone not named
            // is who a later pronoun means, not a person named before them.
            if isUnnamedPerson(np) { remember(Self.unnamed, person: true, at: span.start, in: &tracker) }
            return nil
        }
        let hasTitle = np.contains { L.titles.contains($0.lower) || L.personNouns.contains($0.lower) }
        var full = name
        if name.count == 1 { full = expandSurname(name[0], before: quoteStart) ?? name }
        let canonical = full.map(\.text).joined(separator: " ")
        let isOrg = full.contains { L.organizationWords.contains($0.lower) }
            || (full.count == 1 && full[0].text.count > 1 && full[0].text.allSatisfy { $0.isUppercase || !$0.isLetter })
        remember(canonical, person: !isOrg && (hasTitle || full.count == 1 || Self.isPersonLike(full)), at: span.start, in: &tracker)
        return canonical
    }

    /// `Anderson Cooper, of CNN, one of Vanderbilt's four sons`: the person named before the
    /// first comma, when one is, speaks, not one named in the apposition after it; a
    /// possessive (`Trump's lawyer, Rudy Giuliani`) is not that person.
    private func headPerson(of np: [ClauseToken], among overlapping: [EntityMention]) -> EntityMention? {
        guard let comma = np.first(where: { $0.text == "," }) else { return nil }
        return overlapping.last { m in
            guard m.type == .person, m.span.end <= comma.start else { return false }
            return m.span.end >= text.count || !Tokenizer.isApostrophe(text[m.span.end])
        }
    }

    /// Whether the phrase names a relation of `m` (`Ms Clarke's sister`, `the minister's
    /// chief adviser`): a possessive after it and, within two more words, a noun for a person.
    private func namesSomeoneElse(_ m: EntityMention, in np: [ClauseToken]) -> Bool {
        guard m.type == .person, m.span.end < text.count, Tokenizer.isApostrophe(text[m.span.end]),
              let k = np.firstIndex(where: { $0.start > m.span.end })
        else { return false }
        return np[k...].prefix(3).contains { $0.isWord && L.relationNouns.contains($0.lower) }
    }

    /// `In Cambodia, a farmer whose daughter died … told reporters …. “We did not know,” he
    /// said`: a sentence after the person a pronoun would mean opens with someone not named
    /// (`a`, `one`: someone new), who does something; the pronoun means them.
    private func unnamedPersonActs(between from: Int, and to: Int) -> Bool {
        var i = to - 1
        while i > from {
            // Sentence starts, read backwards: after `.`, `!` or `?` and a space, or a line break.
            if text[i - 1] == "\n" || (text[i - 1] == " " && i >= 2 && ".!?".unicodeScalars.contains(text[i - 2])) {
                let words = ClauseTokenizer.tokens(text, i..<min(to, i + 160))
                var k = 0
                if let w = words.first, Self.openers.contains(w.lower), let comma = words.firstIndex(where: { $0.text == "," }), comma < 6 {
                    k = comma + 1
                }
                let np = Array(words[k..<min(words.count, k + 4)])
                // (Indefinite: `The actress recalled`, after `Actress Denise Crosby`, is her.)
                if let d = np.first, ["a", "an", "one", "another"].contains(d.lower), isUnnamedPerson(np),
                   words[(k + 2)...].prefix(10).contains(where: { $0.isWord && (L.verbs.contains($0.lower) || L.irregularPast.contains($0.lower)) }) {
                    return true
                }
            }
            i -= 1
        }
        return false
    }

    /// The tracker's stand-in for a person the article does not name.
    static let unnamed = ""

    /// `a neighbour`, `the senator`, `one trader`: a determiner and, within three words, a
    /// noun for a person.
    private func isUnnamedPerson(_ np: [ClauseToken]) -> Bool {
        guard let first = np.first, L.determiners.contains(first.lower) else { return false }
        return np.dropFirst().prefix(3).contains { $0.isWord && !$0.isCapitalized
            && (L.personNouns.contains($0.lower) || L.titles.contains($0.lower)) }
    }

    func isPronounPhrase(_ np: [ClauseToken]) -> Bool {
        guard let first = np.first else { return false }
        if np.count == 1 { return L.pronouns.contains(first.lower) || L.possessivePronouns.contains(first.lower) }
        // `His post`, `her statement`: the person behind the words (not `his father`).
        return np.count <= 3 && L.possessivePronouns.contains(first.lower)
            && np.dropFirst().allSatisfy { !$0.isCapitalized } && L.utteranceNouns.contains(np.last!.lower)
    }

    private func remember(_ name: String, person: Bool, at offset: Int, in tracker: inout Tracker) {
        if person {
            tracker.people.removeAll { $0.name == name }
            tracker.people.insert((name, offset), at: 0)
        } else {
            tracker.lastOther = name
        }
    }

    /// `a nurse at St Mary's Hospital`, `one resident in Paris`: someone described, not
    /// named; where they are is no speaker. Where the phrase's names may be looked for.
    static func describedSpeakerEnd(_ np: [ClauseToken]) -> Int {
        guard np.count > 3, L.determiners.contains(np[0].lower), np[1].isWord, !np[1].isCapitalized else { return np.count }
        var k = 1
        while k < np.count, np[k].isWord, !np[k].isCapitalized {
            if k > 1, L.locativePrepositions.contains(np[k].lower) { return k }
            k += 1
        }
        return np.count
    }

    /// The name in a speaker phrase: its longest run of capitalised words, titles dropped
    /// (`Microsoft President Brad Smith` -> `Brad Smith`, `The American Civil Liberties
    /// Union` -> `American Civil Liberties Union`). Nil for `one worker`, `the letter`.
    func bestName(in np: [ClauseToken]) -> [ClauseToken]? {
        var runs: [[ClauseToken]] = []
        var k = 0
        while k < np.count {
            if np[k].isWord, np[k].isCapitalized, !L.determiners.contains(np[k].lower), !L.pronouns.contains(np[k].lower) {
                let e = Self.capitalizedRunEnd(np, from: k)
                runs.append(Array(np[k..<e]))
                k = e
            } else {
                k += 1
            }
        }
        var titled: [Bool] = []
        let cleaned: [[ClauseToken]] = runs.flatMap(splitAffiliation).compactMap { run in
            var r = run
            // `When Trump …`, `After Smith …`: a capitalised function word is no name;
            // nor is an occupation opening a sentence (`Immunologist Kristian Andersen`).
            while r.count > 1, let f = r.first, L.clauseBoundaries.contains(f.lower) || Self.openers.contains(f.lower) { r.removeFirst() }
            if r.count >= 3, r[0].lower.hasSuffix("ist") || r[0].lower.hasSuffix("ologist") { r.removeFirst() }
            var hadTitle = false
            if let t = r.lastIndex(where: { L.titles.contains($0.lower) }) {
                // A title inside the run: the name follows it, unless nothing does.
                if t + 1 < r.count { r = Array(r[(t + 1)...]) } else { return nil }
                hadTitle = true
                r = Self.dropOffice(r)
            }
            if !hadTitle, let first = run.first, let i = np.firstIndex(where: { $0.start == first.start }), i > 0,
               L.titles.contains(np[i - 1].lower) {
                hadTitle = true
            }
            while let f = r.first, Self.connectors.contains(f.lower) { r.removeFirst() }
            // A possessive run qualifies another noun (`Tunisia's coach …`).
            if let l = r.last, l.lower.hasSuffix("'s") || l.lower.hasSuffix("’s") { return nil }
            // So does a party or a people before a title (`the Liberal leader`, `the French
            // president`): the holder is someone else, named elsewhere or not at all.
            if r.count == 1, isAffiliationBeforeATitle(r[0], in: np) { return nil }
            // A lone sentence-initial word the article also writes in lower case (`Part of
            // the statement reads`, `Officials said`) is no name.
            if r.count == 1, writesInLowerCase(r[0].lower) { return nil }
            // `I`, `I've`, `I'm` are the speaker talking, not a name.
            if r.count == 1, r[0].lower == "i" || r[0].lower.hasPrefix("i'") || r[0].lower.hasPrefix("i’") { return nil }
            if r.isEmpty { return nil }
            titled.append(hadTitle)
            return r
        }
        // A person's name before an organisation's (`Professor David Wilson of X University`,
        // `X University professor David Wilson`); otherwise the longest, the last of equals.
        if let i = cleaned.indices.first(where: { titled[$0] && Self.isPersonLike(cleaned[$0]) }) { return cleaned[i] }
        if let person = cleaned.first(where: Self.isPersonLike) { return person }
        if let i = cleaned.indices.first(where: { titled[$0] }) { return cleaned[i] }
        return cleaned.max { a, b in a.count < b.count }
    }

    private func isAffiliationBeforeATitle(_ word: ClauseToken, in np: [ClauseToken]) -> Bool {
        guard let i = np.firstIndex(where: { $0.start == word.start }), i > 0, i + 1 < np.count,
              L.determiners.contains(np[i - 1].lower), np[i + 1].isWord, !np[i + 1].isCapitalized,
              L.titles.contains(np[i + 1].lower) || L.personNouns.contains(np[i + 1].lower)
        else { return false }
        return Self.partyWords.contains(word.lower)
            || mentions(overlapping: TextSpan(word.start, word.end)).contains { $0.type == .group || $0.type == .place }
    }

    static let partyWords: Set<String> = ["liberal", "labour", "labor", "conservative", "tory", "republican", "democratic",
                                          "democrat", "green", "socialist", "communist", "nationalist"]

    /// `Jo Anne Van Tilburg of the University of California` is a person and a place of
    /// work: split at a connector when the words before it name no organisation.
    private func splitAffiliation(_ run: [ClauseToken]) -> [[ClauseToken]] {
        guard let c = run.firstIndex(where: { ["of", "for"].contains($0.lower) }), c > 0 else { return [run] }
        let left = Array(run[..<c])
        // `Governor of Washington Chris Gregoire` is an office and a name, left whole here.
        guard !left.contains(where: { L.organizationWords.contains($0.lower) }),
              !L.titles.contains(left.last!.lower) else { return [run] }
        var right = Array(run[(c + 1)...])
        while let f = right.first, Self.connectors.contains(f.lower) { right.removeFirst() }
        return right.isEmpty ? [left] : [left] + splitAffiliation(right)
    }

    /// Two to four capitalised words, none an organisation's or a function word.
    static func isPersonLike(_ run: [ClauseToken]) -> Bool {
        guard (2...5).contains(run.count), run.first!.isCapitalized, run.last!.isCapitalized else { return false }
        return run.allSatisfy { t in
            // `Bill de Blasio`, `Ludwig van Beethoven`
            if !t.isCapitalized { return ["de", "da", "del", "van", "von", "der", "den", "di", "du", "la", "le", "bin"].contains(t.lower) }
            return t.isCapitalized && !L.organizationWords.contains(t.lower) && !L.clauseBoundaries.contains(t.lower)
                && !L.determiners.contains(t.lower) && !L.titles.contains(t.lower)
                && !(t.text.count > 2 && t.text.allSatisfy { $0.isUppercase || !$0.isLetter })
        }
    }

    /// Whether the phrase names a person (`Pradeep Khosla`), not only a place or body.
    func hasPersonName(_ np: [ClauseToken]) -> Bool {
        guard let name = bestName(in: np) else { return false }
        return Self.isPersonLike(name) || name.count == 1 && np.contains { L.titles.contains($0.lower) }
    }

    /// The words after a title that still belong to the office: `of State Corey Stapleton`,
    /// `of Argentina Alberto Fernández` -> the name.
    static func dropOffice(_ run: [ClauseToken]) -> [ClauseToken] {
        var r = run
        if r.count >= 3, let f = r.first, f.lower == "of" || f.lower == "for" {
            // Up to the office's last organisation word (`of the Refugee Council`), or one word.
            if let o = r.lastIndex(where: { L.organizationWords.contains($0.lower) }), o + 1 < r.count {
                r.removeFirst(o + 1)
            } else if r.count >= 4 {
                r.removeFirst(2)
            }
        }
        while r.count > 1, let f = r.first, connectors.contains(f.lower) || L.organizationWords.contains(f.lower) { r.removeFirst() }
        return r
    }

    /// `Smith` -> `Brad Smith`: a person mention whose canonical name ends with the word,
    /// or else the longest capitalised name ending with it in the article, earliest first.
    func expandSurname(_ word: ClauseToken, before offset: Int) -> [ClauseToken]? {
        let w = word.text
        if let canonical = personBySurname[w] {
            return canonical.split(separator: " ").map { part in
                ClauseToken(start: word.start, end: word.end, text: String(part), lower: part.lowercased(), isWord: true)
            }
        }
        return words.fullName(endingWith: w)
    }

    /// A person's gender as the article shows it: a title (`Mr`, `Ms`) before the surname,
    /// or the first `he` or `she` after it before another name comes up. Nil when unclear.
    func gender(of name: String) -> Gender? { words.gender(of: name) }

    /// People the text shows doing something before `offset`, in text order: person
    /// mentions when there are some, else capitalised names that read as a person's.
    func actingPeople(before offset: Int, last limit: Int) -> [(String, Int)] {
        if !mentions.isEmpty {
            // Binary search: the mentions are in text order and do not nest, so their ends are too.
            var lo = 0, hi = actingPersonMentions.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if actingPersonMentions[mid].end <= offset { lo = mid + 1 } else { hi = mid }
            }
            return actingPersonMentions[max(0, lo - limit)..<lo].map { ($0.name, $0.start) }
        }
        let people = words.actingPeople  // in text order
        var lo = 0, hi = people.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if people[mid].1 < offset { lo = mid + 1 } else { hi = mid }
        }
        return Array(people[max(0, lo - limit)..<lo])
    }

    /// Person mentions doing something: followed by a verb (`Smith endorsed`), or by an
    /// apposition and then a verb (`Tedros, the WHO director-general, urged`); or opening a
    /// sentence with an apposition, the sentence's subject (`Michael Makuei, the Information
    /// Minister paid tribute`).
    /// Not in a quotation (`“What will stop Ebola, under professor Muyembe's leadership, is
    /// …”`): what is said there is not the article's narrative.
    static func acting(_ mentions: [EntityMention], in text: [Unicode.Scalar], outside quoted: [Range<Int>] = []) -> [(name: String, start: Int, end: Int)] {
        var q = 0
        /// Where a body or place named from `start` ends (the mentions are in text order).
        func bodyEnd(from start: Int) -> Int? {
            var lo = 0, hi = mentions.count
            while lo < hi { let mid = (lo + hi) / 2; if mentions[mid].span.start < start { lo = mid + 1 } else { hi = mid } }
            guard lo < mentions.count, mentions[lo].span.start == start, mentions[lo].type == .org || mentions[lo].type == .place
            else { return nil }
            return mentions[lo].span.end
        }
        return mentions.filter { m in
            guard m.type == .person else { return false }
            while q < quoted.count, quoted[q].upperBound <= m.span.start { q += 1 }
            if q < quoted.count, quoted[q].contains(m.span.start) { return false }
            // `According to Muyembe, many people …`: the source of what follows.
            if endsWith(text, "according to ", before: m.span.start) { return true }
            var i = m.span.end
            // `James Whitfield of King's College London cautioned`: where they are from.
            for of in [" of ", " of the "] where i + of.unicodeScalars.count < text.count
                && endsWith(text, of, before: i + of.unicodeScalars.count) {
                if let end = bodyEnd(from: i + of.unicodeScalars.count) { i = end; break }
            }
            while i < text.count, QuoteScanner.isSpace(text[i]) { i += 1 }
            if i < text.count, text[i] == "," {
                if opensSentence(m.span.start, in: text) { return true }
                if let after = appositionEnd(in: text, from: i + 1) {
                    i = after
                    // `…, medical director of X, who was not involved in the research, cautioned`
                    if let clause = relativeClauseEnd(in: text, from: i) { i = clause }
                } else if isSetOffByCommas(m, in: text) {
                    // `The mayor of Springfield, Jane Porter, announced`: the name is the
                    // apposition, and the verb after it is the description's and so its.
                    i += 1
                    while i < text.count, QuoteScanner.isSpace(text[i]) { i += 1 }
                }
            }
            var j = i
            while j < text.count, QuoteScanner.isWordScalar(text[j]) { j += 1 }
            guard j > i, QuoteScanner.isLower(text[i]) else { return false }
            let w = Tokenizer.string(text[i..<j])
            return L.verbs.contains(w) || L.auxiliaries.contains(w) || L.irregularPast.contains(w) || w.hasSuffix("ed")
                || (w.hasSuffix("s") && !w.hasSuffix("ss"))
        }.map { (name: $0.canonical, start: $0.span.start, end: $0.span.end) }
    }

    /// Whether a comma comes right before the mention (after the description it renames).
    private static func isSetOffByCommas(_ m: EntityMention, in text: [Unicode.Scalar]) -> Bool {
        var i = m.span.start - 1
        while i >= 0, text[i] == " " { i -= 1 }
        return i >= 0 && text[i] == ","
    }

    private static func opensSentence(_ start: Int, in text: [Unicode.Scalar]) -> Bool {
        var i = start - 1
        while i >= 0, text[i] == " " { i -= 1 }
        return i < 0 || text[i] == "\n" || (text[i] == "." || text[i] == "!" || text[i] == "?") && i < start - 1
    }

    /// `R-S.D.`, `D-N.Y.`, `R-Texas`: the party and state American papers set off by commas
    /// after a member of Congress. Where the word after its closing comma starts, or nil.
    private static func partyLabelEnd(in text: [Unicode.Scalar], from: Int) -> Int? {
        guard from + 3 < text.count, "RDI".unicodeScalars.contains(text[from]), text[from + 1] == "-",
              QuoteScanner.isUpper(text[from + 2]) else { return nil }
        var i = from + 2
        let limit = min(text.count, i + 16)
        while i < limit, QuoteScanner.isWordScalar(text[i]) || text[i] == "." || text[i] == " " { i += 1 }
        guard i < limit, text[i] == "," else { return nil }
        i += 1
        while i < text.count, QuoteScanner.isSpace(text[i]) { i += 1 }
        return i
    }

    /// After the comma at `from - 1`: where the word after a short apposition and its closing
    /// comma starts (`, the WHO director-general, urged`), or nil. The apposition opens in
    /// lower case (not the next name of a list) and stays within its sentence and out of
    /// quotation marks. A party label counts as one (`, R-S.D.,`).
    /// Whether the text just before `offset` is `words`, in any letter case.
    private static func endsWith(_ text: [Unicode.Scalar], _ words: String, before offset: Int) -> Bool {
        let w = Array(words.unicodeScalars)
        guard offset >= w.count else { return false }
        for (k, c) in w.enumerated() {
            let t = text[offset - w.count + k]
            if t != c && !(k == 0 && t.value == c.value - 32) { return false }
        }
        return true
    }

    /// After `who` or `which`, the index past the comma closing that clause.
    private static func relativeClauseEnd(in text: [Unicode.Scalar], from i: Int) -> Int? {
        var j = i
        while j < text.count, QuoteScanner.isWordScalar(text[j]) { j += 1 }
        let w = Tokenizer.string(text[i..<j])
        guard w == "who" || w == "which" else { return nil }
        return appositionEnd(in: text, from: j)
    }

    private static func appositionEnd(in text: [Unicode.Scalar], from: Int) -> Int? {
        var i = from
        while i < text.count, QuoteScanner.isSpace(text[i]) { i += 1 }
        if let end = partyLabelEnd(in: text, from: i) { return end }
        // `Keiko Sato, 67, said`: the age news writing sets off after a name.
        var digits = i
        while digits < text.count, digits - i < 4, ("0"..."9").contains(text[digits]) { digits += 1 }
        if digits > i, digits - i <= 3, digits < text.count, text[digits] == "," {
            var after = digits + 1
            while after < text.count, QuoteScanner.isSpace(text[after]) { after += 1 }
            return after
        }
        guard i < text.count, QuoteScanner.isLower(text[i]) else { return nil }
        let limit = min(text.count, i + 80)
        while i < limit {
            let c = text[i]
            if c == "," { break }
            // (An apostrophe inside a word, `Parkinson's`, is no quotation mark.)
            let apostrophe = i > 0 && i + 1 < text.count && QuoteScanner.isWordScalar(text[i - 1]) && QuoteScanner.isWordScalar(text[i + 1])
            if c == "." || c == "!" || c == "?" || c == ";" || c == "\n" || QuoteScanner.isQuoteMark(c) && !apostrophe { return nil }
            i += 1
        }
        guard i < limit else { return nil }
        i += 1
        while i < text.count, QuoteScanner.isSpace(text[i]) { i += 1 }
        return i
    }
}

