import Testing
@testable import LedeUI

@Suite("Single-line editor")
struct LineEditorTests {
    func edited(_ text: String, _ edits: LineEdit...) -> LineEditor {
        var e = LineEditor(text: text)
        for x in edits { e.apply(x) }
        return e
    }

    @Test("insert at the cursor after moving it")
    func insert() {
        let e = edited("ac", .left, .insert("b"))
        #expect(e.string == "abc")
        #expect(e.cursor == 2)
    }

    @Test("Ctrl-A / Ctrl-E move to the ends, Ctrl-U kills to the start, Ctrl-K to the end")
    func kills() {
        #expect(edited("hello world", .home, .insert(">")).string == ">hello world")
        #expect(edited("hello world", .left, .left, .killToStart).string == "ld")
        #expect(edited("hello world", .home, .right, .killToEnd).string == "h")
    }

    @Test("Ctrl-W deletes the word before the cursor and the spaces after it")
    func killWord() {
        #expect(edited("search for  this  ", .killWordBackward).string == "search for  ")
        #expect(edited("one two", .killWordBackward, .killWordBackward).string == "")
    }

    @Test("Backspace and Delete")
    func deletes() {
        #expect(edited("abc", .backspace).string == "ab")
        #expect(edited("abc", .home, .deleteForward).string == "bc")
        #expect(edited("", .backspace, .deleteForward).string == "")
    }

    @Test("history goes back and returns to the draft")
    func history() {
        var e = LineEditor(text: "", history: ["first", "second"])
        e.apply(.insert("x"))
        e.apply(.historyPrevious)
        #expect(e.string == "second")
        e.apply(.historyPrevious)
        e.apply(.historyPrevious)
        #expect(e.string == "first")
        e.apply(.historyNext)
        #expect(e.string == "second")
        e.apply(.historyNext)
        #expect(e.string == "x")
    }
}
