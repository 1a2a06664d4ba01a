/// Why a file (or one record in it) was not opened. Shown on the `E` key and by the CLI.
public struct LoadProblem: Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    /// 1-based line of the bad record or syntax error (JSON Lines, XML), when known.
    public var line: Int?
    /// 1-based position of the bad record in a list of records (JSON array, feed), when known.
    public var record: Int?

    public init(path: String, reason: String, line: Int? = nil, record: Int? = nil) {
        self.path = path
        self.reason = reason
        self.line = line
        self.record = record
    }

    public var description: String {
        var place = path
        if let line { place += ":\(line)" }
        if let record { place += " (record \(record))" }
        return "\(place): \(reason)"
    }
}

public struct LoadResult: Sendable {
    public var articles: [Article]
    public var problems: [LoadProblem]

    public init(articles: [Article] = [], problems: [LoadProblem] = []) {
        self.articles = articles
        self.problems = problems
    }
}
