import ArgumentParser
import Foundation
import LedeCore

/// `lede-eval quotes --gold PATH`: quote span P/R/F1 (exact and overlap), speaker accuracy,
/// same-quotation pair P/R.
struct EvalQuotes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Score quotation finding, speakers and linking against a gold file.")

    @Option(help: "Gold JSON-lines file (e.g. ../shared/eval/seeds-gold.jsonl).")
    var gold: String

    @Option(help: "Folder the gold `file` paths are relative to. Default: the parent of the gold file's folder.")
    var root: String?

    @Flag(help: "List every miss, wrong span, wrong speaker and wrong pair.")
    var verbose = false

    func run() throws {
        let articles: [GoldArticle]
        do { articles = try GoldArticle.load(path: gold) } catch {
            throw ValidationError("cannot read gold file \(gold): \(error)")
        }
        let base = root ?? URL(fileURLWithPath: gold).deletingLastPathComponent().deletingLastPathComponent().path
        let (r, problems) = QuoteEvaluation().evaluate(gold: articles, root: base)
        for p in problems { FileHandle.standardError.write(Data("lede-eval: skipped \(p)\n".utf8)) }
        print("articles        \(articles.count)")
        print("spans exact     \(r.exact)")
        print("spans overlap   \(r.overlap)")
        if r.speakerGold > 0 {
            print(String(format: "speakers        %.3f  (%d right of %d gold quotes with a speaker; %d of them found)",
                         r.speakerAccuracy, r.speakerRight, r.speakerGold, r.speakerFound))
        } else {
            print("speakers        (gold names no speakers)")
        }
        print("same-quote pairs \(r.pairs)")
        if verbose { for n in r.notes { print("  " + n) } }
    }
}
