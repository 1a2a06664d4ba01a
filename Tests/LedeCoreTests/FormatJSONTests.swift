import Foundation
import Testing
@testable import LedeCore

@Suite struct FormatJSONTests {
    @Test func jsonLinesRecordsLoadWithTheirFieldsAndOwnIDs() {
        let dir = FixtureFolder()
        dir.write("news.jsonl", """
            {"id": "a1", "title": "Port closed", "date": "2019-01-04T23:30:00-05:00", "text": "The port closed.\\n\\nShips waited.", "source": "Example Times", "url": "https://example.com/a1", "author": "J. Doe"}
            {"title": "No id here", "date": "2019-01-05", "body": "Second article."}
            """)
        let result = CorpusLoader().load(paths: [dir.path])
        #expect(result.problems.isEmpty)
        #expect(result.articles.map(\.id) == ["a1", "news.jsonl#2"])
        let first = result.articles[0]
        #expect(first.title == "Port closed")
        #expect(first.date?.description == "2019-01-04")  // the day as written, not UTC
        #expect(first.source == "Example Times")
        #expect(first.url == "https://example.com/a1")
        #expect(first.body == "The port closed.\n\nShips waited.")
        #expect(result.articles[1].body == "Second article.")
    }

    @Test func badLinesAreReportedWithLineNumbersAndGoodOnesStillLoad() {
        let dir = FixtureFolder()
        let file = dir.write("mixed.jsonl", """
            {"title": "Good", "date": "2019-01-04", "text": "Fine text."}
            {"title": "Broken", "text": "unterminated
            {"title": "No text", "date": "2019-01-04"}

            {"title": "Bad date", "date": "04/01/2019", "text": "Text."}
            [1, 2]
            {"title": "Also good", "content": "More text."}
            """)
        let result = CorpusLoader().load(paths: [file])
        #expect(result.articles.map(\.title) == ["Good", "Also good"])
        #expect(result.problems.map(\.line) == [2, 3, 5, 6])
        #expect(result.problems.allSatisfy { $0.path == file })
        #expect(result.problems[1].reason.contains("no article text"))
        #expect(result.problems[2].reason.contains("unreadable date"))
        #expect(result.problems[0].description.hasPrefix(file + ":2: "))
    }

    @Test func recordNumbersStayStableAcrossBadRecordsAndDuplicateOwnIDs() {
        let dir = FixtureFolder()
        dir.write("a.json", """
            [
              {"id": "same", "text": "One."},
              {"id": "same", "text": "Two."},
              {"text": ""},
              {"id": 42, "text": "Four."}
            ]
            """)
        let result = CorpusLoader().load(paths: [dir.path])
        // Ids shared inside a file fall back to positions; numeric ids are taken as text.
        #expect(result.articles.map(\.id) == ["a.json#1", "a.json#2", "42"])
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.record == 3)
    }

    @Test func ownIDsTakenByAnotherFileFallBackToThePosition() {
        let dir = FixtureFolder()
        dir.write("a.jsonl", #"{"id": "x", "text": "From a."}"#)
        dir.write("b.jsonl", #"{"id": "x", "text": "From b."}"#)
        let result = CorpusLoader().load(paths: [dir.path])
        #expect(result.articles.map(\.id) == ["x", "b.jsonl#1"])
    }

    @Test func aPrettyPrintedSingleObjectIsOneArticleAndHTMLContentIsReduced() {
        let dir = FixtureFolder()
        dir.write("one.json", """
            {
              "title": "Single",
              "date": "2020-02-29",
              "content": "<p>First &amp; foremost.</p><p>Second<br>line.</p>"
            }
            """)
        let result = CorpusLoader().load(paths: [dir.path])
        #expect(result.problems.isEmpty)
        #expect(result.articles.map(\.id) == ["one.json"])
        #expect(result.articles.first?.body == "First & foremost.\n\nSecond\nline.")
    }

    @Test func markupIsFoundInTextWithCurlyQuotesAndPlainTextWithALessThanIsLeftAsIs() {
        let dir = FixtureFolder()
        dir.write("a.jsonl", """
            {"id": "html", "text": "“Yes,” she said — café <p>Next&nbsp;one &amp; more.</p>"}
            {"id": "plain", "text": "“Costs fell” by < 5% & rose — the ≮ sign stays."}
            """)
        let result = CorpusLoader().load(paths: [dir.path])
        let bodies = Dictionary(uniqueKeysWithValues: result.articles.map { ($0.id, $0.body) })
        #expect(bodies["html"] == "“Yes,” she said — café\n\nNext one & more.")
        #expect(bodies["plain"] == "“Costs fell” by < 5% & rose — the ≮ sign stays.")
    }

    @Test func dumpsInOtherShapesLoadWithTheirFields() {
        let dir = FixtureFolder()
        // NewsAPI: a wrapper object, `publishedAt`, the source as an object, no `text`.
        dir.write("newsapi.json", #"{"status": "ok", "articles": [{"source": {"id": null, "name": "Reuters"}, "author": "Jane Roe", "title": "Rates rise", "description": "Teaser.", "url": "https://r.example/1", "publishedAt": "2021-03-04T10:00:00Z", "content": "The bank raised rates. Markets fell… [+2412 chars]"}, {"title": "Only a summary", "description": "Just the teaser.", "publishedAt": "2021-03-05T10:00:00Z"}]}"#)
        // news-please; WordPress; NYT (one level down, `response.docs`); a Unix time.
        dir.write("dumps.jsonl", """
            {"title": "Please", "maintext": "Main text.", "date_publish": "2017-03-03 12:00:00", "source_domain": "example.org", "authors": ["A", "B"]}
            {"title": {"rendered": "WP &#8217;post&#8217;"}, "content": {"rendered": "<p>Rendered body.</p>"}, "date": "2020-01-02T03:04:05", "link": "https://wp.example/p"}
            {"headline": "Epoch", "timestamp": 1614852000000, "story": "Story text.", "time": "10:00"}
            {"title": "Blank date", "date": " ", "text": "Undated text."}
            {"title": "Escaped", "text": "AT&amp;T&#8217;s R&D; plan."}
            """)
        dir.write("nyt.json", """
            {"response": {"docs": [{"headline": {"main": "NYT headline"}, "lead_paragraph": "Lead.", "pub_date": "2020-05-01T00:00:00+0000", "web_url": "https://nyt.example/a"}]}}
            """)
        let result = CorpusLoader().load(paths: [dir.path])
        #expect(result.problems.isEmpty)
        let byTitle = Dictionary(result.articles.map { ($0.title, $0) }, uniquingKeysWith: { a, _ in a })
        let rates = byTitle["Rates rise"]
        #expect(rates?.source == "Reuters")
        #expect(rates?.date?.description == "2021-03-04")
        #expect(rates?.body == "The bank raised rates. Markets fell…", "NewsAPI's mark where it cut the text is not text")
        #expect(rates?.url == "https://r.example/1")
        #expect(rates?.id == "newsapi.json#1")
        #expect(byTitle["Only a summary"]?.body == "Just the teaser.")
        #expect(byTitle["Please"]?.source == "example.org")
        #expect(byTitle["Please"]?.date?.description == "2017-03-03")
        #expect(byTitle["WP ’post’"]?.body == "Rendered body.")
        #expect(byTitle["WP ’post’"]?.url == "https://wp.example/p")
        // An unreadable `time` beside a readable timestamp loses nothing.
        #expect(byTitle["Epoch"]?.date?.description == "2021-03-04")
        #expect(byTitle["NYT headline"]?.body == "Lead.")
        #expect(byTitle["NYT headline"]?.date?.description == "2020-05-01")
        #expect(byTitle["Blank date"].map { $0.date == nil } == true)
        #expect(byTitle["Escaped"]?.body == "AT&T’s R&D; plan.")
        #expect(result.articles.count == 8)
    }

    @Test func aWrapperWithoutArticlesIsStillReportedNotGuessedAt() {
        let dir = FixtureFolder()
        dir.write("status.json", #"{"status": "error", "items": [1, 2]}"#)
        let result = CorpusLoader().load(paths: [dir.path])
        #expect(result.articles.isEmpty)
        #expect(result.problems.first?.reason.contains("no article text") == true)
    }

    @Test func invalidJSONFilesAreProblemsNotCrashes() {
        let dir = FixtureFolder()
        dir.write("bad.json", "[{\"text\": \"x\"")
        dir.write("scalar.json", "[1]")
        dir.write("obj.json", "{\n\"title\": }")
        let result = CorpusLoader().load(paths: [dir.path])
        #expect(result.articles.isEmpty)
        #expect(result.problems.map { ($0.path as NSString).lastPathComponent }.sorted() == ["bad.json", "obj.json", "scalar.json"])
    }

    @Test func streamingJSONLinesGivesTheSameRecordsAndProblemsAsReadingWhole() throws {
        let dir = FixtureFolder()
        var lines: [String] = []
        for i in 1...60 {
            switch i % 13 {
            case 5: lines.append("{\"title\": \"broken")
            case 7: lines.append("")
            case 9: lines.append("{\"title\": \"no text \(i)\"}")
            default: lines.append("{\"id\": \"r\(i)\", \"date\": \"2020-01-0\(1 + i % 9)\", \"text\": \"Body \(i) with ünïcödé.\"}")
            }
        }
        let file = dir.write("big.jsonl", lines.joined(separator: "\n"))
        let whole = JSONFormat.parseObjects(try Data(contentsOf: URL(fileURLWithPath: file)), path: file)
        #expect(whole.records.count == 46)
        // Read 37 bytes at a time, a few records a slice: the same records and problems,
        // positions and line numbers running on across blocks and slices.
        for sliceSize in [5, Int.max] {
            let reader = try #require(JSONLinesStream.Reader(path: file, blockSize: 37))
            var sliced = ParsedFile(format: .jsonLines)
            var slices = 0
            while let slice = reader.next(records: sliceSize) {
                let slice = try #require(slice)
                #expect(slice.records.count <= sliceSize)
                sliced.records += slice.records
                sliced.problems += slice.problems
                slices += 1
            }
            #expect(slices >= (sliceSize == 5 ? 10 : 1))
            #expect(sliced.records == whole.records)
            #expect(sliced.problems == whole.problems)
            #expect(reader.bytesRead == lines.joined(separator: "\n").utf8.count)
        }
        // A pretty-printed object is left to the whole-file reader.
        let pretty = dir.write("one.json", "{\n\"text\": \"x\"\n}")
        let prettyReader = try #require(JSONLinesStream.Reader(path: pretty))
        #expect(prettyReader.next(records: 5).map { $0 == nil } == true)
        // So is one line that lists the articles under a key.
        let wrapper = dir.write("wrapped.json", #"{"articles": [{"text": "x"}, {"text": "y"}]}"#)
        let wrapperReader = try #require(JSONLinesStream.Reader(path: wrapper))
        #expect(wrapperReader.next(records: 5).map { $0 == nil } == true)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/work/shared/corpora/wikinews.jsonl")))
    func theSharedWikinewsJSONLinesLoadsCompletely() {
        let result = CorpusLoader().load(paths: ["/work/shared/corpora/wikinews.jsonl"])
        #expect(result.problems.isEmpty)
        #expect(result.articles.count == 293)
        #expect(result.articles.first?.id == "00000_a652aad19b935d46")
        #expect(result.articles.allSatisfy { $0.date != nil && !$0.title.isEmpty && $0.source == "Wikinews" })
    }
}

/// A JSON array read an element at a time must give what Foundation's whole parse gives.
@Suite struct JSONArrayStreamTests {
    static let tricky = """
        \u{FEFF} [ {"id": 7, "title": "Brackets [in] {strings}", "date": "2020-01-02",
           "text": "He said \\"stop\\" \\\\ then left, ] } [ {", "tags": [["a"], {"b": [1, 2]}]},
          {"title": "No text"},
          "a bare string",
          12.5,
          {"id": "x", "text": "Ünïcödé — “quotes” and \\u00e9", "source": "Wire"} ,
          {"text": "last", "date": "2020-01-03"}
        ]
        """

    func records(_ text: String, blockSize: Int, slice: Int) throws -> ParsedFile? {
        let dir = FixtureFolder()
        let file = dir.write("dump.json", text)
        let stream = try #require(JSONArrayStream(path: file, blockSize: blockSize))
        var all = ParsedFile(format: .jsonArray)
        while let next = stream.next(records: slice) {
            guard let part = next else { return nil }
            #expect(part.records.count <= slice)
            all.records += part.records
            all.problems += part.problems
        }
        #expect(stream.bytesRead == text.utf8.count)
        return all
    }

    @Test func elementsComeOutAsTheWholeParseGivesThem() throws {
        let whole = JSONFormat.parseArray(Data(Self.tricky.utf8), path: "p")
        #expect(whole.records.count == 3 && whole.problems.count == 3)
        for blockSize in [1, 3, 7, 64, 1 << 20] {
            let streamed = try #require(try records(Self.tricky, blockSize: blockSize, slice: 2))
            #expect(streamed.records == whole.records, "block size \(blockSize)")
            #expect(streamed.problems.map { "\($0.record ?? 0) \($0.reason)" } == whole.problems.map { "\($0.record ?? 0) \($0.reason)" })
        }
    }

    @Test func anythingButAWellFormedArrayIsLeftToTheWholeParse() throws {
        #expect(try records("[]", blockSize: 2, slice: 5)?.problems.map(\.reason) == ["empty JSON array"])
        for broken in ["{\"text\": \"an object\"}", "[{\"text\": \"cut short\"", "[{\"text\": \"a\"} {\"text\": \"b\"}]",
                       "[{\"text\": \"a\"}] trailing", "[{\"text\": \"a\"},]", "[, {\"text\": \"a\"}]", "not json"] {
            #expect(try records(broken, blockSize: 4, slice: 5) == nil, "\(broken)")
        }
    }
}

