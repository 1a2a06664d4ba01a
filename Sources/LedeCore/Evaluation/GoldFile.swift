import Foundation

/// One article of a gold annotation file (`../shared/eval/*.jsonl`, see its README).
public struct GoldArticle: Decodable, Sendable {
    public struct Entity: Decodable, Sendable {
        public var start: Int
        public var end: Int
        public var text: String
        public var type: String
        public var entity: String?
        public var optional: Bool
        public var span: TextSpan { TextSpan(start, end) }
    }

    public struct Quote: Decodable, Sendable {
        public var id: String
        public var start: Int
        public var end: Int
        public var text: String
        public var speaker_words: [String]?
        public var speaker_entity: String?
        public var optional: Bool
        public var span: TextSpan { TextSpan(start, end) }
    }

    /// Relative to the folder that holds `eval/` (e.g. `seeds/000_….txt`).
    public var file: String
    public var date: String?
    public var entities: [Entity]
    public var quotes: [Quote]
    /// Pairs of `file#quoteID`.
    public var same_quote_pairs: [[String]]?

    /// Reads a JSON-lines gold file.
    public static func load(path: String) throws -> [GoldArticle] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let decoder = JSONDecoder()
        return try data.split(separator: UInt8(ascii: "\n")).compactMap { line in
            line.allSatisfy({ $0 == 32 || $0 == 13 }) ? nil : try decoder.decode(GoldArticle.self, from: Data(line))
        }
    }
}

/// Precision, recall and F1 from counts.
public struct Score: Sendable, CustomStringConvertible {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public init() {}

    public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }

    public static func += (lhs: inout Score, rhs: Score) {
        lhs.truePositives += rhs.truePositives
        lhs.falsePositives += rhs.falsePositives
        lhs.falseNegatives += rhs.falseNegatives
    }

    public var description: String {
        String(format: "P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)",
               precision, recall, f1, truePositives, falsePositives, falseNegatives)
    }
}
