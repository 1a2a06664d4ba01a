import Foundation
import Testing
@testable import LedeCore

@Suite struct EntityEvaluationTests {
    func gold(_ entities: String) throws -> [GoldArticle] {
        let line = #"{"file": "x.txt", "entities": [\#(entities)], "quotes": []}"#
        return [try JSONDecoder().decode(GoldArticle.self, from: Data(line.utf8))]
    }

    func mention(_ start: Int, _ end: Int, _ type: EntityType) -> EntityMention {
        EntityMention(span: TextSpan(start, end), text: "", type: type, canonical: "c")
    }

    @Test func exactAndOverlappingMatchesCountSeparately() throws {
        let g = try gold(#"""
            {"start": 0, "end": 10, "text": "", "type": "ORG", "optional": false},
            {"start": 20, "end": 25, "text": "", "type": "PERSON", "optional": false},
            {"start": 40, "end": 45, "text": "", "type": "GROUP", "optional": true}
            """#)
        let ev = EntityEvaluation.score(gold: g, predicted: [[
            mention(0, 10, .org),       // exact
            mention(21, 25, .person),   // overlap only
            mention(40, 44, .place),    // on an optional span: not counted
            mention(50, 55, .place),    // wrong
        ]])
        #expect(ev.types == ["PERSON", "ORG"])
        #expect(ev.exact["ORG"]?.truePositives == 1)
        #expect(ev.exact["PERSON"]?.falseNegatives == 1 && ev.exact["PERSON"]?.falsePositives == 1)
        #expect(ev.overlap["PERSON"]?.truePositives == 1)
        // PLACE is not required anywhere in this gold, so PLACE guesses are not scored.
        #expect(ev.overlap["PLACE"] == nil)
    }

    @Test func aPredictionOfTheWrongTypeIsAMissAndAFalseAlarm() throws {
        let g = try gold(#"{"start": 0, "end": 6, "text": "", "type": "ORG", "optional": false}, {"start": 9, "end": 12, "text": "", "type": "PLACE", "optional": false}"#)
        let ev = EntityEvaluation.score(gold: g, predicted: [[mention(0, 6, .place)]])
        #expect(ev.overlap["ORG"]?.falseNegatives == 1)
        #expect(ev.overlap["PLACE"]?.falsePositives == 1)
    }
}

@Suite struct ConllPipelineEvaluationTests {
    @Test func aCoNLLDocumentIsWrittenOutAsReadableTextWithEachTokensSpan() {
        let doc = CoNLLDocument(source: "gum", sentences: [
            [("Storm", "O"), ("hits", "O"), ("Tokyo", "B-LOC")],
            [("\"", "O"), ("It", "O"), ("'s", "O"), ("over", "O"), (",", "O"), ("\"", "O"),
             ("said", "O"), ("Yuki", "B-PER"), ("Sato", "I-PER"), ("(", "O"), ("NHK", "B-ORG"), (")", "O"), (".", "O")],
        ])
        let (body, spans) = ConllPipelineEvaluation.text(of: doc)
        // A headline without final punctuation stands as its own paragraph.
        #expect(body == "Storm hits Tokyo\n\n\"It's over,\" said Yuki Sato (NHK).")
        let scalars = Array(body.unicodeScalars)
        func word(_ s: Int, _ t: Int) -> String {
            String(String.UnicodeScalarView(scalars[spans[s][t].start..<spans[s][t].end]))
        }
        #expect(word(0, 2) == "Tokyo")
        #expect(word(1, 2) == "'s")
        #expect(word(1, 7) == "Yuki" && word(1, 10) == "NHK")
    }
}
