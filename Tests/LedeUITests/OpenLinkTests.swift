import Foundation
import LedeCore
import Testing
@testable import LedeUI

/// `o`: the article's link in the browser, as in newsboat.
@Suite("open link")
struct OpenLinkTests {
    /// The sample corpus, its first article with `url`.
    static func corpus(url: String?) -> Corpus {
        var corpus = sampleCorpus()
        let a = corpus.articles[0].article
        corpus.articles[0].article = Article(id: a.id, path: a.path, date: a.date, title: a.title, source: a.source, url: url, body: a.body)
        return corpus
    }

    func state(url: String?) -> AppState {
        AppState(corpus: Self.corpus(url: url), size: Size(width: 120, height: 30))
    }

    @Test("o asks for the article's link to be opened; no link or no web address says so and opens nothing")
    func update() {
        var s = state(url: " https://example.com/story?id=1 ")
        #expect(press(&s, .char("o")) == [.openLink("https://example.com/story?id=1")])
        #expect(s.message?.text == "Opened https://example.com/story?id=1")
        press(&s, .enter)
        #expect(press(&s, .char("o")) == [.openLink("https://example.com/story?id=1")])  // from the reading pane too

        var none = state(url: nil)
        #expect(press(&none, .char("o")).isEmpty)
        #expect(none.message == StatusMessage(text: "This article has no link", isWarning: true))
        var script = state(url: "javascript:alert(1)")
        #expect(press(&script, .char("o")).isEmpty)
        #expect(script.message?.text.hasPrefix("Not a web address") == true)
    }

    @Test("the loop hands the terminal to the browser, redraws all of it after, and shows what went wrong")
    func loop() {
        let backend = TestBackend(size: Size(width: 120, height: 30), events: [.key(.char("o")), .key(.char("j"))])
        var frames: [Screen] = []
        backend.onFrame = { frames.append($0) }
        var opened: [String] = []
        App.run(state(url: "https://example.com/a"), backend: backend, theme: Theme(colors: .extended),
                openLink: { opened.append($0); return "The browser (w3m) ended with status 1" })
        #expect(opened == ["https://example.com/a"])
        #expect(backend.suspensions == 1)
        // The frame after the browser repaints every row, the list and panes included.
        #expect(frames[1].rowText(0).contains("Articles"))
        #expect(frames[1].rowText(29).contains("The browser (w3m) ended with status 1"))
        #expect(!frames[2].rowText(29).contains("ended with status"))

        let noBrowser = TestBackend(size: Size(width: 120, height: 30), events: [.key(.char("o"))])
        App.run(state(url: "https://example.com/a"), backend: noBrowser, theme: Theme(colors: .extended))
        #expect(noBrowser.screen.rowText(29).contains("No browser found: set $BROWSER"))
        #expect(noBrowser.suspensions == 0)
    }

    @Test("the reading pane shows the link under the dateline, cut to one line")
    func linkLine() {
        let corpus = Self.corpus(url: "https://example.com/" + String(repeating: "long-path/", count: 20))
        let doc = ReaderDocument(article: corpus.articles[0], articleIndex: 0, width: 40)
        let text = doc.lines.prefix(4).map { String($0.glyphs.map(\.character)) }
        #expect(text[1] == "2018-06-21 · Example Times")
        #expect(text[2].hasPrefix("https://example.com/long-path/"))
        #expect(text[2].hasSuffix("…") && text[2].count == 40)
        #expect(text[3].isEmpty)
    }
}

@Suite("browser")
struct BrowserTests {
    @Test("$BROWSER: the first installed of its commands, %s standing for the address")
    func fromEnvironment() {
        let installed: (String) -> Bool = { ["w3m", "firefox", "lynx", "xdg-open"].contains($0) }
        #expect(Browser.find(environment: ["BROWSER": "w3m"], installed: installed)?.commandLine == "w3m \"$1\"")
        #expect(Browser.find(environment: ["BROWSER": "chromium:firefox '%s' --new-tab"], installed: installed)
            == Browser(commandLine: "firefox \"$1\" --new-tab", program: "firefox"))
        #expect(Browser.find(environment: ["BROWSER": "chromium"], installed: installed) == nil)
        // Unset: the desktop's opener with a display, else a text browser.
        #expect(Browser.find(environment: ["DISPLAY": ":0"], installed: installed)?.program == "xdg-open")
        #expect(Browser.find(environment: [:], installed: installed)?.program == "w3m")
        #expect(Browser.find(environment: [:], installed: { _ in false }) == nil)
    }

    @Test("the address reaches the browser as one argument, never as shell text")
    func addressIsAnArgument() throws {
        let dir = NSTemporaryDirectory() + "lede-browser-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let touch = try #require(Browser.find(environment: ["BROWSER": "touch"], installed: { _ in true }))
        let address = dir + "/page $(echo run)"
        #expect(touch.open(address) == nil)
        #expect(FileManager.default.fileExists(atPath: address))
        #expect(!FileManager.default.fileExists(atPath: dir + "/page run"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/page"))
        let failing = try #require(Browser.find(environment: ["BROWSER": "false"], installed: { _ in true }))
        #expect(failing.open("https://example.com") == "The browser (false) ended with status 1")
    }
}
