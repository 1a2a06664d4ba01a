import Testing
@testable import LedeCore

@Suite struct QueryEvaluatorTests {
    typealias N = QueryFixtures.Name
    let seeds = QueryIndex(articles: QueryFixtures.seeds())

    /// A small corpus where dates, sources and mention counts all differ.
    let mixed = QueryIndex(articles: [
        QueryFixtures.article("a", "2018-06-10", "Microsoft said Micron and Microsoft Research agree. Microsoft again.",
                              source: "Reuters", names: [N("Microsoft", .org), N("Micron", .org), N("Microsoft Research", .org)]),
        QueryFixtures.article("b", "2018-07-01", "Microsoft opened an office in Paris.",
                              source: "Associated Press", names: [N("Microsoft", .org), N("Paris", .place)]),
        QueryFixtures.article("c", nil, "An undated note about Paris Hilton in Paris and the cloud.",
                              names: [N("Paris Hilton", .person), N("Paris", .place)]),
        QueryFixtures.article("d", "2017-12-31", "Microsoft, Microsoft, Microsoft: the cloud business of Microsoft grew.",
                              source: "Reuters", names: [N("Microsoft", .org)]),
    ])

    func ids(_ index: QueryIndex, _ query: String) -> [String] {
        switch index.matches(query) {
        case .success(let found): return found.map { index.articles[$0].id }
        case .failure(let e): Issue.record("\(query): \(e)"); return []
        }
    }

    func failure(_ index: QueryIndex, _ query: String) -> QueryError? {
        if case .failure(let e) = index.matches(query) { return e }
        return nil
    }

    let first = "000_0be69797d0ca9a8f.txt", second = "001_b7cf7405d58c3a0c.txt"

    // MARK: The targets on the seeds

    @Test func anyNameOfAnEntitySelectsEveryArticleMentioningIt() {
        #expect(ids(seeds, "org:ICE") == [first, second])
        #expect(ids(seeds, "org:\"Immigrations and Customs Enforcement\"") == [first, second])
        #expect(ids(seeds, "org:\"Immigration and Customs Enforcement\"") == [first, second])
        #expect(ids(seeds, "org:microsoft") == [first, second])
        #expect(ids(seeds, "entity:ice") == [first, second])
    }

    @Test func entitiesOnlyInOneArticleSelectOnlyIt() {
        #expect(ids(seeds, "org:Gizmodo") == [second])
        #expect(ids(seeds, "person:\"Brad Smith\"") == [first])
        #expect(ids(seeds, "person:Smith") == [first])
        #expect(ids(seeds, "org:\"New York Times\"") == [first, second])
    }

    @Test func datesOnTheSeeds() {
        #expect(ids(seeds, "date:2018-06-19") == [first, second])
        #expect(ids(seeds, "date:2018-06-20..").isEmpty)
        #expect(ids(seeds, "date:2018-06") == [first, second])
        #expect(ids(seeds, "before:2018-06-19").isEmpty)
        #expect(ids(seeds, "after:2018-06-19") == [first, second])
    }

    @Test func entityFieldsPreferTheirTypeButForgiveAMistypedEntity() {
        #expect(ids(seeds, "place:Mexico") == [first, second])
        // Nothing of the asked type has the name: the same-named entity of another type.
        #expect(ids(seeds, "org:Mexico") == [first, second])
        let mistyped = QueryIndex(articles: [
            QueryFixtures.article("a", "2018-06-19", "Gizmodo reported it. Paris Hilton was there.",
                                  names: [N("Gizmodo", .person), N("Paris Hilton", .person)]),
            QueryFixtures.article("b", "2018-06-19", "Gizmodo Media Group bought Paris Review.",
                                  names: [N("Gizmodo Media Group", .org), N("Paris Review", .org)]),
        ])
        #expect(ids(mistyped, "org:gizmodo") == ["b"])  // a prefix of its own type wins
        #expect(ids(mistyped, "place:gizmodo") == ["a"])
        #expect(ids(mistyped, "place:paris").isEmpty)  // prefixes never cross types
    }

    // MARK: Prefixes and ambiguity

    @Test func aUniquePrefixOfANameWorks() {
        #expect(ids(seeds, "org:micro") == [first, second])
        #expect(ids(seeds, "org:giz") == [second])
        #expect(ids(seeds, "person:sat") == [first, second])
    }

    @Test func anAmbiguousPrefixSaysWhichEntitiesItCouldBe() {
        let e = failure(mixed, "cloud org:micr")
        #expect(e?.offset == 6)
        #expect(e?.message.contains("Microsoft") == true)
        #expect(e?.message.contains("Micron") == true)
        // A whole name wins over longer names it starts.
        #expect(ids(mixed, "org:microsoft") == ["a", "b", "d"])
        #expect(ids(mixed, "org:\"microsoft research\"") == ["a"])
    }

    @Test func unknownNamesMatchNothingRatherThanFail() {
        #expect(ids(seeds, "org:Apple").isEmpty)
    }

    // MARK: Text, boolean structure, dates, sources

    @Test func wordsAndPhrasesSearchTheText() {
        #expect(ids(seeds, "Propublica") == [second])
        #expect(ids(seeds, "rekognition") == [first])
        #expect(ids(seeds, "\"facial recognition\"") == [first, second])
        #expect(ids(seeds, "\"recognition facial\"").isEmpty)  // not across a paragraph break
        #expect(ids(seeds, "\"Azure Government contract\"") == [second])
        #expect(ids(seeds, "MICROSOFT'S") == [first, second])
        #expect(ids(seeds, "propub*") == [second])
    }

    @Test func negationOrAndParentheses() {
        #expect(ids(seeds, "microsoft -gizmodo") == [first])
        #expect(ids(seeds, "-org:Gizmodo") == [first])
        #expect(ids(seeds, "rekognition OR propublica") == [first, second])
        #expect(ids(mixed, "(paris OR cloud) -org:microsoft") == ["c"])
        #expect(ids(mixed, "NOT (date:2018 OR date:2017)") == ["c"])
        #expect(ids(mixed, "") == ["a", "b", "c", "d"])
    }

    @Test func dateFiltersLeaveUndatedArticlesOut() {
        #expect(ids(mixed, "date:2018") == ["a", "b"])
        #expect(ids(mixed, "date:..2018-06-10") == ["a", "d"])
        #expect(ids(mixed, "date:>2018-06-10") == ["b"])
        #expect(ids(mixed, "date:<2018") == ["d"])
        #expect(ids(mixed, "after:2018-06 before:2018-07") == ["a"])
        #expect(ids(mixed, "date:2018-06-11..2018-06-30").isEmpty)
    }

    @Test func sourcesByNameOrUniquePrefix() {
        #expect(ids(mixed, "source:reuters") == ["a", "d"])
        #expect(ids(mixed, "source:\"associated press\"") == ["b"])
        #expect(ids(mixed, "source:assoc") == ["b"])
        #expect(ids(seeds, "source:gizmodo").isEmpty)
    }

    @Test func placeAndPersonSharingAWordStayApart() {
        #expect(ids(mixed, "place:paris") == ["b", "c"])
        #expect(ids(mixed, "person:paris") == ["c"])
    }

    // MARK: Orders

    @Test func ordersByDateKeepUndatedLast() {
        let all = Array(0..<mixed.count)
        #expect(mixed.sorted(all, by: .newestFirst).map { mixed.articles[$0].id } == ["b", "a", "d", "c"])
        #expect(mixed.sorted(all, by: .oldestFirst).map { mixed.articles[$0].id } == ["d", "a", "b", "c"])
    }

    @Test func mostMentionsOfTheFilteredEntityComesFirst() throws {
        let query = try Query.parse("org:microsoft").get()
        let found = try mixed.matches(query).get()
        #expect(mixed.sorted(found, by: .mostMentions, for: query).map { mixed.articles[$0].id } == ["d", "a", "b"])
        #expect(mixed.mentionCounts(in: found, for: query)[3] == 4)
        // With no entity in the filter it falls back to newest first.
        #expect(mixed.sorted(found, by: .mostMentions, for: .all).map { mixed.articles[$0].id } == ["b", "a", "d"])
    }

    @Test func theSortKeyCycles() {
        #expect(ArticleOrder.newestFirst.next == .oldestFirst)
        #expect(ArticleOrder.oldestFirst.next == .mostMentions)
        #expect(ArticleOrder.mostMentions.next == .newestFirst)
    }

    // MARK: The filter in force

    @Test func aRefusedQueryLeavesThePreviousFilterInForce() {
        var filter = ActiveFilter(index: seeds)
        #expect(filter.matches.count == 2)
        #expect(filter.apply("org:Gizmodo", index: seeds) == nil)
        #expect(filter.matches.map { seeds.articles[$0].id } == [second])
        let e = filter.apply("date:2018-13-01", index: seeds)
        #expect(e?.message == "month 13 does not exist")
        #expect(filter.text == "org:Gizmodo")
        #expect(filter.matches.map { seeds.articles[$0].id } == [second])
    }

    @Test func cyclingTheOrderResortsTheMatches() {
        var filter = ActiveFilter(index: mixed)
        filter.apply("org:microsoft", index: mixed)
        #expect(filter.matches.map { mixed.articles[$0].id } == ["b", "a", "d"])
        filter.cycleOrder(index: mixed)
        #expect(filter.matches.map { mixed.articles[$0].id } == ["d", "a", "b"])
        filter.cycleOrder(index: mixed)
        #expect(filter.order == .mostMentions)
        #expect(filter.matches.map { mixed.articles[$0].id } == ["d", "a", "b"])
    }
}

@Suite struct QueryEdgeCaseTests {
    @Test func anEmptyCorpusAnswersEveryQueryWithNothing() throws {
        let empty = QueryIndex(articles: [])
        #expect(try empty.matches("").get().isEmpty)
        #expect(try empty.matches("org:ICE OR cloud* -\"a b\" date:2018").get().isEmpty)
        #expect(try empty.search("cloud").get().isEmpty)
        #expect(empty.entityCompletions(.org, prefix: "").isEmpty)
        #expect(empty.sorted([], by: .mostMentions, for: try Query.parse("org:ICE").get()).isEmpty)
    }

    @Test func phrasesWithRepeatedAndRareWordsNeedEveryWordInPlace() throws {
        let index = QueryIndex(articles: [
            QueryFixtures.article("song", "2018-01-01", "New York, New York is a song about a zebra crossing."),
            QueryFixtures.article("city", "2018-01-02", "York is old. New zebra crossing in New York."),
            QueryFixtures.article("none", "2018-01-03", "A new song, York said."),
        ])
        func ids(_ q: String) throws -> [String] { try index.matches(q).get().map { index.articles[$0].id } }
        #expect(try ids("\"new york new york\"") == ["song"])
        #expect(try ids("\"york new york\"") == ["song"])
        #expect(try ids("\"new york\"") == ["song", "city"])
        #expect(try ids("\"new zebra crossing\"") == ["city"])
        #expect(try ids("\"zebra crossing\"") == ["song", "city"])
        #expect(try ids("\"new new\"").isEmpty)
        #expect(try ids("\"york song\"").isEmpty)
        #expect(try ids("\"song york\"") == ["none"])  // punctuation does not break a phrase
    }

    @Test func aCorpusOfExactlySixtyFourArticlesNegatesCleanly() throws {
        // Bitmap words are 64 articles wide: the last word must not grow phantom members.
        let articles = (0..<64).map { QueryFixtures.article("a\($0)", "2018-01-01", $0 == 5 ? "zebra" : "horse") }
        let index = QueryIndex(articles: articles)
        #expect(try index.matches("-zebra").get().count == 63)
        let sixtyFive = QueryIndex(articles: articles + [QueryFixtures.article("x", nil, "horse")])
        #expect(try sixtyFive.matches("-zebra").get() == Array(0..<65).filter { $0 != 5 })
    }
}
