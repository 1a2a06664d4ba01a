import ArgumentParser
import Foundation
import LedeCore

/// Rebuilds the entity extractor's data files from `../shared/ner/`.
struct BuildModel: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build-model",
        abstract: "Builds Sources/LedeCore/Entities/Resources/{gazetteer,tagger}.bin and name-genders.txt from ../shared/ner (train.conll only).")

    @Option(help: "The shared data folder (holds ner/).")
    var shared: String = "../shared"

    @Option(help: "Where to write the files.")
    var output: String = "Sources/LedeCore/Entities/Resources"

    @Option(help: "Training epochs.")
    var epochs: Int = 12

    @Option(help: "Leave out features whose averaged weights all stay below this.")
    var prune: Float = 1.5

    /// The tweets (BTC, WNUT-17) are left out by default: lower-case, hashtags and
    /// platform names tagged O teach the tagger the wrong things about edited news.
    @Option(help: "Source repeats, e.g. gum=2,btc=0 (sources: gum wikigold btc wnut17 uner_ewt uner_pud re3d).")
    var repeats: String = "btc=0,wnut17=0"

    @Flag(help: "Only rebuild name-genders.txt (quick; leaves the tagger as it is).")
    var nameGendersOnly = false

    func run() throws {
        if nameGendersOnly {
            let n = try EntityModelBuilder.buildNameGenders(sharedRoot: shared, outputFolder: output)
            print("wrote \(NameGenders.file) (\(n) names)")
            return
        }
        var options = TaggerTrainer.Options()
        options.epochs = epochs
        options.pruneBelow = prune
        for part in repeats.split(separator: ",") {
            let kv = part.split(separator: "=")
            guard kv.count == 2, let n = Int(kv[1]) else { throw ValidationError("bad --repeats part \(part)") }
            options.sourceRepeats[String(kv[0])] = n
        }
        guard FileManager.default.fileExists(atPath: shared + "/ner/train.conll") else {
            throw ValidationError("\(shared)/ner/train.conll not found; pass --shared")
        }
        try EntityModelBuilder.build(sharedRoot: shared, outputFolder: output, options: options) { print($0) }
    }
}
