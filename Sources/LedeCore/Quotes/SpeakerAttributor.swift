/// Finds who said each quotation of one article, from the reporting clause after it
/// (`“…,” Smith wrote`, `“…,” said one employee who…`), before it (`He said: “…”`,
/// `employees said they were “dismayed”`, `according to X`), or from the quotation it
/// continues. Returns nil rather than a guess when no clause names anyone.
struct SpeakerAttributor {
    struct Attribution: Equatable {
        var speaker: String
        var span: TextSpan
        var entity: String?
        /// Found in the clause right after its quotation (`“…,” Smith said.`), so a quotation
        /// that follows in the same paragraph continues it.
        var fromClauseAfter = false
    }

    let text: [Unicode.Scalar]
    let paragraphs: [Range<Int>]
    let names: SpeakerNames

    init(text: [Unicode.Scalar], paragraphs: [Range<Int>], mentions: [EntityMention]) {
        self.text = text
        self.paragraphs = paragraphs
        self.names = SpeakerNames(text: text, paragraphs: paragraphs, mentions: mentions)
    }

    typealias Tokens = [ClauseToken]
    typealias L = ReportingLexicon

    func attribute(_ quotes: [QuoteScanner.Found]) -> [Attribution?] {
        var result: [Attribution?] = []
        var tracker = SpeakerNames.Tracker()
        for (i, q) in quotes.enumerated() {
            let para = paragraphIndex(of: q.span.lowerBound)
            let lastPara = paragraphIndex(of: q.span.upperBound - 1)
            var lo = paragraphs[para].lowerBound
            if i > 0, quotes[i - 1].span.upperBound > lo { lo = quotes[i - 1].span.upperBound }
            var hi = paragraphs[lastPara].upperBound
            var nextQuoteFollows = false
            if i + 1 < quotes.count, quotes[i + 1].span.lowerBound < hi {
                hi = quotes[i + 1].span.lowerBound
                nextQuoteFollows = true
            }
            let before = sentenceBefore(i, quotes: quotes, para: para)
            let afterAll = ClauseTokenizer.tokens(text, q.span.upperBound..<hi)
            let after = sentenceHead(afterAll)
            // `“…?” Vatican archbishop Charles Scicluna said, “…”`: a clause that leads into
            // the next quotation belongs to it.
            let leadsIntoNext = nextQuoteFollows && after.count == afterAll.count
                && (":,".contains(afterAll.last?.text ?? "") || afterAll.last?.isWord == true)

            var np: Range<Int>? = nil  // token range in `after` or `before`
            var npTokens: Tokens = []
            var viaAfter = false
            if let r = afterClause(after, quote: q, leadsIntoNext: leadsIntoNext), acceptable(after[r]) {
                np = r; npTokens = after; viaAfter = true
            } else if let r = beforeClause(before, shortQuote: wordCount(q) <= 3), acceptable(before[r]) {
                np = r; npTokens = before
            }
            if let r = np, !r.isEmpty {
                let toks = Array(npTokens[r])
                let span = TextSpan(toks.first!.start, toks.last!.end)
                let speaker = String(String.UnicodeScalarView(text[span.start..<span.end]))
                let entity = names.resolve(toks, at: q.span.lowerBound, tracker: &tracker)
                result.append(Attribution(speaker: speaker, span: span, entity: entity, fromClauseAfter: viaAfter))
                continue
            }
            if let inherited = inherit(i, quotes: quotes, result: result, para: para) {
                result.append(inherited)
                continue
            }
            var fallback: Tokens? = nil
            if wordCount(q) >= 4, let r = sentenceSubject(before), !r.isEmpty,
               subjectMayBeSpeaker(Array(before[r]), colon: before.last?.text == ":") {
                fallback = Array(before[r])
            } else if wordCount(q) >= 4, before.isEmpty {
                fallback = introduction(to: q, para: para, lo: lo)
            }
            if let toks = fallback, !toks.isEmpty {
                let span = TextSpan(toks.first!.start, toks.last!.end)
                let speaker = String(String.UnicodeScalarView(text[span.start..<span.end]))
                let entity = names.resolve(toks, at: q.span.lowerBound, tracker: &tracker)
                result.append(Attribution(speaker: speaker, span: span, entity: entity))
                continue
            }
            result.append(nil)
        }
        return result
    }

    /// `That said, …` and other words that are no speaker.
    func acceptable(_ np: ArraySlice<ClauseToken>) -> Bool {
        guard let first = np.first else { return false }
        if np.count == 1, ["that", "this", "which", "what", "there", "here", "so"].contains(first.lower) { return false }
        return true
    }

    // MARK: Context

    func paragraphIndex(of offset: Int) -> Int {
        var lo = 0, hi = paragraphs.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if paragraphs[mid].lowerBound <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// The sentence up to quotation `i`, earlier quotations in it standing as one
    /// placeholder token each (so `Smith said “A” and “B”` reads `Smith said ▯ and`).
    func sentenceBefore(_ i: Int, quotes: [QuoteScanner.Found], para: Int) -> Tokens {
        let start = paragraphs[para].lowerBound
        var toks: Tokens = []
        var pos = start
        var j = i - 1
        while j >= 0, quotes[j].span.upperBound > start { j -= 1 }
        for p in quotes[(j + 1)..<i] {
            if p.span.lowerBound < start { pos = max(pos, p.span.upperBound); continue }
            toks += ClauseTokenizer.tokens(text, pos..<p.span.lowerBound)
            toks.append(ClauseToken(start: p.span.lowerBound, end: p.span.upperBound, text: "\u{201C}\u{201D}",
                                    lower: "\u{201C}\u{201D}", isWord: false))
            pos = p.span.upperBound
        }
        toks += ClauseTokenizer.tokens(text, pos..<quotes[i].span.lowerBound)
        return sentenceTail(toks)
    }

    /// The tokens after the last sentence end.
    func sentenceTail(_ t: Tokens) -> Tokens {
        guard let last = t.lastIndex(where: \.endsSentence) else { return t }
        return Array(t[(last + 1)...])
    }

    /// The tokens before the first sentence end.
    func sentenceHead(_ t: Tokens) -> Tokens {
        guard let first = t.firstIndex(where: \.endsSentence) else { return t }
        return Array(t[..<first])
    }

    func wordCount(_ q: QuoteScanner.Found) -> Int {
        var n = 0
        for piece in q.pieces {
            var inWord = false
            for i in piece {
                let w = QuoteScanner.isWordScalar(text[i])
                if w && !inWord { n += 1 }
                // Apostrophes and hyphens inside a word do not start a new one.
                inWord = w || (inWord && (text[i] == "'" || text[i] == "\u{2019}" || text[i] == "-"))
            }
        }
        return n
    }

    /// The last non-space character inside the quotation.
    func innerLast(_ q: QuoteScanner.Found) -> Unicode.Scalar? {
        guard let piece = q.pieces.last else { return nil }
        var e = piece.upperBound
        while e > piece.lowerBound {
            let s = text[e - 1]
            // `victims[.]”`: an editor's bracket still ends the sentence inside.
            if !QuoteScanner.isSpace(s) && !QuoteScanner.isSingleMark(s) && s != "]" && s != ")" { return s }
            e -= 1
        }
        return nil
    }

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
                if t.text != "," && t.text != "-" && t.text != "(" && t.text != ")" { return nil }
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
        if beforeComma.dropFirst().contains(where: { $0.isWord && !$0.isCapitalized && L.clauseBoundaries.contains($0.lower) }) { return nil }
        let first = a[j]
        guard first.isCapitalized || L.determiners.contains(first.lower) || L.pronouns.contains(first.lower) else { return nil }
        if L.clauseBoundaries.contains(first.lower) && !first.isCapitalized { return nil }
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
                } else if end > k, !t.isCapitalized, L.forwardBoundaries.contains(t.lower) || L.verbs.contains(t.lower) { break }
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
        // A short quotation (`known as “Super Tuesday”`) needs its verb close by.
        if shortQuote, b[(v + 1)...].filter(\.isWord).count > 8 { return nil }
        if b[v].lower == "according" { return forwardPhrase(b, from: v + 2) }
        // `a pattern described by Marine Bulletin as “…”` (not `— as reported by X —`)
        if v + 1 < b.count, b[v + 1].lower == "by", v == 0 || b[v - 1].lower != "as" { return forwardPhrase(b, from: v + 2) }
        // `Mark Hay, a marine ecologist at GT, who said “…”`
        if v > 0, ["who", "which", "that"].contains(b[v - 1].lower), v > 1, b[v - 2].text == "," {
            return subjectBefore(b, verb: v - 1)
        }
        if L.isParticiple(b[v].lower) {
            // `…, saying “…”`, `explained the decision saying “…”`: the speaker is the
            // subject of the main reporting verb, or of the clause.
            if let v2 = b[..<v].indices.last(where: { isReportingWord(b, $0) && !L.isParticiple(b[$0].lower) }),
               b[v2].lower != "according", let r = subjectBefore(b, verb: v2) {
                return r
            }
            if v > 0, b[v - 1].text == "," { return sentenceSubject(b) }
        }
        if let r = subjectBefore(b, verb: v) { return r }
        // `Erdoğan cited Article 5 … and said, “…”`, `He went on to add`: the subject of
        // the first verb.
        if v > 0, ["and", "but", "then", "to"].contains(b[v - 1].lower) { return sentenceSubject(b) }
        // `Said Smith: “…”`
        return b[..<v].contains(where: \.isWord) ? nil : forwardPhrase(b, from: v + 1)
    }

    func isReportingWord(_ b: Tokens, _ i: Int) -> Bool {
        guard b[i].isWord else { return false }
        if b[i].lower == "according" { return i + 1 < b.count && b[i + 1].lower == "to" }
        guard L.verbs.contains(b[i].lower) else { return false }
        // `his remarks`, `the claims`: nouns unless a name or pronoun stands before them.
        if L.nounLike.contains(b[i].lower) {
            guard i > 0, b[i - 1].isWord else { return false }
            let prev = b[i - 1].lower
            let singular = prev.hasSuffix("s") ? String(prev.dropLast()) : prev
            // `Smith calls`, `she claims`, `the study reports` (not `his remarks`)
            return b[i - 1].isCapitalized || L.pronouns.contains(prev)
                || (["study", "report", "survey", "paper", "statement", "letter", "lawsuit", "complaint", "filing", "poll"].contains(singular)
                    && !L.determiners.contains(prev))
                || (L.personNouns.contains(singular) && !L.determiners.contains(prev))
        }
        return true
    }

    /// The subject read backwards from a verb: `Microsoft President Brad Smith said`,
    /// `John Smith, the CEO of X, said`, `employees said`.
    func subjectBefore(_ b: Tokens, verb v: Int) -> Range<Int>? {
        var k = skipParenthesis(b, v - 1)
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
            if start > 0, b[start - 1].text == ",", let g = phraseBackwards(b, end: skipParenthesis(b, start - 2)) {
                return g.lowerBound..<k
            }
            return start..<k
        }
        return phraseBackwards(b, end: k)
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
        // `Smith argued, and later said`: a boundary word is no speaker.
        if L.clauseBoundaries.contains(b[end].lower) && !b[end].isCapitalized { return nil }
        var start = end
        var words = 1
        while start > 0, words < 10 {
            let t = b[start - 1]
            guard t.isWord, !L.verbs.contains(t.lower) else { break }
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
        return start..<(end + 1)
    }

    /// The subject at the start of a sentence, after any opening phrase up to a comma:
    /// `After backlash …, the company issued a statement` -> `the company`.
    func sentenceSubject(_ b: Tokens) -> Range<Int>? {
        var k = 0
        while k < b.count, !b[k].isWord { k += 1 }
        guard k < b.count else { return nil }
        if SpeakerNames.openers.contains(b[k].lower) {
            guard let comma = b[k...].firstIndex(where: { $0.text == "," }) else { return nil }
            k = comma + 1
            while k < b.count, !b[k].isWord { k += 1 }
            guard k < b.count else { return nil }
        }
        let start = k
        if L.determiners.contains(b[k].lower) || L.possessivePronouns.contains(b[k].lower) {
            k += 1
            if k < b.count, b[k].isCapitalized {
                k = SpeakerNames.capitalizedRunEnd(b, from: k)
            } else {
                var n = 0
                while k < b.count, n < 2, b[k].isWord, !b[k].isCapitalized,
                      !L.clauseBoundaries.contains(b[k].lower), !L.verbs.contains(b[k].lower),
                      !L.auxiliaries.contains(b[k].lower), !(b[k].lower.hasSuffix("ed") && n > 0) {
                    k += 1
                    n += 1
                    if n == 1, k < b.count, b[k].lower.hasSuffix("ed") || b[k].lower.hasSuffix("s") && !b[k - 1].lower.hasSuffix("s") { break }
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
            let b = sentenceTail(ClauseTokenizer.tokens(text, prev))
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

    // MARK: Continuations

    /// A quotation with no clause of its own continues the one before it: in the same
    /// paragraph with only its attribution between them, or as the paragraph that follows
    /// one ending in an attributed quotation.
    func inherit(_ i: Int, quotes: [QuoteScanner.Found], result: [Attribution?], para: Int) -> Attribution? {
        guard i > 0, let prev = result[i - 1] else { return nil }
        let q = quotes[i], p = quotes[i - 1]
        let prevPara = paragraphIndex(of: p.span.upperBound - 1)
        if prevPara == para {
            let between = ClauseTokenizer.tokens(text, p.span.upperBound..<q.span.lowerBound).filter(\.isWord)
            // After `“…,” Smith said.` the next quotation goes on; after a quotation whose
            // speaker came before it, only `and`, `but`, `adding` may stand between.
            if prev.fromClauseAfter {
                // Only the clause's own sentence may stand between (not `Jones disagreed:`).
                let all = ClauseTokenizer.tokens(text, p.span.upperBound..<q.span.lowerBound)
                if let end = all.firstIndex(where: \.endsSentence), all[(end + 1)...].contains(where: \.isWord) { return nil }
                return between.count <= 15 ? prev : nil
            }
            return between.allSatisfy({ ["and", "but", "or", "adding", "then", "also", "as", "well"].contains($0.lower) }) ? prev : nil
        }
        guard prevPara == para - 1, q.span.lowerBound == paragraphs[para].lowerBound, wordCount(q) >= 4 else { return nil }
        // The previous quotation must be that paragraph's last words or close to them.
        let trailing = ClauseTokenizer.tokens(text, p.span.upperBound..<paragraphs[prevPara].upperBound).filter(\.isWord).count
        return trailing <= 15 ? prev : nil
    }
}
