import Testing
@testable import LedeCore

/// The compact query index (no word positions; phrases checked in the text) that the reader
/// builds from the cache must answer exactly as the positional one built in memory.
@Suite struct CompactIndexTests {
    let articles = [
        QueryFixtures.article("a", "2018-01-01", "The prime minister spoke. The minister of finance, prime mover, left.\n\nPrime\n\nminister"),
        QueryFixtures.article("b", "2018-01-02", "Prime minister, prime minister, prime minister: la la la."),
        QueryFixtures.article("c", "2018-01-03", "A minister who was prime. Harbour strike at dawn; the harbour strike ended."),
        QueryFixtures.article("d", "2018-01-04", "Nothing here but drones, Drones' rules and a drone-pilot."),
    ]

    var positional: QueryIndex { QueryIndex(articles: articles) }

    var compact: QueryIndex {
        let bodies = articles.map(\.article.body)
        let bare = articles.map(\.listing)
        return QueryIndex(articles: bare, bodies: bodies, mentions: articles.map(\.mentions),
                          reading: QueryIndex.eachBody { bodies[$0] })
    }

    /// Built in runs (on several threads in the cache), joined: the same index.
    var joined: QueryIndex {
        let bodies = articles.map(\.article.body)
        let runs = [QueryIndex.textRun(bodies: bodies[..<1]), QueryIndex.textRun(bodies: bodies[1..<3]),
                    QueryIndex.textRun(bodies: bodies[3...])]
        return QueryIndex(articles: articles, textRuns: runs, mentions: articles.map(\.mentions),
                          bodies: QueryIndex.eachBody { bodies[$0] })
    }

    @Test func runsJoinedAnswerLikeOneRun() throws {
        let one = compact, runs = joined
        for query in ["\"prime minister\"", "drone*", "harbour", "la", "minister -prime", "\"harbour strike\" OR drones"] {
            #expect(try runs.matches(query).get() == one.matches(query).get(), "\(query)")
            let ranked = { (i: QueryIndex) in try i.search(query).get().map { "\($0.article) \($0.score)" } }
            #expect(try ranked(runs) == ranked(one), "\(query)")
        }
        #expect(try runs.matches("drone*").get() == [3])
    }

    @Test func aPhraseWithManyCandidatesIsCheckedInSharesAndAgrees() throws {
        // Enough articles holding both words that the check is shared out over the cores.
        let many = (0..<400).map { i in
            QueryFixtures.article("m\(i)", "2018-02-01", i % 3 == 0 ? "The prime minister, prime minister again." : "A minister, not prime.")
        }
        let bodies = many.map(\.article.body)
        let compact = QueryIndex(articles: many.map(\.listing), bodies: bodies, mentions: many.map(\.mentions),
                                 reading: QueryIndex.eachBody { bodies[$0] })
        let positional = QueryIndex(articles: many)
        let expected = Array(stride(from: 0, to: 400, by: 3))
        #expect(try compact.matches("\"prime minister\"").get() == expected)
        #expect(try positional.matches("\"prime minister\"").get() == expected)
        let ranked = { (i: QueryIndex) in try i.search("\"prime minister\"").get().map { "\($0.article) \($0.score)" } }
        #expect(try ranked(compact) == ranked(positional))
    }

    @Test func filtersAndSearchesAgree() throws {
        let p = positional, c = compact
        for query in ["\"prime minister\"", "\"la la\"", "\"harbour strike\" -\"prime minister\"", "prime minister",
                      "\"drone pilot\"", "drone*", "\"minister prime\"", "\"prime minister\" OR \"harbour strike\""] {
            #expect(try c.matches(query).get() == p.matches(query).get(), "\(query)")
            let ranked = { (i: QueryIndex) in try i.search(query).get().map { "\($0.article) \($0.score)" } }
            #expect(try ranked(c) == ranked(p), "\(query)")
        }
        // Across a paragraph break is not a phrase (a counts once, for its first sentence).
        #expect(try c.matches("\"prime minister\"").get() == [0, 1])
        #expect(try c.matches("\"la la\"").get() == [1])
    }
}

/// The (term, count) pairs of a run, kept seven bits a byte in blocks.
@Suite struct VarintBlocksTests {
    @Test func valuesComeBackInOrderAcrossBlocksAndWidths() {
        let blocks = VarintBlocks()
        // Every width from one byte to five, and enough of them to fill several blocks.
        let widths: [UInt32] = [0, 1, 127, 128, 16_383, 16_384, 2_097_151, 2_097_152, 268_435_455, 268_435_456, .max]
        let values = (0..<1_000_000).map { widths[$0 % widths.count] &+ UInt32($0 % 3) }
        // Appended an article's pairs at a time: mostly a few, once more than a block holds.
        var groups: [Range<Int>] = []
        let sizes = [1, 2, 7, 1_000, 500_000, 3, 50_000]
        var start = 0
        while start < values.count {
            let end = min(values.count, start + sizes[groups.count % sizes.count])
            groups.append(start..<end)
            start = end
        }
        for g in groups { blocks.append(Array(values[g])) }
        #expect(blocks.blocks.count > 2)
        // A block holds whole groups, and only a group too big for one makes a bigger block.
        // (400,000 values here take more than a block's megabyte.)
        let bigGroups = groups.filter { $0.count > 400_000 }.count
        #expect(bigGroups == 2)
        #expect(blocks.blocks.filter { $0.count > VarintBlocks.blockSize }.count == bigGroups)
        var reader = VarintBlocks.Reader(blocks)
        #expect(values.allSatisfy { reader.next() == $0 })
        blocks.removeAll()
        #expect(blocks.blocks.isEmpty)
    }
}

@Suite struct ListOrderTests {
    @Test func newestFirstWithoutAnIndexIsTheIndexOrder() {
        let articles = [
            QueryFixtures.article("a", "2018-01-02", "x"), QueryFixtures.article("b", "2018-01-05", "x"),
            QueryFixtures.article("c", "2018-01-02", "x"), QueryFixtures.article("d", "2017-12-31", "x"),
            AnalyzedArticle(article: Article(id: "u", path: "u", date: nil, title: "u", source: nil, body: "x"),
                            mentions: [], quotes: []),
            QueryFixtures.article("e", "2018-01-05", "x"),
        ]
        let expected = QueryIndex(articles: articles).sorted(Array(articles.indices), by: .newestFirst)
        #expect(QueryIndex.newestFirst(articles) == expected)
        #expect(expected.map { articles[$0].id } == ["b", "e", "a", "c", "d", "u"])
    }
}

@Suite struct ModelFileTests {
    @Test func theModelFileIsFoundWhereTheExtractorLoadsIt() {
        #expect(EntityExtractor.modelFileFound == EntityExtractor().hasTagger)
        #expect(EntityExtractor.modelFileFound)
    }
}
