import ArgumentParser
import Foundation
import LedeCore

/// The paths every subcommand takes, the `--where` filter, and how they become a corpus.
struct CorpusOptions: ParsableArguments {
    @Option(name: .customLong("where"), help: ArgumentHelp(
        "Only articles matching QUERY, e.g. 'org:ICE date:2018-06' (see docs/query.md).",
        valueName: "QUERY"))
    var whereQuery: String?

    @Argument(help: "Article files or folders (folders are searched recursively). Default: ./seeds")
    var paths: [String] = []

    /// `./seeds` when no path is given and it exists; nil when there is nothing to open.
    func resolvedPaths() -> [String]? {
        if !paths.isEmpty { return paths }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: "seeds", isDirectory: &isDir), isDir.boolValue {
            return ["seeds"]
        }
        return nil
    }

    /// The `--where` query, parsed; exits 2 with the parser's message when it is malformed.
    func parsedQuery() throws -> Query? {
        guard let text = whereQuery else { return nil }
        switch Query.parse(text) {
        case .success(let q): return q
        case .failure(let e): throw Self.badQuery(text, e)
        }
    }

    /// Loads and analyses the corpus; reports skipped files on stderr; exits 1 if nothing
    /// opened. With `--where`, keeps only the matching articles (and the quote links
    /// between them), so every subcommand filters the same way.
    func openCorpus() throws -> Corpus {
        let query = try parsedQuery()
        let corpus = try openWholeCorpus()
        guard let query else { return corpus }
        let index = QueryIndex(corpus: corpus)
        return corpus.keeping(try Self.matches(of: query, in: index, text: whereQuery))
    }

    /// Loads and analyses the corpus without applying `--where`.
    func openWholeCorpus() throws -> Corpus {
        guard let paths = resolvedPaths() else {
            throw ValidationError("no PATH given and there is no ./seeds folder")
        }
        Self.warnIfNoEntityModel()
        let corpus = Corpus.open(paths: paths)
        for problem in corpus.problems { FileHandle.standardError.write(Data("lede: skipped \(problem)\n".utf8)) }
        if corpus.articles.isEmpty {
            FileHandle.standardError.write(Data("lede: no article could be opened\n".utf8))
            throw ExitCode(1)
        }
        return corpus
    }

    static func warnIfNoEntityModel() {
        if !EntityExtractor.modelFileFound {
            FileHandle.standardError.write(Data("lede: the entity model (tagger.bin) was not found beside the binary; set LEDE_RESOURCES to its folder. Names will be missed.\n".utf8))
        }
    }

    /// Evaluates a parsed query; an ambiguous name exits 2 like a malformed query.
    static func matches(of query: Query, in index: QueryIndex, text: String? = nil) throws -> [Int] {
        switch index.matches(query) {
        case .success(let found): return found
        case .failure(let e): throw badQuery(text ?? "", e)
        }
    }

    /// `lede: bad query: date:2018-13-01 — month 13 does not exist (at column 11)`, exit 2.
    static func badQuery(_ text: String, _ error: QueryError) -> ExitCode {
        FileHandle.standardError.write(Data("lede: bad query: \(text) — \(error)\n".utf8))
        return ExitCode(2)
    }
}

extension Corpus {
    /// The corpus restricted to the articles at `indices`, quote links included only
    /// between kept articles.
    func keeping(_ indices: [Int]) -> Corpus {
        let kept = indices.map { articles[$0] }
        let keptIDs = Set(kept.map(\.id))
        var related: [String: [QuoteLink]] = [:]
        for article in kept {
            for quote in article.quotes {
                guard let links = relatedQuotes[quote.id] else { continue }
                related[quote.id] = links.filter { keptIDs.contains($0.articleID) }
            }
        }
        return Corpus(articles: kept, relatedQuotes: related, problems: problems)
    }
}

/// Writes one JSON object a line without Foundation's key reordering surprises.
enum JSONLine {
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try! encoder.encode(value), as: UTF8.self)
    }
}
