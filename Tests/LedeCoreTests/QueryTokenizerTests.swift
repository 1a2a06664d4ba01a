import Testing
@testable import LedeCore

@Suite struct QueryTokenizerTests {
    func terms(_ text: String) -> [String] { TextTokenizer.terms(in: text) }

    @Test func caseAccentsAndPossessivesDoNotMatter() {
        #expect(terms("Microsoft’s MICROSOFT's Microsóft") == ["microsoft", "microsoft", "microsoft"])
        #expect(terms("Naïve CAFÉ") == ["naive", "cafe"])
        #expect(terms("don’t O'Brien") == ["dont", "obrien"])
    }

    @Test func otherScriptsAreCaseFoldedOnlyWhereTheyHaveCase() {
        // Devanagari has no case: its words stay as written, marks and all.
        #expect(terms("नमस्ते दुनिया") == ["नमस्ते", "दुनिया"])
        // Cyrillic and Armenian do, above U+0500 as below it.
        #expect(terms("МОСКВА Москва ԱՐՄԵՆԻԱ") == ["москва", "москва", "արմենիա"])
    }

    @Test func numbersAndInitialismsStayWhole() {
        #expect(terms("$19.4 million, 4,000 staff") == ["19.4", "million", "4,000", "staff"])
        #expect(terms("the U.S. border and U.S.-Mexico") == ["the", "u.s", "border", "and", "u.s", "mexico"])
        #expect(terms("end.Next") == ["end", "next"])
    }

    @Test func hyphensAndSlashesSplit() {
        #expect(terms("facial-recognition and/or") == ["facial", "recognition", "and", "or"])
    }

    @Test func spansAreCodePointOffsets() {
        let tokens = TextTokenizer.tokens(in: "“Café” 東京 U.S.")
        #expect(tokens.map(\.span) == [TextSpan(1, 5), TextSpan(7, 9), TextSpan(10, 13)])
        #expect(tokens.map(\.term) == ["cafe", "東京", "u.s"])
    }

    @Test func blankLinesMarkParagraphStarts() {
        let tokens = TextTokenizer.tokens(in: "one two\nthree\n\nfour")
        #expect(tokens.map(\.startsParagraph) == [false, false, false, true])
    }
}
