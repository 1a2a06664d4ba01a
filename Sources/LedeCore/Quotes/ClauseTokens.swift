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
    /// The word and its lower case. Words are mostly ASCII and short, so they are built
    /// from bytes (short strings need no allocation), falling back to Unicode otherwise.
    @inline(__always)
    static func makeString(_ text: [Unicode.Scalar], _ r: Range<Int>) -> (text: String, lower: String) {
        if r.count <= 32 {
            var bytes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
            var lower: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
            var ascii = true
            withUnsafeMutableBytes(of: &bytes) { b in
                withUnsafeMutableBytes(of: &lower) { l in
                    for (n, i) in r.enumerated() {
                        let v = text[i].value
                        if v >= 0x80 { ascii = false; return }
                        b[n] = UInt8(v)
                        l[n] = (v >= 0x41 && v <= 0x5A) ? UInt8(v + 0x20) : UInt8(v)
                    }
                }
            }
            if ascii {
                let t = withUnsafeBytes(of: &bytes) { String(decoding: $0.prefix(r.count), as: UTF8.self) }
                let l = withUnsafeBytes(of: &lower) { String(decoding: $0.prefix(r.count), as: UTF8.self) }
                return (t, l)
            }
        }
        let word = String(String.UnicodeScalarView(text[r]))
        return (word, word.lowercased())
    }

    /// Lower-cased abbreviations that keep their period (`Mr.`, `U.S.`, `Jan.`).
    static let abbreviations: Set<String> = SentenceSplitter.abbreviations

    static func tokens(_ text: [Unicode.Scalar], _ range: Range<Int>) -> [ClauseToken] {
        var result: [ClauseToken] = []
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
                if j < end, text[j] == "." {
                    let w = makeString(text, i..<j).lower
                    let isInitial = j - i == 1 && QuoteScanner.isUpper(s)
                    if isInitial || abbreviations.contains(w) || w.containsASCII(".") { j += 1 }
                }
                let (word, lower) = makeString(text, i..<j)
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
