/// Reading reporting clauses: the speaker phrase after a quotation (`“…,” Smith wrote`),
/// before it (`Smith said: “…”`), and the subject of a sentence.
extension SpeakerAttributor {
    // MARK: Clause after the quotation

    func afterClause(_ a: Tokens, quote q: QuoteScanner.Found, leadsIntoNext: Bool) -> Range<Int>? {
        var j = 0
        var sawComma = false
        while j < a.count, !a[j].isWord, [",", "—", "–", "-", "("].contains(a[j].text) {
            if a[j].text == "," { sawComma = true }
            j += 1
        }
        guard j < a.count, a[j].isWord else { return nil }
        // `“… the border.” It also urged the administration …` starts a new sentence, not
        // a reporting clause; `“….” Pelosi said.` (a sloppy full stop) still is one.
        if innerLast(q) == ".", !sawComma, a[j].isCapitalized {
            guard let v = a[j...].firstIndex(where: { $0.isWord && L.verbs.contains($0.lower) }), v - j <= 4 else { return nil }
            let rest = a[(v + 1)...].filter(\.isWord)
            guard rest.isEmpty || rest.count <= 3 || ["in", "on", "at", "to", "during", "after", "before", "of"].contains(rest[0].lower) else { return nil }
        }
        if a[j].lower == "according", j + 1 < a.count, a[j + 1].lower == "to" {
            return forwardPhrase(a, from: j + 2)
        }
        if L.verbs.contains(a[j].lower), !L.isParticiple(a[j].lower), !L.nounLike.contains(a[j].lower) {
            return forwardPhrase(a, from: j + 1)
        }
        if let r = subjectThenVerb(a, from: j) {
            // After a complete sentence (`“…?” Smith said, “…”`) the clause introduces the
            // next quotation; after `“…,”` it closes this one.
            if leadsIntoNext, let last = innerLast(q), ".?!".unicodeScalars.contains(last) { return nil }
            return r
        }
        if let k = a.indices.first(where: { a[$0].lower == "according" && $0 + 1 < a.count && a[$0 + 1].lower == "to" }) {
            return forwardPhrase(a, from: k + 2)
        }
        return nil
    }

    /// `Smith wrote`, `the letter reads`, `one worker said`, `he noted`: a short subject
    /// followed by a reporting verb.
    func subjectThenVerb(_ a: Tokens, from j: Int) -> Range<Int>? {
        var k = j
        var words = 0
        while k < a.count, words <= 12 {
            let t = a[k]
            if !t.isWord {
                // (`'` ends a possessive: `St Thomas' Hospital`.)
                if ![",", "-", "(", ")", "'", "\u{2019}"].contains(t.text) { return nil }
            } else {
                if k > j, isReportingWord(a, k) { break }
                words += 1
            }
            k += 1
        }
        guard k < a.count, a[k].isWord, isReportingWord(a, k), a[k].lower != "according" else { return nil }
        var end = k
        while end > j, a[end - 1].isWord, L.auxiliaries.contains(a[end - 1].lower) { end -= 1 }
        while end > j, !a[end - 1].isWord { end -= 1 }
        guard end > j else { return nil }
        // `She went on to say`, `That is what they say`: a clause, not a subject (words
        // after a comma may be an apposition: `Smith, who was in Paris, said`).
        let beforeComma = a[j..<end].prefix { $0.text != "," }
        // (`one nurse at the hospital told`, `a resident in the area said`: a preposition
        // inside a noun phrase that a determiner opens.)
        let nounPhrase = (L.determiners.contains(a[j].lower) || Self.unnamedSources.contains(a[j].lower))
            && !beforeComma.contains { $0.isWord && L.verbs.contains($0.lower) }
        // (`a source close to the talks`, `people familiar with the matter`: the usual cover
        // for an unnamed source.)
        let inNounPhrase: (Int) -> Bool = { i in
            nounPhrase && (L.nounPhrasePrepositions.contains(a[i].lower)
                           || i > j && a[i].lower == "to" && Self.closeWords.contains(a[i - 1].lower))
        }
        if beforeComma.indices.dropFirst().contains(where: { a[$0].isWord && !a[$0].isCapitalized
            && L.clauseBoundaries.contains(a[$0].lower) && !inNounPhrase($0) }) { return nil }
        let first = a[j]
        // `finance minister Jeremy Hunt said`: a lower-case role before the name it ends with.
        let roleThenName = a[end - 1].isWord && a[end - 1].isCapitalized && a[j..<end].filter(\.isWord).count <= 6
        guard first.isCapitalized || L.determiners.contains(first.lower) || L.pronouns.contains(first.lower) || roleThenName
                || Self.unnamedSources.contains(first.lower) && end - j > 2  // (not a bare `officials said`)
        else { return nil }
        if L.clauseBoundaries.contains(first.lower) && !first.isCapitalized { return nil }
        // `one official, who spoke on condition of anonymity, told`: the verb found was the
        // relative clause's; the subject is what comes before it.
        if end - j >= 3, ["who", "which", "that"].contains(a[end - 1].lower), a[end - 2].text == "," {
            return j..<(end - 2)
        }
        return j..<end
    }

    /// A speaker read forwards from `k`: `said Bolden to the crowd` -> `Bolden`;
    /// `said one employee who signed the letter` keeps its relative clause.
    func forwardPhrase(_ a: Tokens, from k: Int) -> Range<Int>? {
        guard k < a.count, a[k].isWord, !L.forwardBoundaries.contains(a[k].lower),
              !L.clauseBoundaries.contains(a[k].lower) || a[k].isCapitalized else { return nil }
        var end = k
        var inRelative = false
        var words = 0
        while end < a.count, words < 12 {
            let t = a[end]
            if !t.isWord { break }
            if !inRelative {
                if t.lower == "who" || t.lower == "whose" { inRelative = true }
                else if t.lower == "and", end + 1 < a.count, a[end + 1].isCapitalized {
                    // `said study co-author and Royal Society Fellow Jane Doe`
                } else if end > k, !t.isCapitalized, L.forwardBoundaries.contains(t.lower) || L.verbs.contains(t.lower),
                          !(t.lower == "to" && Self.closeWords.contains(a[end - 1].lower)) { break }
            }
            words += 1
            end += 1
        }
        // `said University of California, San Diego's chancellor, Pradeep Khosla`: read on
        // through appositions until a person's name turns up.
        if !names.hasPersonName(Array(a[k..<end])), end < a.count, a[end].text == "," {
            var e = end
            var extra = 0
            while e < a.count, extra < 12, a[e].isWord || a[e].text == "," {
                if a[e].isWord { extra += 1 }
                e += 1
                if names.hasPersonName(Array(a[k..<e])) {
                    // Finish the name: `his father, Abdullah Kurdi`.
                    while e < a.count, a[e].isWord, a[e].isCapitalized { e += 1 }
                    return k..<e
                }
            }
        }
        return k..<end
    }

    // MARK: Clause before the quotation

    func beforeClause(_ b: Tokens, shortQuote: Bool) -> Range<Int>? {
        guard let v = b.indices.last(where: { isReportingWord(b, $0) }) else { return nil }
        // A short quotation (`known as “Super Tuesday”`) needs its verb close by, or the
        // `that` opening the verb's reported clause.
        // (Further off when the quotation ends the reported clause as what something `was`:
        // `Tedros said the spread of a new strain, known as clade Ib, in … was “very worrying”`.)
        // (Not a name given: `the theme of which is “Each for Equal”`.)
        let predicate = b.last.map { Self.copulas.contains($0.lower) } == true && !L.namingVerbs.contains(b[v].lower)
            && !b.suffix(5).contains { Self.namesGiven.contains($0.lower) }
        let reach = predicate ? 30 : 8
        if shortQuote, b[(thatClause(b, after: v) ?? v + 1)...].filter(\.isWord).count > reach { return nil }
        if b[v].lower == "according" { return forwardPhrase(b, from: v + 2) }
        // `a pattern described by Marine Bulletin as “…”` (not `— as reported by X —`)
        if v + 1 < b.count, b[v + 1].lower == "by", v == 0 || b[v - 1].lower != "as" { return forwardPhrase(b, from: v + 2) }
        // `Mark Hay, a marine ecologist at GT, who said “…”`
        if v > 0, ["who", "which", "that"].contains(b[v - 1].lower), v > 1, b[v - 2].text == "," {
            return subjectBefore(b, verb: v - 1)
        }
        // `They released a statement which said “…”`: the statement's author speaks.
        if v > 1, ["which", "that"].contains(b[v - 1].lower), Self.writings.contains(b[v - 2].lower) {
            return sentenceSubject(b)
        }
        if L.isParticiple(b[v].lower) {
            // `…, saying “…”`, `explained the decision saying “…”`: the speaker is the
            // subject of the main reporting verb, or of the clause.
            if let v2 = b[..<v].indices.last(where: { isReportingWord(b, $0) && !L.isParticiple(b[$0].lower) }),
               b[v2].lower != "according", let r = subjectBefore(b, verb: v2) {
                return r
            }
            if v > 0, b[v - 1].text == "," { return subjectOfLastClause(b, before: v) ?? sentenceSubject(b) }
            // `Sunak defended the record whilst promising “…”`, `each side will attack them
            // saying “…”`: the one doing the main clause's deed.
            if v > 0, ["while", "whilst", "when", "after", "before", "by"].contains(b[v - 1].lower)
                || ["them", "him", "her", "us", "me"].contains(b[v - 1].lower) {
                return sentenceSubject(b)
            }
        }
        // `Erdoğan cited Article 5 … and said, “…”`, `He went on to add`, `… told Al Jazeera
        // that … but accused Israel of “…”`: the subject of the first verb.
        if v > 0, ["and", "but", "then", "to"].contains(b[v - 1].lower), let r = sentenceSubject(b) { return r }
        if let r = subjectBefore(b, verb: v) { return r }
        // `Said Smith: “…”`
        return b[..<v].contains(where: \.isWord) ? nil : forwardPhrase(b, from: v + 1)
    }

    static let copulas: Set<String> = ["was", "is", "were", "are", "be", "been", "remained", "remains"]
    static let namesGiven: Set<String> = ["theme", "slogan", "motto", "title", "name", "nickname", "hashtag", "called", "named"]

    /// Where the reported clause of the verb at `v` starts: a `that` a few words after it
    /// (`told investors on a conference call that the repairs were “a one-off”`), or a
    /// later `and that` continuing it (`… and that the company remained “sound”`). Not a
    /// question's clause (`asked officials how documents …`) nor a relative `that` (`documents
    /// that are supposed to be stored in “…”`).
    func thatClause(_ b: Tokens, after v: Int) -> Int? {
        var words = 0
        var found: Int? = nil
        for k in (v + 1)..<b.count where b[k].isWord {
            if found == nil, Self.questionWords.contains(b[k].lower) { return nil }
            if b[k].lower == "that", k + 1 < b.count, !Self.startsAPredicate(b[k + 1].lower) {
                if found == nil, words <= 6 { found = k }
                else if found != nil, b[k - 1].lower == "and" { found = k }
            }
            words += 1
            if found == nil, words > 6 { return nil }
        }
        return found
    }

    static let passiveMarkers: Set<String> = ["was", "were", "is", "are", "be", "been", "being", "get", "got", "gets", "getting", "stands", "stood"]
    static let passiveAdverbs: Set<String> = ["also", "falsely", "wrongly", "repeatedly", "previously", "publicly", "formally", "not", "never"]

    static let questionWords: Set<String> = ["how", "why", "whether", "what", "who", "when", "where", "if"]

    private static func startsAPredicate(_ word: String) -> Bool {
        L.auxiliaries.contains(word) || L.irregularPast.contains(word) || L.copulasAndModals.contains(word)
    }

    func isReportingWord(_ b: Tokens, _ i: Int) -> Bool {
        guard b[i].isWord else { return false }
        if b[i].lower == "according" { return i + 1 < b.count && b[i + 1].lower == "to" }
        guard L.verbs.contains(b[i].lower) else { return false }
        // `the alleged “hit list”`: an adjective.
        if b[i].lower == "alleged", i > 0, L.determiners.contains(b[i - 1].lower) || L.possessivePronouns.contains(b[i - 1].lower) {
            return false
        }
        // `was accused of “misconduct”`, `the accused`: the one accused says nothing.
        if b[i].lower == "accused" {
            var k = i - 1
            while k >= 0, b[k].isWord, Self.passiveAdverbs.contains(b[k].lower) { k -= 1 }
            if k < 0 || Self.passiveMarkers.contains(b[k].lower) || L.determiners.contains(b[k].lower) { return false }
        }
        // `his remarks`, `the claims`: nouns unless a name or pronoun stands before them.
        if L.nounLike.contains(b[i].lower) {
            if namingVerbAfterApposition(b, i) { return true }
            // `…, calling current plans “woefully inadequate”`: a participle opening a clause.
            if i > 0, b[i - 1].text == ",", L.isParticiple(b[i].lower) { return true }
            // `was described by the CBCP as “…”`: a passive with its agent.
            if L.namingVerbs.contains(b[i].lower), i + 2 < b.count, b[i + 1].lower == "by", b[i + 2].isWord { return true }
            guard i > 0, b[i - 1].isWord else { return false }
            let prev = b[i - 1].lower
            let singular = prev.hasSuffix("s") ? String(prev.dropLast()) : prev
            // `Smith calls`, `she claims`, `the study reports` (not `his remarks`)
            return b[i - 1].isCapitalized || L.pronouns.contains(prev)
                || (Self.reportingDocuments.contains(singular) && !L.determiners.contains(prev))
                || (L.personNouns.contains(singular) && !L.determiners.contains(prev))
                // `Israel's foreign ministry called it “…”`, `the company calls them “…”`
                || Self.bodies.contains(singular) && L.namingVerbs.contains(b[i].lower) && isDefinite(b, noun: i - 1)
        }
        return true
    }

    /// A verb of naming right after an apposition that names its subject (`The Sinn Féin
    /// leader, Mary Lou McDonald, called it “…”`) or follows it (`Biden, while campaigning in
    /// Michigan, called it “…”`); not after a thing named (`a tool, Rekognition, called “…”`).
    private func namingVerbAfterApposition(_ b: Tokens, _ i: Int) -> Bool {
        guard i >= 3, b[i - 1].text == ",", L.namingVerbs.contains(b[i].lower),
              let c = b[..<(i - 1)].lastIndex(where: { $0.text == "," }), c + 1 < i - 1 else { return false }
        let apposition = Array(b[(c + 1)..<(i - 1)])
        if apposition.allSatisfy({ $0.isWord && $0.isCapitalized || $0.text == "-" }), names.hasPersonName(apposition) { return true }
        // (`The ministry has, in a statement, called on`: an auxiliary before the comma.)
        var p = c - 1
        while p > 0, b[p].isWord, L.auxiliaries.contains(b[p].lower) { p -= 1 }
        guard p >= 0, b[p].isWord, Self.startsLowerCase(apposition[0]) else { return false }
        if b[p].isCapitalized { return true }
        // `The AfD party, which came second, called the deal “…”`: a body named before its noun.
        let noun = b[p].lower.hasSuffix("s") ? String(b[p].lower.dropLast()) : b[p].lower
        return Self.bodies.contains(noun) && p > 0 && (b[p - 1].isWord && b[p - 1].isCapitalized || b[p - 1].text == ")")
    }

    /// The subject read backwards from a verb: `Microsoft President Brad Smith said`,
    /// `John Smith, the CEO of X, said`, `employees said`.
    func subjectBefore(_ b: Tokens, verb v: Int) -> Range<Int>? {
        var k = skipParenthesis(b, v - 1)
        while k >= 0, b[k].isWord, L.auxiliaries.contains(b[k].lower) { k -= 1 }
        k = skipTimePhrase(b, k)
        while k >= 0, b[k].isWord, L.auxiliaries.contains(b[k].lower) { k -= 1 }
        k = skipParenthesis(b, k)
        guard k >= 0 else { return nil }
        if b[k].text == "," {
            // Apposition: `John Smith, the CEO of X, said`, `Professor Greg Barton, Chair
            // in … at Deakin University, said`: the whole phrase between the commas and the
            // name before it.
            var start = k
            var words = 0
            while start > 0, words < 20 {
                let t = b[start - 1]
                if !t.isWord && t.text != "(" && t.text != ")" && t.text != "-" && t.text != "&" { break }
                if t.isWord { words += 1 }
                start -= 1
            }
            guard start < k, b[start..<k].contains(where: \.isWord) else { return nil }
            // `The union, in a letter to members, said`, `The ministry has, in a statement,
            // called on`: where or how it spoke is no part of who it is.
            if start > 1, b[start - 1].text == ",", b[start].isWord, Self.startsLowerCase(b[start]),
               Self.mediumPrepositions.contains(b[start].lower) {
                var e = start - 2
                while e >= 0, b[e].isWord, L.auxiliaries.contains(b[e].lower) { e -= 1 }
                return phraseBackwards(b, end: e)
            }
            if start > 0, b[start - 1].text == ",", var g = phraseBackwards(b, end: skipParenthesis(b, start - 2)) {
                // `Anderson Cooper, of CNN, one of her sons, stated`: a phrase that opens
                // with a preposition belongs to the name before its comma.
                // So does an age (`Jane Doe, 42, who has lived here for decades, said`).
                var hops = 0
                while hops < 2, g.lowerBound > 1, b[g.lowerBound - 1].text == ",", b[g.lowerBound].isWord,
                      !b[g.lowerBound].isCapitalized, ["of", "from", "at", "with", "for"].contains(b[g.lowerBound].lower)
                        || g.count == 1 && b[g.lowerBound].text.allSatisfy(\.isNumber),
                      let before = phraseBackwards(b, end: skipParenthesis(b, g.lowerBound - 2)) {
                    g = before.lowerBound..<g.upperBound
                    hops += 1
                }
                return g.lowerBound..<k
            }
            return start..<k
        }
        return phraseBackwards(b, end: k)
    }

    static let mediumPrepositions: Set<String> = ["in", "on", "via", "through", "during", "speaking", "writing"]

    /// Index before a time phrase ending at `k` that stands between a subject and its verb
    /// (`López Obrador on Tuesday criticized`, `Smith last week said`, `she on Monday
    /// night told`).
    func skipTimePhrase(_ b: Tokens, _ k0: Int) -> Int {
        var k = k0
        guard k >= 1, b[k].isWord else { return k }
        if L.partsOfDay.contains(b[k].lower), L.weekdays.contains(b[k - 1].lower) { k -= 1 }
        let word = b[k].lower
        if L.weekdays.contains(word) {
            k -= 1
        } else if ["week", "month", "year", "weekend"].contains(word), ["last", "this"].contains(b[k - 1].lower) {
            return k - 2
        } else if ["yesterday", "today", "tonight"].contains(word) {
            return k - 1
        } else {
            return k0
        }
        if k >= 0, ["on", "last", "this"].contains(b[k].lower) { k -= 1 }
        return k
    }

    /// Index before a parenthesis ending at `k` (`Mike Ryan of the WHO (World …) told`).
    func skipParenthesis(_ b: Tokens, _ k: Int) -> Int {
        guard k >= 0, b[k].text == ")" else { return k }
        var j = k - 1
        while j >= 0, b[j].text != "(" { j -= 1 }
        return j >= 0 ? j - 1 : k
    }

    func phraseBackwards(_ b: Tokens, end: Int) -> Range<Int>? {
        guard end >= 0, end < b.count, b[end].isWord, !L.verbs.contains(b[end].lower) else { return nil }
        // A pronoun is the whole subject (`any questions they ask` is `they`).
        if L.pronouns.contains(b[end].lower) { return end..<(end + 1) }
        // `Smith argued, and later said`: a boundary word is no speaker.
        if L.clauseBoundaries.contains(b[end].lower) && !b[end].isCapitalized { return nil }
        var start = end
        var words = 1
        while start > 0, words < 10 {
            let t = b[start - 1]
            // `The Alternative for Germany (AfD) party`: an acronym in brackets inside the phrase.
            if t.text == ")", start >= 4, b[start - 3].text == "(", b[start - 2].isWord, b[start - 2].isCapitalized,
               b[start - 4].isWord, b[start - 4].isCapitalized {
                start -= 3
                continue
            }
            guard t.isWord, !L.verbs.contains(t.lower) else { break }
            // `Research and Education`: `and` between two capitalised words joins a name.
            if t.lower == "and", start >= 2, b[start].isCapitalized, b[start - 2].isCapitalized {
                start -= 1
                words += 1
                continue
            }
            if L.clauseBoundaries.contains(t.lower) {
                // `a source within the Interior Ministry`, `a spokesman for the company`
                let left = start >= 2 ? b[start - 2].lower : ""
                let singular = left.hasSuffix("s") ? String(left.dropLast()) : left
                guard ["in", "within", "at", "from", "with", "for", "on"].contains(t.lower),
                      L.personNouns.contains(singular) || L.titles.contains(singular) || singular == "source" else { break }
            }
            // `the company issued a statement saying`: a lower-case -ed word is a verb
            // unless a determiner stands before it (`a retired teacher`).
            if !t.isCapitalized, t.lower.hasSuffix("ed"),
               start < 2 || !L.determiners.contains(b[start - 2].lower) { break }
            start -= 1
            words += 1
        }
        // `The next day on Twitter West accused his wife of “…”`: the platform is where, not who.
        if start > 0, start < end, Self.mediumPrepositions.contains(b[start - 1].lower), Self.platforms.contains(b[start].lower) {
            start += 1
        }
        return start..<(end + 1)
    }

    static let closeWords: Set<String> = ["close", "closer", "closest"]
    /// Plural nouns that open a phrase for people not named (`people familiar with the matter`).
    static let unnamedSources: Set<String> = ["people", "sources", "officials", "diplomats", "aides", "insiders", "analysts"]

    static let platforms: Set<String> = ["twitter", "facebook", "instagram", "tiktok", "youtube", "linkedin", "telegram",
                                         "threads", "bluesky", "weibo", "reddit", "snapchat", "whatsapp", "x"]

    /// `Macron welcomed it, but Dick Schoof was more cautious, telling NOS that …`: the
    /// subject of the clause after the last `, but` (or `while`, `whereas`, `yet`) before
    /// the participle at `v`, or nil when there is no such clause.
    private func subjectOfLastClause(_ b: Tokens, before v: Int) -> Range<Int>? {
        guard let c = b[..<v].indices.last(where: { $0 > 0 && b[$0 - 1].text == "," && Self.contrastWords.contains(b[$0].lower) }),
              let r = sentenceSubject(Array(b[(c + 1)..<v]))
        else { return nil }
        return (r.lowerBound + c + 1)..<(r.upperBound + c + 1)
    }

    /// Whether the noun at `noun` names a known one (`the campaign`, `Israel's foreign ministry`,
    /// `the Biden campaign`), not any (`a sex workers' group called “…”`, which names the group).
    private func isDefinite(_ b: Tokens, noun: Int) -> Bool {
        var k = noun - 1
        while k >= 0, noun - k <= 3, b[k].isWord, !b[k].isCapitalized, b[k].lower != "the" { k -= 1 }
        return k >= 0 && b[k].isWord && (b[k].lower == "the" || b[k].isCapitalized)
    }

    /// Nouns for a body that can judge something in words (`the ministry called it “…”`).
    private static let bodies = SpeakerNames.bodyNouns.union(["government", "council", "court", "office", "campaign",
                                                              "police", "administration", "embassy", "military", "army"])

    /// Documents that report or claim in their own right (`the study reports`, `a survey claims`).
    private static let reportingDocuments: Set<String> = ["study", "report", "survey", "paper", "statement", "letter",
                                                          "lawsuit", "complaint", "filing", "poll"]

    /// Writings whose author speaks through them (`a statement which said “…”`).
    private static let writings: Set<String> = ["statement", "letter", "report", "post", "tweet", "message", "note",
                                                "release", "email", "notice", "filing", "memo"]

    private static let contrastWords: Set<String> = ["but", "while", "whereas", "yet"]

    /// `PARIS —`, `CANBERRA, Australia —`, `LONDON, Nov 18 (Reuters) -`: the dateline opening a
    /// wire story's first sentence, a place in capitals and what qualifies it up to a dash.
    /// Where the sentence starts after it, or nil.
    static func end(ofDatelineAt k: Int, in b: Tokens) -> Int? {
        let place = b[k].text.unicodeScalars
        guard place.count >= 2, place.allSatisfy({ QuoteScanner.isUpper($0) || $0 == "." }) else { return nil }
        var j = k + 1
        while j < b.count, j - k <= 10 {
            let t = b[j].text
            if t == "\u{2014}" || t == "\u{2013}" || t == "-" || t == "--" { return j + 1 }
            guard !b[j].isWord ? [",", "(", ")", "."].contains(t) : b[j].isCapitalized || t.unicodeScalars.allSatisfy({ $0.properties.numericType != nil })
            else { return nil }
            j += 1
        }
        return nil
    }

    /// The subject at the start of a sentence, after any opening phrase up to a comma:
    /// `After backlash …, the company issued a statement` -> `the company`.
    func sentenceSubject(_ b: Tokens) -> Range<Int>? {
        var k = 0
        while k < b.count, !b[k].isWord { k += 1 }
        guard k < b.count else { return nil }
        if let after = Self.end(ofDatelineAt: k, in: b) {
            k = after
            while k < b.count, !b[k].isWord { k += 1 }
            guard k < b.count else { return nil }
        }
        if SpeakerNames.openers.contains(b[k].lower) {
            let comma = b[k...].firstIndex(where: { $0.text == "," })
            // `In the filing itself Ford also made this point, writing “…”`: no comma closes the
            // opening phrase, so the subject is inside the clause, before its verb.
            if comma.map({ $0 + 1 < b.count && b[$0 + 1].isWord && Self.startsLowerCase(b[$0 + 1])
                && !L.determiners.contains(b[$0 + 1].lower) && !L.pronouns.contains(b[$0 + 1].lower) }) ?? true {
                return subjectInsideOpeningPhrase(b, from: k + 1, to: comma ?? b.count)
            }
            guard let comma else { return nil }
            k = comma + 1
            while k < b.count, !b[k].isWord { k += 1 }
            guard k < b.count else { return nil }
        }
        let start = k
        /// `A senior Hamas official, Khalil al-Hayya,`: after a body's name, the person noun
        /// it qualifies, and the name set off beside it.
        func personNounAndName(after e: Int) -> Int? {
            guard e < b.count, b[e].isWord, L.personNouns.contains(b[e].lower) || L.titles.contains(b[e].lower) else { return nil }
            var end = e + 1
            if end + 2 < b.count, b[end].text == ",", b[end + 1].isCapitalized {
                let name = SpeakerNames.capitalizedRunEnd(b, from: end + 1)
                if name < b.count, b[name].text == "," { end = name }
            }
            return end
        }
        if L.determiners.contains(b[k].lower) || L.possessivePronouns.contains(b[k].lower) {
            k += 1
            if k < b.count, b[k].isCapitalized {
                k = SpeakerNames.capitalizedRunEnd(b, from: k)
                if let e = personNounAndName(after: k) { k = e }
            } else {
                var n = 0
                while k < b.count, n < 2, b[k].isWord, !b[k].isCapitalized,
                      !(b[k].lower == "of" && k + 1 < b.count && b[k + 1].isCapitalized),
                      !L.clauseBoundaries.contains(b[k].lower), !L.verbs.contains(b[k].lower),
                      !L.auxiliaries.contains(b[k].lower), !(b[k].lower.hasSuffix("ed") && n > 0) {
                    k += 1
                    n += 1
                    if n == 1, k < b.count, b[k].lower.hasSuffix("ed") || b[k].lower.hasSuffix("s") && !b[k - 1].lower.hasSuffix("s") { break }
                }
                if k > start + 1, k < b.count, b[k].isCapitalized,
                   let e = personNounAndName(after: SpeakerNames.capitalizedRunEnd(b, from: k)) {
                    k = e
                }
                // `The government of American Samoa`, and the name beside it: `The mayor of
                // London, Sadiq Khan, gave`.
                if k > start + 1, k + 1 < b.count, b[k].lower == "of", b[k + 1].isCapitalized {
                    k = SpeakerNames.capitalizedRunEnd(b, from: k + 1)
                    if k + 2 < b.count, b[k].text == ",", b[k + 1].isCapitalized {
                        let name = SpeakerNames.capitalizedRunEnd(b, from: k + 1)
                        if name < b.count, b[name].text == "," { k = name }
                    }
                }
            }
        } else if b[k].isCapitalized {
            k = SpeakerNames.capitalizedRunEnd(b, from: k)
            // `Former CIA deputy director Michael Morell`: titles between capitalised words.
            var t = k
            while t < b.count, b[t].isWord, !b[t].isCapitalized, L.titles.contains(b[t].lower) || L.titleModifiers.contains(b[t].lower) { t += 1 }
            if t > k, t < b.count, b[t].isCapitalized, L.titles.contains(b[t - 1].lower) {
                k = SpeakerNames.capitalizedRunEnd(b, from: t)
            }
            // `Smith's statement`
            if k < b.count, b[k - 1].lower.hasSuffix("'s") || b[k - 1].lower.hasSuffix("’s"), b[k].isWord, !b[k].isCapitalized {
                k += 1
            }
        } else if L.pronouns.contains(b[k].lower) {
            k += 1
        }
        return k > start ? start..<k : nil
    }

    /// The first capitalised run in `from..<to` that a verb or an auxiliary follows (`Ford`
    /// of `In the filing itself Ford also made`), or nil.
    private func subjectInsideOpeningPhrase(_ b: Tokens, from: Int, to: Int) -> Range<Int>? {
        var j = from
        while j < to {
            guard b[j].isWord, b[j].isCapitalized else { j += 1; continue }
            let e = SpeakerNames.capitalizedRunEnd(b, from: j)
            if e < to, b[e].isWord, L.auxiliaries.contains(b[e].lower) || L.verbs.contains(b[e].lower)
                || L.irregularPast.contains(b[e].lower) || Self.startsLowerCase(b[e]) && b[e].lower.hasSuffix("ed") {
                return j..<e
            }
            j = e
        }
        return nil
    }

    /// Without a reporting verb, a sentence's subject is taken as the speaker only when the
    /// quotation is introduced by a colon, or the subject is a name or someone's words
    /// (`His post called for … “…”`): not for `They're “like …”`.
    func subjectMayBeSpeaker(_ np: [ClauseToken], colon: Bool) -> Bool {
        guard let first = np.first else { return false }
        if first.lower.contains("'") || first.lower.contains("’") { return false }
        if colon { return true }
        if names.isPronounPhrase(np) && np.count > 1 { return true }
        return names.hasPersonName(np)
    }

    /// A quotation that opens its sentence with no clause of its own: introduced by the
    /// paragraph before when that ends with a colon (`Smith said:`), or by the sentence
    /// before when its subject is a person (`Smith was blunt. “This is bad.”`).
    func introduction(to q: QuoteScanner.Found, para: Int, lo: Int) -> Tokens? {
        if q.span.lowerBound == paragraphs[para].lowerBound {
            guard para > 0 else { return nil }
            let prev = paragraphs[para - 1]
            guard text[prev.upperBound - 1] == ":" else { return nil }
            let b = quickSentenceTail(prev) ?? sentenceTail(ClauseTokenizer.tokens(text, prev))
            if let r = beforeClause(b, shortQuote: false), acceptable(b[r]) { return Array(b[r]) }
            if let r = sentenceSubject(b) { return Array(b[r]) }
            return nil
        }
        var t = ClauseTokenizer.tokens(text, lo..<q.span.lowerBound)
        guard let end = t.lastIndex(where: \.endsSentence) else { return nil }
        t = sentenceTail(Array(t[..<end]))
        guard let r = sentenceSubject(t) else { return nil }
        let np = Array(t[r])
        let isPerson = names.hasPersonName(np) || (np.count == 1 && ["he", "she"].contains(np[0].lower))
        return isPerson ? np : nil
    }
}
