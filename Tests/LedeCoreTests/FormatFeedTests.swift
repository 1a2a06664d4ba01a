import Foundation
import Testing
@testable import LedeCore

@Suite struct FormatFeedTests {
    static let rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel>
          <title>Harbour Gazette</title>
          <link>https://gazette.example</link>
          <image><title>Logo</title></image>
          <item>
            <title>Storm &amp; tide close port</title>
            <link>https://gazette.example/storm</link>
            <guid isPermaLink="false">storm-2019</guid>
            <pubDate>Fri, 04 Jan 2019 23:10:00 -0500</pubDate>
            <description>Short teaser.</description>
            <content:encoded><![CDATA[<p>The port closed on &ldquo;Friday&rdquo;.</p>
              <script>track()</script>
              <p>Ships   waited
              offshore.</p>]]></content:encoded>
          </item>
          <item>
            <title>Second</title>
            <pubDate>5 Jan 19 08:00 GMT</pubDate>
            <description>&lt;p&gt;Escaped &amp;amp; HTML.&lt;/p&gt;&lt;p&gt;Two.&lt;/p&gt;</description>
          </item>
          <item>
            <title>Empty</title>
          </item>
        </channel>
        </rss>
        """

    @Test func rssItemsBecomeArticlesWithReadableText() {
        let dir = FixtureFolder()
        dir.write("feeds/harbour.rss", Self.rss)
        let result = CorpusLoader().load(paths: [dir.path])
        #expect(result.articles.count == 2)
        let storm = result.articles[0]
        #expect(storm.id == "storm-2019")  // the guid: stable while the feed rolls on
        #expect(storm.title == "Storm & tide close port")
        #expect(storm.source == "Harbour Gazette")
        #expect(storm.url == "https://gazette.example/storm")
        #expect(storm.date?.description == "2019-01-04")
        #expect(storm.body == "The port closed on “Friday”.\n\nShips waited offshore.")
        let second = result.articles[1]
        #expect(second.id == "feeds/harbour.rss#2")
        #expect(second.date?.description == "2019-01-05")
        #expect(second.body == "Escaped & HTML.\n\nTwo.")
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.record == 3)
    }

    @Test func atomEntriesWithXHTMLAndEscapedHTMLContent() {
        let dir = FixtureFolder()
        let file = dir.write("wire.xml", """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title type="text">Wire Service</title>
              <entry>
                <title>Markets rally</title>
                <id>urn:uuid:1</id>
                <link rel="self" href="https://wire.example/api/1"/>
                <link rel="alternate" href="https://wire.example/markets"/>
                <published>2020-03-02T09:00:00+09:00</published>
                <updated>2020-03-03T00:00:00Z</updated>
                <author><name>Ana Ruiz</name><email>ana@wire.example</email></author>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Stocks rose.</p><p>Bonds fell.</p></div></content>
              </entry>
              <entry>
                <title>Escaped</title>
                <id>urn:uuid:2</id>
                <updated>2020-03-04T10:00:00Z</updated>
                <summary type="html">&lt;b&gt;Bold&lt;/b&gt; claim.</summary>
              </entry>
            </feed>
            """)
        let result = CorpusLoader().load(paths: [file])
        #expect(result.problems.isEmpty)
        #expect(result.articles.map(\.id) == ["urn:uuid:1", "urn:uuid:2"])
        let a = result.articles[0]
        #expect(a.source == "Wire Service")
        #expect(a.url == "https://wire.example/markets")
        #expect(a.date?.description == "2020-03-02")  // published, as written
        #expect(a.body == "Stocks rose.\n\nBonds fell.")
        #expect(result.articles[1].body == "Bold claim.")
    }

    @Test func malformedXMLKeepsTheItemsBeforeTheErrorAndSaysWhere() {
        let dir = FixtureFolder()
        let file = dir.write("broken.rss", """
            <rss version="2.0"><channel><title>T</title>
            <item><title>One</title><description>First.</description></item>
            <item><title>Two</title><description>Unclosed
            </channel></rss>
            """)
        let result = CorpusLoader().load(paths: [file])
        #expect(result.articles.map(\.title) == ["One"])
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.reason.contains("malformed XML") == true)
        #expect(result.problems.first?.line != nil)
    }

    @Test func xmlThatIsNotAFeedIsAProblem() {
        let dir = FixtureFolder()
        let file = dir.write("other.xml", "<?xml version=\"1.0\"?><catalog><book>x</book></catalog>")
        let result = CorpusLoader().load(paths: [file])
        #expect(result.articles.isEmpty)
        #expect(result.problems.first?.reason.contains("not an article format") == true)
    }

    @Test func htmlReductionKeepsParagraphsAndDropsScripts() {
        let html = "<div><h2>Head</h2><p>One &#8217;two&#x2019; &nbsp;three</p><!-- c --><style>p{}</style><ul><li>a</li><li>b &lt; c</li></ul></div>"
        #expect(HTMLText.text(fromHTML: html) == "Head\n\nOne ’two’ three\n\na\n\nb < c")
    }

    @Test func feedsInLatin1OrWindows1252AreDecodedByTheirDeclaration() throws {
        let dir = FixtureFolder()
        func feed(_ encoding: String, title: [UInt8], text: [UInt8]) -> Data {
            Data("<?xml version=\"1.0\" encoding=\"\(encoding)\"?>\n<rss version=\"2.0\"><channel><title>Old</title><item><title>".utf8)
                + Data(title) + Data("</title><pubDate>Thu, 04 Mar 2021 10:00:00 +0100</pubDate><description>".utf8)
                + Data(text) + Data("</description></item></channel></rss>\n".utf8)
        }
        // "Café fermé" in Latin-1; “Open” – now in Windows-1252 (curly quotes, en dash).
        try feed("ISO-8859-1", title: Array("Caf".utf8) + [0xE9] + Array(" ferm".utf8) + [0xE9], text: Array("Le caf".utf8) + [0xE9, 0x2E])
            .write(to: URL(fileURLWithPath: dir.path + "/latin1.xml"))
        try feed("windows-1252", title: [0x93] + Array("Open".utf8) + [0x94, 0x20, 0x96, 0x20] + Array("now".utf8), text: Array("Text.".utf8))
            .write(to: URL(fileURLWithPath: dir.path + "/cp1252.xml"))
        // Not UTF-8 and no declaration saying otherwise: still refused.
        try Data([0x20] + Array("date 2021-03-04 Caf".utf8) + [0xE9]).write(to: URL(fileURLWithPath: dir.path + "/seed.txt"))
        let result = CorpusLoader().load(paths: [dir.path])
        #expect(Set(result.articles.map(\.title)) == ["Café fermé", "“Open” – now"])
        #expect(result.articles.first { $0.title == "Café fermé" }?.body == "Le café.")
        #expect(result.problems.map(\.reason) == ["not UTF-8 text"])
    }

    @Test func anAggregatorsItemsAreFromTheOutletsTheyName() {
        let dir = FixtureFolder()
        dir.write("news.rss", """
            <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Top stories - Aggregator</title>
            <item><title>Rates rise</title><source url="https://reuters.example">Reuters</source><description>Text one.</description></item>
            <item><title>Own story</title><description>Text two.</description></item>
            <item><title>Video</title><media:description>What the clip shows.</media:description></item>
            </channel></rss>
            """)
        dir.write("wire.atom", """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Planet</title>
            <entry><title>Copied</title><source><id>urn:x</id><title>The Original Blog</title><updated>2021-01-01T00:00:00Z</updated></source><summary>Text three.</summary></entry>
            </feed>
            """)
        let result = CorpusLoader().load(paths: [dir.path])
        let sources = Dictionary(result.articles.map { ($0.title, $0.source ?? "-") }, uniquingKeysWith: { a, _ in a })
        #expect(sources == ["Rates rise": "Reuters", "Own story": "Top stories - Aggregator",
                            "Video": "Top stories - Aggregator", "Copied": "The Original Blog"])
        #expect(result.articles.first { $0.title == "Video" }?.body == "What the clip shows.")
    }

    @Test func anEmptyDateElementIsNoDateNotABadOne() {
        let dir = FixtureFolder()
        dir.write("f.xml", "<rss version=\"2.0\"><channel><title>F</title><item><title>Undated</title><pubDate> </pubDate><description>Text.</description></item></channel></rss>")
        let result = CorpusLoader().load(paths: [dir.path])
        #expect(result.problems.isEmpty)
        #expect(result.articles.map(\.title) == ["Undated"])
        #expect(result.articles.first.map { $0.date == nil } == true)
    }

    @Test func feedDatesInRFC822AndISOForms() {
        #expect(DateParsing.rfc822("Tue, 10 Jun 2003 04:00:00 GMT")?.description == "2003-06-10")
        #expect(DateParsing.rfc822("10 June 2003")?.description == "2003-06-10")
        #expect(DateParsing.rfc822("31 Feb 2003 04:00 GMT") == nil)
        #expect(DateParsing.iso8601("2003-06-10T23:59:59-07:00")?.description == "2003-06-10")
        #expect(DateParsing.iso8601("2003-06-10X") == nil)
        #expect(DateParsing.anyDate("yesterday") == nil)
    }

    @Test func datesAsSitesAndDumpsWriteThemAreReadButAmbiguousOnesAreNot() {
        #expect(DateParsing.anyDate("2021/03/04")?.description == "2021-03-04")
        #expect(DateParsing.anyDate("2021.3.4 10:00")?.description == "2021-03-04")
        #expect(DateParsing.anyDate("March 4, 2021")?.description == "2021-03-04")
        #expect(DateParsing.anyDate("Thursday, March 4th, 2021 10:00 AM")?.description == "2021-03-04")
        #expect(DateParsing.anyDate("May 1 2020")?.description == "2020-05-01")
        #expect(DateParsing.anyDate("Sept. 30, 2020")?.description == "2020-09-30")
        #expect(DateParsing.anyDate("Fri, 1 May 2020 10:00:00 +0000")?.description == "2020-05-01")
        #expect(DateParsing.anyDate("1614852000")?.description == "2021-03-04")
        #expect(DateParsing.anyDate("1614852000000")?.description == "2021-03-04")
        // Day and month could be either way round, or not a date at all.
        #expect(DateParsing.anyDate("04/03/2021") == nil)
        #expect(DateParsing.anyDate("March 2021") == nil)
        #expect(DateParsing.anyDate("2021/02/30") == nil)
        #expect(DateParsing.unixTime(2021) == nil)
        #expect(DateParsing.anyDate("10:00") == nil)
    }
}
