import Foundation

/// A CoNLL file (`token<TAB>tag`, IOB2, blank line between sentences, `-DOCSTART-` before
/// each document), as documents of sentences.
public struct CoNLLDocument: Sendable {
    public var source: String
    public var sentences: [[(token: String, tag: String)]]
}

public enum CoNLL {
    /// Reads `path`; `sources` (from `docs.tsv`, in file order) names each document's source.
    public static func read(path: String, sources: [String] = []) throws -> [CoNLLDocument] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var docs: [CoNLLDocument] = []
        var sentence: [(token: String, tag: String)] = []
        func endSentence() {
            if !sentence.isEmpty {
                if docs.isEmpty { docs.append(CoNLLDocument(source: "", sentences: [])) }
                docs[docs.count - 1].sentences.append(sentence)
                sentence = []
            }
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty { endSentence(); continue }
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count >= 2 else { continue }
            if parts[0] == "-DOCSTART-" {
                endSentence()
                let i = docs.count
                docs.append(CoNLLDocument(source: i < sources.count ? sources[i] : "", sentences: []))
                continue
            }
            sentence.append((String(parts[0]), String(parts[parts.count - 1])))
        }
        endSentence()
        return docs
    }

    /// The `source` column of `docs.tsv` rows whose `split` is `split`, in file order.
    public static func documentSources(tsvPath: String, split: String) -> [String] {
        guard let text = try? String(contentsOfFile: tsvPath, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let cols = line.split(separator: "\t")
            return cols.count > 2 && cols[0] == split ? String(cols[2]) : nil
        }
    }

    /// The rows a CoNLL evaluation prints: PER, ORG, LOC, `ALL`, then `ALL <source>` for each
    /// source scored apart.
    static func rows(_ scores: [String: Score], bySource: [String: Score]) -> [(type: String, score: Score)] {
        let types = ["PER", "ORG", "LOC"]
        return types.map { ($0, scores[$0] ?? Score()) } + [("ALL", EntityEvaluation.total(scores, types: types))]
            + bySource.keys.sorted().map { ("ALL \($0)", bySource[$0]!) }
    }

    /// Entity spans `(start, end, type)` over token indices from IOB2 tags.
    public static func spans(_ tags: [String]) -> [(start: Int, end: Int, type: String)] {
        var out: [(Int, Int, String)] = []
        var start = -1
        var type = ""
        for (i, t) in tags.enumerated() {
            let isBegin = t.hasPrefix("B-")
            let isInside = t.hasPrefix("I-")
            let ty = (isBegin || isInside) ? String(t.dropFirst(2)) : ""
            if start >= 0, !(isInside && ty == type) {
                out.append((start, i, type))
                start = -1
            }
            if isBegin || (isInside && start < 0) {
                start = i
                type = ty
            }
        }
        if start >= 0 { out.append((start, tags.count, type)) }
        return out
    }
}
