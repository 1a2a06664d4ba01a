/// Cuts query text into tokens. Offsets are in `Character`s so the prompt can put a caret
/// under the culprit.
struct QueryLexer {
    enum Kind: Equatable {
        case open, close, or, and, not
        /// `-` glued to the next token.
        case minus
        case word(String)
        case phrase(String)
        /// `field:value`; `valueOffset` is where the value starts (after any quote).
        case field(name: String, value: String, valueOffset: Int)
    }

    struct Token: Equatable {
        var kind: Kind
        var range: Range<Int>
        var text: String
    }

    static let openQuotes: Set<Character> = ["\"", "\u{201C}", "\u{201E}"]
    static let closeQuotes: Set<Character> = ["\"", "\u{201D}", "\u{201C}"]

    let chars: [Character]

    init(_ text: String) { chars = Array(text) }

    func tokens() throws(QueryError) -> [Token] {
        var out: [Token] = []
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace { i += 1; continue }
            let start = i
            switch c {
            case "(":
                out.append(Token(kind: .open, range: i..<i + 1, text: "(")); i += 1
            case ")":
                out.append(Token(kind: .close, range: i..<i + 1, text: ")")); i += 1
            case "-" where i + 1 < chars.count && !chars[i + 1].isWhitespace:
                out.append(Token(kind: .minus, range: i..<i + 1, text: "-")); i += 1
            case _ where Self.openQuotes.contains(c):
                let (inner, end) = try quoted(from: i)
                out.append(Token(kind: .phrase(inner), range: start..<end, text: String(chars[start..<end])))
                i = end
            default:
                let end = wordEnd(from: i)
                let text = String(chars[start..<end])
                if let colon = text.firstIndex(of: ":"), colon != text.startIndex,
                   text[..<colon].allSatisfy(\.isLetter) {
                    let name = text[..<colon].lowercased()
                    let afterColon = start + text.distance(from: text.startIndex, to: colon) + 1
                    if afterColon < chars.count, Self.openQuotes.contains(chars[afterColon]) {
                        let (inner, qEnd) = try quoted(from: afterColon)
                        out.append(Token(kind: .field(name: name, value: inner, valueOffset: afterColon + 1),
                                         range: start..<qEnd, text: String(chars[start..<qEnd])))
                        i = qEnd
                        continue
                    }
                    let value = String(chars[afterColon..<end])
                    out.append(Token(kind: .field(name: name, value: value, valueOffset: afterColon),
                                     range: start..<end, text: text))
                } else {
                    out.append(Token(kind: Self.operatorKind(text) ?? .word(text), range: start..<end, text: text))
                }
                i = end
            }
        }
        return out
    }

    /// `OR` in any case (and `|`), `AND` in any case (and `&&`); `NOT` only in capitals,
    /// because "not" is a word people search for.
    static func operatorKind(_ text: String) -> Kind? {
        switch text {
        case "|", "||": return .or
        case "&", "&&": return .and
        case "NOT": return .not
        default: break
        }
        switch text.lowercased() {
        case "or": return .or
        case "and": return .and
        default: return nil
        }
    }

    /// A word runs to whitespace, a parenthesis or a quote.
    func wordEnd(from start: Int) -> Int {
        var i = start
        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace || c == "(" || c == ")" || (i > start && Self.openQuotes.contains(c)) {
                // A colon right before a quote keeps the quote for the field value.
                break
            }
            i += 1
        }
        return i
    }

    /// The text between the quote at `open` and its closing quote; end is past the close.
    func quoted(from open: Int) throws(QueryError) -> (String, Int) {
        var i = open + 1
        while i < chars.count {
            if Self.closeQuotes.contains(chars[i]) {
                return (String(chars[open + 1..<i]), i + 1)
            }
            i += 1
        }
        throw QueryError("unclosed quote", at: open)
    }
}
