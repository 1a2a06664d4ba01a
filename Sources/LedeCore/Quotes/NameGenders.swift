import Foundation

/// First names nearly always given to boys or to girls, from the US Social Security
/// Administration's birth counts (`first_names_ssa.tsv`, public domain). A pronoun's speaker
/// falls back on them when the article itself never shows a person's gender (`She said`
/// after `Walter Munk` was quoted means someone else).
public struct NameGenders: Sendable {
    public static let file = "name-genders.txt"
    /// A name counts when this many children were given it (not rare ones such as `Ma`, a
    /// surname written first in Chinese names)...
    static let minimumBirths = 1000
    /// ...and at least this share of them were of one sex (`Jordan`, `Taylor` are not).
    static let minimumShare = 0.95

    private let genders: [String: SpeakerNames.Gender]

    init(genders: [String: SpeakerNames.Gender]) { self.genders = genders }

    /// The gender of a capitalised first name, by its lower-case spelling.
    func gender(ofFirstName name: some StringProtocol) -> SpeakerNames.Gender? { genders[name.lowercased()] }

    var isEmpty: Bool { genders.isEmpty }

    /// Loaded once from the model folder; empty (no fallback) when the file is missing.
    static let shared: NameGenders = {
        for folder in EntityModels.resourceFolders() {
            if let text = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8) {
                return NameGenders(fileText: text)
            }
        }
        return NameGenders(genders: [:])
    }()

    /// Reads lines of `name<TAB>m` or `name<TAB>f`.
    init(fileText: String) {
        var genders: [String: SpeakerNames.Gender] = [:]
        for line in fileText.split(separator: "\n") {
            let parts = line.split(separator: "\t")
            guard parts.count == 2 else { continue }
            genders[String(parts[0])] = parts[1] == "m" ? .male : parts[1] == "f" ? .female : nil
        }
        self.genders = genders
    }

    /// The file's text from the SSA table (`name`, `female_births`, `male_births`), sorted by
    /// name so a rebuild gives the same bytes.
    static func fileText(fromSSATable table: String) -> String {
        var lines: [String] = []
        for row in table.split(separator: "\n").dropFirst() {
            let f = row.split(separator: "\t")
            guard f.count == 3, let female = Double(f[1]), let male = Double(f[2]) else { continue }
            let total = female + male
            guard total >= Double(minimumBirths) else { continue }
            let name = f[0].lowercased()
            if male / total >= minimumShare { lines.append("\(name)\tm") }
            else if female / total >= minimumShare { lines.append("\(name)\tf") }
        }
        return lines.sorted().joined(separator: "\n") + "\n"
    }
}

extension EntityModelBuilder {
    /// Writes `name-genders.txt` into `outputFolder` from `../shared/ner/gazetteers/`.
    public static func buildNameGenders(sharedRoot: String, outputFolder: String) throws -> Int {
        let table = try String(contentsOfFile: sharedRoot + "/ner/gazetteers/first_names_ssa.tsv", encoding: .utf8)
        let text = NameGenders.fileText(fromSSATable: table)
        try text.write(toFile: outputFolder + "/" + NameGenders.file, atomically: true, encoding: .utf8)
        return text.split(separator: "\n").count
    }
}
