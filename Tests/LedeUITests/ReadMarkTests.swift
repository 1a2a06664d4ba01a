import LedeCore
import Testing
@testable import LedeUI

/// `u` marks an article unread (or read again), `A` every listed one read after asking.
@Suite("read marks")
struct ReadMarkTests {
    func ids(_ s: AppState) -> [String] { s.read.sorted() }

    @Test("u while reading keeps the article unread until another is opened; u again marks it read")
    func toggle() {
        var s = makeState()
        press(&s, .enter)
        #expect(ids(s) == ["a.txt"])
        press(&s, .char("u"))
        #expect(ids(s).isEmpty)
        #expect(s.message?.text == "Marked unread")
        press(&s, .char("j"), .char("j"))  // reading on does not mark it read again
        #expect(ids(s).isEmpty)
        press(&s, .char("u"))
        #expect(ids(s) == ["a.txt"])
        #expect(s.message?.text == "Marked read")

        press(&s, .char("u"), .char("h"), .char("j"), .char("k"))  // away in the list and back: still unread
        #expect(ids(s).isEmpty)
        press(&s, .enter)  // opened again: read
        #expect(ids(s) == ["a.txt"])
        press(&s, .char("h"), .char("j"), .char("u"))  // from the list: the selected article
        #expect(ids(s) == ["a.txt", "b.txt"])
        press(&s, .char("u"))
        #expect(ids(s) == ["a.txt"])
    }

    @Test("A asks first, counting the unread listed articles; only y marks them, and only those a filter lists")
    func markAll() {
        var s = makeState()
        press(&s, .enter, .char("h"))
        press(&s, .char("A"))
        #expect(s.prompt?.kind == .confirmMarkAllRead(count: 2))
        #expect(view(s, theme: Theme(colors: .extended)).rowText(39).contains("Mark all 2 unread articles listed read? (y/n)"))
        press(&s, .char("n"))
        #expect(s.prompt == nil)
        #expect(ids(s) == ["a.txt"])
        #expect(s.message?.text == "Nothing marked")

        var filtered = makeState()
        press(&filtered, .char("f"))
        typeText(&filtered, "org:Google")
        press(&filtered, .enter, .char("A"), .char("y"))
        #expect(ids(filtered) == ["b.txt"])
        #expect(filtered.message?.text == "Marked 1 article read")

        press(&s, .char("A"), .char("y"))
        #expect(ids(s) == ["a.txt", "b.txt", "c.txt"])
        #expect(s.message?.text == "Marked 2 articles read")
        press(&s, .char("A"))
        #expect(s.prompt == nil)
        #expect(s.message?.text == "Every listed article is read")
    }

    @Test("the session is told of marks set and cleared, once each")
    func sessionKeepsThem() {
        let session = FakeSession(sampleCorpus())
        let backend = TestBackend(size: Size(width: 120, height: 30),
                                  events: [.key(.enter), .key(.char("u")), .key(.char("j")), .key(.char("A")), .key(.char("y"))])
        let final = App.run(makeState(width: 120, height: 30), backend: backend, theme: Theme(colors: .extended), session: session)
        #expect(session.markedRead == ["a.txt", "a.txt", "b.txt", "c.txt"])
        #expect(session.markedUnread == ["a.txt"])
        #expect(final.unsavedReadMarks.isEmpty)
    }
}
