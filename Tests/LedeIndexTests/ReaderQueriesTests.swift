import Foundation
import Testing
import LedeCore
@testable import LedeIndex

/// The reader's view of the index: a query index streamed from the cache must answer as one
/// built from the whole corpus in memory, and an opened article brings its quote links.
@Suite struct ReaderQueriesTests {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds").path

    func indexedSeeds() throws -> (IndexFixture, CorpusIndex) {
        let f = IndexFixture()
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.seeds) {
            f.write(name, try String(contentsOfFile: Self.seeds + "/" + name, encoding: .utf8))
        }
        let index = try CorpusIndex(paths: [f.corpus], locations: f.locations)
        try index.refresh()
        return (f, index)
    }

    @Test func aQueryIndexStreamedFromTheCacheAnswersLikeOneBuiltInMemory() throws {
        let (f, index) = try indexedSeeds()
        let list = try index.listCorpus()
        #expect(list.articles.allSatisfy { $0.article.body.isEmpty && $0.mentions.isEmpty })
        let streamed = try index.queryIndex(over: list)
        let memory = QueryIndex(corpus: Corpus.open(paths: [f.corpus]))
        for query in ["org:ICE", "person:Nadella", "\"cloud computing\"", "employees -Gizmodo", "petition OR Nadella",
                      "source:none date:2018-06", "microso*"] {
            let a = try streamed.matches(query).get(), b = try memory.matches(query).get()
            #expect(a == b, "\(query)")
            #expect(!a.isEmpty || query.hasPrefix("source"), "\(query) should match something")
        }
    }

    @Test func anOpenedArticleBringsTheLinksOfItsQuotes() throws {
        let (f, index) = try indexedSeeds()
        let memory = Corpus.open(paths: [f.corpus])
        let list = try index.listCorpus()
        var linked = 0
        for listed in list.articles {
            let article = try #require(try index.article(id: listed.id))
            let links = try index.relatedQuotes(of: article)
            for quote in article.quotes {
                #expect(links[quote.id] ?? [] == memory.relatedQuotes[quote.id] ?? [], "\(quote.id)")
                linked += links[quote.id]?.count ?? 0
            }
        }
        #expect(linked >= 2, "the seeds quote the same words in both articles")
    }
}

@Suite struct DamagedCacheForReadingTests {
    @Test func aCacheDamagedBeyondItsFirstPageIsStartedAgainWhenOpenedForReading() throws {
        let f = IndexFixture()
        f.standardCorpus()
        let first = try CorpusIndex(paths: [f.corpus], locations: f.locations)
        try first.refresh()
        _ = try first.pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        let path = first.databasePath
        // Keep the header and schema page, scribble over the rest.
        var bytes = try #require(FileManager.default.contents(atPath: path))
        let page = 16384
        #expect(bytes.count > 2 * page)
        for i in page..<bytes.count { bytes[i] = UInt8(truncatingIfNeeded: i &* 31) }
        try bytes.write(to: URL(fileURLWithPath: path))
        let (index, list) = try CorpusIndex.openForReading(paths: [f.corpus], locations: f.locations)
        #expect(list == nil)
        #expect(index.rebuiltCache)
        let summary = try index.refresh()
        #expect(summary.articles == 4)
        #expect(try index.cachedListCorpus()?.articles.count == 4)
    }
}
