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

    /// The names' lower-case hashes, as the tokens' (`TokenInfo.lower`).
    private let male: HashSet64
    private let female: HashSet64

    /// The gender of a capitalised first name, by its lower-case spelling.
    func gender(ofFirstName name: some StringProtocol) -> SpeakerNames.Gender? {
        gender(ofLowerHash: TokenInfo(Array(name.unicodeScalars)[...]).lower)
    }

    /// The same for a token already hashed (`infos[i].lower`).
    func gender(ofLowerHash h: UInt64) -> SpeakerNames.Gender? {
        male.contains(h) ? .male : female.contains(h) ? .female : nil
    }

    /// Loaded once from the model folder; empty (no fallback) when the file is missing.
    static let shared: NameGenders = {
        for folder in EntityModels.resourceFolders() {
            if let data = try? Data(contentsOf: folder.appendingPathComponent(file)) {
                return NameGenders(fileBytes: data)
            }
        }
        return NameGenders(fileBytes: Data())
    }()

    /// Reads lines of `name<TAB>m` or `name<TAB>f` (it is read at start-up: no `String`
    /// split per line).
    init(fileBytes: Data) {
        var male = HashSet64(), female = HashSet64()
        let scalars = [Unicode.Scalar](fileBytes.map { Unicode.Scalar($0) })  // the names are ASCII
        var start = 0
        while start < scalars.count {
            var end = start
            while end < scalars.count, scalars[end] != "\n" { end += 1 }
            if end - start > 2, scalars[end - 2] == "\t" {
                let h = TokenInfo(scalars[start..<(end - 2)]).lower
                if scalars[end - 1] == "m" { male.insert(h) } else if scalars[end - 1] == "f" { female.insert(h) }
            }
            start = end + 1
        }
        (self.male, self.female) = (male, female)
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
