import Foundation
import Testing
@testable import LedeCore

/// The two seed articles end to end: every quotation, its speaker, and the two letter
/// quotations both articles share.
@Suite struct QuoteSeedsTests {
    static let seeds = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds").path

    @Test func seedQuotesSpeakersAndLinks() throws {
        let c = Corpus.open(paths: [Self.seeds])
        try #require(c.articles.count == 2)
        let first = c.articles[0].quotes, second = c.articles[1].quotes
        #expect(first.count == 11)
        #expect(second.count == 4)
        #expect(first.map { $0.span.start } == [508, 619, 783, 1588, 1788, 2035, 2434, 3226, 3916, 4069, 4628])
        #expect(second.map { $0.span.start } == [1094, 1211, 1660, 1972])
        #expect(second[2].span.end == 1954)  // through `identification,'”`
        #expect(first[9].speaker == "Smith" && first[9].speakerEntity == "Brad Smith")
        #expect(first[10].speaker?.hasPrefix("one employee") == true)
        #expect(second.allSatisfy { $0.speaker == "the letter" })

        // Cross-article links of the same quotation: exactly the two letter passages.
        var pairs = Set<[String]>()
        for a in c.articles {
            for q in a.quotes {
                for l in c.relatedQuotes[q.id] ?? [] where l.kind != .speaker && l.articleID != a.id {
                    pairs.insert([q.id, l.quoteID].sorted())
                }
            }
        }
        #expect(pairs == [[first[1].id, second[0].id], [first[2].id, second[1].id]])
        #expect(first[1].family == second[0].family)
    }
}
