import Testing
@testable import LedeCore

/// Finding quotation spans: marks, apostrophes, nesting, paragraphs, unbalanced marks.
@Suite struct QuoteFinderTests {
    func article(_ body: String, id: String = "a.txt") -> Article {
        Article(id: id, path: id, date: nil, title: "t", body: body)
    }

    func quotes(_ body: String) -> [Quote] { QuoteExtractor().quotes(in: article(body)) }

    /// The body text a span covers, counted in code points.
    func cut(_ body: String, _ span: TextSpan) -> String {
        let s = Array(body.unicodeScalars)
        return String(String.UnicodeScalarView(s[span.start..<span.end]))
    }

    @Test func curlyAndStraightQuotesSpanTheirMarksInCodePoints() {
        let body = "Fans 🎉 cheered. “We won,” she said. Then \"it was over\" he added."
        let q = quotes(body)
        #expect(q.map(\.text) == ["We won,", "it was over"])
        #expect(q.map { cut(body, $0.span) } == ["“We won,”", "\"it was over\""])
        #expect(q.map(\.id) == ["a.txt#q1", "a.txt#q2"])
    }

    @Test func apostrophesAreNeverQuoteMarks() {
        let body = "Microsoft’s chief said “I’ve seen the employees’ letter and it’s fine,” on Tuesday. The firm's view didn't change."
        let q = quotes(body)
        #expect(q.count == 1)
        #expect(q.first?.text == "I’ve seen the employees’ letter and it’s fine,")
    }

    @Test func nestedSingleQuotesBelongToTheOuterQuotation() {
        let body = "“Microsoft boasted that its services ‘support the core [ICE] agency functions’ and ‘accelerate facial recognition and identification,'” the letter says. “These are powerful capabilities.”"
        let q = quotes(body)
        #expect(q.count == 2)
        #expect(q[0].text.hasSuffix("identification,'"))
        #expect(cut(body, q[0].span).hasSuffix("identification,'”"))
        let nested = QuoteExtractor().nestedSpans(in: q[0], body: body).map { cut(body, $0) }
        #expect(nested == ["‘support the core [ICE] agency functions’", "‘accelerate facial recognition and identification,'"])
    }

    @Test func aQuotationOverSeveralParagraphsIsOneQuote() {
        let body = """
            He said the plan was sound.

            “We will build the bridge by June.

            “The money is there and the workers are ready,” Jones said.

            “Nobody doubts it.”
            """
        let q = quotes(body)
        #expect(q.count == 2)
        #expect(q[0].text == "We will build the bridge by June. The money is there and the workers are ready,")
        #expect(cut(body, q[0].span).hasPrefix("“We will build"))
        #expect(cut(body, q[0].span).hasSuffix("ready,”"))
        #expect(q[1].text == "Nobody doubts it.")
    }

    @Test func aContinuationParagraphMayOmitItsOpeningMark() {
        let body = """
            The coach said, "I think we have learned a lot.

            It was a very emotional day."

            The next match is on Sunday.
            """
        let q = quotes(body)
        #expect(q.map(\.text) == ["I think we have learned a lot. It was a very emotional day."])
    }

    @Test func anUnbalancedMarkEndsWithItsParagraph() {
        let body = """
            The mayor said "the roads will be fixed by spring.

            Critics disagreed. “It is a fantasy,” said Ann Lee.
            """
        let q = quotes(body)
        #expect(q.count == 2)
        #expect(q[0].text == "the roads will be fixed by spring.")
        #expect(cut(body, q[0].span) == "\"the roads will be fixed by spring.")
        #expect(q[1].text == "It is a fantasy,")
        #expect(q[1].speaker == "Ann Lee")
    }

    @Test func partialQuotesInsideASentence() {
        let body = "Employees said they were “dismayed” to learn of the contract and called it “a betrayal of our values” in a letter."
        #expect(quotes(body).map(\.text) == ["dismayed", "a betrayal of our values"])
    }

    @Test func britishStyleSingleQuotesWhenAnArticleHasNoDoubleMarks() {
        let body = "‘We are not going anywhere,’ the minister said. The workers’ union said it was ‘deeply disappointed’ by the ’90s-style plan."
        let q = quotes(body)
        #expect(q.map(\.text) == ["We are not going anywhere,", "deeply disappointed"])
    }

    /// An article pieced together from sources of both styles: single-quoted words outside
    /// the double quotations are quotations too; nested ones and one-word ones are not.
    @Test func singleQuotationsBesideDoubleOnes() {
        let body = """
            Starmer said he would not be "blown off course" by the defeat.

            ‘We will keep going,’ he told reporters. Farage said it was ‘Labour's worst night’. \
            "Our message is ‘simple’," said Ed Davey. The ‘Brexit’ vote was years ago.
            """
        #expect(quotes(body).map(\.text) == ["blown off course", "We will keep going,", "Labour's worst night",
                                              "Our message is ‘simple’,"])
    }

    @Test func spaceOnTheWrongSideOfAnOpeningMark() {
        let body = #"Burrows said kits would be available," For example, schools can run their own referendums". People were told to apply."#
        #expect(quotes(body).map(\.text) == ["For example, schools can run their own referendums"])
    }

    @Test func inchMarksAreNoQuotes() {
        #expect(quotes(#"The phone has a 6" screen, the tablet a 12" one."#).isEmpty)
    }

    @Test func emptyAndMarkOnlyArticlesGiveNoQuotes() {
        #expect(quotes("\"\" and “ ” and ' '").isEmpty)
        #expect(quotes("No quotes here at all.").isEmpty)
        #expect(quotes("\"").isEmpty)
    }
}

/// Random text full of marks, apostrophes and paragraph breaks: the finder must never
/// crash, and what it returns must be well-formed.
@Suite struct QuoteFinderRobustnessTests {
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
    }

    @Test func randomTextGivesWellFormedQuotes() {
        var rng = Generator(state: 7)
        let pieces = ["\"", "“", "”", "‘", "’", "'", "«", "»", " ", " ", "\n", "\n\n", "said", "Smith",
                      "he", "the", "letter", ",", ".", ":", "according to", "it’s", "I've", "—", "(", ")", "é", "🎉"]
        for _ in 0..<1500 {
            let n = Int(rng.next() % 60)
            let body = (0..<n).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined(separator: Bool.random(using: &rng) ? " " : "")
            let article = Article(id: "r", path: "r", date: nil, title: "t", body: body)
            let quotes = QuoteExtractor().quotes(in: article)
            let scalars = Array(body.unicodeScalars)
            var lastEnd = 0
            for q in quotes {
                #expect(q.span.start >= lastEnd && q.span.end <= scalars.count, "\(q.span) in \(body.debugDescription)")
                #expect(QuoteScanner.isQuoteMark(scalars[q.span.start]))
                #expect(!q.text.isEmpty)
                if let s = q.speakerSpan { #expect(s.end <= scalars.count && !s.overlaps(q.span)) }
                lastEnd = q.span.end
            }
            _ = QuoteLinker().link([AnalyzedArticle(article: article, quotes: quotes)])
        }
    }
}
