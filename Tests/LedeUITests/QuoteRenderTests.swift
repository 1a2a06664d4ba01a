import LedeCore
import Testing
@testable import LedeUI

@Suite("Rendering quotes")
struct QuoteRenderTests {
    let color = Theme(colors: .extended)
    let mono = Theme(colors: .none)

    @Test("the selected quote is highlighted apart from the other quotes, with a bar in the margin")
    func selectedQuote() {
        var s = quoteState()
        press(&s, .char("]"))
        for theme in [color, mono, Theme(colors: .basic)] {
            let screen = view(s, theme: theme)
            let reader = s.layout.readerText!
            let selected = screen.find("“We refuse to be complicit,”", in: reader)!
            for dx in 0..<28 { #expect(screen[selected.x + dx, selected.y].style == theme.selectedQuote) }
            #expect(screen[selected.x + 29, selected.y].style == .plain)  // "said" after it
            let other = screen.find("“The contract stands,”", in: reader)!
            #expect(screen[other.x, other.y].style == theme.quote)
            #expect(theme.selectedQuote != theme.quote)
            #expect(screen[reader.x - 1, selected.y].grapheme == "▌")
            #expect(screen[reader.x - 1, selected.y].style == theme.quoteBar)
            #expect(screen[reader.x - 1, other.y].grapheme == " ")
        }
        let screen = view(s, theme: color)
        #expect(screen.rowText(19).contains("quote 1/3 — Jane Roe · 3 related (r)"))
    }

    @Test("the related-quotes overlay: headings, datelines with title, speaker and relation, the words; cursor reversed")
    func overlayRows() {
        var s = quoteState()
        press(&s, .char("]"), .char("r"), .char("j"))
        let screen = view(s, theme: color)
        let box = OverlayGeometry.box(in: s.size)
        let rows = screen.text(in: box).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(rows[0].contains("Related to quote 1/3 — Jane Roe"))
        let inside = box.inset(1)
        let inner = screen.text(in: inside).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingWhitespace() }
        #expect(inner[0] == "The same quotation elsewhere (2)")
        #expect(inner[1].hasPrefix("2018-06-20  The letter in full"))
        #expect(inner[1].hasSuffix("the letter · same quotation"))
        #expect(inner[2] == "“We refuse to be complicit,”")
        #expect(inner[3].hasPrefix("2018-06-25  A week of protests"))
        #expect(inner[3].hasSuffix("unattributed · fragment"))
        #expect(inner[4] == "“refuse to be complicit”")
        #expect(inner[5] == "")
        #expect(inner[6] == "Also by Jane Roe (1)")
        #expect(inner[7].hasSuffix("Jane Roe · same speaker"))
        #expect(inner[8] == "“Leadership will listen,”")
        #expect(rows.last!.contains("Enter go  q close 2/3"))
        #expect(screen.rowText(s.size.height - 1).contains("Enter go  j/k move  q close"))
        // The cursor is on the second entry: both its rows reversed, the first entry's not.
        let cursorRow = box.y + 4, wordsRow = box.y + 5, otherRow = box.y + 2
        #expect(screen[box.x + 2, cursorRow].style.reverse)
        #expect(screen[box.x + 5, wordsRow].style.reverse)
        #expect(!screen[box.x + 2, otherRow].style.reverse)
        let heading = screen.find("The same quotation elsewhere")!
        #expect(screen[heading.x, heading.y].style == color.title)
        let words = screen.find("“We refuse to be complicit,”", in: box)!
        #expect(screen[words.x, words.y].style == color.quote)
    }

    @Test("long titles and quotes are cut by display width, wide characters included")
    func overlayTruncation() {
        let long = String(repeating: "東京", count: 40)
        // The source is the newer article, so newest-first lists it first and `]` starts there.
        let a = quoteArticle("x.txt", title: "Source", date: "2020-01-03", body: "“Words of the source here,” Ann said.",
                             quotes: [("“Words of the source here,”", "Ann", "Ann")])
        let b = quoteArticle("y.txt", title: long, date: "2020-01-02", body: "“Words of the source here, \(long)” he said.",
                             quotes: [("“Words of the source here, \(long)”", "he", "Ann")])
        let corpus = Corpus(articles: [a, b], relatedQuotes: [
            "x.txt#q1": [QuoteLink(articleID: "y.txt", quoteID: "y.txt#q1", kind: .variant)]])
        var s = AppState(corpus: corpus, size: Size(width: 100, height: 30))
        press(&s, .char("]"), .char("r"))
        let screen = view(s, theme: color)
        let box = OverlayGeometry.box(in: s.size)
        for y in (box.y + 1)..<(box.maxY - 1) {
            #expect(screen[box.maxX - 1, y].grapheme == "│", "row \(y) overflows the box")
        }
        let dateline = screen.rowText(box.y + 2)
        #expect(dateline.contains("2020-01-02  東京"))
        #expect(dateline.contains("…"))
        #expect(dateline.contains("Ann · variant"))
        #expect(screen.rowText(box.y + 3).contains("“Words of the source here, 東京"))
        #expect(screen.rowText(box.y + 3).contains("…"))
    }

    @Test("the quotes tab lists number, speaker, related count and words; the cursor and the selection show")
    func quotesTab() {
        var s = quoteState()
        press(&s, .char("Q"), .char("]"), .backTab, .char("j"))  // q1 selected, tab cursor on q2
        let screen = view(s, theme: color)
        let side = s.layout.panes[.sidebar]!
        let lines = screen.text(in: side).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingWhitespace() }
        #expect(lines[0] == "Quotes               3")
        #expect(lines[1] == "▌1 Jane Roe   3 related")
        #expect(lines[2].hasPrefix("▌  “We refuse to be"))
        #expect(lines[3] == "2 the company")
        #expect(lines[4].hasPrefix("“The contract stand"))
        #expect(lines[5] == "3 unattributed")
        let content = s.layout.content(of: .sidebar)!
        #expect(screen[content.x + 3, content.y + 2].style.reverse)  // cursor on q2: focused
        #expect(screen[content.x + 3, content.y + 3].style.reverse)
        #expect(!screen[content.x + 3, content.y].style.reverse)
        #expect(screen[content.x, content.y].style == color.quoteBar)
        let unattributed = screen.find("unattributed", in: content)!
        #expect(screen[unattributed.x, unattributed.y].style == color.meta)
        let roe = screen.find("Jane Roe", in: content)!
        #expect(screen[roe.x, roe.y].style.bold)
        #expect(screen.rowText(s.size.height - 1).contains("Enter select"))
    }

    @Test("the quotes tab of an article without quotes says so")
    func quotesTabEmpty() {
        var s = quoteState()
        press(&s, .char("G"), .char("Q"))
        let screen = view(s, theme: color)
        #expect(screen.find("No quotes found", in: s.layout.panes[.sidebar]!) != nil)
    }
}
