import Testing
@testable import LedeCore

@Suite struct QueryTextTests {
    let seeds = QueryIndex(articles: QueryFixtures.seeds())

    func ids(_ query: String) throws -> [String] {
        try seeds.matches(query).get().map { seeds.articles[$0].id }
    }

    @Test func entityTermsWrittenFromTheSidebarSelectThatEntity() throws {
        #expect(QueryText.entity(.person, "Brad Smith") == "person:\"Brad Smith\"")
        #expect(QueryText.entity(.org, "Gizmodo") == "org:Gizmodo")
        #expect(try ids(QueryText.entity(.person, "Brad Smith")) == ["000_0be69797d0ca9a8f.txt"])
        #expect(try ids(QueryText.entity(.org, "Immigration and Customs Enforcement")).count == 2)
        #expect(QueryText.entity(.money, "$19.4 million") == "entity:\"$19.4 million\"")
    }

    @Test func valuesThatWouldBreakTheQueryAreQuoted() throws {
        #expect(QueryText.value("AT&T") == "AT&T")
        #expect(QueryText.value("Sears (Canada)") == "\"Sears (Canada)\"")
        #expect(QueryText.value("The \"Times\"") == "\"The Times\"")
        #expect(try Query.parse("org:" + QueryText.value("Sears (Canada)")).get()
                == .term(QueryTerm(kind: .entity(.org, "Sears (Canada)"), written: "org:\"Sears (Canada)\"", range: 0..<20)))
    }

    @Test func narrowingKeepsAnOrTogether() throws {
        #expect(QueryText.narrowing("", with: "org:ICE") == "org:ICE")
        #expect(QueryText.narrowing("cloud", with: "org:ICE") == "cloud org:ICE")
        #expect(QueryText.narrowing("rekognition OR propublica", with: "org:Gizmodo")
                == "(rekognition OR propublica) org:Gizmodo")
        #expect(try ids(QueryText.narrowing("rekognition OR propublica", with: "org:Gizmodo")) == ["001_b7cf7405d58c3a0c.txt"])
    }
}
