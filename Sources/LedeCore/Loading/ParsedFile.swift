/// The formats an article file can be in, told apart by content (the extension only
/// breaks ties for text with no recognisable header).
public enum ArticleFormat: String, Sendable, CaseIterable {
    case seed, jsonLines, jsonArray, jsonObject, rss, atom, frontMatter
    /// CSV, TSV and the like (`CSVFormat`).
    case table
    /// A saved web page (`HTMLPageFormat`).
    case htmlPage

    /// Formats that hold a list of articles, whose ids get a `#N` suffix.
    public var holdsManyArticles: Bool {
        switch self {
        case .jsonLines, .jsonArray, .rss, .atom, .table: true
        case .seed, .jsonObject, .frontMatter, .htmlPage: false
        }
    }

    /// Looks at the first non-blank characters; nil when nothing matches.
    public static func detect(_ text: String) -> ArticleFormat? {
        if SeedFormat.matches(text) { return .seed }
        let head = text.unicodeScalars.drop(while: { $0 == "\u{FEFF}" || $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" })
        guard let first = head.first else { return nil }
        switch first {
        case "[": return .jsonArray
        case "{": return .jsonLines  // refined by the JSON reader: one object may span lines
        case "<":
            let prefix = String(String.UnicodeScalarView(head.prefix(4096))).lowercased()
            if prefix.hasPrefix("<!doctype html") || prefix.hasPrefix("<html") { return .htmlPage }
            if prefix.contains("<rss") || prefix.contains("<rdf:rdf") { return .rss }
            if prefix.contains("<feed") { return .atom }
            if prefix.contains("<html") || prefix.contains("<head") || prefix.contains("<body") || prefix.contains("<article") {
                return .htmlPage
            }
            return nil
        case "-":
            return head.starts(with: "---".unicodeScalars) ? .frontMatter : nil
        case "+":
            return head.starts(with: "+++".unicodeScalars) ? .frontMatter : nil
        default:
            return CSVFormat.matches(text) ? .table : nil
        }
    }
}

/// One article as a format reader found it, before it gets its corpus id.
public struct ParsedRecord: Sendable, Hashable {
    /// 1-based position in the file (counting bad records too, so ids stay stable when a
    /// bad record is fixed).
    public var position: Int
    /// The record's own id (`id` field, feed guid), if it has one.
    public var ownID: String?
    public var title: String?
    public var date: Day?
    public var source: String?
    public var url: String?
    public var author: String?
    public var body: String

    public init(position: Int, ownID: String? = nil, title: String? = nil, date: Day? = nil,
                source: String? = nil, url: String? = nil, author: String? = nil, body: String) {
        self.position = position
        self.ownID = ownID
        self.title = title
        self.date = date
        self.source = source
        self.url = url
        self.author = author
        self.body = body
    }
}

/// What one file yielded: its good records and a problem for each bad one.
public struct ParsedFile: Sendable {
    public var format: ArticleFormat?
    public var records: [ParsedRecord] = []
    public var problems: [LoadProblem] = []

    public init(format: ArticleFormat?, records: [ParsedRecord] = [], problems: [LoadProblem] = []) {
        self.format = format
        self.records = records
        self.problems = problems
    }
}
