import Foundation

/// One searchable word of an article body: its normalized form and where it stands.
public struct TextToken: Hashable, Sendable {
    /// Lowercased, accents removed, possessive `'s` and inner apostrophes dropped.
    public var term: String
    /// Code-point offsets into the body.
    public var span: TextSpan
    /// A blank line separates this token from the one before: phrases do not run across.
    public var startsParagraph: Bool = false
}

/// Splits text into search terms. The index and the query language use the same rules, so
/// `Microsoft's`, `MICROSOFT` and `Microsóft` all find `microsoft`.
///
/// A token is a run of letters and digits. Inside a token an apostrophe may join letters
/// (`don't`), a `.` or `,` may join digits (`19.4`, `4,000`) and a `.` may join single
/// letters (`U.S.`). Hyphens and slashes split, so `facial-recognition` is two tokens in a
/// row and the phrase `"facial recognition"` finds it.
public enum TextTokenizer {
    public static func tokens(in text: String) -> [TextToken] {
        var result: [TextToken] = []
        forEachToken(in: text) { result.append($0) }
        return result
    }

    /// The normalized terms of `text`, without offsets (for query words).
    public static func terms(in text: String) -> [String] {
        tokens(in: text).map(\.term)
    }

    /// Calls `body` for every token in order. Avoids building an array when indexing.
    public static func forEachToken(in text: String, _ body: (TextToken) -> Void) {
        let scalars = Array(text.unicodeScalars)
        let n = scalars.count
        var i = 0
        var newlines = 0
        while i < n {
            guard isWordScalar(scalars[i]) else {
                if scalars[i] == "\n" { newlines += 1 }
                i += 1
                continue
            }
            let start = i
            var end = i + 1
            while end < n {
                let s = scalars[end]
                if isWordScalar(s) { end += 1; continue }
                // A joiner must sit between two word scalars.
                guard end + 1 < n, isWordScalar(scalars[end + 1]) else { break }
                let prev = scalars[end - 1], next = scalars[end + 1]
                if isApostrophe(s), isLetter(prev), isLetter(next) { end += 2; continue }
                if s == "." || s == ",", isDigit(prev), isDigit(next) { end += 2; continue }
                if s == ".", isLetter(prev), isLetter(next),
                   end - 1 == start || scalars[end - 2] == ".",
                   end + 2 >= n || !isWordScalar(scalars[end + 2]) { end += 2; continue }
                break
            }
            // The final dot of an initialism (`U.S.`) stays out: it often ends the sentence.
            let term = normalize(scalars[start..<end])
            if !term.isEmpty {
                body(TextToken(term: term, span: TextSpan(start, end), startsParagraph: newlines >= 2))
                newlines = 0
            }
            i = end
        }
    }

    /// Normalizes one word as typed in a query or found in text.
    public static func normalize(_ word: some Collection<Unicode.Scalar>) -> String {
        var out = String.UnicodeScalarView()
        var ascii = true
        for s in word {
            if s.isASCII {
                let v = s.value
                out.append(v >= 65 && v <= 90 ? Unicode.Scalar(v + 32)! : s)
            } else if isApostrophe(s) {
                out.append("'")
            } else {
                ascii = false
                out.append(s)
            }
        }
        var text = String(out)
        if !ascii {
            text = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        }
        if text.hasSuffix("'s") { text.removeLast(2) }
        if text.contains("'") { text.removeAll { $0 == "'" } }
        return text
    }

    @inline(__always) static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}"
    }

    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? (s.value >= 48 && s.value <= 57) : s.properties.numericType == .decimal
    }

    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { let v = s.value | 0x20; return v >= 97 && v <= 122 }
        return s.properties.isAlphabetic
    }

    @inline(__always) static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            let v = s.value
            return (v >= 48 && v <= 57) || ((v | 0x20) >= 97 && (v | 0x20) <= 122)
        }
        let p = s.properties
        return p.isAlphabetic || p.numericType == .decimal || p.generalCategory == .nonspacingMark
    }
}
