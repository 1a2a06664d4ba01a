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
    /// Works on the UTF-8 bytes, counting code points as it goes, because decoding every
    /// body into scalars first was most of the cost of indexing.
    public static func forEachToken(in text: String, _ body: (TextToken) -> Void) {
        forEachTerm(in: text) { term, span, startsParagraph in
            body(TextToken(term: String(decoding: term, as: UTF8.self), span: span, startsParagraph: startsParagraph))
        }
    }

    /// Like `forEachToken`, handing out each normalized term as UTF-8 bytes (valid only
    /// during the call), so the indexer can look terms up without making strings.
    static func forEachTerm(in text: String, _ body: (UnsafeBufferPointer<UInt8>, TextSpan, Bool) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var scanner = UTF8Scanner(bytes: bytes)
            scanner.run(body)
        }
    }

    /// Normalizes one word as typed in a query or found in text.
    public static func normalize(_ word: some Collection<Unicode.Scalar>) -> String {
        var buffer: [UInt8] = []
        return normalize(word, buffer: &buffer)
    }

    /// `buffer` is scratch space reused across words, saving an allocation per word.
    static func normalize(_ word: some Collection<Unicode.Scalar>, buffer bytes: inout [UInt8]) -> String {
        // Plain ASCII (nearly every word of English news) never touches Foundation.
        bytes.removeAll(keepingCapacity: true)
        var ascii = true
        for s in word {
            if s.isASCII {
                let v = UInt8(s.value)
                bytes.append(v >= 65 && v <= 90 ? v + 32 : v)
            } else if isApostrophe(s) {
                bytes.append(UInt8(ascii: "'"))
            } else {
                ascii = false
                break
            }
        }
        if !ascii {
            let text = String(String.UnicodeScalarView(word.map { isApostrophe($0) ? "'" : $0 }))
            bytes = Array(fold(text).utf8)
        }
        return finish(&bytes)
    }

    /// Lowercases and strips accents. Scripts without case or Latin-style accents
    /// (Devanagari, Arabic, CJK...) are left alone: Foundation's folding is slow, and the
    /// same word always takes the same path, so queries still match the text.
    static func fold(_ text: String) -> String {
        let needed = text.unicodeScalars.contains { s in
            if s.value < 0x500 || (0x1E00...0x1FFF).contains(s.value) { return true }
            // Below the table's limit only cased letters change when case-folded (checked
            // for every code point): Devanagari and the like skip the slow look-up.
            if let f = ScalarProperties.flags(s), f & (ScalarProperties.uppercase | ScalarProperties.lowercase) == 0 {
                return false
            }
            return s.properties.changesWhenCaseFolded
        }
        return needed ? text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) : text
    }

    /// Drops a possessive `'s` and other apostrophes from lowercased UTF-8.
    static func finish(_ bytes: inout [UInt8]) -> String {
        dropApostrophes(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func dropApostrophes(_ bytes: inout [UInt8]) {
        let apostrophe = UInt8(ascii: "'")
        if bytes.count >= 2, bytes[bytes.count - 2] == apostrophe, bytes[bytes.count - 1] == UInt8(ascii: "s") {
            bytes.removeLast(2)
        }
        if bytes.contains(apostrophe) { bytes.removeAll { $0 == apostrophe } }
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
        // Dashes, curly quotes and other general punctuation are common in news and are
        // never part of a word: skip the property lookup for them.
        if (0x2000...0x206F).contains(s.value) { return false }
        // Accented Latin, Greek, Cyrillic...: from the table, not the slow look-ups.
        if let f = ScalarProperties.flags(s) {
            if f & (ScalarProperties.alphabetic | ScalarProperties.nonspacingMark) != 0 { return true }
            if f & ScalarProperties.numeric == 0 { return false }
        }
        let p = s.properties
        return p.isAlphabetic || p.numericType == .decimal || p.generalCategory == .nonspacingMark
    }
}
