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
        paragraphTokens = Array(repeating: nil, count: paragraphs.count)
        paragraphRuns = Array(repeating: nil, count: paragraphs.count)
    }

    /// The tokens of each paragraph, made when first asked: a surname's gender or full name
    /// needs only the paragraphs that write it (see `mayWrite`).
    private var paragraphTokens: [[ClauseToken]?]

    func tokens(ofParagraph p: Int) -> [ClauseToken] {
        if let t = paragraphTokens[p] { return t }
        let t = ClauseTokenizer.tokens(text, paragraphs[p])
        paragraphTokens[p] = t
        return t
    }

    /// Whether paragraph `p` may hold a token whose text equals the word of bytes `word`
    /// (String equality, which is canonical equivalence). For an ASCII word: the paragraph
    /// writes it, or holds one of the three scalars canonically equal to ASCII (KELVIN SIGN
    /// = `K`, and forms of `;` and `` ` ``). A non-ASCII word (nil) may be written in
    /// another normalisation form: always true.
    private func mayWrite(_ p: Int, _ word: [UInt8]?) -> Bool {
        guard let w = word, let first = w.first else { return true }
        let r = paragraphs[p]
        return text.withUnsafeBufferPointer { text in
            var i = r.lowerBound
            let last = r.upperBound - w.count
            while i < r.upperBound {
                let v = text[i].value
                if v == UInt32(first) {
                    if i <= last {
                        var k = 1
                        while k < w.count, text[i + k].value == UInt32(w[k]) { k += 1 }
                        if k == w.count { return true }
                    }
                } else if v >= 0x037E, v == 0x212A || v == 0x037E || v == 0x1FEF {
                    return true
                }
                i += 1
            }
            return false
        }
    }

    /// Every maximal run of word scalars the article writes, as written (but for words opening
    /// with an ASCII capital, which no lower-case word equals). Built in one pass:
    /// a search of the text per asked word made long articles quadratic. ASCII words of up
    /// to eight letters (most of them) are kept packed into a UInt64, exactly, with no
    /// String built; longer ASCII words as their place in the text, under a hash, compared
    /// exactly when asked; the others (non-ASCII) as Strings.
    private lazy var writtenWords: (short: HashSet64, long: LongWords, other: Set<String>) = {
        var short = HashSet64(capacity: text.count / 12)
        var long = LongWords(capacity: text.count / 10 + 1)
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
                    if !ascii { other.insert(Tokenizer.string(text[i..<j])) }
                    else if j - i <= 8 { short.insert(FeatureHash.mix(packed)) }
                    else { long.insert(i..<j, in: text) }
                }
                i = j
            }
        }
        return (short, long, other)
    }()

    /// Whether the article writes `word` (given in lower case) in lower case somewhere:
    /// `Part` in `Part of the statement reads` is no name when the article also says `part`.
    func writesInLowerCase(_ word: String) -> Bool {
        let words = writtenWords
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            if word.utf8.count <= 8 {
                var packed: UInt64 = 0
                for (n, b) in word.utf8.enumerated() { packed |= UInt64(b) << (8 * UInt64(n)) }
                // (`mix` is a bijection, so equal keys are equal words.)
                if words.short.contains(FeatureHash.mix(packed)) { return true }
            } else {
                // (An ASCII String equals another ASCII one only byte for byte.)
                var w = word
                if w.withUTF8({ u in text.withUnsafeBufferPointer { words.long.contains(u, in: $0) } }) { return true }
            }
        }
        return words.other.contains(word)
    }

    typealias Run = (tokens: [ClauseToken], titled: Bool, paragraph: Int, start: Int, end: Int)

    private var paragraphRuns: [[Run]?]

    /// Capitalised runs of paragraph `p` with titles and offices dropped, in text order.
    private func runs(ofParagraph pi: Int) -> [Run] {
        if let r = paragraphRuns[pi] { return r }
        var out: [Run] = []
        let t = tokens(ofParagraph: pi)
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
        paragraphRuns[pi] = out
        return out
    }

    /// The person-like name of a run (determiners and connectors dropped before it), or nil.
    private static func personName(_ r: Run) -> [ClauseToken]? {
        var run = r.tokens
        while let f = run.first, L.determiners.contains(f.lower) || SpeakerNames.connectors.contains(f.lower) { run.removeFirst() }
        guard run.count >= 2, SpeakerNames.isPersonLike(run) else { return nil }
        return run
    }

    /// A word's bytes for `mayWrite` (nil when it is not ASCII: then every paragraph may).
    private static func asciiBytes(_ word: String) -> [UInt8]? {
        let w = Array(word.utf8)
        return w.allSatisfy({ $0 < 0x80 }) ? w : nil
    }

    private var fullNameCache: [String: [ClauseToken]?] = [:]

    /// The shortest person-like name ending with `surname` (`Bernie Sanders`, not `Vermont
    /// Bernie Sanders`), the earliest of equals; read from the paragraphs that write it.
    func fullName(endingWith surname: String) -> [ClauseToken]? {
        if let known = fullNameCache[surname] { return known }
        var best: [ClauseToken]? = nil
        let bytes = Self.asciiBytes(surname)
        for p in paragraphs.indices where mayWrite(p, bytes) {
            for r in runs(ofParagraph: p) {
                guard let run = Self.personName(r), run.last!.text == surname else { continue }
                if let old = best, old.count <= run.count { continue }
                best = run
            }
        }
        fullNameCache[surname] = best
        return best
    }

    /// People the text shows doing something, in text order, with where they stand: a
    /// name opening its sentence (or after a title) followed by a verb (`Bloomberg
    /// endorsed`, `Environment Canada spokeswoman Sujata Raisinghani told`), not a place
    /// (`the caucus in American Samoa, …`) or `…, Warhol was …`.
    lazy var actingPeople: [(String, Int)] = {
        var found: [(String, Int)] = []
        for r in paragraphs.indices.flatMap({ runs(ofParagraph: $0) }) {
            let t = tokens(ofParagraph: r.paragraph)
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
                      let full = fullName(endingWith: run[0].text) {
                // A lone word counts only when the article also gives the full name.
                found.append((full.map(\.text).joined(separator: " "), run[0].start))
            }
        }
        return found
    }()

    private var genders: [String: Gender?] = [:]

    // (Switches, not array literals: those were built anew for every token compared.)
    private static func genderOfTitle(_ word: String) -> Gender? {
        switch word {
        case "mr", "sir", "lord", "king", "prince", "father", "brother": .male
        case "ms", "mrs", "miss", "lady", "dame", "queen", "princess", "sister": .female
        default: nil
        }
    }

    private static func genderOfPronoun(_ word: String) -> Gender? {
        switch word {
        case "he", "his", "him", "himself": .male
        case "she", "her", "hers", "herself": .female
        default: nil
        }
    }

    /// A person's gender as the article shows it: a title (`Mr`, `Ms`) before the surname,
    /// or else the pronouns that most often follow it before another name comes up; when
    /// the article shows neither, what a full name's first name nearly always means.
    func gender(of name: String) -> Gender? {
        // (`Canonicalizer.words` is `split(separator: " ")`, by bytes for ASCII names.)
        let words = Canonicalizer.words(name, ascii: Canonicalizer.isASCII(name))
        guard let surname = words.last.map(String.init) else { return nil }
        let shown = genderShown(surname: surname)
        guard shown == nil, words.count >= 2 else { return shown }
        return NameGenders.shared.gender(ofFirstName: words[0])
    }

    private func genderShown(surname: String) -> Gender? {
        if let known = genders[surname] { return known }
        var male = 0, female = 0
        var titled: Gender? = nil
        let bytes = Self.asciiBytes(surname)
        search: for p in paragraphs.indices where mayWrite(p, bytes) {
            let t = tokens(ofParagraph: p)
            for (k, tok) in t.enumerated() where tok.text == surname {
                if k > 0 {
                    var before = t[k - 1].lower
                    if before.hasSuffix(".") { before.removeLast() }
                    if let g = Self.genderOfTitle(before) { titled = g; break search }
                }
                var j = k + 1
                while j < t.count, j < k + 16 {
                    let w = t[j]
                    if let g = Self.genderOfPronoun(w.lower) {
                        if g == .male { male += 1 } else { female += 1 }
                        break
                    }
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

/// The distinct ASCII words of nine letters or more of one text, each kept as its first
/// place in the text under a hash of its bytes: open addressing, sized once (a text of
/// `n` scalars has fewer than `n / 10` such words), compared in full on a hash match.
struct LongWords {
    private var hashes: [UInt64]
    private var starts: [Int32]
    private var lengths: [Int32]
    private let mask: Int

    init(capacity: Int) {
        var cap = 16
        while cap < capacity * 2 { cap <<= 1 }
        hashes = [UInt64](repeating: 0, count: cap)
        starts = [Int32](repeating: 0, count: cap)
        lengths = [Int32](repeating: 0, count: cap)
        mask = cap - 1
    }

    @inline(__always) private static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt32 {
        var h = FeatureHash.seed
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        let m = FeatureHash.mix(h)
        return m == 0 ? 1 : m  // 0 marks an empty slot
    }

    mutating func insert(_ r: Range<Int>, in text: UnsafeBufferPointer<Unicode.Scalar>) {
        let h = Self.hash(text[r].lazy.map(\.value))
        var i = Int(truncatingIfNeeded: h) & mask
        while hashes[i] != 0 {
            if hashes[i] == h, Int(lengths[i]) == r.count,
               text[r].elementsEqual(text[Int(starts[i])..<Int(starts[i]) + r.count]) { return }
            i = (i + 1) & mask
        }
        hashes[i] = h
        starts[i] = Int32(r.lowerBound)
        lengths[i] = Int32(r.count)
    }

    func contains(_ word: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        let h = Self.hash(word.lazy.map { UInt32($0) })
        var i = Int(truncatingIfNeeded: h) & mask
        while hashes[i] != 0 {
            if hashes[i] == h, Int(lengths[i]) == word.count {
                let s = Int(starts[i])
                if word.indices.allSatisfy({ UInt32(word[$0]) == text[s + $0].value }) { return true }
            }
            i = (i + 1) & mask
        }
        return false
    }
}
