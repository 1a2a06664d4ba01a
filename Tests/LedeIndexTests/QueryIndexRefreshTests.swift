import Foundation
import Testing
import LedeCore
@testable import LedeIndex

/// A refresh keeps what the stored query index holds for the articles it did not touch and
/// reads only the new ones' text; the filters then answer as after a build from scratch.
@Suite struct QueryIndexRefreshTests {
    @Test func aRefreshMovesTheStoredIndexOverAndAnswersLikeAFreshBuild() throws {
        let f = IndexFixture()
        f.standardCorpus()
        for i in 0..<12 { f.write("bulk/\(i).txt", " date 2019-03-\(10 + i) Harbour report \(i): cranes idle, ships \(i % 2 == 0 ? "late" : "early").") }
        try f.index().refresh()
        // Blank the stored text: what the kept articles are found by can only come from
        // the stored index now, as a rebuild would read the blank bodies.
        try f.index().pool.write { db in try db.execute(sql: "UPDATE article SET body = ''") }

        f.write("bulk/3.txt", " date 2019-03-13 Harbour report 3 rewritten: cranes busy, tugboats waiting.")
        try FileManager.default.removeItem(atPath: f.corpus + "/bulk/5.txt")
        f.write("bulk/5a.txt", " date 2019-03-15 A new report on tugboats and cranes.")
        let refreshed = try f.index()
        let summary = try refreshed.refresh()
        #expect(summary.filesAnalysed == 2 && summary.filesRemoved == 1)
        let list = try #require(try refreshed.cachedListCorpus())
        let updated = try refreshed.queryIndex(over: list)
        let ids = { (q: String) in try updated.matches(q).get().map { list.articles[$0].id } }
        #expect(try ids("offshore") == ["a.txt"])
        #expect(try ids("tugboats").sorted() == ["bulk/3.txt", "bulk/5a.txt"])
        #expect(try ids("idle").count == 10, "3 was rewritten and 5 removed")
        #expect(try !ids("early").contains("bulk/5.txt"))

        // The same files indexed from nothing.
        let fresh = IndexFixture()
        for path in try FileManager.default.subpathsOfDirectory(atPath: f.corpus) where path.contains(".") {
            fresh.write(path, try String(contentsOfFile: f.corpus + "/" + path, encoding: .utf8))
        }
        let built = try fresh.index()
        try built.refresh()
        let freshList = try #require(try built.cachedListCorpus())
        let rebuilt = try built.queryIndex(over: freshList)
        #expect(freshList.articles.map(\.id) == list.articles.map(\.id))
        for query in ["cranes", "harbour -late", "tugboats OR storm", "ships early", "date:2019-03-12..", "report*", "the"] {
            #expect(try updated.matches(query).get() == rebuilt.matches(query).get(), "\(query)")
            let ranked = { (i: QueryIndex) in try i.search(query).get().map { "\($0.article) \($0.score)" } }
            #expect(try ranked(updated) == ranked(rebuilt), "\(query)")
        }
    }

    /// A refresh stopped after it set the list aside and before it saved the new one: the
    /// next still moves the set-aside index over, and readers never saw it as current.
    @Test func aRefreshStoppedHalfWayLeavesThePreviousIndexForTheNext() throws {
        let f = IndexFixture()
        f.standardCorpus()
        try f.index().refresh()
        let index = try f.index()
        try index.pool.write { db in
            try db.execute(sql: "UPDATE article SET body = ''")
            try QueryIndexStore.setAside(db)
        }
        #expect(try index.pool.read { db in try QueryIndexStore.isMissing(db) })
        f.write("c.txt", " date 2019-01-08 Tugboats returned.")
        let next = try f.index()
        try next.refresh()
        let list = try #require(try next.cachedListCorpus())
        let query = try next.queryIndex(over: list)
        #expect(try query.matches("offshore").get().map { list.articles[$0].id } == ["a.txt"])
        #expect(try query.matches("tugboats").get().map { list.articles[$0].id } == ["c.txt"])
    }
}
