import LedeCore
import Testing
@testable import LedeUI

@Suite("update: quotes")
struct QuoteUpdateTests {
    @Test("] and [ step through the article's quotes, scroll them into view and wrap, saying so")
    func stepping() {
        var s = quoteState()
        press(&s, .enter)  // reading a.txt
        press(&s, .char("]"))
        #expect(s.selectedQuoteID == "a.txt#q1")
        #expect(s.message?.text == "quote 1/3 — Jane Roe · 3 related (r)")
        press(&s, .char("]"))
        #expect(s.selectedQuoteID == "a.txt#q2")
        #expect(s.message?.text == "quote 2/3 — the company · no related quotes")
        #expect(s.reader.scroll == 0)  // already on screen: no scrolling
        press(&s, .char("]"))
        let q3 = s.shownQuotes[2]
        #expect(s.selectedQuoteID == "a.txt#q3")
        #expect(s.message?.text == "quote 3/3 — unattributed · no related quotes")
        #expect(s.reader.scroll > 0)
        #expect(s.onScreen(q3.span.start))
        press(&s, .char("]"))
        #expect(s.selectedQuoteID == "a.txt#q1")
        #expect(s.message?.text.hasSuffix("(wrapped to the first)") == true)
        #expect(s.onScreen(s.shownQuotes[0].span.start))
        press(&s, .char("["))
        #expect(s.selectedQuoteID == "a.txt#q3")
        #expect(s.message?.text.hasSuffix("(wrapped to the last)") == true)
        press(&s, .char("["))
        #expect(s.selectedQuoteID == "a.txt#q2")
        #expect(s.message?.text.contains("wrapped") == false)
    }

    @Test("with no quote selected, ] starts from the top of the pane, not the article")
    func stepFromView() {
        var s = quoteState()
        press(&s, .enter, .char("G"))  // scrolled to the end: only q3 is below the top line
        press(&s, .char("]"))
        #expect(s.selectedQuoteID == "a.txt#q3")
    }

    @Test("an article without quotes says so; Esc clears the selection")
    func noQuotes() {
        var s = quoteState()
        press(&s, .char("]"))
        #expect(s.selectedQuote != nil)
        press(&s, .escape)
        #expect(s.selectedQuote == nil)
        press(&s, .char("G"), .char("]"))  // d.txt
        #expect(s.reader.articleIndex == 3)
        #expect(s.selectedQuote == nil)
        #expect(s.message == StatusMessage(text: "No quotes in this article", isWarning: true))
        press(&s, .char("r"))
        #expect(s.overlays.isEmpty)
        #expect(s.message?.isWarning == true)
    }

    @Test("moving to another article drops the selected quote")
    func selectionFollowsArticle() {
        var s = quoteState()
        press(&s, .char("]"), .char("j"))
        #expect(s.reader.articleIndex == 1)
        #expect(s.selectedQuote == nil)
        #expect(s.quoteNav.selected == nil)
    }

    @Test("r lists the related quotes: same quotation first, then the same speaker's")
    func relatedOverlay() {
        var s = quoteState()
        press(&s, .char("]"), .char("r"))
        guard case .relatedQuotes(let list) = s.overlays.last?.kind else {
            Issue.record("no related-quotes overlay")
            return
        }
        #expect(list.cursor == 0)
        let lines = OverlayContent.lines(for: s.overlays.last!.kind, state: s).map(\.text)
        #expect(lines == [
            "The same quotation elsewhere (2)",
            "2018-06-20  The letter in full — the letter · same quotation",
            "  “We refuse to be complicit,”",
            "2018-06-25  A week of protests — unattributed · fragment",
            "  “refuse to be complicit”",
            "",
            "Also by Jane Roe (1)",
            "2018-06-20  The letter in full — Jane Roe · same speaker",
            "  “Leadership will listen,”",
        ])
        #expect(OverlayContent.title(for: s.overlays.last!.kind, state: s) == "Related to quote 1/3 — Jane Roe")
        press(&s, .char("j"), .char("j"), .char("j"))
        guard case .relatedQuotes(let moved) = s.overlays.last?.kind else { return }
        #expect(moved.cursor == 2)  // stops at the last
        press(&s, .char("k"), .char("g"))
        guard case .relatedQuotes(let top) = s.overlays.last?.kind else { return }
        #expect(top.cursor == 0)
        press(&s, .char("q"))
        #expect(s.overlays.isEmpty)
        #expect(!s.quitting)
        press(&s, .char("r"), .escape)
        #expect(s.overlays.isEmpty)
    }

    @Test("in a short overlay the list scrolls to keep the cursor's rows and its group heading in view")
    func relatedScroll() {
        var s = quoteState(height: 12)
        press(&s, .char("]"), .char("r"))
        let page = s.overlayPageHeight
        #expect(page == 7)  // nine rows: two headings, three quotes of two rows, a blank
        press(&s, .char("j"), .char("j"))  // the speaker's quote: rows 7 and 8
        #expect(s.overlays[0].scroll == 2)
        press(&s, .char("k"))  // rows 3 and 4: in view, no scrolling
        #expect(s.overlays[0].scroll == 2)
        press(&s, .char("k"))  // the first quote: its heading (row 0) comes back into view
        #expect(s.overlays[0].scroll == 0)
        press(&s, .char("G"))
        #expect(s.overlays[0].scroll == 2)
        let screen = view(s, theme: Theme(colors: .extended))
        #expect(screen.find("“Leadership will listen,”") != nil)
        #expect(screen.find("The same quotation elsewhere") == nil)
    }

    @Test("r without a selection takes the first quote on screen; without related quotes, a message")
    func relatedNone() {
        var s = quoteState()
        press(&s, .char("r"))
        #expect(s.selectedQuoteID == "a.txt#q1")
        #expect(s.overlays.count == 1)
        press(&s, .char("q"), .char("]"), .char("r"))  // q2 has no related quotes
        #expect(s.selectedQuoteID == "a.txt#q2")
        #expect(s.overlays.isEmpty)
        #expect(s.message?.isWarning == true)
        #expect(s.message?.text.hasPrefix("No related quotes for quote 2/3 — the company") == true)
        // Scrolled to where no quote is on screen.
        var t = quoteState()
        press(&t, .enter)
        t.reader.scroll = t.reader.document!.line(containing: t.shownQuotes[1].span.end) + 2
        press(&t, .char("r"))
        #expect(t.overlays.isEmpty)
        #expect(t.message?.text == "No quote on screen: ] steps to the next one")
    }

    @Test("Enter jumps along links; Backspace and Ctrl-O unwind the jumps in order")
    func jumpsAndBack() {
        var s = quoteState()
        press(&s, .enter, .char("j"), .char("j"))  // reading a.txt, scrolled down two lines
        press(&s, .char("]"))
        let startScroll = s.reader.scroll
        #expect(s.selectedQuoteID == "a.txt#q1")

        // a#q1 -> b#q1 (same quotation).
        press(&s, .char("r"), .enter)
        #expect(s.overlays.isEmpty)
        #expect(s.reader.articleIndex == 1)
        #expect(s.selected == 1)
        #expect(s.focus == .reader)
        #expect(s.selectedQuoteID == "b.txt#q1")
        #expect(s.onScreen(s.selectedQuote!.span.start))
        #expect(s.message?.text == "quote 1/2 — the letter · 2 related (r) · Backspace goes back")
        let bScroll = s.reader.scroll

        // b#q1 -> c#q1 (fragment, far down in c).
        press(&s, .char("r"), .char("j"), .enter)
        #expect(s.reader.articleIndex == 2)
        #expect(s.selectedQuoteID == "c.txt#q1")
        #expect(s.reader.scroll > 0)
        #expect(s.onScreen(s.selectedQuote!.span.start))
        #expect(s.quoteNav.backStack.count == 2)

        press(&s, .backspace)
        #expect(s.reader.articleIndex == 1)
        #expect(s.selectedQuoteID == "b.txt#q1")
        #expect(s.reader.scroll == bScroll)
        #expect(s.message?.text == "Back in “The letter in full” (1 more back)")

        press(&s, .ctrl("o"))
        #expect(s.reader.articleIndex == 0)
        #expect(s.selected == 0)
        #expect(s.selectedQuoteID == "a.txt#q1")
        #expect(s.reader.scroll == startScroll)
        #expect(s.message?.text == "Back in “Staff protest the contract”")

        press(&s, .backspace)
        #expect(s.reader.articleIndex == 0)
        #expect(s.message == StatusMessage(text: "Nowhere to go back to: this is where you started", isWarning: true))
        #expect(!s.quitting)
    }

    @Test("going back restores the place after a resize reflowed the article")
    func backAfterReflow() {
        var s = quoteState()
        press(&s, .char("j"), .char("j"), .enter, .char("]"))  // c.txt, its quote far down
        #expect(s.selectedQuoteID == "c.txt#q1")
        let topOffset = s.reader.document!.lines[s.reader.scroll].glyphs.first!.offset!
        press(&s, .char("r"), .enter)
        #expect(s.selectedQuoteID == "a.txt#q1")
        _ = s.handle(.resize(Size(width: 90, height: 20)))
        press(&s, .backspace)
        #expect(s.selectedQuoteID == "c.txt#q1")
        let top = s.reader.document!.lines[s.reader.scroll].glyphs.compactMap(\.offset)
        #expect(top.first! <= topOffset && topOffset <= top.last!)
        #expect(s.onScreen(s.selectedQuote!.span.start))
    }

    @Test("a jump to an article the filter hides is refused with a message")
    func hiddenTarget() {
        var s = quoteState()
        s.visible = [0, 3]
        s.reconcile()
        press(&s, .char("]"), .char("r"), .enter)
        #expect(s.reader.articleIndex == 0)
        #expect(s.message?.isWarning == true)
        #expect(s.message?.text.contains("hidden by the filter") == true)
        #expect(s.quoteNav.backStack.isEmpty)
    }

    @Test("Q switches the sidebar to the article's quotes; Enter selects one in the reading pane")
    func quotesTab() {
        var s = quoteState()
        press(&s, .char("Q"))
        #expect(s.quoteNav.sidebarShowsQuotes)
        press(&s, .backTab)  // focus the sidebar
        #expect(s.focus == .sidebar)
        #expect(s.reader.marks == nil)  // entering the quotes tab selects no entity
        press(&s, .char("j"), .char("j"), .char("j"))
        #expect(s.quoteNav.tabCursor == 2)  // stops at the last quote
        #expect(s.selectedQuote == nil)  // moving the cursor selects nothing yet
        press(&s, .enter)
        #expect(s.selectedQuoteID == "a.txt#q3")
        #expect(s.onScreen(s.selectedQuote!.span.start))
        #expect(s.focus == .sidebar)
        #expect(s.message?.text == "quote 3/3 — unattributed · no related quotes")
        press(&s, .backspace)  // Enter was a jump too
        #expect(s.reader.scroll == 0)
        #expect(s.selectedQuote == nil)
        press(&s, .char("k"), .char("k"), .char("r"))  // r in the tab: the quote under its cursor
        #expect(s.selectedQuoteID == "a.txt#q1")
        #expect(s.overlays.count == 1)
        press(&s, .char("q"), .char("Q"))
        #expect(!s.quoteNav.sidebarShowsQuotes)
        press(&s, .char("j"))  // entity cursor again
        #expect(s.quoteNav.tabCursor == 0)
    }

    @Test("] moves the quotes tab's cursor along with the selection")
    func tabFollowsSelection() {
        var s = quoteState()
        press(&s, .char("Q"), .char("]"), .char("]"))
        #expect(s.quoteNav.tabCursor == 1)
    }

    @Test("in one-pane mode Q shows the quotes tab and Enter shows the quote in the reading pane")
    func quotesTabSinglePane() {
        var s = quoteState(width: 50)
        press(&s, .char("Q"))
        #expect(s.focus == .sidebar)
        #expect(view(s, theme: Theme(colors: .none)).find("Quotes") != nil)
        press(&s, .char("j"), .enter)
        #expect(s.focus == .reader)
        #expect(s.selectedQuoteID == "a.txt#q2")
        #expect(view(s, theme: Theme(colors: .none)).find("▌") != nil)
    }

    @Test("Q unfolds the sidebar below 100 columns")
    func quotesTabNarrow() {
        var s = quoteState(width: 80)
        #expect(s.layout.panes[.sidebar] == nil)
        press(&s, .char("Q"))
        #expect(s.layout.panes[.sidebar] != nil)
        #expect(s.quoteNav.sidebarShowsQuotes)
    }

    @Test("the new keys: Enter in an overlay or the quotes tab, Backspace only outside prompts")
    func keys() {
        let k = Keymap.standard
        #expect(k.command(for: .char("]"), focus: .list, promptOpen: false) == .nextQuote)
        #expect(k.command(for: .char("["), focus: .reader, promptOpen: false) == .previousQuote)
        #expect(k.command(for: .char("r"), focus: .reader, promptOpen: false) == .showRelatedQuotes)
        #expect(k.command(for: .ctrl("o"), focus: .reader, promptOpen: false) == .goBack)
        #expect(k.command(for: .backspace, focus: .sidebar, promptOpen: false) == .goBack)
        #expect(k.command(for: .backspace, focus: .reader, promptOpen: true) == .edit(.backspace))
        #expect(k.command(for: .enter, focus: .reader, promptOpen: false, overlayOpen: true) == .chooseInOverlay)
        #expect(k.command(for: .enter, focus: .sidebar, promptOpen: false, quotesTab: true) == .selectListedQuote)
        #expect(k.command(for: .enter, focus: .sidebar, promptOpen: false) == .filterByEntity)
        #expect(k.command(for: .enter, focus: .list, promptOpen: false, quotesTab: true) == .openArticle)
        let help = k.helpSections().flatMap(\.rows)
        #expect(help.contains { $0.keys == "Ctrl-O Backspace" && $0.help.hasPrefix("Back to where") })
        #expect(help.contains { $0.keys == "]" })
    }

    @Test("quote commands on an empty corpus never crash")
    func empty() {
        var s = AppState(corpus: Corpus(articles: []), size: Size(width: 100, height: 30))
        press(&s, .char("]"), .char("["), .char("r"), .enter, .backspace, .ctrl("o"), .char("Q"), .tab, .enter, .char("j"))
        _ = view(s, theme: Theme(colors: .extended))
        #expect(s.selectedQuote == nil)
    }
}
