/// A token of an article body: a half-open range of scalar offsets.
struct Token: Sendable, Hashable {
    var start: Int
    var end: Int
    /// A line break, or a sentence-ending mark, comes before this token.
    var startsSentence: Bool
}

/// Splits text into tokens the way the CoNLL training data is split (Penn-Treebank-like):
/// words, numbers with inner `,`/`.`, `U.S.`-style dotted initials and listed abbreviations
/// keep their periods; possessive `'s`, hyphens and other punctuation become tokens of
/// their own. Works over scalars so offsets are code points; linear in the input.
enum Tokenizer {
    /// Lower-cased abbreviations that keep their final period.
    static let periodAbbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "ste", "mt", "ft", "gen", "lt", "col",
        "sgt", "capt", "cmdr", "adm", "gov", "sen", "rep", "rev", "hon", "pres", "supt",
        "maj", "cpl", "pvt", "insp", "det", "no", "vs", "etc", "inc", "corp", "co", "ltd",
        "bros", "dept", "univ", "assn", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "ave", "blvd", "rd", "calif", "mass", "penn",
        "ariz", "colo", "conn", "fla", "ill", "kan", "mich", "minn", "nev", "okla", "ore",
        "tenn", "tex", "wash", "wis", "ala", "ark", "del", "ga", "ky", "la", "md", "mo",
        "neb", "va", "vt", "wyo", "mx",
    ]

    /// Abbreviations that are also words, which end a sentence more often than they
    /// abbreviate anything before a capital (`No. 5` and `D-Mass.,` keep their period).
    static let wordAbbreviations: Set<String> = ["no", "ill", "mass", "wash", "ore", "del", "la", "mo", "etc"]

    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        if v >= 0x2000 && v <= 0x206F { return false }  // General Punctuation
        if let f = ScalarProperties.flags(s) { return f & ScalarProperties.alphabetic != 0 }
        return s.properties.isAlphabetic
    }

    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0x30 && s.value <= 0x39
    }

    @inline(__always) static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return isDigit(s) || ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A) }
        if v >= 0x2000 && v <= 0x206F { return false }  // General Punctuation: no letters or marks
        if let f = ScalarProperties.flags(s) { return f & (ScalarProperties.alphabetic | ScalarProperties.nonspacingMark) != 0 }
        return s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark
    }

    @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        if v >= 0x2000 && v <= 0x206F { return v <= 0x200A || v == 0x2028 || v == 0x2029 || v == 0x202F || v == 0x205F }
        if let f = ScalarProperties.flags(s) { return f & ScalarProperties.whitespace != 0 }
        return s.properties.isWhitespace
    }

    @inline(__always) static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}"
    }

    /// A String from scalars, written as UTF-8 straight into the string's storage (no
    /// intermediate array; words up to 15 bytes need no allocation at all).
    static func string<S: Collection>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        var length = 0
        for u in scalars { length += UTF8.width(u) }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var n = 0
            for u in scalars {
                if u.value < 0x80 {
                    buffer[n] = UInt8(truncatingIfNeeded: u.value)
                    n += 1
                } else {
                    UTF8.encode(u) { buffer[n] = $0; n += 1 }
                }
            }
            return n
        }
    }

    /// The token ranges of the sentences, each from a token that starts one.
    static func sentences(_ tokens: [Token]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var s = 0
        for i in tokens.indices where i > s && tokens[i].startsSentence {
            sentences.append(s..<i)
            s = i
        }
        if s < tokens.count { sentences.append(s..<tokens.count) }
        return sentences
    }

    static func tokenize(_ text: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.count / 5 + 1)
        let n = text.count
        var i = 0
        var newSentence = true
        while i < n {
            let c = text[i]
            if isSpace(c) {
                // A line break ends a sentence: news bodies put headings, captions and
                // datelines on lines of their own, without a final period.
                if c == "\n" { newSentence = true }
                i += 1
                continue
            }
            let start = i
            if isWordScalar(c) {
                i = wordEnd(text, from: i)
            } else if isApostrophe(c), let end = cliticEnd(text, at: i) {
                i = end
            } else {
                i += 1
            }
            tokens.append(Token(start: start, end: i, startsSentence: newSentence))
            newSentence = endsSentence(text, start, i)
        }
        return tokens
    }

    /// Whether the token ending at `end` closes a sentence (`.`, `!`, `?` standing alone).
    @inline(__always) private static func endsSentence(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        guard end - start == 1 else { return false }
        let c = text[start]
        return c == "." || c == "!" || c == "?" || c == "\u{2026}"
    }

    /// `'s` (and `'re`, `'ve`, `'ll`, `'d`, `'m`) right after a word: one token.
    private static func cliticEnd(_ text: [Unicode.Scalar], at i: Int) -> Int? {
        guard i > 0, isWordScalar(text[i - 1]) else { return nil }
        var j = i + 1
        while j < text.count, isLetter(text[j]), j - i <= 3 { j += 1 }
        guard j > i + 1, j - (i + 1) <= 2, j == text.count || !isWordScalar(text[j]) else { return nil }
        let s = string(text[(i + 1)..<j]).lowercased()
        return ["s", "re", "ve", "ll", "d", "m"].contains(s) ? j : nil
    }

    static let topLevelDomains: Set<String> = [
        "com", "org", "net", "gov", "edu", "io", "co", "uk", "ca", "au", "de", "fr", "eu", "info", "tv",
        "ai", "news", "us", "nz", "ie", "in", "jp", "cn", "ru", "es", "it", "nl", "ch", "se", "br", "za",
    ]

    /// Where a web address that goes on at the period `dot` ends: after lower-case labels
    /// whose last is a top-level domain, with no word character after it; nil otherwise.
    private static func domainEnd(_ text: [Unicode.Scalar], dot: Int) -> Int? {
        var i = dot
        var end: Int?
        while i + 1 < text.count, text[i] == "." {
            var j = i + 1
            while j < text.count, text[j].value >= 0x61 && text[j].value <= 0x7A { j += 1 }
            guard j > i + 1, j == text.count || !isWordScalar(text[j]) else { break }
            if topLevelDomains.contains(string(text[(i + 1)..<j])) { end = j }
            i = j
        }
        return end
    }

    @inline(__always) static func isASCIIUpper(_ s: Unicode.Scalar) -> Bool { s.value >= 0x41 && s.value <= 0x5A }

    /// The end of the word starting at `i`.
    private static func wordEnd(_ text: [Unicode.Scalar], from i0: Int) -> Int {
        let n = text.count
        var i = i0
        let numeric = isDigit(text[i0])
        while i < n {
            let c = text[i]
            if isWordScalar(c) { i += 1; continue }
            // 1,000 and 19.4 stay one token.
            if numeric, (c == "," || c == "."), i + 1 < n, isDigit(text[i + 1]), isDigit(text[i - 1]) {
                i += 1
                continue
            }
            // `PG&E`, `AT&T`, `S&P`: initials joined by an ampersand are one name.
            if c == "&", i > i0, i + 1 < n, isASCIIUpper(text[i - 1]), isASCIIUpper(text[i + 1]) {
                i += 1
                continue
            }
            if isApostrophe(c), i + 1 < n, isLetter(text[i + 1]) {
                // The possessive 's (and 're, 've, 'll, 'd, 'm) is a token of its own.
                var j = i + 1
                while j < n, isLetter(text[j]) { j += 1 }
                let suffixLength = j - (i + 1)
                if suffixLength <= 2 {
                    let s = Tokenizer.string(text[(i + 1)..<j]).lowercased()
                    if ["s", "re", "ve", "ll", "d", "m"].contains(s) { return i }
                }
                i += 1
                continue
            }
            break
        }
        // Periods: dotted initials (U.S., D.C., J.) and listed abbreviations keep theirs.
        guard i < n, text[i] == "." else { return i }
        // `Amazon.com`, `bbc.co.uk`: a web address is one name, and its period ends nothing.
        if !numeric, let end = domainEnd(text, dot: i) { return end }
        if i - i0 == 1, isLetter(text[i0]) {
            var j = i + 1
            while j + 1 < n, isLetter(text[j]), text[j + 1] == ".", j + 2 >= n || !isWordScalar(text[j + 2]) {
                j += 2
            }
            return j
        }
        if i - i0 <= 5 {
            let w = Tokenizer.string(text[i0..<i]).lowercased()
            if periodAbbreviations.contains(w) {
                // A word that is also plain English (`said no.`, `fell ill.`) ends its
                // sentence when a capital or the end of the line follows.
                guard wordAbbreviations.contains(w) else { return i + 1 }
                var j = i + 1
                while j < n, text[j] == " " || text[j] == "\t" { j += 1 }
                if j < n, text[j] != "\n", !QuoteScanner.isUpper(text[j]) { return i + 1 }
            }
        }
        return i
    }
}
