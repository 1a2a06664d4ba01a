import LedeCore
import Testing
@testable import LedeUI

@Suite("update")
struct UpdateTests {
    @Test("j moves the list cursor and the reading pane follows")
    func listMoves() {
        var s = makeState()
        #expect(s.reader.articleIndex == 0)
        press(&s, .char("j"))
        #expect(s.selected == 1)
        #expect(s.reader.articleIndex == 1)
        press(&s, .char("G"))
        #expect(s.selected == 2)
        press(&s, .char("j"))
        #expect(s.selected == 2)
        press(&s, .char("g"))
        #expect(s.selected == 0)
        press(&s, .char("k"))
        #expect(s.selected == 0)
    }

    @Test("opening an article focuses the reader and marks it read")
    func openMarksRead() {
        var s = makeState()
        #expect(s.read.isEmpty)
        press(&s, .enter)
        #expect(s.focus == .reader)
        #expect(s.read == ["a.txt"])
        press(&s, .char("h"), .char("j"))
        #expect(s.read == ["a.txt"])  // previewing in the list is not reading
        press(&s, .tab)
        #expect(s.read == ["a.txt", "b.txt"])
    }

    @Test("Tab cycles the visible panes, Shift-Tab goes back, h/l stop at the edges")
    func panes() {
        var s = makeState()
        press(&s, .tab)
        #expect(s.focus == .reader)
        press(&s, .tab)
        #expect(s.focus == .sidebar)
        press(&s, .tab)
        #expect(s.focus == .list)
        press(&s, .backTab)
        #expect(s.focus == .sidebar)
        press(&s, .char("l"))
        #expect(s.focus == .sidebar)
        press(&s, .char("h"), .char("h"), .char("h"))
        #expect(s.focus == .list)
    }

    @Test("below 100 columns the sidebar is folded away and skipped by Tab until e")
    func narrowSidebar() {
        var s = makeState(width: 80)
        #expect(s.layout.panes[.sidebar] == nil)
        press(&s, .tab, .tab)
        #expect(s.focus == .list)
        press(&s, .char("e"))
        #expect(s.layout.panes[.sidebar] != nil)
        press(&s, .backTab)
        #expect(s.focus == .sidebar)
        press(&s, .char("e"))
        #expect(s.layout.panes[.sidebar] == nil)
        #expect(s.focus == .reader)
    }

    @Test("the sidebar groups entities by type, most mentioned first")
    func sidebarEntities() {
        let s = makeState()
        let names = s.sidebar.entities.map(\.canonical)
        #expect(names == ["Satya Nadella", "Microsoft", "Immigration and Customs Enforcement", "$19.4 million", "Tuesday"])
        #expect(s.sidebar.entities[1].mentionCount == 3)
    }

    @Test("selecting an entity marks its mentions; n/N step through them, scrolling")
    func entityStepping() {
        var s = makeState(width: 120, height: 10)
        press(&s, .backTab)  // sidebar
        #expect(s.focus == .sidebar)
        press(&s, .char("j"))  // Microsoft
        #expect(s.message?.text == "Microsoft · 3 mentions")
        let microsoft = spans(of: "Microsoft", in: microsoftBody)
        #expect(s.reader.marks?.spans == microsoft)
        press(&s, .char("n"))
        #expect(s.reader.marks?.current == 0)
        press(&s, .char("n"), .char("n"))
        #expect(s.reader.marks?.current == 2)
        // The third mention is in the last paragraph, below the first screenful.
        let line = s.reader.document!.line(containing: microsoft[2].start)
        #expect(line >= s.reader.scroll && line < s.reader.scroll + s.readerTextHeight)
        #expect(s.reader.scroll > 0)
        press(&s, .char("n"))
        #expect(s.reader.marks?.current == 0)
        #expect(s.message?.text.contains("from the top") == true)
        press(&s, .char("N"))
        #expect(s.reader.marks?.current == 2)
    }

    @Test("the status line names an entity's other written forms")
    func entityVariants() {
        let body = "Immigration and Customs Enforcement, or ICE, said ICE would respond."
        let a = makeArticle("v.txt", title: "ICE", body: body, entities: [
            ("Immigration and Customs Enforcement", .org, "Immigration and Customs Enforcement"),
            ("ICE", .org, "Immigration and Customs Enforcement")])
        var s = AppState(corpus: Corpus(articles: [a]), size: Size(width: 120, height: 30))
        press(&s, .backTab)
        #expect(s.message?.text == "Immigration and Customs Enforcement · 3 mentions · as: ICE")
    }

    @Test("selecting an entity mentioned only off screen scrolls the reader to it")
    func revealEntity() {
        let body = (1...20).map { "Paragraph \($0) is filler text that takes some room." }.joined(separator: "\n\n")
            + "\n\nAt the end, Zanzibar appears."
        let a = makeArticle("z.txt", title: "Filler", body: body, entities: [("Zanzibar", .place, "Zanzibar")])
        var s = AppState(corpus: Corpus(articles: [a]), size: Size(width: 120, height: 20))
        #expect(s.reader.scroll == 0)
        press(&s, .backTab, .char("j"))
        #expect(s.focus == .sidebar)
        let line = s.reader.document!.line(containing: spans(of: "Zanzibar", in: body)[0].start)
        #expect(s.reader.scroll > 0)
        #expect(line >= s.reader.scroll && line < s.reader.scroll + s.readerTextHeight)
    }

    @Test("/ opens a prompt; Enter searches the article and jumps to the first match")
    func search() {
        var s = makeState()
        press(&s, .enter, .char("/"))
        #expect(s.prompt != nil)
        typeText(&s, "microsoft")
        press(&s, .enter)
        #expect(s.prompt == nil)
        #expect(s.reader.marks?.source == .search("microsoft"))
        #expect(s.reader.marks?.spans == spans(of: "Microsoft", in: microsoftBody))
        #expect(s.reader.marks?.current == 0)
        #expect(s.searchHistory == ["microsoft"])
        press(&s, .char("/"))
        typeText(&s, "nowhere to be found")
        press(&s, .enter)
        #expect(s.reader.marks == nil)
        #expect(s.message?.isWarning == true)
    }

    @Test("search with a straight apostrophe finds a curly one")
    func searchFolding() {
        let body = "The agency’s policies"
        #expect(TextSearch.find("agency's", in: body) == [TextSpan(4, 12)])
    }

    @Test("search is smart-case: lower case ignores case, a capital makes it exact")
    func smartCase() {
        let body = "ICE said the police, and Ice, were nice."
        #expect(TextSearch.find("ice", in: body).count == 4)
        #expect(TextSearch.find("ICE", in: body) == [TextSpan(0, 3)])
        #expect(TextSearch.find("Ice", in: body) == [TextSpan(25, 28)])
        // Offsets are code points, also after wide and combining characters.
        #expect(TextSearch.find("ice", in: "東京 e\u{301} ice") == [TextSpan(6, 9)])
    }

    @Test("Esc cancels the prompt without searching; q in the prompt is typed")
    func promptCancel() {
        var s = makeState()
        press(&s, .char("/"), .char("q"))
        #expect(s.prompt?.editor.string == "q")
        #expect(!s.quitting)
        press(&s, .escape)
        #expect(s.prompt == nil)
        #expect(s.reader.marks == nil)
    }

    @Test("q closes the top overlay first, then quits")
    func overlaysAndQuit() {
        var s = makeState(problems: [LoadProblem(path: "bad.txt", reason: "not UTF-8 text")])
        press(&s, .char("?"))
        press(&s, .char("E"))
        #expect(s.overlays.map(\.kind) == [.help, .problems])
        press(&s, .char("j"))  // scrolls the overlay, not the list
        #expect(s.selected == 0)
        press(&s, .char("q"))
        #expect(s.overlays.map(\.kind) == [.help])
        press(&s, .char("q"))
        #expect(s.overlays.isEmpty)
        let effects = press(&s, .char("q"))
        #expect(effects == [.quit])
        #expect(s.quitting)
    }

    @Test("Esc closes an overlay or clears highlights, and never quits")
    func escape() {
        var s = makeState()
        press(&s, .char("?"), .escape)
        #expect(s.overlays.isEmpty)
        press(&s, .char("/"))
        typeText(&s, "contract")
        press(&s, .enter)
        #expect(s.reader.marks != nil)
        press(&s, .escape)
        #expect(s.reader.marks == nil)
        #expect(press(&s, .escape, .escape).isEmpty)
        #expect(!s.quitting)
    }

    @Test("Ctrl-C and SIGTERM quit even with an overlay or a prompt open")
    func hardQuit() {
        var s = makeState()
        press(&s, .char("?"))
        #expect(press(&s, .ctrl("c")) == [.quit])
        var t = makeState()
        press(&t, .char("/"))
        #expect(t.handle(.terminate) == [.quit])
    }

    @Test("a resize reflows the article and keeps the same text at the top")
    func resizeReflow() {
        let body = (1...30).map { "Paragraph \($0) says something long enough to wrap over a couple of lines at most widths." }
            .joined(separator: "\n\n")
        var s = AppState(corpus: Corpus(articles: [makeArticle("long.txt", title: "Long", body: body)]),
                         size: Size(width: 120, height: 12))
        press(&s, .enter, .char(" "), .char(" "), .char("j"), .char("j"), .char("j"))
        let doc = s.reader.document!
        let topOffset = doc.lines[s.reader.scroll].glyphs.first!.offset!
        _ = s.handle(.resize(Size(width: 70, height: 12)))
        #expect(s.reader.document!.width < doc.width)
        let newTop = s.reader.document!.lines[s.reader.scroll].glyphs.compactMap(\.offset)
        #expect(newTop.first! <= topOffset && topOffset <= newTop.last!)
    }

    @Test("shrinking below 60 columns shows one pane; the focus survives")
    func singlePane() {
        var s = makeState()
        press(&s, .backTab)
        _ = s.handle(.resize(Size(width: 50, height: 20)))
        #expect(s.layout.mode == .single)
        #expect(s.focus == .sidebar)
        #expect(s.layout.panes.keys.sorted { $0.rawValue < $1.rawValue } == [.sidebar])
        _ = s.handle(.resize(Size(width: 30, height: 8)))
        #expect(s.layout.mode == .tooSmall)
        _ = s.handle(.resize(Size(width: 0, height: 0)))
        press(&s, .char("j"), .char("G"), .char("/"))
        _ = s.handle(.resize(Size(width: 120, height: 40)))
        #expect(s.layout.mode == .split)
    }

    @Test("an empty corpus view never crashes")
    func emptyCorpus() {
        var s = AppState(corpus: Corpus(articles: []), size: Size(width: 100, height: 30))
        press(&s, .char("j"), .enter, .tab, .char("n"), .char("/"), .char("x"), .enter, .char("G"))
        _ = view(s, theme: Theme(colors: .extended))
        #expect(s.reader.document == nil)
    }
}
