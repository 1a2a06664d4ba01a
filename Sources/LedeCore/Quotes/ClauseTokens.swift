/// A word or punctuation token of a reporting clause, with code-point offsets.
struct ClauseToken: Equatable {
    var start: Int
    var end: Int
    var text: String
    var lower: String
    var isWord: Bool

    var isCapitalized: Bool { text.unicodeScalars.first.map(QuoteScanner.isUpper) ?? false }
    /// Ends a sentence (abbreviations keep their period inside the word token).
    var endsSentence: Bool { !isWord && (text == "." || text == "!" || text == "?" || text == "…") }
}

enum ClauseTokenizer {
    /// The word and its lower case. Words are mostly ASCII: then both are written straight
    /// into the strings' storage (short ones need no allocation), else built from scalars.
    @inline(__always)
    static func makeString(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ r: Range<Int>) -> (text: String, lower: String) {
        var ascii = true
        for i in r where text[i].value >= 0x80 { ascii = false; break }
        guard ascii else {
            let word = Tokenizer.string(text[r])
            return (word, word.lowercased())
        }
        var hasUpper = false
        let t = String(unsafeUninitializedCapacity: r.count) { b in
            for (n, i) in r.enumerated() {
                let v = UInt8(truncatingIfNeeded: text[i].value)
                b[n] = v
                if v >= 0x41 && v <= 0x5A { hasUpper = true }
            }
            return r.count
        }
        // Most words have no capital: their lower case is the word itself.
        guard hasUpper else { return (t, t) }
        let l = String(unsafeUninitializedCapacity: r.count) { b in
            for (n, i) in r.enumerated() {
                let v = UInt8(truncatingIfNeeded: text[i].value)
                b[n] = (v >= 0x41 && v <= 0x5A) ? v + 0x20 : v
            }
            return r.count
        }
        return (t, l)
    }

    /// Lower-cased abbreviations that keep their period (`Mr.`, `U.S.`, `Jan.`).
    static let abbreviations: Set<String> = SentenceSplitter.abbreviations

    static func tokens(_ text: [Unicode.Scalar], _ range: Range<Int>) -> [ClauseToken] {
        text.withUnsafeBufferPointer { tokens($0, range) }
    }

    static func tokens(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> [ClauseToken] {
        var result: [ClauseToken] = []
        result.reserveCapacity(range.count / 5)
        var i = range.lowerBound
        let end = range.upperBound
        func isWordScalar(_ j: Int) -> Bool { j < end && QuoteScanner.isWordScalar(text[j]) }
        while i < end {
            let s = text[i]
            if QuoteScanner.isSpace(s) { i += 1; continue }
            if QuoteScanner.isWordScalar(s) {
                var j = i + 1
                while j < end {
                    let c = text[j]
                    if QuoteScanner.isWordScalar(c) { j += 1; continue }
                    // Apostrophes, hyphens and inner periods inside a word (`I’ve`, `co-op`, `U.S`).
                    if (c == "'" || c == "\u{2019}" || c == "-" || c == "." || c == "&"), isWordScalar(j + 1) { j += 1; continue }
                    break
                }
                // A period that belongs to an abbreviation or an initial stays with the word.
                var made: (text: String, lower: String)? = nil
                if j < end, text[j] == "." {
                    made = makeString(text, i..<j)
                    let w = made!.lower
                    let isInitial = j - i == 1 && QuoteScanner.isUpper(s)
                    // `No. 1`, `Nos. 3 and 4`: a number's sign before a numeral ends nothing.
                    let numberSign = (w == "no" || w == "nos") && j + 2 < end && text[j + 1] == " "
                        && text[j + 2].value &- 0x30 < 10
                    if isInitial || numberSign || abbreviations.contains(w) || w.containsASCII(".") { j += 1; made = nil }
                }
                let (word, lower) = made ?? makeString(text, i..<j)
                result.append(ClauseToken(start: i, end: j, text: word, lower: lower, isWord: true))
                i = j
            } else {
                // "..." is one token, like "…".
                var j = i + 1
                if s == "." { while j < end, text[j] == "." { j += 1 } }
                let t = j - i > 1 ? "…" : String(s)
                result.append(ClauseToken(start: i, end: j, text: t, lower: t, isWord: false))
                i = j
            }
        }
        return result
    }
}
