import Foundation
import Testing
@testable import LedeCore

@Suite struct LoadingFolderTests {
    @Test func seedFilesKeepRelativePathIDsAndFolderWalkingTakesEveryFormat() {
        let dir = FixtureFolder()
        dir.write("2019/jan/a.txt", " date 2019-01-04 Seed article. More.")
        dir.write("notes.md", "---\ntitle: \"Front matter\"\ndate: 2019-01-06\nsource: Blog\nurl: https://blog.example/x\n---\n\nBody here.\n\nSecond paragraph.\n")
        dir.write("list.jsonl", #"{"text": "From JSON."}"#)
        dir.write("data.csv", "name,population\nOslo,700000\n")  // a table, but not of articles
        dir.write(".hidden/secret.txt", " date 2019-01-04 Hidden.")
        let result = CorpusLoader().load(paths: [dir.path])
        #expect(result.problems.isEmpty)
        #expect(result.articles.map(\.id) == ["2019/jan/a.txt", "list.jsonl#1", "notes.md"])
        let note = result.articles[2]
        #expect(note.title == "Front matter")
        #expect(note.date?.description == "2019-01-06")
        #expect(note.source == "Blog")
        #expect(note.url == "https://blog.example/x")
        #expect(note.body == "Body here.\n\nSecond paragraph.")
        #expect(result.articles[0].path == dir.path + "/2019/jan/a.txt")
    }

    @Test func formatIsToldByContentNotExtension() {
        let dir = FixtureFolder()
        dir.write("looks-like-text.txt", "{\"title\": \"JSON inside\", \"text\": \"Body.\"}\n{\"text\": \"Two.\"}")
        dir.write("feed.txt", "<rss><channel><title>F</title><item><description>Item.</description></item></channel></rss>")
        let result = CorpusLoader().load(paths: [dir.path])
        #expect(result.problems.isEmpty)
        #expect(result.articles.map(\.id) == ["feed.txt#1", "looks-like-text.txt#1", "looks-like-text.txt#2"])
    }

    @Test func badFilesAreProblemsWithTheirPaths() {
        let dir = FixtureFolder()
        dir.write("good.txt", " date 2019-01-04 Fine.")
        let noHeader = dir.write("plain.txt", "Just text.")
        let unclosed = dir.write("open.md", "---\ntitle: x\nBody without end")
        let badDate = dir.write("date.md", "---\ndate: someday\n---\nBody")
        let binary = dir.path + "/bin.txt"
        try! Data([0xFF, 0xFE, 0x00, 0x80]).write(to: URL(fileURLWithPath: binary))
        let empty = dir.write("empty.json", "   \n")
        let result = CorpusLoader().load(paths: [dir.path, dir.path + "/missing"])
        #expect(result.articles.map(\.id) == ["good.txt"])
        let byPath = Dictionary(result.problems.map { ($0.path, $0.reason) }, uniquingKeysWith: { a, _ in a })
        #expect(byPath[noHeader] == SeedFormat.ParseError.missingDateHeader.description)
        #expect(byPath[unclosed]?.contains("no closing `---`") == true)
        #expect(byPath[badDate]?.contains("unreadable date someday") == true)
        #expect(byPath[binary] == "not UTF-8 text")
        #expect(byPath[empty] == "empty file")
        #expect(byPath[dir.path + "/missing"] == "no such file or folder")
    }

    @Test func aFileNamedTwiceLoadsOnceAndMarkdownHeadingsBecomeTitles() {
        let dir = FixtureFolder()
        let file = dir.write("n.md", "---\ndate: 2019-01-04\n---\n# The heading\n\nText.")
        let result = CorpusLoader().load(paths: [dir.path, file])
        #expect(result.articles.count == 1)
        #expect(result.articles.first?.title == "The heading")
    }

    @Test func frontMatterInYAMLAsSitesWriteItAndInTOML() {
        let dir = FixtureFolder()
        dir.write("folded.md", """
            ---
            title: >-
              A folded
              title
            published: "2021-03-04T23:30:00-05:00"
            authors:
              - A. Writer
              - B. Writer
            publisher: {name: The Daily}
            ---

            Body one.
            """)
        // Not valid YAML (a second colon), as hand-written headers often are: read by line.
        dir.write("sloppy.md", "---\ntitle: Storms: a year\ndate: 2021-03-05\n---\nBody two.")
        dir.write("hugo.md", "+++\ntitle = \"TOML title\"\ndate = 2021-03-06T10:00:00Z\nauthors = [\"C. Writer\"]\n+++\nBody three.")
        let open = dir.write("open.md", "+++\ntitle = \"never closed\"\nBody")
        let result = CorpusLoader().load(paths: [dir.path])
        let byTitle = Dictionary(result.articles.map { ($0.title, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byTitle["A folded title"]?.date?.description == "2021-03-04")
        #expect(byTitle["A folded title"]?.source == "The Daily")
        #expect(byTitle["A folded title"]?.body == "Body one.")
        #expect(byTitle["Storms: a year"]?.date?.description == "2021-03-05")
        #expect(byTitle["TOML title"]?.date?.description == "2021-03-06")
        #expect(byTitle["TOML title"]?.body == "Body three.")
        #expect(result.articles.count == 3)
        #expect(result.problems.map(\.path) == [open])
        #expect(result.problems.first?.reason.contains("no closing") == true)
        // The authors are read (as the format keeps them, joined).
        let parsed = try? FrontMatterFormat.parse("---\nauthors:\n  - A. Writer\n  - B. Writer\n---\nx")
        #expect(parsed?.author == "A. Writer, B. Writer")
    }

    @Test func filesWithoutAnExtensionAreReadWhenTheyStartLikeAnArticle() {
        let dir = FixtureFolder()
        dir.write("wire/0001", " date 2021-03-04 A seed file named by number.")
        dir.write("wire/0002", #"{"title": "JSON by number", "text": "Body."}"#)
        dir.write("wire/README", "These are the wire stories.")
        dir.write("wire/LICENSE", "{ not an article }")
        dir.write("wire/empty", "")
        let result = CorpusLoader().load(paths: [dir.path])
        #expect(result.articles.map(\.title).sorted() == ["A seed file named by number.", "JSON by number"])
        #expect(result.problems.isEmpty)
    }

    @Test func emptyFolderSaysWhatItLookedFor() {
        let dir = FixtureFolder()
        dir.write("x.csv", "a,b")
        let result = CorpusLoader().load(paths: [dir.path])
        #expect(result.problems.first?.reason.contains(".jsonl") == true)
    }
}
