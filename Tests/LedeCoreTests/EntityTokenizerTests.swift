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

    @Test func anAbbreviationThatIsAlsoAWordEndsASentenceBeforeACapital() {
        #expect(words("North Korea said no. South Korea agreed.") == ["North", "Korea", "said", "no", ".", "South", "Korea", "agreed", "."])
        #expect(words("He fell ill. Doctors came.").contains("ill") )
        // Still an abbreviation before a number, a comma or a lower-case word.
        #expect(words("It was No. 5 on the list.").contains("No."))
        #expect(words("Elizabeth Warren, D-Mass., said so.").contains("Mass."))
        #expect(words("Dr. Smith arrived.").first == "Dr.")
        let tokens = Tokenizer.tokenize(Array("They said no. South Korea agreed.".unicodeScalars))
        #expect(tokens.filter(\.startsSentence).count == 2)
    }

    @Test func aWebAddressIsOneWordAndEndsNoSentence() {
        #expect(words("Amazon.com Inc. and News.com.au said so.") == ["Amazon.com", "Inc.", "and", "News.com.au", "said", "so", "."])
        #expect(words("See bbc.co.uk. Then stop.") == ["See", "bbc.co.uk", ".", "Then", "stop", "."])
        // Not a period between sentences written without a space, nor a number.
        #expect(words("It ended.Then 3.com") == ["It", "ended", ".", "Then", "3", ".", "com"])
        let tokens = Tokenizer.tokenize(Array("Data were found on Amazon.com web servers.".unicodeScalars))
        #expect(tokens.filter(\.startsSentence).count == 1)
    }
}
