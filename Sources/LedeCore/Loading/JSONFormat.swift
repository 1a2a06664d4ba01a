import Foundation

/// Articles as JSON: one object a line (JSON Lines), an array of objects, or one object
/// (an article, or a wrapper listing articles).
/// Fields: `title`, `date` (ISO 8601 date or date-time), `text` / `body` / `content`,
/// optional `source` / `outlet`, `url` / `link`, `id`, `author`; also the names common
/// dumps use for them (`Fields`), and a whole-file object listing its articles under a
/// key such as `articles`.
public enum JSONFormat {
    /// JSON Lines, or one object spread over several lines.
    public static func parseObjects(_ data: Data, path: String) -> ParsedFile {
        let lines = splitLines(data)
        let nonBlank = lines.filter { !isBlank($0.bytes) }
        // A whole-file object listing its articles, written on one line.
        if nonBlank.count == 1, let object = try? JSONSerialization.jsonObject(with: nonBlank[0].bytes),
           let items = wrappedList(object) {
            return records(items, path: path)
        }
        // A single pretty-printed object does not parse line by line; JSON Lines does (a
        // broken first line still leaves the later lines parseable).
        if let first = nonBlank.first, (try? JSONSerialization.jsonObject(with: first.bytes)) == nil {
            var file = ParsedFile(format: .jsonObject)
            do {
                let object = try JSONSerialization.jsonObject(with: data)
                if let items = wrappedList(object) { return records(items, path: path) }
                switch record(from: object, position: 1) {
                case .success(let r): file.records.append(r)
                case .failure(let reason): file.problems.append(LoadProblem(path: path, reason: reason.description))
                }
                return file
            } catch {
                let laterLineParses = nonBlank.dropFirst().contains {
                    (try? JSONSerialization.jsonObject(with: $0.bytes)) != nil
                }
                if !laterLineParses {
                    file.problems.append(LoadProblem(path: path, reason: "not valid JSON (\(describe(error)))", line: first.number))
                    return file
                }
            }
        }
        var file = ParsedFile(format: .jsonLines)
        for (position, line) in nonBlank.enumerated() {
            do {
                let object = try JSONSerialization.jsonObject(with: line.bytes)
                switch record(from: object, position: position + 1) {
                case .success(let r): file.records.append(r)
                case .failure(let reason): file.problems.append(LoadProblem(path: path, reason: reason.description, line: line.number))
                }
            } catch {
                file.problems.append(LoadProblem(path: path, reason: "not valid JSON", line: line.number))
            }
        }
        if nonBlank.isEmpty { file.problems.append(LoadProblem(path: path, reason: "empty file")) }
        return file
    }

    public static func parseArray(_ data: Data, path: String) -> ParsedFile {
        var file = ParsedFile(format: .jsonArray)
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: data)
        } catch {
            file.problems.append(LoadProblem(path: path, reason: "not valid JSON (\(describe(error)))"))
            return file
        }
        guard let items = parsed as? [Any] else {
            file.problems.append(LoadProblem(path: path, reason: "not a JSON array of articles"))
            return file
        }
        return records(items, path: path)
    }

    /// The articles of a JSON array, numbered by position.
    static func records(_ items: [Any], path: String) -> ParsedFile {
        var file = ParsedFile(format: .jsonArray)
        if items.isEmpty { file.problems.append(LoadProblem(path: path, reason: "empty JSON array")) }
        for (i, item) in items.enumerated() {
            switch record(from: item, position: i + 1) {
            case .success(let r): file.records.append(r)
            case .failure(let reason): file.problems.append(LoadProblem(path: path, reason: reason.description, record: i + 1))
            }
        }
        return file
    }

    /// Field names for each part of an article, in order of preference: the spec's own
    /// first, then those of common dumps (NewsAPI, news-please, WordPress, NYT, datasets).
    enum Fields {
        static let body = ["text", "body", "content", "maintext", "article", "full_text", "fulltext", "story"]
        /// Only a summary: taken when no full text is there, so the article is not lost.
        static let summary = ["description", "summary", "abstract", "lead_paragraph", "snippet"]
        static let title = ["title", "headline"]
        /// A record whose `date` or `published` cannot be read is refused, as the spec's
        /// own fields; the other names are only taken when they read as a date.
        static let date = ["date", "published", "publishedAt", "published_at", "pubDate", "pub_date", "datePublished",
                           "date_publish", "date_published", "publish_date", "created_at", "timestamp"]
        static let requiredDate: Set<String> = ["date", "published"]
        static let source = ["source", "outlet", "publication", "publisher", "source_name", "source_domain", "site_name", "domain"]
        static let url = ["url", "link", "web_url", "permalink"]
        static let author = ["author", "authors", "byline", "creator"]
        /// Where a nested object keeps its text: `{"name": "Reuters"}`, `{"main": ...}`
        /// (NYT headline), `{"rendered": ...}` (WordPress).
        static let nestedText = ["name", "main", "rendered", "text", "value", "original"]
        /// Where a whole-file object keeps its list of articles (`{"articles": [...]}`).
        static let lists = ["articles", "items", "data", "results", "posts", "entries", "docs", "stories", "news", "documents"]
        static let ids = ["id", "_id"]
        /// Every name above, lower-cased, to its spelling here (a table's header may write
        /// `Title` or `PUBLISHEDAT`).
        static let all: [String: String] = Dictionary(
            (body + summary + title + date + source + url + author + ids).map { ($0.lowercased(), $0) },
            uniquingKeysWith: { a, _ in a })
    }

    static func record(from value: Any, position: Int) -> Result<ParsedRecord, ReasonText> {
        guard let object = value as? [String: Any] else { return .failure("not a JSON object") }
        guard let rawBody = firstText(Fields.body, in: object) ?? firstText(Fields.summary, in: object) else {
            return .failure("no article text (expected a `text`, `body` or `content` string)")
        }
        // Scraped text often keeps its HTML escapes (`AT&amp;T`, `&#8217;`) without tags.
        let body = withoutTruncationMark(HTMLText.looksLikeHTML(rawBody) ? HTMLText.text(fromHTML: rawBody) : Entities.decode(rawBody))
        if body.allSatisfy(\.isWhitespace) { return .failure("empty article text") }
        var date: Day?
        for key in Fields.date {
            // Null or blank is no date, not a bad one.
            guard let d = object[key], !(d is NSNull), !((d as? String)?.allSatisfy(\.isWhitespace) ?? false) else { continue }
            if let day = self.date(d) { date = day; break }
            if Fields.requiredDate.contains(key) {
                return .failure(ReasonText("unreadable date \(d) (\(DateParsing.expectedForms))"))
            }
        }
        let title = first(Fields.title, in: object)
        return .success(ParsedRecord(
            position: position,
            ownID: first(Fields.ids, in: object),
            title: title.map { HTMLText.looksLikeHTML($0) ? HTMLText.text(fromHTML: $0) : HTMLText.text(fromPlain: $0) },
            date: date,
            source: first(Fields.source, in: object),
            url: first(Fields.url, in: object),
            author: Fields.author.lazy.compactMap { key -> String? in
                guard let list = object[key] as? [Any] else { return string(object[key]) }
                let names = list.compactMap(string)
                return names.isEmpty ? nil : names.joined(separator: ", ")
            }.first,
            body: body))
    }

    /// `text` without the `… [+1234 chars]` NewsAPI puts where it cut the text short.
    static func withoutTruncationMark(_ text: String) -> String {
        guard text.hasSuffix(" chars]"), let open = text.range(of: "[+", options: .backwards),
              text[open.upperBound...].dropLast(7).allSatisfy(\.isNumber) else { return text }
        return String(text[..<open.lowerBound]).trimmingWhitespace()
    }

    /// Article text as written (not trimmed), directly or in a nested object.
    static func text(_ value: Any?) -> String? {
        switch value {
        case let s as String: return s.allSatisfy(\.isWhitespace) ? nil : s
        case let nested as [String: Any]: return Fields.nestedText.lazy.compactMap { text(nested[$0] as? String) }.first
        default: return nil
        }
    }

    /// The first of `keys` that holds article text, as written.
    static func firstText(_ keys: [String], in object: [String: Any]) -> String? {
        keys.lazy.compactMap { text(object[$0]) }.first
    }

    /// The first of `keys` that holds text (directly or in a nested object), trimmed.
    static func first(_ keys: [String], in object: [String: Any]) -> String? {
        keys.lazy.compactMap { string(object[$0]) }.first
    }

    /// A date as text, or as a Unix time in seconds or milliseconds.
    static func date(_ value: Any) -> Day? {
        if let s = value as? String { return DateParsing.anyDate(s) }
        if let n = value as? NSNumber, !(value is Bool) { return DateParsing.unixTime(n.doubleValue) }
        if let nested = value as? [String: Any], let s = first(Fields.nestedText + ["$date"], in: nested) { return DateParsing.anyDate(s) }
        return nil
    }

    /// The articles of a whole-file object that lists them under a key (`{"articles":
    /// [...]}`, also one level down as in `{"response": {"docs": [...]}}`); nil when the
    /// object is not such a wrapper (then it is one article).
    static func wrappedList(_ value: Any) -> [Any]? {
        guard let object = value as? [String: Any], firstText(Fields.body, in: object) == nil else { return nil }
        func list(in object: [String: Any]) -> [Any]? {
            for key in Fields.lists {
                if let items = object[key] as? [Any], items.contains(where: { $0 is [String: Any] }) { return items }
            }
            return nil
        }
        if let items = list(in: object) { return items }
        for key in object.keys.sorted() {
            if let inner = object[key] as? [String: Any], let items = list(in: inner) { return items }
        }
        return nil
    }

    /// Strings and numbers (ids are often numbers), and the text of a nested object such
    /// as `{"name": "Reuters"}`; blank strings count as absent.
    static func string(_ value: Any?) -> String? {
        switch value {
        case let s as String: return s.allSatisfy(\.isWhitespace) ? nil : s.trimmingWhitespace()
        case let n as NSNumber: return n.stringValue
        case let nested as [String: Any]: return Fields.nestedText.lazy.compactMap { string(nested[$0] as? String) }.first
        default: return nil
        }
    }

    struct Line { let number: Int; let bytes: Data }

    static func splitLines(_ data: Data) -> [Line] {
        // Line ends found over the raw bytes: walking `Data` by index costs ~200
        // instructions a byte (as much as parsing the JSON), `memchr` almost nothing.
        let ends: [Int] = data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return [] }
            var ends: [Int] = []
            var at = 0
            while at < raw.count, let hit = memchr(base + at, 0x0A, raw.count - at) {
                let end = base.distance(to: UnsafeRawPointer(hit))
                ends.append(end)
                at = end + 1
            }
            if at < raw.count { ends.append(raw.count) }
            return ends
        }
        var lines: [Line] = []
        lines.reserveCapacity(ends.count)
        var start = 0
        for (k, end) in ends.enumerated() {
            lines.append(Line(number: k + 1, bytes: data[(data.startIndex + start)..<(data.startIndex + end)]))
            start = end + 1
        }
        return lines
    }

    static func isBlank(_ bytes: Data) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    static func describe(_ error: Error) -> String {
        let ns = error as NSError
        if let detail = ns.userInfo[NSDebugDescriptionErrorKey] as? String { return detail }
        return "syntax error"
    }
}

/// A failure reason that can be a `Result` failure.
public struct ReasonText: Error, ExpressibleByStringLiteral, CustomStringConvertible {
    public let description: String
    public init(stringLiteral value: String) { description = value }
    public init(_ value: String) { description = value }
}
