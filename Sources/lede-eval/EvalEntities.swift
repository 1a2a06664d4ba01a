import ArgumentParser
import Foundation
import LedeCore

/// `lede-eval entities --gold FILE`: precision, recall and F1 per type against gold spans;
/// `--conll FILE`: the tagger alone, then the whole pipeline, on CoNLL data (exact spans).
struct EvalEntities: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Scores entity extraction against a gold file and/or CoNLL data.")

    @Option(help: "Gold JSON-lines file (e.g. ../shared/eval/seeds-gold.jsonl).")
    var gold: [String] = []

    @Option(help: "The folder gold `file` paths are relative to. Default: the folder above the gold file's eval/.")
    var corpusRoot: String?

    @Option(help: "A CoNLL file to score the tagger alone and the whole pipeline on (PER/ORG/LOC, exact spans), e.g. ../shared/ner/dev.conll.")
    var conll: String?

    @Flag(help: "List missed and spurious mentions, split and merged entities.")
    var verbose = false

    func validate() throws {
        if gold.isEmpty && conll == nil { throw ValidationError("give --gold FILE and/or --conll FILE") }
    }

    func run() throws {
        for path in gold {
            guard FileManager.default.isReadableFile(atPath: path) else {
                throw ValidationError("cannot read gold file \(path)")
            }
            let articles: [GoldArticle]
            do { articles = try GoldArticle.load(path: path) } catch {
                throw ValidationError("\(path) is not a gold JSON-lines file: \(error)")
            }
            let root = corpusRoot ?? URL(fileURLWithPath: path).deletingLastPathComponent().deletingLastPathComponent().path
            let ev = try EntityEvaluation.run(gold: articles, corpusRoot: root)
            print("\(path): \(ev.articles) articles")
            for (label, scores) in [("exact span", ev.exact), ("overlapping span, same type", ev.overlap)] {
                print("  \(label)")
                for t in ev.types { print("    \(t.padding(toLength: 7, withPad: " ", startingAt: 0)) \(scores[t] ?? Score())") }
                print("    \("ALL".padding(toLength: 7, withPad: " ", startingAt: 0)) \(EntityEvaluation.total(scores, types: ev.types))")
                let ppl = ["PERSON", "ORG", "PLACE"].filter { ev.types.contains($0) }
                if ppl.count == 3, ev.types.count > 3 {
                    print("    PER/ORG/PLACE \(EntityEvaluation.total(scores, types: ppl))")
                }
            }
            if ev.datesWithGoldValue > 0 { print("  dates resolved as gold: \(ev.datesResolved)/\(ev.datesWithGoldValue)") }
            print("  gold entities split over several canonical names: \(ev.splitEntities.count); canonical names merging gold entities: \(ev.mergedEntities.count)")
            if verbose {
                for s in ev.splitEntities { print("  split  \(s)") }
                for s in ev.mergedEntities { print("  merged \(s)") }
                for m in ev.misses {
                    print("  \(m.kind.padding(toLength: 8, withPad: " ", startingAt: 0)) \(m.type.padding(toLength: 6, withPad: " ", startingAt: 0)) \(m.file)@\(m.start) \(m.text.debugDescription)")
                }
            }
        }
        if let conll {
            print("\(conll): tagger alone, exact spans")
            // docs.tsv beside the CoNLL file names each document's source: scores per source too.
            let tsv = URL(fileURLWithPath: conll).deletingLastPathComponent().appendingPathComponent("docs.tsv").path
            let split = URL(fileURLWithPath: conll).deletingPathExtension().lastPathComponent
            let sources = CoNLL.documentSources(tsvPath: tsv, split: split)
            for (type, score) in try EntityModelBuilder.evaluateShipped(conllPath: conll, sources: sources) {
                print("    \(type.padding(toLength: 16, withPad: " ", startingAt: 0)) \(score)")
            }
            print("\(conll): the whole pipeline, each document as one article, exact spans")
            let whole = try ConllPipelineEvaluation.run(conllPath: conll, sources: sources)
            for (type, score) in whole.scores {
                print("    \(type.padding(toLength: 16, withPad: " ", startingAt: 0)) \(score)")
            }
            if verbose {
                for m in whole.misses {
                    print("  \(m.kind.padding(toLength: 8, withPad: " ", startingAt: 0)) \(m.type) \(m.source) \(m.text.debugDescription)  \(m.context)")
                }
            }
        }
    }
}
