import ArgumentParser
import Foundation
import LedeCore

/// `lede list`: the articles (matching `--where`), newest first unless `--sort` says.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List articles: date, source and title, or one JSON object a line.")

    enum Sort: String, ExpressibleByArgument, CaseIterable {
        case newest, oldest, mentions, relevance
    }

    @Flag(help: "One JSON object a line: {\"article\", \"path\", \"date\", \"title\", \"source\", \"url\"}.")
    var json = false

    @Option(help: ArgumentHelp(
        "newest (default), oldest, mentions (of the entities --where names), relevance (to its words).",
        valueName: "ORDER"))
    var sort: Sort = .newest

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let query = try corpus.parsedQuery() ?? .all
        let whole = try corpus.openWholeCorpus()
        let order: [Int]
        if query == .all, sort == .newest || sort == .oldest {
            // Nothing to match: skip building the word index.
            order = Self.byDate(whole.articles, newestFirst: sort == .newest)
        } else {
            order = try ordered(whole, query: query)
        }
        let articles = order.map { whole.articles[$0].article }
        if json {
            for a in articles { print(JSONLine.encode(Row(a))) }
        } else if articles.isEmpty {
            FileHandle.standardError.write(Data("lede: no article matches \(corpus.whereQuery ?? "")\n".utf8))
        } else {
            print(table(articles), terminator: "")
        }
    }

    func ordered(_ whole: Corpus, query: Query) throws -> [Int] {
        let index = QueryIndex(corpus: whole)
        let order: [Int]
        switch sort {
        case .relevance:
            switch index.search(query) {
            case .success(let hits): order = hits.map(\.article)
            case .failure(let e): throw CorpusOptions.badQuery(corpus.whereQuery ?? "", e)
            }
        case .newest, .oldest, .mentions:
            let found = try CorpusOptions.matches(of: query, in: index, text: corpus.whereQuery)
            let articleOrder: ArticleOrder = sort == .oldest ? .oldestFirst : sort == .mentions ? .mostMentions : .newestFirst
            order = index.sorted(found, by: articleOrder, for: query)
        }
        return order
    }

    /// Same order as `QueryIndex.sorted`: by day, ties in corpus order, undated last.
    static func byDate(_ articles: [AnalyzedArticle], newestFirst: Bool) -> [Int] {
        articles.indices.sorted { i, j in
            switch (articles[i].article.date, articles[j].article.date) {
            case let (a?, b?) where a != b: return newestFirst ? a > b : a < b
            case (nil, _?): return false
            case (_?, nil): return true
            default: return i < j
            }
        }
    }

    struct Row: Encodable {
        var article: String
        var path: String
        var date: String?
        var title: String
        var source: String?
        var url: String?

        init(_ a: Article) {
            article = a.id
            path = a.path
            date = a.date?.description
            title = a.title
            source = a.source
            url = a.url
        }

        enum CodingKeys: String, CodingKey { case article, path, date, title, source, url }

        /// Absent dates, sources and links are written as null, not left out.
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(article, forKey: .article)
            try c.encode(path, forKey: .path)
            try c.encode(date, forKey: .date)
            try c.encode(title, forKey: .title)
            try c.encode(source, forKey: .source)
            try c.encode(url, forKey: .url)
        }
    }

    /// Date, source and title columns; article text is untrusted, so it is made safe to print.
    func table(_ articles: [Article]) -> String {
        let sources = articles.map { Sanitizer.display($0.source ?? "-").singleLine }
        let width = min(24, max("SOURCE".count, sources.map(\.count).max() ?? 0))
        var out = "DATE        " + "SOURCE".padded(to: width) + "  TITLE\n"
        for (a, source) in zip(articles, sources) {
            let date = a.date?.description ?? "----------"
            let s = source.count > width ? String(source.prefix(width - 1)) + "…" : source.padded(to: width)
            out += "\(date)  \(s)  \(Sanitizer.display(a.title).singleLine)\n"
        }
        return out
    }
}

private extension String {
    func padded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    /// Newlines (kept by the sanitizer for the reader) would break the table's rows.
    var singleLine: String { replacingOccurrences(of: "\n", with: " ") }
}
