/// The words of one article, tokenised once and indexed for the speaker resolver's
/// questions: which full name ends with this surname, is this word ever written in lower
/// case, which pronouns follow a name, who is doing something where. Built lazily, so an
/// article without quotations costs nothing. A class so the lazy parts are shared.
final class ArticleWords {
    typealias L = ReportingLexicon
    typealias Gender = SpeakerNames.Gender

    let text: [Unicode.Scalar]
    let paragraphs: [Range<Int>]

    init(text: [Unicode.Scalar], paragraphs: [Range<Int>]) {
        self.text = text
        self.paragraphs = paragraphs
    }

    lazy var tokens: [[ClauseToken]] = paragraphs.map { ClauseTokenizer.tokens(text, $0) }

    /// Every maximal run of word scalars the article writes, as written (but for words opening
    /// with an ASCII capital, which no lower-case word equals). Built in one pass:
    /// a search of the text per asked word made long articles quadratic. ASCII words of up
    /// to eight letters (most of them) are kept packed into a UInt64, exactly, with no
    /// String built; the others as Strings.
    private lazy var writtenWords: (short: HashSet64, other: Set<String>) = {
        var short = HashSet64(capacity: text.count / 12)
        var other: Set<String> = []
        text.withUnsafeBufferPointer { text in
            var i = 0
            while i < text.count {
                guard QuoteScanner.isWordScalar(text[i]) else { i += 1; continue }
                var j = i
                var packed: UInt64 = 0
                var ascii = true
                while j < text.count, QuoteScanner.isWordScalar(text[j]) {
                    let v = text[j].value
                    if v >= 0x80 { ascii = false } else if j - i < 8 { packed |= UInt64(v) << (8 * UInt64(j - i)) }
                    j += 1
                }
                // Asked words are lower-cased, and a word opening with an ASCII capital is never
                // canonically equal to one: skip those (most of the capitalised words).
                let v = text[i].value
                if v < 0x41 || v > 0x5A {
                    if ascii && j - i <= 8 { short.insert(FeatureHash.mix(packed)) } else { other.insert(Tokenizer.string(text[i..<j])) }
                }
                i = j
            }
        }
        return (short, other)
    }()

    /// Whether the article writes `word` (given in lower case) in lower case somewhere:
    /// `Part` in `Part of the statement reads` is no name when the article also says `part`.
    func writesInLowerCase(_ word: String) -> Bool {
        let words = writtenWords
        if word.utf8.count <= 8, word.utf8.allSatisfy({ $0 < 0x80 }) {
            var packed: UInt64 = 0
            for (n, b) in word.utf8.enumerated() { packed |= UInt64(b) << (8 * UInt64(n)) }
            // (`mix` is a bijection, so equal keys are equal words.)
            if words.short.contains(FeatureHash.mix(packed)) { return true }
        }
        return words.other.contains(word)
    }

    /// Capitalised runs with titles and offices dropped, in text order.
    private lazy var runs: [(tokens: [ClauseToken], titled: Bool, paragraph: Int, start: Int, end: Int)] = {
        var out: [(tokens: [ClauseToken], titled: Bool, paragraph: Int, start: Int, end: Int)] = []
        for (pi, t) in tokens.enumerated() {
            var k = 0
            while k < t.count {
                guard t[k].isWord, t[k].isCapitalized else { k += 1; continue }
                let e = SpeakerNames.capitalizedRunEnd(t, from: k)
                var run = Array(t[k..<e])
                let titled = run.contains { L.titles.contains($0.lower) }
                if let ti = run.lastIndex(where: { L.titles.contains($0.lower) }) {
                    run = SpeakerNames.dropOffice(Array(run[(ti + 1)...]))
                }
                out.append((run, titled, pi, k, e))
                k = e
            }
        }
        return out
    }()

    /// Surname -> the shortest person-like name ending with it (`Bernie Sanders`, not
    /// `Vermont Bernie Sanders`), the earliest of equals.
    lazy var fullNames: [String: [ClauseToken]] = {
        var names: [String: [ClauseToken]] = [:]
        for r in runs {
            var run = r.tokens
            while let f = run.first, L.determiners.contains(f.lower) || SpeakerNames.connectors.contains(f.lower) { run.removeFirst() }
            guard run.count >= 2, SpeakerNames.isPersonLike(run) else { continue }
            let surname = run.last!.text
            if let old = names[surname], old.count <= run.count { continue }
            names[surname] = run
        }
        return names
    }()

    /// People the text shows doing something, in text order, with where they stand: a
    /// name opening its sentence (or after a title) followed by a verb (`Bloomberg
    /// endorsed`, `Environment Canada spokeswoman Sujata Raisinghani told`), not a place
    /// (`the caucus in American Samoa, …`) or `…, Warhol was …`.
    lazy var actingPeople: [(String, Int)] = {
        var found: [(String, Int)] = []
        for r in runs {
            let t = tokens[r.paragraph]
            var run = r.tokens
            while let f = run.first, L.determiners.contains(f.lower) || L.pronouns.contains(f.lower)
                    || L.clauseBoundaries.contains(f.lower) || SpeakerNames.openers.contains(f.lower) { run.removeFirst() }
            guard !run.isEmpty else { continue }
            let next = r.end < t.count ? t[r.end] : nil
            let acts = next.map { n in
                n.isWord && !n.isCapitalized && (L.verbs.contains(n.lower) || L.auxiliaries.contains(n.lower)
                    || L.irregularPast.contains(n.lower)
                    || n.lower.hasSuffix("ed") || (n.lower.hasSuffix("s") && !n.lower.hasSuffix("ss")))
            } ?? false
            let k = r.start
            let opensSentence = k == 0 || t[k - 1].endsSentence
                || (k >= 2 && t[k - 1].isWord && !t[k - 1].isCapitalized && L.titles.contains(t[k - 1].lower))
            let possessive = run.last.map { $0.lower.hasSuffix("'s") || $0.lower.hasSuffix("’s") } ?? true
            guard acts || r.titled, opensSentence || r.titled, !possessive else { continue }
            if SpeakerNames.isPersonLike(run) {
                found.append((run.map(\.text).joined(separator: " "), run[0].start))
            } else if run.count == 1, !writesInLowerCase(run[0].lower),
                      !run[0].text.allSatisfy({ $0.isUppercase || !$0.isLetter }),
                      !L.organizationWords.contains(run[0].lower),
                      let full = fullNames[run[0].text] {
                // A lone word counts only when the article also gives the full name.
                found.append((full.map(\.text).joined(separator: " "), run[0].start))
            }
        }
        return found
    }()

    private var genders: [String: Gender?] = [:]

    /// A person's gender as the article shows it: a title (`Mr`, `Ms`) before the surname,
    /// or else the pronouns that most often follow it before another name comes up.
    func gender(of name: String) -> Gender? {
        guard let surname = name.split(separator: " ").last.map(String.init) else { return nil }
        if let known = genders[surname] { return known }
        var male = 0, female = 0
        var titled: Gender? = nil
        search: for t in tokens {
            for (k, tok) in t.enumerated() where tok.text == surname {
                if k > 0 {
                    var before = t[k - 1].lower
                    if before.hasSuffix(".") { before.removeLast() }
                    if ["mr", "sir", "lord", "king", "prince", "father", "brother"].contains(before) { titled = .male; break search }
                    if ["ms", "mrs", "miss", "lady", "dame", "queen", "princess", "sister"].contains(before) { titled = .female; break search }
                }
                var j = k + 1
                while j < t.count, j < k + 16 {
                    let w = t[j]
                    if ["he", "his", "him", "himself"].contains(w.lower) { male += 1; break }
                    if ["she", "her", "hers", "herself"].contains(w.lower) { female += 1; break }
                    // Another name (not a sentence's first word): the pronoun may be about it.
                    if w.isCapitalized, w.text != surname, !t[j - 1].endsSentence, !L.pronouns.contains(w.lower) { break }
                    j += 1
                }
            }
        }
        let g: Gender? = titled ?? (male > female ? .male : female > male ? .female : nil)
        genders[surname] = g
        return g
    }
}
