import Foundation
import Testing
import LedeCore
@testable import LedeIndex

/// A corpus folder plus private cache and data directories, removed at the end.
final class IndexFixture {
    let root: String
    let corpus: String
    let locations: IndexLocations

    init() {
        root = NSTemporaryDirectory() + "lede-index-" + UUID().uuidString
        corpus = root + "/corpus"
        locations = IndexLocations(cacheDirectory: root + "/cache/lede", dataDirectory: root + "/data/lede")
        try! FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    @discardableResult
    func write(_ relative: String, _ content: String) -> String {
        let path = corpus + "/" + relative
        try! FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true)
        try! Data(content.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Per-file incremental refresh (a small corpus would otherwise be analysed whole).
    func index() throws -> CorpusIndex { try CorpusIndex(paths: [corpus], locations: locations, wholeCorpusBytes: 0) }

    func setModified(_ path: String, _ date: Date) {
        try! FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: path)
    }

    func standardCorpus() {
        write("a.txt", " date 2019-01-04 The port closed on Friday.\n\nShips waited offshore.")
        write("sub/b.txt", " date 2019-01-05 Markets rallied after the vote.")
        write("feed.jsonl", """
            {"id": "j1", "title": "Storm", "date": "2019-01-06", "text": "A storm hit the coast."}
            {"title": "Bad", "date": "never", "text": "x"}
            {"title": "Calm", "date": "2019-01-07", "text": "The sea was calm again."}
            """)
    }
}

@Suite struct CorpusIndexTests {
    @Test func aRefreshHandsOverEachNewlyAnalysedArticleOnceAndNothingWhenUnchanged() throws {
        let f = IndexFixture()
        f.standardCorpus()
        var arrived: [AnalyzedArticle] = []
        var openable = true
        let index = try f.index()
        try index.refresh(articles: { batch in
            arrived += batch
            // Handed over once committed: a reader can open them by id straight away.
            for a in batch where (try? index.article(id: a.id))?.article.body != a.article.body { openable = false }
        })
        #expect(openable)
        #expect(arrived.map(\.article.title).sorted() == ["Calm", "Markets rallied after the vote.", "Storm",
                                                            "The port closed on Friday."])
        // Analysed, not bare: the reader can show them before the refresh ends.
        let storm = try #require(arrived.first { $0.article.title == "Storm" })
        #expect(storm.article.body == "A storm hit the coast.")

        arrived = []
        try f.index().refresh(articles: { arrived += $0 })
        #expect(arrived.isEmpty)

        f.write("c.txt", " date 2019-01-08 A new story.")
        try f.index().refresh(articles: { arrived += $0 })
        #expect(arrived.map(\.article.title) == ["A new story."])
    }

    /// A dump of records with a shared id (which no article may keep) and a broken line.
    static let dump: String = (1...30).map { i -> String in
        if i == 12 { return "{\"title\": \"broken" }
        let id = i % 7 == 0 ? "dup" : "r\(i)"
        return """
            {"id": "\(id)", "title": "Story \(i)", "date": "2019-02-\(10 + i % 9)", \
            "text": "\\u201cThe harbour reopens on day \(i),\\u201d the mayor said. Police in Oslo counted $\(i) million."}
            """
    }.joined(separator: "\n")

    @Test func aGzipDumpIsIndexedInPartsAsTheUnpackedOneAndCountedInTextBytes() throws {
        let plainFixture = IndexFixture()
        plainFixture.write("dump.jsonl", Self.dump)
        let plain = try plainFixture.index()
        try plain.refresh()

        let f = IndexFixture()
        let path = f.write("dump.jsonl", Self.dump)
        let gzip = try Process.run(URL(fileURLWithPath: "/bin/gzip"), arguments: ["-n", path])
        gzip.waitUntilExit()
        #expect(FileManager.default.fileExists(atPath: path + ".gz"))
        let packed = try f.index()
        // Large enough to be read in parts: unpacked as it is read.
        packed.largeFiles = LargeFileLimits(bytes: 1, sliceArticles: 4)
        var last: IndexProgress?
        var analysedSoFar = Set<Int>()
        let summary = try packed.refresh(progress: { if $0.phase == .analysing { last = $0; analysedSoFar.insert($0.articlesAnalysed) } })
        #expect(analysedSoFar.count >= 4, "stored a part at a time: \(analysedSoFar.sorted())")
        #expect(summary.filesAnalysed == 1 && summary.articles == 29)
        #expect(last?.bytesToRead == Self.dump.utf8.count)
        #expect(last?.bytesRead == Self.dump.utf8.count)
        let titles = { (c: Corpus) in c.articles.map(\.article.title).sorted() }
        #expect(try titles(packed.corpus()) == titles(plain.corpus()))
        #expect(try packed.corpus().articles.map(\.quotes.count) == plain.corpus().articles.map(\.quotes.count))
        #expect(try f.index().refresh().filesAnalysed == 0)
    }

    @Test func aCutShortGzipDumpKeepsThePartsBeforeTheCutAndSaysSo() throws {
        let f = IndexFixture()
        let records = (1...300).map { #"{"title": "Story \#($0)", "date": "2019-01-04", "text": "Body \#($0) of a long dump, \#($0 * 7919) words."}"# }
        let path = f.write("dump.jsonl", records.joined(separator: "\n"))
        let gzip = try Process.run(URL(fileURLWithPath: "/bin/gzip"), arguments: ["-n", path])
        gzip.waitUntilExit()
        let packed = try Data(contentsOf: URL(fileURLWithPath: path + ".gz"))
        try packed.prefix(packed.count / 2).write(to: URL(fileURLWithPath: path + ".gz"))
        let index = try f.index()
        index.largeFiles = LargeFileLimits(bytes: 1, sliceArticles: 16)
        let summary = try index.refresh()
        #expect(summary.articles > 16 && summary.articles < 300)
        #expect(try index.corpus().problems.contains { $0.path.hasSuffix("dump.jsonl.gz") && $0.reason.hasPrefix("gzip data damaged or cut short after line") })
    }

    @Test func aLargeJSONLinesFileIsStoredInPartsAsItWouldBeWhole() throws {
        let wholeFixture = IndexFixture()
        wholeFixture.write("dump.jsonl", Self.dump)
        let whole = try wholeFixture.index()
        try whole.refresh()
        let expected = try whole.corpus()

        let f = IndexFixture()
        f.write("dump.jsonl", Self.dump)
        let parted = try f.index()
        parted.largeFiles = LargeFileLimits(bytes: 1, sliceArticles: 4)
        var analysedSoFar: [Int] = []
        var bytesSoFar: [Int] = []
        var handedOver = 0
        let summary = try parted.refresh(progress: { p in
            guard p.phase == .analysing else { return }
            analysedSoFar.append(p.articlesAnalysed)
            bytesSoFar.append(p.bytesRead)
        }, articles: { handedOver += $0.count })
        // 8 parts of 4 articles; the writer takes at most two waiting parts at a time (one
        // worker for one file), so progress moves at least four times.
        #expect(Set(analysedSoFar).count >= 4, "analysed a part at a time: \(analysedSoFar)")
        #expect(bytesSoFar.last == Self.dump.utf8.count)
        #expect(handedOver == 29)
        #expect(summary.filesAnalysed == 1 && summary.articles == 29)
        let got = try parted.corpus()
        #expect(got.articles.map(\.id) == expected.articles.map(\.id))
        #expect(got.articles.filter { $0.id.hasPrefix("dump.jsonl#") }.count == 4, "the shared id is nobody's")
        #expect(got.articles.map(\.article.body) == expected.articles.map(\.article.body))
        #expect(got.articles.map { $0.mentions.map(\.text) } == expected.articles.map { $0.mentions.map(\.text) })
        #expect(got.articles.map { $0.quotes.map { "\($0.id) \($0.text) \($0.speaker ?? "-")" } }
                == expected.articles.map { $0.quotes.map { "\($0.id) \($0.text) \($0.speaker ?? "-")" } })
        #expect(got.problems.map { "\($0.line ?? 0) \($0.reason)" } == expected.problems.map { "\($0.line ?? 0) \($0.reason)" })
        #expect(got.problems.map(\.line) == [12])

        let again = try f.index()
        again.largeFiles = parted.largeFiles
        #expect(try again.refresh().filesAnalysed == 0, "stored whole: nothing to read again")
        // A refresh stopped after some parts leaves the file's size unknown: it is read again.
        try again.pool.write { db in try db.execute(sql: "UPDATE file SET size = -1") }
        let resumed = try f.index()
        resumed.largeFiles = parted.largeFiles
        #expect(try resumed.refresh().filesAnalysed == 1)
        #expect(try resumed.corpus().articles.map(\.id) == expected.articles.map(\.id))
    }

    @Test func aLargeJSONArrayIsStoredInPartsAsItWouldBeWholeAndABrokenOneIsReadWhole() throws {
        // The dump's lines as array elements (the broken line, record 12, becomes a string).
        let elements = Self.dump.split(separator: "\n").map { $0.hasSuffix("}") ? String($0) : "\"broken\"" }
        let array = "[\n" + elements.joined(separator: ",\n") + "\n]"
        let wholeFixture = IndexFixture()
        wholeFixture.write("dump.json", array)
        let whole = try wholeFixture.index()
        try whole.refresh()
        let expected = try whole.corpus()

        let f = IndexFixture()
        f.write("dump.json", array)
        let parted = try f.index()
        parted.largeFiles = LargeFileLimits(bytes: 1, sliceArticles: 4)
        var analysedSoFar: [Int] = []
        try parted.refresh(progress: { p in if p.phase == .analysing { analysedSoFar.append(p.articlesAnalysed) } })
        // 8 parts of 4 articles; the writer takes at most two waiting parts at a time (one
        // worker for one file), so progress moves at least four times.
        #expect(Set(analysedSoFar).count >= 4, "analysed a part at a time: \(analysedSoFar)")
        let got = try parted.corpus()
        #expect(got.articles.count == 29)
        #expect(got.articles.map(\.id) == expected.articles.map(\.id))
        #expect(got.articles.map(\.article.body) == expected.articles.map(\.article.body))
        #expect(got.problems.map { "\($0.record ?? 0) \($0.reason)" } == expected.problems.map { "\($0.record ?? 0) \($0.reason)" })

        // Cut short far into the file: what parts were stored give way to the whole read.
        let cut = f.write("dump.json", String(array.dropLast(40)))
        f.setModified(cut, Date(timeIntervalSinceNow: 5))
        let again = try f.index()
        again.largeFiles = parted.largeFiles
        try again.refresh()
        let broken = try again.corpus()
        #expect(broken.articles.isEmpty)
        #expect(broken.problems.map(\.reason).contains { $0.hasPrefix("not valid JSON") })
    }

    @Test func aLargeTableIsStoredInPartsAsItWouldBeWhole() throws {
        var rows = ["id,title,date,text"]
        for i in 1...30 {
            rows.append(i == 12 ? "r12,Too few fields" : """
                r\(i),Story \(i),2019-02-\(10 + i % 9),"“The harbour reopens on day \(i),” the mayor said.
                Police in Oslo counted $\(i) million."
                """)
        }
        let table = rows.joined(separator: "\n")
        let wholeFixture = IndexFixture()
        wholeFixture.write("dump.csv", table)
        let whole = try wholeFixture.index()
        try whole.refresh()
        let expected = try whole.corpus()
        #expect(expected.articles.count == 29)

        let f = IndexFixture()
        f.write("dump.csv", table)
        let parted = try f.index()
        parted.largeFiles = LargeFileLimits(bytes: 1, sliceArticles: 4)
        var analysedSoFar: [Int] = []
        try parted.refresh(progress: { p in if p.phase == .analysing { analysedSoFar.append(p.articlesAnalysed) } })
        #expect(Set(analysedSoFar).count >= 4, "analysed a part at a time: \(analysedSoFar)")
        let got = try parted.corpus()
        #expect(got.articles.map(\.id) == expected.articles.map(\.id))
        #expect(got.articles.map(\.article.body) == expected.articles.map(\.article.body))
        #expect(got.articles.map { $0.mentions.map(\.text) } == expected.articles.map { $0.mentions.map(\.text) })
        // Eleven rows of two lines after the header: the short row starts on line 24.
        #expect(got.problems.map { "\($0.line ?? 0) \($0.reason)" } == ["24 row has 2 fields, the header names 4"])
        #expect(expected.problems.map(\.line) == [24])
    }

    @Test func partsOfALargeFileThatAnotherProcessStartedAgainAreDropped() throws {
        let f = IndexFixture()
        let index = try f.index()
        let path = f.corpus + "/dump.jsonl"
        func part(_ n: Int, last: Bool = false) -> AnalysedFile {
            let article = Article(id: "r\(n)", path: "dump.jsonl", date: nil, title: "Story \(n)", source: nil, body: "Text \(n).")
            return AnalysedFile(file: CorpusFile(path: path, idBase: "dump.jsonl"), stamp: FileStamp(size: 99, modifiedNanoseconds: 1),
                                hash: 7, format: .jsonLines, articles: last ? [] : [AnalyzedArticle(article: article, mentions: [], quotes: [])],
                                fallbackIDs: last ? [] : ["dump.jsonl#\(n + 1)"], problems: [], textBytes: 10,
                                part: FilePart(index: n, ordinalBase: n, isLast: last))
        }
        var started: [String: Int64] = [:]
        try index.pool.write { db in try CacheWriter.replace(db, file: part(0), absolutePath: path, started: &started) }
        // Another refresh of the same corpus starts the file again meanwhile.
        var theirs: [String: Int64] = [:]
        try index.pool.write { db in try CacheWriter.replace(db, file: part(0), absolutePath: path, started: &theirs) }
        try index.pool.write { db in
            try CacheWriter.replace(db, file: part(1), absolutePath: path, started: &started)
            try CacheWriter.replace(db, file: part(2, last: true), absolutePath: path, started: &started)
        }
        let (articles, size) = try index.pool.read { db in
            (try String.fetchAll(db, sql: "SELECT article_id FROM article"), try Int.fetchOne(db, sql: "SELECT size FROM file"))
        }
        #expect(articles == ["r0"], "only the other refresh's first part")
        #expect(size == -1, "still unfinished: the other refresh finishes it, or the next one reads it again")
    }

    @Test func afterARefreshStoppedHalfWayTheArticlesItStoredAreHandedOverFirst() throws {
        let f = IndexFixture()
        f.standardCorpus()
        try f.index().refresh()
        // What a refresh stopped during analysis leaves: rows stored, no list saved.
        try f.index().pool.write { db in
            try db.execute(sql: "DELETE FROM meta WHERE key IN ('list', 'list_roots', 'totals')")
            try db.execute(sql: "DELETE FROM query_part")
        }
        f.write("c.txt", " date 2019-01-08 A new story.")
        var batches: [[String]] = []
        try f.index().refresh(articles: { batches.append($0.map(\.article.title)) })
        #expect(batches.first?.sorted() == ["Calm", "Markets rallied after the vote.", "Storm", "The port closed on Friday."])
        #expect(Array(batches.dropFirst().joined()) == ["A new story."])
        // Once the list is saved again, only what is analysed is handed over.
        batches = []
        f.write("d.txt", " date 2019-01-09 Another story.")
        try f.index().refresh(articles: { batches.append($0.map(\.article.title)) })
        #expect(batches == [["Another story."]])
    }

    @Test func firstRefreshAnalysesEverythingAndASecondOpenReadsTheCache() throws {
        let f = IndexFixture()
        f.standardCorpus()
        let a = f.corpus + "/a.txt"
        let time = Date(timeIntervalSince1970: 1_600_000_000)  // whole seconds survive a round trip
        f.setModified(a, time)
        let first = try f.index().refresh()
        #expect(first.filesAnalysed == 3)
        #expect(first.articles == 4)
        #expect(first.problems == 1)

        // Change a file's bytes but keep its size and time: a second open must not notice,
        // because it reads the cache, not the file.
        f.write("a.txt", " date 2019-01-04 THE PORT CLOSED ON FRIDAY.\n\nSHIPS WAITED OFFSHORE.")
        f.setModified(a, time)

        let index = try f.index()
        let second = try index.refresh()
        #expect(second.filesAnalysed == 0)
        #expect(second.filesReused == 3)
        let corpus = try index.corpus()
        #expect(corpus.articles.map(\.id) == ["a.txt", "j1", "feed.jsonl#3", "sub/b.txt"])
        #expect(corpus.articles[0].article.body == "The port closed on Friday.\n\nShips waited offshore.")
        #expect(corpus.articles[0].article.path == a)
        #expect(corpus.articles[1].article.title == "Storm")
        #expect(corpus.articles[1].article.date?.description == "2019-01-06")
        // Problems come back from the cache too, with their line numbers.
        #expect(corpus.problems.map(\.line) == [2])
        #expect(corpus.problems.first?.path == f.corpus + "/feed.jsonl")
    }

    @Test func theIndexedCorpusMatchesLoadingAndAnalysingDirectly() throws {
        let f = IndexFixture()
        f.standardCorpus()
        let (index, list, _) = try CorpusIndex.open(paths: [f.corpus], locations: f.locations)
        let direct = Corpus.open(paths: [f.corpus])
        let cached = try index.corpus()
        #expect(cached.articles.map(\.article) == direct.articles.map(\.article))
        #expect(cached.articles.map(\.mentions) == direct.articles.map(\.mentions))
        #expect(cached.articles.map(\.quotes) == direct.articles.map(\.quotes))
        #expect(cached.problems == direct.problems)
        // The list corpus has the same articles without bodies, and one can be filled in.
        #expect(list.articles.map(\.article.id) == direct.articles.map(\.article.id))
        #expect(list.articles.allSatisfy { $0.article.body.isEmpty })
        let one = try index.article(id: "sub/b.txt")
        #expect(one?.article == direct.articles.first { $0.id == "sub/b.txt" }?.article)
        #expect(try index.article(id: "missing") == nil)
    }

    @Test func aChangedFileIsAnalysedAgainAndATouchedOneIsNot() throws {
        let f = IndexFixture()
        f.standardCorpus()
        try f.index().refresh()

        f.write("sub/b.txt", " date 2019-01-05 Markets fell after the vote was lost.")
        f.setModified(f.corpus + "/a.txt", Date(timeIntervalSinceNow: 60))  // touched only
        let index = try f.index()
        let summary = try index.refresh()
        #expect(summary.filesAnalysed == 1)
        #expect(summary.filesReused == 2)
        let b = try index.article(id: "sub/b.txt")
        #expect(b?.article.body == "Markets fell after the vote was lost.")
        #expect(try index.refresh().filesAnalysed == 0)  // the touch was recorded
    }

    @Test func whenAManifestBesideTheFilesChangesTheFilesItNamesAreReadAgain() throws {
        let f = IndexFixture()
        f.standardCorpus()
        let manifest = f.write("manifest.tsv", "file\ttitle\tsource\na.txt\tPort closes\tGazette\n")
        try f.index().refresh()
        #expect(try f.index().listCorpus().articles.first { $0.id == "a.txt" }?.article.source == "Gazette")
        #expect(try f.index().refresh().filesAnalysed == 0)

        f.write("manifest.tsv", "file\ttitle\tsource\na.txt\tPort reopens\tGazette\n")
        f.setModified(manifest, Date(timeIntervalSinceNow: 60))
        let index = try f.index()
        let summary = try index.refresh()
        #expect(summary.filesAnalysed == 1, "only the file the manifest names")
        #expect(try index.article(id: "a.txt")?.article.title == "Port reopens")
        #expect(try index.listCorpus().articles.first { $0.id == "a.txt" }?.article.title == "Port reopens")

        try FileManager.default.removeItem(atPath: manifest)
        #expect(try f.index().refresh().filesAnalysed == 1)
        #expect(try f.index().article(id: "a.txt")?.article.source == nil)
    }

    @Test func aSmallCorpusIsAnalysedWholeWhenAFileChangesButNotWhenOneIsTouched() throws {
        let f = IndexFixture()
        f.standardCorpus()
        func index() throws -> CorpusIndex { try CorpusIndex(paths: [f.corpus], locations: f.locations) }
        #expect(try index().refresh().filesAnalysed == 3)
        f.setModified(f.corpus + "/a.txt", Date(timeIntervalSinceNow: 120))
        let touched = try index().refresh()
        #expect(touched.filesAnalysed == 0)
        #expect(touched.changed == false)
        f.write("sub/b.txt", " date 2019-01-05 Markets fell.")
        let changed = try index().refresh()
        #expect(changed.filesAnalysed == 3)  // one extractor call over the whole corpus
        #expect(changed.filesReused == 0)
        #expect(try index().article(id: "sub/b.txt")?.article.body == "Markets fell.")
        #expect(try index().listCorpus().articles.map(\.id) == ["a.txt", "j1", "feed.jsonl#3", "sub/b.txt"])
    }

    @Test func deletedFilesDropOutAndNewOnesComeIn() throws {
        let f = IndexFixture()
        f.standardCorpus()
        try f.index().refresh()
        try FileManager.default.removeItem(atPath: f.corpus + "/feed.jsonl")
        f.write("c.md", "---\ntitle: New\ndate: 2019-02-01\n---\nFresh text.")
        let index = try f.index()
        let summary = try index.refresh()
        #expect(summary.filesRemoved == 1)
        #expect(summary.filesAnalysed == 1)
        let list = try index.listCorpus()
        #expect(list.articles.map(\.id) == ["a.txt", "c.md", "sub/b.txt"])
        #expect(list.problems.isEmpty)
        #expect(try index.search("storm").isEmpty)
    }

    @Test func aCorruptCacheIsRebuilt() throws {
        let f = IndexFixture()
        f.standardCorpus()
        let path = try f.index().databasePath
        try CorpusIndex(paths: [f.corpus], locations: f.locations).refresh()
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: path))

        let (_, corpus, summary) = try CorpusIndex.open(paths: [f.corpus], locations: f.locations)
        #expect(summary.rebuiltCache)
        #expect(summary.filesAnalysed == 3)
        #expect(corpus.articles.count == 4)
    }

    /// After an upgrade that finds other entities or quotes, what the earlier Lede stored
    /// is analysed again rather than shown as current; the reader's marks stay.
    @Test func aCacheFromAnEarlierAnalysisIsRebuiltAndMarksKept() throws {
        let f = IndexFixture()
        f.standardCorpus()
        let (index, _, _) = try CorpusIndex.open(paths: [f.corpus], locations: f.locations)
        try index.userState.setRead("a.txt")
        try index.pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA user_version = \(CacheSchema.stamp - 1)")
        }

        let (again, corpus, summary) = try CorpusIndex.open(paths: [f.corpus], locations: f.locations)
        #expect(summary.rebuiltCache)
        #expect(summary.filesAnalysed == 3)
        #expect(corpus.articles.count == 4)
        #expect(try again.userState.readArticleIDs() == ["a.txt"])
        let (_, _, third) = try CorpusIndex.open(paths: [f.corpus], locations: f.locations)
        #expect(!third.rebuiltCache && third.filesAnalysed == 0)
    }

    @Test func userStateSurvivesADeletedCache() throws {
        let f = IndexFixture()
        f.standardCorpus()
        let (index, _, _) = try CorpusIndex.open(paths: [f.corpus], locations: f.locations)
        try index.userState.setRead("a.txt")
        try index.userState.setRead("j1")
        try index.userState.setRead("j1", false)
        try index.userState.setRead(["sub/b.txt", "feed.jsonl#3"], true)  // `A`: many in one go
        try index.userState.setRead(["sub/b.txt", "feed.jsonl#3"], false)
        let quote = Quote(id: "a.txt#q1", articleID: "a.txt", span: TextSpan(0, 10), text: "We stay", speaker: "Smith")
        try index.userState.setStarred(quote)

        try FileManager.default.removeItem(atPath: f.locations.cacheDirectory)
        let (again, _, summary) = try CorpusIndex.open(paths: [f.corpus], locations: f.locations)
        #expect(summary.filesAnalysed == 3)
        #expect(try again.userState.readArticleIDs() == ["a.txt"])
        #expect(try again.userState.starredQuotes().map(\.text) == ["We stay"])
        // Another corpus has its own marks.
        let other = IndexFixture()
        other.standardCorpus()
        let otherIndex = try CorpusIndex(paths: [other.corpus], locations: f.locations)
        #expect(try otherIndex.userState.readArticleIDs().isEmpty)
    }

    @Test func aDamagedUserStateIsMovedAsideNotDeleted() throws {
        let f = IndexFixture()
        f.standardCorpus()
        try FileManager.default.createDirectory(atPath: f.locations.dataDirectory, withIntermediateDirectories: true)
        let garbage = Data(repeating: 0x41, count: 4096)
        try garbage.write(to: URL(fileURLWithPath: f.locations.userStateDatabase))
        let index = try f.index()
        try index.userState.setRead("a.txt")
        #expect(try index.userState.readArticleIDs() == ["a.txt"])
        let aside = try #require(index.userState.movedAside)
        #expect(FileManager.default.contents(atPath: aside) == garbage)
    }

    @Test func searchFindsEveryWordWithTheLastAsAPrefix() throws {
        let f = IndexFixture()
        f.standardCorpus()
        let (index, _, _) = try CorpusIndex.open(paths: [f.corpus], locations: f.locations)
        #expect(try index.search("ships offshore") == ["a.txt"])
        #expect(try index.search("Storm") == ["j1"])
        #expect(try index.search("rall") == ["sub/b.txt"])  // prefix of the last word
        #expect(try index.search("\"AND OR (") == [])  // user text is never query syntax
    }

    /// The standard corpus indexed, its query index built and saved again in 7-byte pieces.
    static func queryIndexStoredInPiecesOfSevenBytes() throws -> (IndexFixture, CorpusIndex, Corpus, QueryIndex) {
        let f = IndexFixture()
        f.standardCorpus()
        let index = try f.index()
        try index.refresh()
        let list = try #require(try index.cachedListCorpus())
        let built = try index.queryIndex(over: list)
        try index.pool.write { db in try QueryIndexStore.save(db, built, pieceSize: 7) }
        return (f, index, list, built)
    }

    @Test func aQueryIndexStoredInManySmallPiecesReadsBackWhole() throws {
        let (f, index, list, built) = try Self.queryIndexStoredInPiecesOfSevenBytes()
        #expect(try index.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM query_part WHERE name GLOB 'postingDocs#*'") ?? 0 } > 2)
        // Blank text: what is found now comes from the stored pieces.
        try index.pool.write { db in try db.execute(sql: "UPDATE article SET body = ''") }
        let stored = try f.index().queryIndex(over: list)
        for query in ["offshore", "ships", "storm OR markets", "date:2019-01-05..", "calm -storm", "the"] {
            #expect(try stored.matches(query).get() == built.matches(query).get(), "\(query)")
        }
        #expect(try stored.matches("offshore").get().map { list.articles[$0].id } == ["a.txt"])
    }

    @Test func aDamagedPieceOfTheStoredQueryIndexIsNotTrustedAndTheIndexIsBuiltAgain() throws {
        let (f, index, list, _) = try Self.queryIndexStoredInPiecesOfSevenBytes()
        for damage in ["UPDATE query_part SET data = substr(data, 1, 3) WHERE name = 'postingDocs#1'",
                       "DELETE FROM query_part WHERE name = 'postingStarts'"] {
            try index.pool.write { db in try db.execute(sql: damage) }
            let stored = try index.pool.read { db in
                try QueryIndexStore.load(db, articles: list.articles, rows: [], pool: index.pool)
            }
            #expect(stored == nil, "\(damage)")
        }
        let again = try f.index().queryIndex(over: list)
        #expect(try again.matches("offshore").get().map { list.articles[$0].id } == ["a.txt"])
    }

    @Test func theStoredQueryIndexFollowsChangesIsReadNotRebuiltAndAMissingOneIsRebuilt() throws {
        let f = IndexFixture()
        f.standardCorpus()
        try f.index().refresh()
        f.write("sub/b.txt", " date 2019-01-05 Ships sank.")
        try f.index().refresh()
        let reader = try f.index()
        #expect(try reader.search("ships") == ["a.txt", "sub/b.txt"])
        // A second open reads the stored index, not the text: blank every body and the
        // words are still found (phrases would read the text, single words do not).
        try reader.pool.write { db in try db.execute(sql: "UPDATE article SET body = ''") }
        let list = try #require(try reader.cachedListCorpus())
        let query = try reader.queryIndex(over: list)
        #expect(try query.matches("offshore").get().map { list.articles[$0].id } == ["a.txt"])
        // A refresh that died before saving it leaves none; the next one, with nothing to
        // read, builds it again.
        try reader.pool.write { db in try db.execute(sql: "DELETE FROM query_part") }
        let next = try f.index()
        try next.refresh()
        #expect(try next.pool.read { db in try QueryIndexStore.isMissing(db) } == false)
        #expect(try next.search("offshore").isEmpty, "built again from the (now blank) stored text")
    }

    @Test func twoProcessesRefreshingTheSameCorpusAtOnceAgree() async throws {
        let f = IndexFixture()
        f.standardCorpus()
        for i in 0..<40 { f.write("bulk/\(i).txt", " date 2019-03-01 Article number \(i) about harbours.") }
        let locations = f.locations
        let paths = [f.corpus]
        let counts = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<2 {
                group.addTask { try CorpusIndex.open(paths: paths, locations: locations).corpus.articles.count }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(counts == [44, 44])
        let again = try CorpusIndex(paths: paths, locations: locations)
        #expect(try again.refresh().filesAnalysed == 0)
        #expect(try again.listCorpus().articles.count == 44)
    }

    @Test func progressReportsEveryFileAndFinishes() throws {
        let f = IndexFixture()
        f.standardCorpus()
        var seen: [IndexProgress] = []
        try f.index().refresh { seen.append($0) }
        #expect(seen.first?.phase == .scanning)
        #expect(seen.last?.phase == .done)
        #expect(seen.last?.filesRead == 3)
        #expect(seen.last?.articlesAnalysed == 4)
        #expect((seen.last?.bytesRead ?? 0) > 100)
    }
}
