import Foundation
import Testing
@testable import LedeCore

/// The scoring behind `lede-eval quotes`.
@Suite struct QuoteEvaluationTests {
    @Test func scoresSpansSpeakersAndPairs() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lede-qeval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("arts"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let one = "“We will build the bridge by June,” Mayor Ann Lee said. Critics called it “a fantasy” yesterday."
        let two = "Lee repeated: “We will build the bridge by June.” Nobody clapped. “Maybe,” one man said."
        try (" date 2020-01-01 " + one).write(to: root.appendingPathComponent("arts/1.txt"), atomically: false, encoding: .utf8)
        try (" date 2020-01-02 " + two).write(to: root.appendingPathComponent("arts/2.txt"), atomically: false, encoding: .utf8)
        let gold = [
            GoldArticle(file: "arts/1.txt", quotes: [
                .init(id: "q1", start: 0, end: 35, speaker_words: ["Lee"], speaker_entity: nil, optional: false),
                .init(id: "q2", start: 74, end: 85, speaker_words: [], speaker_entity: nil, optional: true),
            ], pairs: [["arts/1.txt#q1", "arts/2.txt#q1"]]),
            GoldArticle(file: "arts/2.txt", quotes: [
                .init(id: "q1", start: 14, end: 49, speaker_words: ["Smith"], speaker_entity: "Lee", optional: false),
            ], pairs: [["arts/1.txt#q1", "arts/2.txt#q1"]]),
        ]
        let (r, problems) = QuoteEvaluation().evaluate(gold: gold, root: root.path)
        #expect(problems.isEmpty)
        // The optional scare quote is neither right nor wrong; `“Maybe,”` is unannotated.
        #expect(r.exact.predictedRight == 2)
        #expect(r.exact.predictedWrong == 1)
        #expect(r.exact.goldFound == 2)
        #expect(r.speakerGold == 2)
        #expect(r.speakerRight == 2)  // by words in the first, by entity in the second
        #expect(r.pairs.truePositives == 1)
        #expect(r.pairs.falsePositives == 0)
    }
}

extension GoldArticle {
    init(file: String, quotes: [Quote], pairs: [[String]]) {
        let json = try! JSONSerialization.data(withJSONObject: [
            "file": file, "entities": [], "same_quote_pairs": pairs,
            "quotes": quotes.map { q in
                ["id": q.id, "start": q.start, "end": q.end, "text": "", "speaker_words": q.speaker_words ?? [],
                 "speaker_entity": q.speaker_entity as Any, "optional": q.optional] as [String: Any]
            },
        ])
        self = try! JSONDecoder().decode(GoldArticle.self, from: json)
    }
}

extension GoldArticle.Quote {
    init(id: String, start: Int, end: Int, speaker_words: [String], speaker_entity: String?, optional: Bool) {
        let json = try! JSONSerialization.data(withJSONObject: [
            "id": id, "start": start, "end": end, "text": "", "speaker_words": speaker_words,
            "speaker_entity": speaker_entity as Any, "optional": optional,
        ] as [String: Any])
        self = try! JSONDecoder().decode(GoldArticle.Quote.self, from: json)
    }
}
