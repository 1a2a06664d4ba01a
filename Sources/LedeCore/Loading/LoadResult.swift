/// Why a file (or one record in it) was not opened. Shown on the `E` key and by the CLI.
public struct LoadProblem: Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}

public struct LoadResult: Sendable {
    public var articles: [Article]
    public var problems: [LoadProblem]

    public init(articles: [Article] = [], problems: [LoadProblem] = []) {
        self.articles = articles
        self.problems = problems
    }
}
