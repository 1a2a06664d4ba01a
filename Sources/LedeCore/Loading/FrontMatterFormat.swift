import Yams

/// Markdown or text with a front-matter header, YAML between `---` lines (Jekyll, Hugo,
/// Pandoc) or TOML between `+++` lines (Hugo):
///
///     ---
///     title: Storm closes ports
///     date: 2019-01-04
///     source: Example Times
///     url: https://example.com/storm
///     ---
///     Body...
///
/// The body is everything after the closing line, leading blank lines dropped. YAML is read
/// by Yams (folded titles, quoted values, lists of authors); a header that is not valid
/// YAML, as hand-written ones often are (`title: Storms: a year`), is read line by line as
/// `key: value`, so it is not lost.
public enum FrontMatterFormat {
    public enum ParseError: Error, Equatable, CustomStringConvertible {
        case unclosedHeader
        case unreadableDate(String)
        case emptyBody

        public var description: String {
            switch self {
            case .unclosedHeader: "front matter has no closing `---` line (`+++` for TOML)"
            case .unreadableDate(let s): "unreadable date \(s) (\(DateParsing.expectedForms))"
            case .emptyBody: "no article text after the front matter"
            }
        }
    }

    /// Header names for each part of an article, in order of preference.
    enum Fields {
        static let date = ["date", "published", "pubdate", "publishdate", "date_published", "published_at"]
        static let source = ["source", "outlet", "publication", "publisher", "site"]
        static let url = ["url", "link", "canonical_url", "canonicalurl", "permalink"]
        static let author = ["author", "authors", "byline"]
    }

    public static func parse(_ text: String) throws(ParseError) -> ParsedRecord {
        // "\r\n" is one Character, so it would not split on "\n".
        let crlfFree = text.replacingCRLF()
        let content = crlfFree.hasPrefix("\u{FEFF}") ? String(crlfFree.dropFirst()) : crlfFree
        var lines = content.split(separator: "\n", omittingEmptySubsequences: false)[...]
        while let first = lines.first, first.trimmingWhitespace().isEmpty { lines = lines.dropFirst() }
        let fence = lines.first?.trimmingWhitespace()
        guard fence == "---" || fence == "+++" else { throw .unclosedHeader }
        let toml = fence == "+++"
        lines = lines.dropFirst()
        var header: [Substring] = []
        var closed = false
        while let line = lines.first {
            lines = lines.dropFirst()
            let t = line.trimmingWhitespace()
            if toml ? t == "+++" : (t == "---" || t == "...") { closed = true; break }
            header.append(line)
        }
        guard closed else { throw .unclosedHeader }
        // TOML's `key = value`, or `key: value` lines for a header YAML does not accept.
        let fields = toml ? lineFields(header, separator: "=") : (yamlFields(header) ?? lineFields(header, separator: ":"))
        func first(_ keys: [String]) -> String? { keys.lazy.compactMap { fields[$0] }.first }
        var date: Day?
        if let d = first(Fields.date) {
            guard let day = DateParsing.anyDate(d) else { throw .unreadableDate(d) }
            date = day
        }
        while let first = lines.first, first.trimmingWhitespace().isEmpty { lines = lines.dropFirst() }
        var body = lines.joined(separator: "\n")
        while body.last?.isWhitespace == true { body.removeLast() }
        if body.isEmpty { throw .emptyBody }
        return ParsedRecord(position: 1, ownID: fields["id"], title: fields["title"], date: date,
                            source: first(Fields.source), url: first(Fields.url),
                            author: first(Fields.author), body: body)
    }

    /// A YAML mapping's values as written (a date stays the text it was, not a UTC
    /// instant); a list becomes its items joined by commas, a nested mapping its `name`.
    /// Nil when the header is not a YAML mapping.
    static func yamlFields(_ header: [Substring]) -> [String: String]? {
        guard let node = try? Yams.compose(yaml: header.joined(separator: "\n")), let mapping = node.mapping else { return nil }
        func text(_ node: Node) -> String? {
            switch node {
            case .scalar(let s): return s.string
            case .sequence(let items):
                let parts = items.compactMap(text).filter { !$0.isEmpty }
                return parts.isEmpty ? nil : parts.joined(separator: ", ")
            case .mapping(let m): return m["name"].flatMap(text) ?? m["title"].flatMap(text)
            case .alias: return nil
            }
        }
        var fields: [String: String] = [:]
        for (key, value) in mapping {
            guard let k = key.scalar?.string.lowercased(), fields[k] == nil,
                  let v = text(value)?.trimmingWhitespace(), !v.isEmpty, v != "~", v != "null" else { continue }
            fields[k] = v
        }
        return fields
    }

    /// `key<separator>value` lines: strings, dates, `[a, b]` lists; anything else (TOML
    /// tables, nested YAML) is passed over.
    static func lineFields(_ header: [Substring], separator: Character) -> [String: String] {
        var fields: [String: String] = [:]
        for line in header {
            let t = line.trimmingWhitespace()
            guard let at = t.firstIndex(of: separator) else { continue }
            let key = unquote(t[..<at].trimmingWhitespace()).lowercased()
            var value = t[t.index(after: at)...].trimmingWhitespace()
            if value.hasPrefix("["), value.hasSuffix("]") {
                value = value.dropFirst().dropLast().split(separator: ",")
                    .map { unquote($0.trimmingWhitespace()) }.filter { !$0.isEmpty }.joined(separator: ", ")
            } else {
                value = unquote(value)
            }
            if fields[key] == nil && !value.isEmpty { fields[key] = value }
        }
        return fields
    }

    private static func unquote(_ s: String) -> String {
        guard s.count >= 2, let f = s.first, f == s.last, f == "\"" || f == "'" else { return s }
        return String(s.dropFirst().dropLast())
    }
}
