import Foundation

/// The tagger and gazetteer the extractor uses, loaded once from the package resources
/// (`Resources/tagger.bin`, `Resources/gazetteer.bin`, built by `lede-eval build-model`).
struct EntityModels: Sendable {
    var tagger: Tagger?
    var gazetteer: Gazetteer

    static let shared: EntityModels = {
        func load(_ name: String) -> Data? {
            for folder in resourceFolders() {
                if let data = try? Data(contentsOf: folder.appendingPathComponent("\(name).bin"), options: .mappedIfSafe) {
                    return data
                }
            }
            return nil
        }
        let gazetteer = load("gazetteer").flatMap(Gazetteer.decode) ?? .empty
        let tagger = load("tagger").flatMap(Tagger.decode)
        return EntityModels(tagger: tagger, gazetteer: gazetteer)
    }()

    /// Where the model files may be, most specific first. Not `Bundle.module`: its accessor
    /// aborts the process when a binary has been copied away from its resource bundle, and
    /// a reader should rather run with fewer entities (and say so) than not at all.
    static func resourceFolders() -> [URL] {
        var folders: [URL] = []
        if let dir = ProcessInfo.processInfo.environment["LEDE_RESOURCES"], !dir.isEmpty {
            folders.append(URL(fileURLWithPath: dir))
        }
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        for base in [executable.deletingLastPathComponent(), Bundle.main.bundleURL] {
            folders.append(base.appendingPathComponent("Lede_LedeCore.resources/Resources"))
            folders.append(base.appendingPathComponent("Lede_LedeCore.bundle/Contents/Resources/Resources"))
            folders.append(base.appendingPathComponent("../share/lede").standardized)
        }
        // A build run from its source tree (tests, `swift run`).
        folders.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Resources"))
        return folders
    }
}

/// Builds the model files from `../shared/ner/` and scores the tagger on CoNLL data.
public enum EntityModelBuilder {
    public static let gazetteerFile = "gazetteer.bin"
    public static let taggerFile = "tagger.bin"

    /// Writes `gazetteer.bin`, `tagger.bin` and `name-genders.txt` into `outputFolder`.
    public static func build(sharedRoot: String, outputFolder: String, options: TaggerTrainer.Options = .init(),
                             log: (String) -> Void) throws {
        let ner = sharedRoot + "/ner"
        var entries = try GazetteerBuilder.build(gazetteerFolder: ner + "/gazetteers")
        let sources = CoNLL.documentSources(tsvPath: ner + "/docs.tsv", split: "train")
        let docs = try CoNLL.read(path: ner + "/train.conll", sources: sources)
        log("training documents: \(docs.count)")
        GazetteerBuilder.addCommonWords(from: docs, to: &entries)
        log("gazetteer phrases: \(entries.count)")
        let gazData = Gazetteer.encode(entries)
        try gazData.write(to: URL(fileURLWithPath: outputFolder + "/" + gazetteerFile))
        let gazetteer = Gazetteer(entries: entries)
        let features = TaggerTrainer(gazetteer: gazetteer, options: options).train(docs, log: log)
        let data = Tagger.encode(features)
        try data.write(to: URL(fileURLWithPath: outputFolder + "/" + taggerFile))
        let names = try buildNameGenders(sharedRoot: sharedRoot, outputFolder: outputFolder)
        log("wrote \(gazetteerFile) (\(gazData.count) bytes), \(taggerFile) (\(data.count) bytes), \(NameGenders.file) (\(names) names)")
    }

    /// Exact-span precision/recall/F1 per CoNLL type (PER, ORG, LOC, MISC) of the shipped
    /// tagger on a CoNLL file.
    public static func evaluateShipped(conllPath: String, sources: [String] = []) throws -> [(type: String, score: Score)] {
        let models = EntityModels.shared
        guard let tagger = models.tagger else { throw ModelMissing() }
        return try evaluate(tagger: tagger, gazetteer: models.gazetteer, conllPath: conllPath, sources: sources)
    }

    struct ModelMissing: Error, CustomStringConvertible {
        var description: String { "the tagger model (Resources/tagger.bin) is missing; run lede-eval build-model" }
    }

    /// Per type, then `ALL`, then (when `sources` names each document's source) `ALL <source>`.
    static func evaluate(tagger: Tagger, gazetteer: Gazetteer, conllPath: String, sources: [String] = []) throws -> [(type: String, score: Score)] {
        let docs = try CoNLL.read(path: conllPath, sources: sources)
        var scores: [String: Score] = [:]
        var bySource: [String: Score] = [:]
        for d in docs {
            var local = Score()
            defer { if !d.source.isEmpty { bySource[d.source, default: Score()] += local } }
            let (seqs, gold) = TaggerTrainer.sequences(of: d, gazetteer: gazetteer)
            for (seq, g) in zip(seqs, gold) {
                let predicted = tagger.tag(seq).map { NERTag.labels[$0] }
                let want = CoNLL.spans(g.map { NERTag.labels[$0] })
                let got = CoNLL.spans(predicted)
                var wantSet = Set(want.map { "\($0.start)-\($0.end)-\($0.type)" })
                for s in got {
                    if wantSet.remove("\(s.start)-\(s.end)-\(s.type)") != nil {
                        scores[s.type, default: Score()].truePositives += 1
                        local.truePositives += 1
                    } else {
                        scores[s.type, default: Score()].falsePositives += 1
                        local.falsePositives += 1
                    }
                }
                for s in want where wantSet.contains("\(s.start)-\(s.end)-\(s.type)") {
                    scores[s.type, default: Score()].falseNegatives += 1
                    local.falseNegatives += 1
                }
            }
        }
        return CoNLL.rows(scores, bySource: bySource)
    }
}
