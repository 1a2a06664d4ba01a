import LedeCore
import Testing
@testable import LedeUI

@Suite("Rendering the filter, sort and corpus search")
struct FilterRenderTests {
    let color = Theme(colors: .extended)

    @Test("the status line shows the filter, the count and the sort")
    func statusLine() {
        var s = makeState()
        #expect(view(s, theme: color).rowText(39).contains("│ 3/3 articles · newest first"))
        filter(&s, "org:Google")
        let row = view(s, theme: color).rowText(39)
        #expect(row.hasPrefix(" 1/1 │ filter: org:Google · 1/3 articles · newest first"))
        press(&s, .char("s"))
        #expect(view(s, theme: color).rowText(39).contains("1/3 articles · oldest first"))
    }

    @Test("the filter prompt is on the status line; Tab candidates show at its right")
    func prompt() {
        var s = makeState()
        press(&s, .char("f"))
        typeText(&s, "org:")
        press(&s, .tab)
        let row = view(s, theme: color).rowText(39)
        #expect(row.hasPrefix("filter: org:Google "))
        #expect(row.contains("Tab: Google (1/3) · Immigration and Customs Enforcement · Microsoft"))
        typeText(&s, "x")  // the hint belongs to the completed text only
        #expect(!view(s, theme: color).rowText(39).contains("Tab:"))
    }

    @Test("an empty result says why in the list and offers F on the status line")
    func emptyResult() {
        var s = makeState()
        filter(&s, "date:2019..")
        let screen = view(s, theme: color)
        let list = s.layout.panes[.list]!
        #expect(screen.find("No articles match", in: list) != nil)
        #expect(screen.find("date:2019..", in: list) != nil)
        #expect(screen.find("F clears the filter", in: list) != nil)
        #expect(screen.rowText(39).contains("0/3 articles"))
        #expect(screen.rowText(39).contains("F clears the filter"))
        press(&s, .char("j"))  // the message goes; the hint stays
        #expect(view(s, theme: color).rowText(39).contains("F clear filter"))
        #expect(screen.find("No entities found") != nil)
    }

    @Test("a corpus search highlights its words in the reading pane as matches")
    func searchHighlights() {
        var s = stormState()
        press(&s, .char("/"))
        typeText(&s, "worst storm")
        press(&s, .enter)
        let screen = view(s, theme: color)
        let reader = s.layout.readerText!
        #expect(screen.rowText(39).contains("search: worst storm · 1/3 articles · by relevance"))
        // Body text only: the title line "Storm hits the coast" is styled as a title.
        let worst = screen.find("the worst", in: reader)!
        #expect(screen[worst.x, worst.y].style == .plain)  // "the" is no match
        for dx in 4..<9 { #expect(screen[worst.x + dx, worst.y].style.bg == color.searchMatch.bg) }
        let hit = screen.find("A storm hit", in: reader)!
        for dx in 2..<7 { #expect(screen[hit.x + dx, hit.y].style.bg == color.searchMatch.bg) }
        #expect(screen[hit.x + 7, hit.y].style == .plain)
        #expect(screen[hit.x + 8, hit.y].style == .plain)
    }
}
