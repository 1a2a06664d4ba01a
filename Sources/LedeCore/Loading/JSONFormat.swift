import Foundation

/// Articles as JSON: one object a line (JSON Lines), an array of objects, or one object.
/// Fields: `title`, `date` (ISO 8601 date or date-time), `text` / `body` / `content`,
/// optional `source` / `outlet`, `url` / `link`, `id`, `author`.
public enum JSONFormat {
    static let bodyKeys = ["text", "body", "content"]

    /// JSON Lines, or one object spread over several lines.
    public static func parseObjects(_ data: Data, path: String) -> ParsedFile {
        let lines = splitLines(data)
        let nonBlank = lines.filter { !isBlank($0.bytes) }
        // A single pretty-printed object does not parse line by line; JSON Lines does (a
        // broken first line still leaves the later lines parseable).
        if let first = nonBlank.first, (try? JSONSerialization.jsonObject(with: first.bytes)) == nil {
            var file = ParsedFile(format: .jsonObject)
            do {
                let object = try JSONSerialization.jsonObject(with: data)
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
        if items.isEmpty { file.problems.append(LoadProblem(path: path, reason: "empty JSON array")) }
        for (i, item) in items.enumerated() {
            switch record(from: item, position: i + 1) {
            case .success(let r): file.records.append(r)
            case .failure(let reason): file.problems.append(LoadProblem(path: path, reason: reason.description, record: i + 1))
            }
        }
        return file
    }

    static func record(from value: Any, position: Int) -> Result<ParsedRecord, ReasonText> {
        guard let object = value as? [String: Any] else { return .failure("not a JSON object") }
        guard let rawBody = bodyKeys.lazy.compactMap({ object[$0] as? String }).first else {
            return .failure("no article text (expected a `text`, `body` or `content` string)")
        }
        let body = HTMLText.looksLikeHTML(rawBody) ? HTMLText.text(fromHTML: rawBody) : rawBody
        if body.allSatisfy(\.isWhitespace) { return .failure("empty article text") }
        var date: Day?
        if let d = object["date"] ?? object["published"], !(d is NSNull) {
            guard let s = d as? String, let day = DateParsing.anyDate(s) else {
                return .failure(ReasonText("unreadable date \(d) (expected ISO 8601, e.g. 2019-01-04)"))
            }
            date = day
        }
        return .success(ParsedRecord(
            position: position,
            ownID: string(object["id"]),
            title: string(object["title"]).map { HTMLText.text(fromPlain: $0) },
            date: date,
            source: string(object["source"]) ?? string(object["outlet"]),
            url: string(object["url"]) ?? string(object["link"]),
            author: string(object["author"]) ?? (object["author"] as? [Any])?.compactMap(string).joined(separator: ", "),
            body: body))
    }

    /// Strings and numbers (ids are often numbers); blank strings count as absent.
    static func string(_ value: Any?) -> String? {
        switch value {
        case let s as String: return s.allSatisfy(\.isWhitespace) ? nil : s.trimmingWhitespace()
        case let n as NSNumber: return n.stringValue
        default: return nil
        }
    }

    struct Line { let number: Int; let bytes: Data }

    static func splitLines(_ data: Data) -> [Line] {
        var lines: [Line] = []
        var start = data.startIndex
        var number = 1
        while start < data.endIndex {
            let end = data[start...].firstIndex(of: 0x0A) ?? data.endIndex
            lines.append(Line(number: number, bytes: data[start..<end]))
            number += 1
            start = end < data.endIndex ? data.index(after: end) : end
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
