import Testing
@testable import LedeCore

/// Quote families and related quotes across articles.
@Suite struct QuoteLinkerTests {
    func corpus(_ bodies: [String]) -> Corpus {
        let articles = bodies.enumerated().map { i, b in
            Article(id: "art\(i).txt", path: "art\(i).txt", date: nil, title: "t", body: b)
        }
        return Corpus.analyze(LoadResult(articles: articles))
    }

    func quote(_ c: Corpus, _ article: Int, _ n: Int) -> Quote { c.articles[article].quotes[n] }

    func kinds(_ c: Corpus, _ q: Quote) -> [String: QuoteRelation] {
        Dictionary((c.relatedQuotes[q.id] ?? []).map { ($0.quoteID, $0.kind) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func theSameWordsInTwoArticlesAreOneFamily() {
        let c = corpus([
            "“As the people who build the technologies that Microsoft profits from, we refuse to be complicit,” the employees said.",
            "\"As the people who build the technologies that Microsoft profits from... we refuse to be complicit\" the letter reads. \"We are tired.\"",
        ])
        let a = quote(c, 0, 0), b = quote(c, 1, 0)
        #expect(a.family != nil)
        #expect(a.family == b.family)
        #expect(kinds(c, a) == [b.id: .same])
        #expect(kinds(c, b) == [a.id: .same])
        #expect(quote(c, 1, 1).family == nil)  // three words: too short for a family
    }

    @Test func fragmentsAndVariantsJoinTheFamily() {
        let c = corpus([
            "“We are part of a growing movement, comprised of many across the industry who recognize the grave responsibility,” the letter said.",
            "Employees said they were “part of a growing movement, comprised of many across the industry” in the tech world.",
            "“We are part of a growing movement comprised of many across the whole industry who recognize the grave responsibility,” they wrote.",
        ])
        let full = quote(c, 0, 0), fragment = quote(c, 1, 0), variant = quote(c, 2, 0)
        #expect(Set([full.family, fragment.family, variant.family]).count == 1)
        #expect(kinds(c, full)[fragment.id] == .fragment)
        #expect(kinds(c, full)[variant.id] == .variant)
    }

    @Test func quotesSharingOnlyCommonWordsStayApart() {
        let c = corpus([
            "“We are going to make sure that the people of this city are safe,” the mayor said.",
            "“We are going to win the championship next year with this team,” the coach said.",
        ])
        #expect(quote(c, 0, 0).family != quote(c, 1, 0).family)
        #expect(c.relatedQuotes.isEmpty)
    }

    @Test func familyIDsDependOnContentNotLoadOrder() {
        let bodies = [
            "“The bridge will be finished by the end of the summer,” said Mayor Ann Lee.",
            "Lee promised “the bridge will be finished by the end of the summer” at the meeting.",
            "“Nobody believes the bridge will open on time,” said a resident.",
        ]
        let forward = corpus(bodies)
        let backward = corpus(bodies.reversed())
        let fwd = Set(forward.articles.flatMap(\.quotes).compactMap(\.family))
        let bwd = Set(backward.articles.flatMap(\.quotes).compactMap(\.family))
        #expect(fwd == bwd)
        #expect(fwd.count == 2)
    }

    @Test func sameSpeakerLinksComeAfterFamilyLinks() {
        let c = corpus([
            "“The bridge will be finished by the end of the summer,” said Mayor Ann Lee. “Taxes will not rise this year at all,” Lee added.",
            "“The bridge will be finished by the end of the summer,” Mayor Ann Lee said.",
        ])
        let first = quote(c, 0, 0)
        let links = c.relatedQuotes[first.id] ?? []
        #expect(links.map(\.kind) == [.same, .speaker])
        #expect(links.first?.articleID == "art1.txt")
        #expect(c.relatedCount(of: first) == 2)
        #expect(c.relatedCounts(of: first) == (1, 1))
    }
}

/// The linker as the cache uses it: quote texts and speakers only, results by position.
@Suite struct QuoteLinkerItemTests {
    typealias Item = QuoteLinker.Item

    func run(_ items: [Item], _ linker: QuoteLinker = QuoteLinker()) -> [(Int, String?, [QuoteLinker.Target])] {
        var out: [(Int, String?, [QuoteLinker.Target])] = []
        linker.link(items: items) { i, family, targets in out.append((i, family, targets)) }
        return out
    }

    @Test func everyQuoteIsReportedInOrderWithItsFamily() {
        let items = [
            Item(text: "The harbour will reopen next week after the strike", speakerEntity: "Ann Lee"),
            Item(text: "Yes", speakerEntity: "Ann Lee"),
            Item(text: "the harbour will reopen next week", speakerEntity: nil),
        ]
        let out = run(items)
        #expect(out.map(\.0) == [0, 1, 2])
        #expect(out[0].1 != nil && out[0].1 == out[2].1)  // a fragment joins the family
        #expect(out[1].1 == nil)  // too short for any family
        #expect(out[0].2 == [.init(index: 2, kind: .fragment), .init(index: 1, kind: .speaker)])
        #expect(out[1].2 == [.init(index: 0, kind: .speaker)])
    }

    @Test func aQuoteRepeatedManyTimesListsOnlyItsNearestCopies() {
        var linker = QuoteLinker()
        linker.maximumFamilyLinks = 3
        let items = (0..<20).map { _ in Item(text: "We will rebuild the bridge before the winter comes", speakerEntity: nil) }
        let out = run(items, linker)
        #expect(out[10].2.map(\.index) == [8, 9, 11].map(Int32.init))
        #expect(out[10].2.allSatisfy { $0.kind == .same })
        #expect(out[0].2.map(\.index) == [1, 2, 3].map(Int32.init))
        #expect(Set(out.map(\.1)).count == 1)
    }
}

@Suite struct QuoteLookupTests {
    @Test func aQuoteIsFoundByItsID() {
        let a = Article(id: "x#2", path: "x", date: nil, title: "t", body: "“One two three four,” she said. “Five six,” she added.")
        let c = Corpus.analyze(LoadResult(articles: [a]))
        #expect(c.quote(id: "x#2#q2")?.quote.text == "Five six,")
        #expect(c.quote(id: "x#2#q3") == nil)
        #expect(c.quote(id: "nonsense") == nil)
    }
}

@Suite struct QuoteWordsTests {
    func words(_ s: String) -> [String] { QuoteWords.normalized(s) }

    @Test func normalisationDropsCaseMarksEllipsesAndInsertions() {
        #expect(words("“Support the core [ICE] agency… functions,’ I’ve said") == ["support", "the", "core", "agency", "functions", "i've", "said"])
        #expect(words("highly-skilled ... team") == ["highly", "skilled", "team"])
    }

    @Test func templatesSharingAShortRunAreNotVariants() {
        let a = words("There is a real party of peace and justice.")
        let b = words("There is a real party of smaller government and individual responsibility.")
        #expect(QuoteWords.relation(a, b, minimumFragment: 5) == nil)
        let c = words("Is this person a citizen of the United States?")
        let d = words("No Person except a natural born Citizen, or a Citizen of the United States, at the time of the Adoption")
        #expect(QuoteWords.relation(c, d, minimumFragment: 5) == nil)
    }

    @Test func oneChangedWordIsAVariant() {
        let a = words("We will never surrender to the terrorists who attacked our city last night")
        let b = words("We will never surrender to those terrorists who attacked our city last night")
        #expect(QuoteWords.relation(a, b, minimumFragment: 5) == .variant)
    }
}
