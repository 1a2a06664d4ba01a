import Foundation
import Testing
import LedeCore
@testable import LedeIndex

/// Quote families and related quotes as the cache keeps them.
@Suite struct QuoteLinkingTests {
    static let bridge = "“The bridge will be finished by the end of the summer,” said Mayor Ann Lee."
    static let fragment = "Mayor Ann Lee promised “the bridge will be finished by the end” at the meeting."
    static let variant = "“The new bridge will be finished by the end of the summer,” Mayor Ann Lee said."
    static let taxes = "“Taxes will not rise this year at all,” said Mayor Ann Lee."

    // Every speaker is named in full: with a file analysed on its own, a bare `Lee` would
    // not resolve to the same entity as in the whole corpus (see docs/scale.md).
    func linkedCorpus(_ f: IndexFixture) {
        f.write("a.txt", " date 2019-01-04 \(Self.bridge) \(Self.taxes)")
        f.write("b.txt", " date 2019-01-05 \(Self.fragment)")
        f.write("c.txt", " date 2019-01-06 \(Self.variant)")
        f.write("d.txt", " date 2019-01-07 \(Self.bridge)")
        f.write("e.txt", " date 2019-01-08 \(Self.taxes) Nobody else spoke.")
    }

    func families(_ c: Corpus) -> [String?] { c.articles.flatMap(\.quotes).map(\.family) }

    @Test func theIndexLinksQuotesAsAnalysingTheWholeCorpusDoes() throws {
        let f = IndexFixture()
        linkedCorpus(f)
        let direct = Corpus.open(paths: [f.corpus])
        let index = try f.index()
        try index.refresh()
        let cached = try index.corpus()
        #expect(cached.relatedQuotes == direct.relatedQuotes)
        #expect(families(cached) == families(direct))
        // Same, fragment, variant and same-speaker links all come back from the cache.
        let first = direct.articles[0].quotes[0]
        #expect(Set((cached.relatedQuotes[first.id] ?? []).map(\.kind)) == [.same, .fragment, .variant, .speaker])
        // One quote's list alone, without reading the whole corpus.
        for q in direct.articles.flatMap(\.quotes) {
            #expect(try index.relatedQuotes(of: q) == direct.relatedQuotes[q.id] ?? [])
        }
    }

    @Test func anIncrementalRefreshLinksInCorpusOrderNotInTheOrderFilesWereWritten() throws {
        let f = IndexFixture()
        linkedCorpus(f)
        let index = try f.index()
        try index.refresh()
        // a.txt is analysed again, so its rows now come last in the cache; the nearest
        // related quotes must still be counted in corpus order, as `Corpus.open` does.
        f.write("a.txt", " date 2019-01-04 \(Self.bridge) \(Self.taxes) Later edit.")
        f.write("f.txt", " date 2019-01-09 \(Self.bridge)")
        #expect(try index.refresh().filesAnalysed == 2)
        let direct = Corpus.open(paths: [f.corpus])
        let cached = try index.corpus()
        #expect(cached.relatedQuotes == direct.relatedQuotes)
        #expect(families(cached) == families(direct))
        // A deleted file's quotes drop out of every list.
        try FileManager.default.removeItem(atPath: f.corpus + "/d.txt")
        try index.refresh()
        let after = try index.corpus()
        #expect(after.relatedQuotes == Corpus.open(paths: [f.corpus]).relatedQuotes)
        #expect(!after.relatedQuotes.values.joined().contains { $0.articleID == "d.txt" })
    }

    @Test func aRefreshInterruptedBeforeLinkingLinksOnTheNextRun() throws {
        let f = IndexFixture()
        linkedCorpus(f)
        let index = try f.index()
        try index.refresh()
        let linked = try index.corpus().relatedQuotes
        // As if files had been written and the process died before linking them.
        try index.pool.write { db in
            try db.execute(sql: "UPDATE quote SET family = NULL, related = NULL")
            try QuoteLinking.markStale(db)
        }
        #expect(try index.refresh().filesAnalysed == 0)
        #expect(try index.corpus().relatedQuotes == linked)
        #expect(try index.pool.read { db in try QuoteLinking.isStale(db) } == false)
    }

    @Test func relatedListsSurviveTheirCompactEncoding() {
        var blob: [UInt8] = []
        let from: Int64 = 1_000
        let targets: [(Int64, QuoteRelation)] = [(999, .same), (1_001, .fragment), (5, .variant), (4_000_000_000, .speaker)]
        for (to, kind) in targets {
            QuoteLinking.encode(kind, from: from, to: to, into: &blob)
        }
        #expect(QuoteLinking.decode(Data(blob), from: from).map { "\($0.0) \($0.1)" } == targets.map { "\($0.0) \($0.1)" })
    }
}
