/// One news article as loaded from disk. Immutable; analysis results live beside it.
public struct Article: Sendable, Hashable, Identifiable {
    /// Stable id: the path relative to the folder it was found in (or the path as given),
    /// plus `#N` for the Nth article of a multi-article file.
    public let id: String
    /// The file it came from, as the user named it or found below a named folder.
    public let path: String
    public let date: Day?
    public let title: String
    /// The outlet, when the format carries one.
    public let source: String?
    public let url: String?
    /// The article text exactly as in the file (not sanitized: offsets point into this).
    /// Paragraphs are separated by blank lines.
    public let body: String

    public init(id: String, path: String, date: Day?, title: String, source: String? = nil,
                url: String? = nil, body: String) {
        self.id = id
        self.path = path
        self.date = date
        self.title = title
        self.source = source
        self.url = url
        self.body = body
    }
}

/// A half-open range of Unicode scalar (code point) offsets into an article body.
/// Code points, not UTF-16 or grapheme clusters, because that is what the gold files and
/// the `--json` outputs count.
public struct TextSpan: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "TextSpan start \(start) > end \(end)")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }
    public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }

    public static func < (a: TextSpan, b: TextSpan) -> Bool {
        a.start != b.start ? a.start < b.start : a.end < b.end
    }

    public var description: String { "\(start)..<\(end)" }
}
