import Foundation
import Testing
@testable import LedeCore

@Suite struct FormatWebPageTests {
    /// A news site's page as saved from a browser: sharing meta tags, JSON-LD in a graph,
    /// navigation, the story in an `<article>` with its own header and a figure, an aside
    /// with a related story, scripts that write markup, a footer.
    static let page = """
        <!DOCTYPE html>
        <html lang="en"><head>
        <meta charset="utf-8">
        <title>Port closes after storm | Harbour Gazette</title>
        <meta property="og:site_name" content="Harbour Gazette">
        <meta property="og:url" content="https://gazette.example/2019/port">
        <meta name="author" content="Ann Lee">
        <meta property="article:published_time" content="2019-01-04T23:10:00-05:00">
        <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
          {"@type": "WebSite", "name": "Harbour Gazette"},
          {"@type": "NewsArticle", "headline": "Port closes after storm", "datePublished": "2019-01-03"}]}</script>
        <script>document.write("<p>Not the story</p>"); if (a < b && c > d) {}</script>
        <style>p > a { color: red }</style>
        </head>
        <body>
        <nav><ul><li><a href="/">Home</a></li><li>World</li></ul></nav>
        <header class="site"><p>Harbour Gazette — since 1901</p></header>
        <main>
        <article class="story">
          <header><h1>Port closes after storm</h1><p class="byline">By Ann Lee</p>
            <time datetime="2019-01-05">Jan 5</time></header>
          <figure><img src="port.jpg"><figcaption>The port on Friday. Photo: A. Lee</figcaption></figure>
          <p>The port of <a href="/tags/oslo">Oslo</a> closed on Friday after a storm, the mayor
             said.</p>
          <div class="ad">Advertisement</div>
          <p>&ldquo;It will reopen soon,&rdquo; said <em>Marit Berg</em>, the harbour master.</p>
          <aside><h2>Related</h2><article><p>Last year’s storm cost $5 million.</p></article></aside>
          <p>Ships waited offshore.</p>
        </article>
        </main>
        <footer><p>© 2019 Harbour Gazette</p></footer>
        </body></html>
        """

    @Test func aSavedNewsPageGivesItsStoryAndWhatItsHeadSays() throws {
        let dir = FixtureFolder()
        dir.write("saved/port.html", Self.page)
        let result = CorpusLoader().load(paths: [dir.path])
        #expect(result.problems.isEmpty)
        let a = try #require(result.articles.first)
        #expect(result.articles.count == 1)
        #expect(a.id == "saved/port.html")
        #expect(a.title == "Port closes after storm")
        #expect(a.source == "Harbour Gazette")
        #expect(a.url == "https://gazette.example/2019/port")
        #expect(a.date?.description == "2019-01-04", "the published time's own day, as the site wrote it")
        #expect(a.body == """
            The port of Oslo closed on Friday after a storm, the mayor said.

            “It will reopen soon,” said Marit Berg, the harbour master.

            Ships waited offshore.
            """)
    }

    @Test func aPageWithLittleMarkupStillGivesTitleDateAndText() throws {
        let dir = FixtureFolder()
        let file = dir.write("plain.htm", """
            <html><head><title>Council votes - Town News</title>
            <meta name="pubdate" content="20190104"></head>
            <body><p>The council voted 5-2 on Monday.<p>It meets again in March.</body></html>
            """)
        let result = CorpusLoader().load(paths: [file])
        let a = try #require(result.articles.first)
        #expect(a.title == "Council votes - Town News", "no site name known: the title is kept whole")
        #expect(a.body == "The council voted 5-2 on Monday.\n\nIt meets again in March.")
        #expect(a.source == nil)
    }

    @Test func theStructuredDataFillsInWhatTheMetaTagsLeaveOut() throws {
        let dir = FixtureFolder()
        let file = dir.write("teaser.html", """
            <!doctype html><html><head>
            <script type="application/ld+json">[{"@type": ["NewsArticle"], "headline": "Rates rise",
              "datePublished": "2021-03-04T10:00:00Z", "publisher": {"@type": "Organization", "name": "Wire"},
              "author": [{"name": "Bo Li"}, {"name": "Ann Lee"}],
              "articleBody": "The central bank raised rates on Thursday. Markets fell sharply after the decision was announced."}]
            </script></head><body><article><p>The central bank raised rates…</p></article></body></html>
            """)
        let result = CorpusLoader().load(paths: [file])
        let a = try #require(result.articles.first)
        #expect(a.title == "Rates rise")
        #expect(a.source == "Wire")
        #expect(a.date?.description == "2021-03-04")
        #expect(a.body.hasPrefix("The central bank raised rates on Thursday. Markets fell"), "the full text over the teaser")
    }

    @Test func aPageWithNoTextIsAProblemAndHTMLIsToldByContent() {
        #expect(ArticleFormat.detect("<!DOCTYPE html><html></html>") == .htmlPage)
        #expect(ArticleFormat.detect("<?xml version=\"1.0\"?><rss><channel></channel></rss>") == .rss)
        #expect(ArticleFormat.detect("  <head><title>x</title></head>") == .htmlPage)
        let dir = FixtureFolder()
        let empty = dir.write("empty.html", "<html><head><title>Nothing</title></head><body><nav>Home</nav></body></html>")
        let result = CorpusLoader().load(paths: [empty])
        #expect(result.articles.isEmpty)
        #expect(result.problems.map(\.reason) == ["web page holds no article text"])
    }
}

@Suite struct FormatWebPageEncodingTests {
    @Test func aPageSavedInWindows1252IsDecodedAsItsHeadDeclares() throws {
        let dir = FixtureFolder()
        let path = dir.path + "/old.html"
        // “Café” in quotes, as Windows-1252 bytes: 0x93 Caf 0xE9 0x94.
        var bytes = Array("<html><head><meta charset=\"windows-1252\"><title>Old</title></head><body><p>".utf8)
        bytes += [0x93, 0x43, 0x61, 0x66, 0xE9, 0x94] + Array(" opened.</p></body></html>".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let result = CorpusLoader().load(paths: [path])
        #expect(result.problems.isEmpty)
        #expect(result.articles.first?.body == "“Café” opened.")
    }
}
