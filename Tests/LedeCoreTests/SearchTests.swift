import Testing
@testable import LedeCore

@Suite struct SearchTests {
    typealias N = QueryFixtures.Name

    let index = QueryIndex(articles: [
        QueryFixtures.article("once", "2018-01-01", "The drone flew over the harbour at dawn. Later it rained."),
        QueryFixtures.article("often", "2018-01-02", "Drone rules: every drone needs a licence, and drone pilots must register."),
        QueryFixtures.article("never", "2018-01-03", "The harbour was quiet. Fishermen mended nets."),
        QueryFixtures.article("long", "2018-01-04", String(repeating: "Committee minutes were read aloud at length. ", count: 40)
                              + "A drone was mentioned once."),
    ])

    func ranked(_ query: String) -> [String] {
        switch index.search(query) {
        case .success(let hits): return hits.map { index.articles[$0.article].id }
        case .failure(let e): Issue.record("\(query): \(e)"); return []
        }
    }

    @Test func moreOccurrencesInShorterArticlesRankHigher() {
        #expect(ranked("drone") == ["often", "once", "long"])
    }

    @Test func rarerWordsWeighMore() throws {
        // "harbour" is in two articles, "drone" in three: the article with both wins, then
        // the one with the rarer word.
        let hits = try index.search("drone OR harbour").get()
        #expect(hits.map { index.articles[$0.article].id }.prefix(2) == ["once", "never"])
        #expect(hits.allSatisfy { $0.score > 0 })
    }

    @Test func searchUsesTheQueryLanguageToNarrow() {
        #expect(ranked("drone -harbour") == ["often", "long"])
        #expect(ranked("drone date:2018-01-01..2018-01-02") == ["often", "once"])
        #expect(ranked("\"drone pilots\"") == ["often"])
    }

    @Test func withoutWordsResultsComeNewestFirst() {
        #expect(ranked("date:2018-01") == ["long", "never", "often", "once"])
    }

    @Test func aLimitKeepsTheBest() throws {
        #expect(try index.search("drone", limit: 1).get().map { index.articles[$0.article].id } == ["often"])
    }

    @Test func badSearchesFailWithThePosition() {
        guard case .failure(let e) = index.search("drone \"pilots") else { Issue.record("accepted"); return }
        #expect(e.offset == 6)
    }

    // MARK: Highlights

    func highlighted(_ article: Int, _ query: String) throws -> [String] {
        let body = Array(index.articles[article].article.body.unicodeScalars)
        return index.highlights(in: article, for: try Query.parse(query).get()).map {
            String(String.UnicodeScalarView(body[$0.start..<$0.end]))
        }
    }

    @Test func highlightsCoverEveryOccurrenceOfWordsAndPhrases() throws {
        #expect(try highlighted(1, "drone") == ["Drone", "drone", "drone"])
        #expect(try highlighted(1, "\"drone pilots\" licence") == ["licence", "drone pilots"])
        #expect(try highlighted(0, "harb*") == ["harbour"])
    }

    @Test func negatedTermsAreNotHighlighted() throws {
        #expect(try highlighted(0, "drone -rained") == ["drone"])
    }

    @Test func highlightSpansCountCodePoints() throws {
        let idx = QueryIndex(articles: [QueryFixtures.article("x", "2018-01-01", "Café “naïve” drone — ok drone")])
        let spans = idx.highlights(in: 0, for: try Query.parse("drone naive").get())
        #expect(spans == [TextSpan(6, 11), TextSpan(13, 18), TextSpan(24, 29)])
    }

    @Test func entityTermsHighlightEveryVariantMention() throws {
        let seeds = QueryIndex(articles: QueryFixtures.seeds())
        let body = Array(seeds.articles[1].article.body.unicodeScalars)
        let texts = seeds.highlights(in: 1, for: try Query.parse("org:ice").get()).map {
            String(String.UnicodeScalarView(body[$0.start..<$0.end]))
        }
        #expect(texts.first == "Immigrations and Customs Enforcement")
        #expect(Set(texts) == ["Immigrations and Customs Enforcement", "ICE"])
    }
}

@Suite struct SearchSessionTests {
    let index = QueryIndex(articles: [
        QueryFixtures.article("one", "2018-01-01", "A drone."),
        QueryFixtures.article("two", "2018-01-02", "Drone, drone, drone."),
        QueryFixtures.article("three", "2018-01-03", "No match here."),
        QueryFixtures.article("four", "2018-01-04", "Drone drone."),
    ])

    func id(_ hit: SearchHit?) -> String? { hit.map { index.articles[$0.article].id } }

    @Test func nAndNStepThroughHitsAndWrap() throws {
        var s = try SearchSession.start("drone", in: index).get()
        #expect(s.hits.map { index.articles[$0.article].id } == ["two", "four", "one"])
        #expect(id(s.current) == "two")
        #expect(id(s.next()) == "four")
        #expect(id(s.next()) == "one")
        #expect(id(s.next()) == "two")
        #expect(id(s.previous()) == "one")
        s.move(to: 3)
        #expect(id(s.next()) == "one")
    }

    @Test func aSearchWithNoHitsStaysPut() throws {
        var s = try SearchSession.start("zebra", in: index).get()
        #expect(s.current == nil)
        #expect(s.next() == nil)
        #expect(s.previous() == nil)
    }

    @Test func aMalformedSearchIsRefusedWithItsPosition() {
        guard case .failure(let e) = SearchSession.start("drone (", in: index) else {
            Issue.record("accepted"); return
        }
        #expect(e.offset == 6)
    }

    @Test func theCurrentHitHasItsMatchesToHighlight() throws {
        let s = try SearchSession.start("drone", in: index).get()
        #expect(s.highlights(in: index.articles[s.current!.article], index: index) == [TextSpan(0, 5), TextSpan(7, 12), TextSpan(14, 19)])
    }
}
