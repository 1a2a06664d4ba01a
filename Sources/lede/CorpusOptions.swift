import ArgumentParser
import Foundation
import LedeCore

/// The paths every subcommand takes, and how they become a corpus.
struct CorpusOptions: ParsableArguments {
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

    /// Loads and analyses the corpus; reports skipped files on stderr; exits 1 if nothing opened.
    func openCorpus() throws -> Corpus {
        guard let paths = resolvedPaths() else {
            throw ValidationError("no PATH given and there is no ./seeds folder")
        }
        let corpus = Corpus.open(paths: paths)
        for problem in corpus.problems { FileHandle.standardError.write(Data("lede: skipped \(problem)\n".utf8)) }
        if corpus.articles.isEmpty {
            FileHandle.standardError.write(Data("lede: no article could be opened\n".utf8))
            throw ExitCode(1)
        }
        return corpus
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
