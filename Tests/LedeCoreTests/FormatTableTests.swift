import Foundation
import Testing
@testable import LedeCore

@Suite struct FormatTableTests {
    /// As a data frame writes it: an unnamed index column, capitalised names, CRLF line
    /// ends, a quoted field spanning lines with a doubled quote and a comma in it.
    static let dataset = """
        ,Title,Publication,Author,Date,URL,Content\r
        0,Port closes,Harbour Gazette,Ann Lee,2019-01-04,https://gazette.example/port,"The port closed on Friday, the mayor said.\r
        \r
        ""It will reopen,"" she said."\r
        1,No date here,Wire,,,,Ships waited offshore.\r
        2,Broken date,Wire,,someday,,Text.\r
        3,Too few fields\r
        4,No text,Wire,,2019-01-05,,\r

        """

    @Test func rowsOfADatasetBecomeArticlesByTheirColumnNames() {
        let dir = FixtureFolder()
        dir.write("data/news.csv", Self.dataset)
        let result = CorpusLoader().load(paths: [dir.path])
        #expect(result.articles.count == 2)
        let port = result.articles[0]
        #expect(port.id == "data/news.csv#1")
        #expect(port.title == "Port closes")
        #expect(port.source == "Harbour Gazette")
        #expect(port.url == "https://gazette.example/port")
        #expect(port.date?.description == "2019-01-04")
        #expect(port.body == "The port closed on Friday, the mayor said.\n\n\"It will reopen,\" she said.")
        let undated = result.articles[1]
        #expect(undated.id == "data/news.csv#2")
        #expect(undated.date == nil)
        #expect(undated.body == "Ships waited offshore.")
        // Every bad row is named by the line it starts on, and nothing else is lost.
        #expect(result.problems.map(\.line) == [6, 7, 8])
        #expect(result.problems[0].reason.contains("unreadable date someday"))
        #expect(result.problems[1].reason == "row has 2 fields, the header names 7")
        #expect(result.problems[2].reason.contains("no article text"))
    }

    @Test func tabAndSemicolonSeparatedTablesAndTheIDColumn() {
        let dir = FixtureFolder()
        dir.write("a.tsv", "id\theadline\tpublishedAt\tbody\nx-1\tTabbed\t2021-03-04T10:00:00Z\tA body, with a comma.\n")
        dir.write("b.csv", "\u{FEFF}text;title\nSemicolons; kept in quotes?;Semi\n\"Semicolons; kept in quotes.\";Semi\n")
        let result = CorpusLoader().load(paths: [dir.path])
        #expect(result.articles.map(\.id) == ["x-1", "b.csv#2"])
        #expect(result.articles[0].title == "Tabbed")
        #expect(result.articles[0].date?.description == "2021-03-04")
        #expect(result.articles[0].body == "A body, with a comma.")
        #expect(result.articles[1].body == "Semicolons; kept in quotes.")
        #expect(result.problems.map(\.line) == [2])
    }

    @Test func prosewithCommasOrATableWithoutTextIsNotReadAsArticles() {
        #expect(ArticleFormat.detect("Text, images and body copy were all lost in the fire.\nMore.") == nil)
        #expect(ArticleFormat.detect("name,population\nOslo,700000\n") == nil)
        #expect(ArticleFormat.detect("title,text\nA,B\n") == .table)
        let dir = FixtureFolder()
        let file = dir.write("cities.csv", "name,population\nOslo,700000\n")
        let result = CorpusLoader().load(paths: [file])
        #expect(result.articles.isEmpty)
        #expect(result.problems.first?.reason.contains("not an article format") == true)
        #expect(result.problems.first?.reason.contains("a table with a header row") == true)
    }

    @Test func streamingATableGivesTheSameRecordsAndProblemsAsReadingWhole() throws {
        let dir = FixtureFolder()
        var rows = ["id,date,title,text"]
        for i in 1...60 {
            switch i % 11 {
            case 3: rows.append("r\(i),2020-13-40,Bad date,x")
            case 6: rows.append("")
            case 8: rows.append("r\(i),2020-01-01,\"Spans\nlines \"\"quoted\"\"\",\"Body \(i)\nwith, ünïcödé\"")
            default: rows.append("r\(i),2020-01-0\(1 + i % 9),Title \(i),Body \(i) with ünïcödé.")
            }
        }
        let text = rows.joined(separator: "\n")
        let file = dir.write("big.csv", text)
        let whole = CSVFormat.parse(try Data(contentsOf: URL(fileURLWithPath: file)), path: file)
        #expect(whole.records.count == 49)
        #expect(whole.problems.count == 6)
        for sliceSize in [5, Int.max] {
            let stream = try #require(CSVStream(path: file, blockSize: 23))
            var sliced = ParsedFile(format: .table)
            var slices = 0
            while let slice = stream.next(records: sliceSize) {
                let slice = try #require(slice)
                #expect(slice.records.count <= sliceSize)
                sliced.records += slice.records
                sliced.problems += slice.problems
                slices += 1
            }
            #expect(slices >= (sliceSize == 5 ? 10 : 1))
            #expect(sliced.records == whole.records)
            #expect(sliced.problems == whole.problems)
            #expect(stream.bytesRead == text.utf8.count)
        }
        // A file that is not a table of articles is left to the whole-file reader.
        let other = dir.write("other.csv", "name,population\nOslo,700000\n")
        #expect(try #require(CSVStream(path: other)).next(records: 5).map { $0 == nil } == true)
    }
}

@Suite struct FileMetadataTableTests {
    @Test func aManifestBesideSeedFilesGivesThemTitlesOutletsAndLinks() {
        let dir = FixtureFolder()
        dir.write("wire/001.txt", " date 2019-01-04 The port closed on Friday. Ships waited.")
        dir.write("wire/002.txt", " date 2019-01-05 Markets rallied.")
        dir.write("wire/notes.md", "---\ntitle: Own title\n---\nBody.")
        dir.write("wire/list.jsonl", #"{"title": "From JSON", "text": "Body."}"#)
        dir.write("wire/manifest.tsv", """
            file\tdate\ttitle\tsource\turl\tlicense
            001.txt\t2019-01-03\tPort closes\tHarbour Gazette\thttps://gazette.example/port\tCC BY
            ./notes.md\t\tManifest title\tBlog\t\t
            list.jsonl\t\tA list\tWire\t\t
            missing.txt\t2019-01-01\tNo such file\tX\t\t

            """)
        let result = CorpusLoader().load(paths: [dir.path])
        #expect(result.problems.isEmpty, "the manifest is not an article file: \(result.problems)")
        let byID = Dictionary(uniqueKeysWithValues: result.articles.map { ($0.id, $0) })
        let port = byID["wire/001.txt"]
        #expect(port?.title == "Port closes")
        #expect(port?.source == "Harbour Gazette")
        #expect(port?.url == "https://gazette.example/port")
        #expect(port?.date?.description == "2019-01-04", "the file's own date wins")
        #expect(byID["wire/002.txt"]?.title == "Markets rallied.", "a file the manifest does not name is as it was")
        #expect(byID["wire/002.txt"]?.source == nil)
        #expect(byID["wire/notes.md"]?.title == "Own title", "a title the file gives wins")
        #expect(byID["wire/notes.md"]?.source == "Blog")
        // A list's articles take the outlet only: one title cannot name them all.
        #expect(byID["wire/list.jsonl#1"]?.title == "From JSON")
        #expect(byID["wire/list.jsonl#1"]?.source == "Wire")
    }

    @Test func aDeeperManifestSpeaksForItsOwnFolder() {
        let dir = FixtureFolder()
        dir.write("a/x.txt", " date 2019-01-04 Ax.")
        dir.write("b/x.txt", " date 2019-01-04 Bx.")
        dir.write("index.csv", "filename,title\na/x.txt,Top names a\nb/x.txt,Top names b\n")
        dir.write("b/meta.csv", "File,Headline\nx.txt,B names itself\n")
        let result = CorpusLoader().load(paths: [dir.path])
        #expect(result.articles.map(\.title) == ["Top names a", "B names itself"])
        #expect(result.problems.isEmpty)
    }
}
