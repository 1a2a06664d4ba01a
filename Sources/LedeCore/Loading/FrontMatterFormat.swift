/// Markdown or text with a front-matter header:
///
///     ---
///     title: Storm closes ports
///     date: 2019-01-04
///     source: Example Times
///     url: https://example.com/storm
///     ---
///     Body...
///
/// The body is everything after the closing `---` line, leading blank lines dropped.
public enum FrontMatterFormat {
    public enum ParseError: Error, Equatable, CustomStringConvertible {
        case unclosedHeader
        case unreadableDate(String)
        case emptyBody

        public var description: String {
            switch self {
            case .unclosedHeader: "front matter starts with `---` but has no closing `---` line"
            case .unreadableDate(let s): "unreadable date \(s) (\(DateParsing.expectedForms))"
            case .emptyBody: "no article text after the front matter"
            }
        }
    }

    public static func parse(_ text: String) throws(ParseError) -> ParsedRecord {
        // "\r\n" is one Character, so it would not split on "\n".
        let crlfFree = text.replacingCRLF()
        let content = crlfFree.hasPrefix("\u{FEFF}") ? String(crlfFree.dropFirst()) : crlfFree
        var lines = content.split(separator: "\n", omittingEmptySubsequences: false)[...]
        while let first = lines.first, first.trimmingWhitespace().isEmpty { lines = lines.dropFirst() }
        guard lines.first?.trimmingWhitespace() == "---" else { throw .unclosedHeader }
        lines = lines.dropFirst()
        var fields: [String: String] = [:]
        var closed = false
        while let line = lines.first {
            lines = lines.dropFirst()
            let t = line.trimmingWhitespace()
            if t == "---" || t == "..." { closed = true; break }
            guard let colon = t.firstIndex(of: ":") else { continue }
            let key = t[..<colon].trimmingWhitespace().lowercased()
            let value = unquote(t[t.index(after: colon)...].trimmingWhitespace())
            if fields[key] == nil && !value.isEmpty { fields[key] = value }
        }
        guard closed else { throw .unclosedHeader }
        var date: Day?
        if let d = fields["date"] {
            guard let day = DateParsing.anyDate(d) else { throw .unreadableDate(d) }
            date = day
        }
        while let first = lines.first, first.trimmingWhitespace().isEmpty { lines = lines.dropFirst() }
        var body = lines.joined(separator: "\n")
        while body.last?.isWhitespace == true { body.removeLast() }
        if body.isEmpty { throw .emptyBody }
        return ParsedRecord(position: 1, ownID: fields["id"], title: fields["title"], date: date,
                            source: fields["source"] ?? fields["outlet"], url: fields["url"] ?? fields["link"],
                            author: fields["author"], body: body)
    }

    private static func unquote(_ s: String) -> String {
        guard s.count >= 2, let f = s.first, f == s.last, f == "\"" || f == "'" else { return s }
        return String(s.dropFirst().dropLast())
    }
}
