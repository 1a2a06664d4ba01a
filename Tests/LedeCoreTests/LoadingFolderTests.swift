import Foundation
import Testing
@testable import LedeCore

@Suite struct LoadingFolderTests {
    @Test func seedFilesKeepRelativePathIDsAndFolderWalkingTakesEveryFormat() {
        let dir = FixtureFolder()
        dir.write("2019/jan/a.txt", " date 2019-01-04 Seed article. More.")
        dir.write("notes.md", "---\ntitle: \"Front matter\"\ndate: 2019-01-06\nsource: Blog\nurl: https://blog.example/x\n---\n\nBody here.\n\nSecond paragraph.\n")
        dir.write("list.jsonl", #"{"text": "From JSON."}"#)
        dir.write("data.csv", "not,an,article")
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

    @Test func emptyFolderSaysWhatItLookedFor() {
        let dir = FixtureFolder()
        dir.write("x.csv", "a,b")
        let result = CorpusLoader().load(paths: [dir.path])
        #expect(result.problems.first?.reason.contains(".jsonl") == true)
    }
}
