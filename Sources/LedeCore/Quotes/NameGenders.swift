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

    /// Hashes of the lower-case ASCII names (the SSA's names are all ASCII).
    private let male: HashSet64
    private let female: HashSet64

    /// The gender of a capitalised first name, by its lower-case spelling.
    func gender(ofFirstName name: some StringProtocol) -> SpeakerNames.Gender? {
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        let h = Self.hash(name.utf8)
        return male.contains(h) ? .male : female.contains(h) ? .female : nil
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

    /// Reads lines of `name<TAB>m` or `name<TAB>f`, over bytes: it is read at start-up.
    init(fileBytes: Data) {
        var male = HashSet64(), female = HashSet64()
        let bytes = [UInt8](fileBytes)
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            if end - start > 2, bytes[end - 2] == 0x09 {
                let h = Self.hash(bytes[start..<(end - 2)])
                if bytes[end - 1] == UInt8(ascii: "m") { male.insert(h) } else if bytes[end - 1] == UInt8(ascii: "f") { female.insert(h) }
            }
            start = end + 1
        }
        (self.male, self.female) = (male, female)
    }

    /// FNV-1a over the lower-cased ASCII bytes.
    private static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes {
            let lower = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
            h = (h ^ UInt64(lower)) &* 0x100000001b3
        }
        return h
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
