import Testing
@testable import LedeCore

@Suite struct EntityTokenizerTests {
    func words(_ s: String) -> [String] {
        let scalars = Array(s.unicodeScalars)
        return Tokenizer.tokenize(scalars).map { Tokenizer.string(scalars[$0.start..<$0.end]) }
    }

    @Test func splitsLikeTheTrainingData() {
        #expect(words("Microsoft’s U.S. staff paid $19.4 million, 1,000 times.")
                == ["Microsoft", "’s", "U.S.", "staff", "paid", "$", "19.4", "million", ",", "1,000", "times", "."])
        #expect(words("Mr. O'Brien met Bailey-Ross.") == ["Mr.", "O'Brien", "met", "Bailey", "-", "Ross", "."])
    }

    @Test func lineBreaksStartSentences() {
        let tokens = Tokenizer.tokenize(Array("Headline\nBody text. Next one".unicodeScalars))
        #expect(tokens.map(\.startsSentence) == [true, true, false, false, true, false])
    }
}
