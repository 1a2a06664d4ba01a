import ArgumentParser
import LedeCore

@main
struct Lede: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lede",
        abstract: "A terminal reader for collections of news articles.")

    @Argument(help: "Article files or folders (default: ./seeds).")
    var paths: [String] = []

    func run() throws {
        let corpus = Corpus.open(paths: paths.isEmpty ? ["seeds"] : paths)
        for a in corpus.articles { print(a.article.date.map(\.description) ?? "", a.article.title) }
        for p in corpus.problems { print("skipped:", p) }
    }
}
