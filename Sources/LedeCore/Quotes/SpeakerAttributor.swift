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

    /// `quoted`: the quotations' spans, in text order.
    init(text: [Unicode.Scalar], paragraphs: [Range<Int>], mentions: [EntityMention], quoted: [Range<Int>] = []) {
        self.text = text
        self.paragraphs = paragraphs
        self.names = SpeakerNames(text: text, paragraphs: paragraphs, mentions: mentions, quoted: quoted)
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
            let after: Tokens
            let leadsIntoNext: Bool
            if let head = quickSentenceHead(q.span.upperBound..<hi) {
                // A sentence ends after the quotation: no clause runs on into the next one.
                after = head
                leadsIntoNext = false
            } else {
                let afterAll = ClauseTokenizer.tokens(text, q.span.upperBound..<hi)
                after = sentenceHead(afterAll)
                // `“…?” Vatican archbishop Charles Scicluna said, “…”`: a clause that leads into
                // the next quotation belongs to it.
                leadsIntoNext = nextQuoteFollows && after.count == afterAll.count
                    && (":,".contains(afterAll.last?.text ?? "") || afterAll.last?.isWord == true)
            }

            var np: Range<Int>? = nil  // token range in `after` or `before`
            var npTokens: Tokens = []
            var viaAfter = false
            let beforeSpeaker = { self.beforeClause(before, shortQuote: self.wordCount(q) <= 3).map({ self.trimmed($0, in: before) }) }
            if let r = afterClause(after, quote: q, leadsIntoNext: leadsIntoNext).map({ trimmed($0, in: after) }),
               acceptable(after[r]) {
                np = r; npTokens = after; viaAfter = true
                // `Tim Cook told CNBC that demand was “…,” according to a transcript`: the
                // document is where the words are found; who said them is before.
                if Self.isDocument(after[r]), let b = beforeSpeaker(), acceptable(before[b]) {
                    np = b; npTokens = before; viaAfter = false
                }
            } else if let r = beforeSpeaker(), acceptable(before[r]) {
                np = r; npTokens = before
            }
            if let r = np, !r.isEmpty {
                let toks = Array(npTokens[r])
                let span = TextSpan(toks.first!.start, toks.last!.end)
                let speaker = Tokenizer.string(text[span.start..<span.end])
                let entity = names.resolve(toks, at: q.span.lowerBound, tracker: &tracker)
                result.append(Attribution(speaker: speaker, span: span, entity: entity, fromClauseAfter: viaAfter))
                continue
            }
            if let inherited = inherit(i, quotes: quotes, result: result, para: para) {
                result.append(inherited)
                continue
            }
            var fallback: Tokens? = nil
            if wordCount(q) >= 4, let r = sentenceSubject(before).map({ trimmed($0, in: before) }), !r.isEmpty,
               subjectMayBeSpeaker(Array(before[r]), colon: before.last?.text == ":") {
                fallback = Array(before[r])
            } else if wordCount(q) >= 4, before.isEmpty {
                fallback = introduction(to: q, para: para, lo: lo)
            }
            if let toks = fallback, !toks.isEmpty {
                let span = TextSpan(toks.first!.start, toks.last!.end)
                let speaker = Tokenizer.string(text[span.start..<span.end])
                let entity = names.resolve(toks, at: q.span.lowerBound, tracker: &tracker)
                result.append(Attribution(speaker: speaker, span: span, entity: entity))
                continue
            }
            result.append(nil)
        }
        return result
    }

    static func startsLowerCase(_ token: ClauseToken) -> Bool {
        token.isWord && token.text.unicodeScalars.first.map(QuoteScanner.isLower) == true
    }

    /// `a transcript of the interview`, `the filing`: a document, not a speaker.
    static func isDocument(_ np: ArraySlice<ClauseToken>) -> Bool {
        let words = np.filter(\.isWord)
        guard words.count >= 2, ["a", "an", "the", "his", "her", "its", "their"].contains(words[0].lower) else { return false }
        return documentNouns.contains(words[1].lower)
    }
    static let documentNouns: Set<String> = ["transcript", "recording", "video", "copy", "filing", "document",
                                             "documents", "memo", "transcripts", "footage", "excerpt"]

    /// `That said, …`, `the saying “…”` and other words that are no speaker.
    func acceptable(_ np: ArraySlice<ClauseToken>) -> Bool {
        guard let first = np.first else { return false }
        if np.count == 1, ["that", "this", "which", "what", "there", "here", "so", "the", "a", "an"].contains(first.lower) { return false }
        return true
    }

    /// The speaker's words without a phrase that opens the sentence before them (`During
    /// the debate, Biden called …` is Biden) or a word left hanging after them (`he was told
    /// by Emergencies Minister Yevgeny Zinichev of “…”`).
    func trimmed(_ r: Range<Int>, in toks: Tokens) -> Range<Int> {
        guard !r.isEmpty else { return r }
        var lo = r.lowerBound, hi = r.upperBound
        if SpeakerNames.openers.contains(toks[lo].lower),
           let comma = toks[lo..<hi].lastIndex(where: { $0.text == "," }), comma + 1 < hi {
            lo = comma + 1
        }
        while hi > lo + 1, Self.hangingWords.contains(toks[hi - 1].lower) || toks[hi - 1].text == "," { hi -= 1 }
        return lo..<hi
    }

    static let hangingWords: Set<String> = ["of", "that", "about", "to", "on", "in", "for", "with", "by", "as", "and", "or"]

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
        // A reporting clause is never thousands of characters long; without this bound a
        // paragraph with no sentence ends (a 10 MB single line) makes attribution quadratic.
        let start = max(paragraphs[para].lowerBound, quotes[i].span.lowerBound - Self.clauseWindow)
        var j = i - 1
        while j >= 0, quotes[j].span.upperBound > start { j -= 1 }
        // Where the stretch after the last earlier quotation begins: when a sentence ends
        // near the end of it, that is all that is needed.
        var last = start
        for p in quotes[(j + 1)..<i] { last = p.span.lowerBound < start ? max(last, p.span.upperBound) : p.span.upperBound }
        if let tail = quickSentenceTail(last..<quotes[i].span.lowerBound) { return tail }
        var toks: Tokens = []
        var pos = start
        for p in quotes[(j + 1)..<i] {
            if p.span.lowerBound < start { pos = max(pos, p.span.upperBound); continue }
            toks += ClauseTokenizer.tokens(text, pos..<p.span.lowerBound)
            toks.append(ClauseToken(start: p.span.lowerBound, end: p.span.upperBound, text: "\u{201C}\u{201D}",
                                    lower: "\u{201C}\u{201D}", isWord: false))
            // `… must be “fair to taxpayers.” Merz defended …`: the sentence ended inside it.
            if endsASentence(p) { toks.append(ClauseToken(start: p.span.upperBound, end: p.span.upperBound, text: ".", lower: ".", isWord: false)) }
            pos = p.span.upperBound
        }
        toks += ClauseTokenizer.tokens(text, pos..<quotes[i].span.lowerBound)
        return sentenceTail(toks)
    }

    /// How far before a quotation its reporting clause is looked for, in code points.
    static let clauseWindow = 1_500

    /// How far from one end of a stretch `quickSentenceTail` and `quickSentenceHead` look
    /// for a sentence end first, in code points.
    static let quickWindow = 300

    /// `sentenceTail(ClauseTokenizer.tokens(text, r))` when a sentence ends in the last
    /// `quickWindow` code points of `r` (nil otherwise, or for a short `r`). No token spans
    /// a space, so the tokens from a space on are the last tokens of the whole stretch.
    func quickSentenceTail(_ r: Range<Int>) -> Tokens? {
        guard r.count > Self.quickWindow else { return nil }
        var c = r.upperBound - Self.quickWindow
        while c < r.upperBound, !QuoteScanner.isSpace(text[c]) { c += 1 }
        guard c < r.upperBound else { return nil }
        let t = ClauseTokenizer.tokens(text, c..<r.upperBound)
        guard let last = t.lastIndex(where: \.endsSentence) else { return nil }
        return Array(t[(last + 1)...])
    }

    /// `sentenceHead(ClauseTokenizer.tokens(text, r))` when a sentence ends in the first
    /// `quickWindow` code points of `r` (nil otherwise, or for a short `r`): the tokens up to
    /// a space are the first tokens of the whole stretch.
    func quickSentenceHead(_ r: Range<Int>) -> Tokens? {
        guard r.count > Self.quickWindow else { return nil }
        var c = r.lowerBound + Self.quickWindow
        while c > r.lowerBound, !QuoteScanner.isSpace(text[c]) { c -= 1 }
        guard c > r.lowerBound else { return nil }
        let t = ClauseTokenizer.tokens(text, r.lowerBound..<c)
        guard let first = t.firstIndex(where: \.endsSentence) else { return nil }
        return Array(t[..<first])
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

    /// Whether a quotation ends its sentence: a full stop, `!` or `?` inside it and a capital
    /// after it.
    func endsASentence(_ q: QuoteScanner.Found) -> Bool {
        guard let last = innerLast(q), last == "." || last == "!" || last == "?" else { return false }
        var k = q.span.upperBound
        while k < text.count, QuoteScanner.isSpace(text[k]) { k += 1 }
        return k < text.count && QuoteScanner.isUpper(text[k])
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
                // (An abbreviation's full stop, `D-Mass., who …`, ends no sentence.)
                let end = all.indices.first { k in
                    all[k].endsSentence && !(k + 1 < all.count && (all[k + 1].text == "," || Self.startsLowerCase(all[k + 1])))
                }
                if let end, all[(end + 1)...].contains(where: \.isWord) { return nil }
                return between.count <= 15 ? prev : nil
            }
            return between.allSatisfy({ ["and", "but", "or", "adding", "then", "also", "as", "well"].contains($0.lower) }) ? prev : nil
        }
        guard prevPara == para - 1, q.span.lowerBound == paragraphs[para].lowerBound, wordCount(q) >= 4 else { return nil }
        // Words in the quotation's own sentence after it (`“…” — those were the words of
        // the coach`) are an attribution not understood, not a continuation.
        let rest = ClauseTokenizer.tokens(text, q.span.upperBound..<paragraphs[para].upperBound)
        if rest.prefix(while: { !$0.endsSentence }).contains(where: \.isWord) { return nil }
        // The previous quotation must be that paragraph's last words or close to them.
        let trailing = ClauseTokenizer.tokens(text, p.span.upperBound..<paragraphs[prevPara].upperBound).filter(\.isWord).count
        return trailing <= 15 ? prev : nil
    }
}
