import LedeCore
import Testing
@testable import LedeUI

@Suite("Cell screen")
struct ScreenTests {
    @Test("wide graphemes take a cell and a continuation; text reads back")
    func wideCells() {
        var s = Screen(size: Size(width: 10, height: 1))
        let used = s.put("a中b", x: 0, y: 0)
        #expect(used == 4)
        #expect(s[1, 0].grapheme == "中")
        #expect(s[1, 0].width == 2)
        #expect(s[2, 0].isContinuation)
        #expect(s[3, 0].grapheme == "b")
        #expect(s.rowText(0) == "a中b      ")
    }

    @Test("a wide grapheme that does not fit leaves a blank, never half a glyph")
    func wideAtEdge() {
        var s = Screen(size: Size(width: 3, height: 1))
        s.put("ab中", x: 0, y: 0)
        #expect(s.rowText(0) == "ab ")
        #expect(s[2, 0].width == 1)
    }

    @Test("overwriting half of a wide grapheme blanks the other half")
    func overwriteHalf() {
        var s = Screen(size: Size(width: 4, height: 1))
        s.put("中文", x: 0, y: 0)
        s.put("x", x: 1, y: 0)
        #expect(s.rowText(0) == " x文")
    }

    @Test("text cut to a rect ends with an ellipsis")
    func ellipsis() {
        var s = Screen(size: Size(width: 10, height: 1))
        s.put("Immigration", in: Rect(x: 0, y: 0, width: 6, height: 1))
        #expect(s.rowText(0) == "Immig…    ")
    }

    @Test("the diff lists only changed cells, and everything after a size change")
    func diff() {
        var a = Screen(size: Size(width: 5, height: 2))
        a.put("hello", x: 0, y: 0)
        var b = a
        b.put("J", x: 0, y: 1, style: Style(bold: true))
        let changes = b.changes(from: a)
        #expect(changes == [CellChange(x: 0, y: 1, cell: Cell("J", style: Style(bold: true)))])
        #expect(b.changes(from: nil).count == 10)
        #expect(b.changes(from: Screen(size: Size(width: 4, height: 2))).count == 10)
    }

    @Test("a changed continuation redraws its wide grapheme")
    func diffWide() {
        var a = Screen(size: Size(width: 4, height: 1))
        a.put("中", x: 0, y: 0)
        var b = a
        b.put("中", x: 0, y: 0, style: Style(bold: true))
        let changes = b.changes(from: a)
        #expect(changes.count == 1)
        #expect(changes.first?.x == 0 && changes.first?.cell.width == 2)
    }

    @Test("TestBackend applies diffs to reproduce the frame")
    func backendReplay() {
        var s = Screen(size: Size(width: 6, height: 2))
        s.put("中文ab", x: 0, y: 0, style: Style(fg: .red))
        let backend = TestBackend(size: s.size)
        let terminal = Terminal(backend: backend)
        terminal.draw(s)
        #expect(backend.screen == s)
        var t = s
        t.put("z", x: 5, y: 1)
        terminal.draw(t)
        #expect(backend.screen == t)
        #expect(backend.cellsDrawn == 10 + 1)  // 12 cells, minus 2 continuations; then 1
    }
}
