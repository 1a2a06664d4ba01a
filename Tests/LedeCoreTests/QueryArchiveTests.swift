import Foundation
import Testing
@testable import LedeCore

/// The query index as the cache stores it: named parts, each possibly cut into pieces at
/// any byte, read back into the same index.
@Suite struct QueryArchiveTests {
    static let articles = QueryFixtures.seeds() + (0..<300).map { i in
        QueryFixtures.article("gen\(i)", "2019-01-\(String(format: "%02d", i % 28 + 1))",
                              "Harbour report \(i): cranes idle \(i * 7919 % 1000) times, ships " + String(repeating: "late ", count: i % 5 + 1))
    }

    static var compact: QueryIndex {
        let bodies = articles.map(\.article.body)
        return QueryIndex(articles: articles.map(\.listing), bodies: bodies, mentions: articles.map(\.mentions),
                          reading: QueryIndex.eachBody { bodies[$0] })
    }

    static func parts(_ index: QueryIndex) -> [String: Data] {
        var parts: [String: Data] = [:]
        index.forEachArchivePart { name, bytes in parts[name] = Data(bytes) }
        return parts
    }

    static func reader(_ parts: [String: Data], pieceSize: Int) -> (String) throws -> ArchivePart? {
        { name in
            guard let data = parts[name] else { return nil }
            return ArchivePart(byteCount: data.count) { each in
                var at = 0
                repeat {
                    let end = min(data.count, at + pieceSize)
                    try each(data.subdata(in: at..<end))
                    at = end
                } while at < data.count
            }
        }
    }

    @Test func readsBackWhateverThePieces() throws {
        let built = Self.compact
        let parts = Self.parts(built)
        #expect(built.text.postingDocs.count > 2_000)
        for size in [1, 3, 7, 1 << 21] {
            let read = try QueryIndex(articles: Self.articles.map(\.listing), archivePart: Self.reader(parts, pieceSize: size),
                                      bodies: QueryIndex.eachBody { Self.articles[$0].article.body })
            #expect(read.text.postingDocs == built.text.postingDocs, "pieces of \(size)")
            #expect(read.text.postingStarts == built.text.postingStarts, "pieces of \(size)")
            for query in ["harbour late", "\"ships late\"", "cranes -idle", "org:Microsoft", "date:2019-01-03"] {
                #expect(try read.matches(query).get() == built.matches(query).get(), "\(query), pieces of \(size)")
            }
        }
    }

    @Test func damagedPartsAreRefused() throws {
        let parts = Self.parts(Self.compact)
        let docs = try #require(parts["postingDocs"])
        let entities = try #require(parts["entities"])
        var outOfRange = docs
        outOfRange.replaceSubrange(0..<4, with: [0xFF, 0xFF, 0xFF, 0x7F])  // an article that is not there
        for (name, bad) in [("postingDocs", docs.prefix(docs.count - 1)), ("postingDocs", docs.prefix(docs.count - 4)),
                            ("postingDocs", outOfRange), ("entities", entities.prefix(entities.count / 2))] {
            var broken = parts
            broken[name] = bad
            #expect(throws: (any Error).self, "\(name) of \(bad.count) bytes") {
                try QueryIndex(articles: Self.articles.map(\.listing), archivePart: Self.reader(broken, pieceSize: 5),
                               bodies: { _, _ in })
            }
        }
        var missing = parts
        missing["postingStarts"] = nil
        #expect(throws: (any Error).self) {
            try QueryIndex(articles: Self.articles.map(\.listing), archivePart: Self.reader(missing, pieceSize: 5), bodies: { _, _ in })
        }
    }
}
