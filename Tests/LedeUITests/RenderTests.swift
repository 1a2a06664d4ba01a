import LedeCore
import Testing
@testable import LedeUI

@Suite("Rendering panes into the cell screen")
struct RenderTests {
    let color = Theme(colors: .extended)
    let mono = Theme(colors: .none)

    @Test("three panes at 120 columns: list, reading pane, sidebar, status line")
    func threePanes() {
        let screen = view(makeState(), theme: color)
        let top = screen.rowText(0)
        #expect(top.contains("Articles"))
        #expect(top.contains("Article "))
        #expect(top.contains("Entities"))
        #expect(screen.find("Microsoft staff protest ICE contract") != nil)
        #expect(screen.rowText(39).contains("1/3"))
        #expect(screen.rowText(39).contains("j/k move"))
    }

    @Test("each entity type is highlighted in its own colour in the reading pane")
    func entityColours() {
        let screen = view(makeState(), theme: color)
        let reader = makeState().layout.readerText!
        let person = screen.find("Satya Nadella", in: reader)!
        #expect(person.x >= reader.x)
        #expect(screen[person.x, person.y].style == color.style(for: .person))
        #expect(screen[person.x + 12, person.y].style == color.style(for: .person))
        #expect(screen[person.x + 13, person.y].style == .plain)  // the comma after
        let money = screen.find("$19.4 million", in: reader)!
        #expect(screen[money.x, money.y].style.bg == Theme.displacyColors[.money])
        #expect(color.style(for: .person).bg != color.style(for: .org).bg)
    }

    @Test("quotes are styled; an entity inside a quote keeps its colour")
    func quotes() {
        let screen = view(makeState(), theme: color)
        let q = screen.find("“We refuse")!
        #expect(screen[q.x, q.y].style == color.quote)
        #expect(screen[q.x + 4, q.y].style == color.quote)
        let outside = screen.find("the employees wrote")!
        #expect(screen[outside.x, outside.y].style == .plain)
    }

    @Test("monochrome (NO_COLOR) uses underline and bold, no colours")
    func monochrome() {
        let theme = Theme.make(colors: .extended, environment: ["NO_COLOR": "1"])
        #expect(theme.colors == .none)
        let screen = view(makeState(), theme: theme)
        let person = screen.find("Satya Nadella", in: makeState().layout.readerText!)!
        let cell = screen[person.x, person.y]
        #expect(cell.style.underline)
        #expect(cell.style.fg == .default && cell.style.bg == .default)
        let q = screen.find("“We refuse")!
        #expect(screen[q.x, q.y].style.bold)
        for c in screen.cells { #expect(c.style.fg == .default && c.style.bg == .default) }
    }

    @Test("unread titles are bold; read ones are not")
    func unreadBold() {
        var s = makeState()
        press(&s, .char("j"), .enter, .char("h"))  // read b.txt, back to the list
        let screen = view(s, theme: color)
        let list = s.layout.content(of: .list)!
        let unread = screen.find("Third story", in: list)!
        #expect(screen[unread.x, unread.y].style.bold)
        let read = screen.find("Second story", in: list)!
        let first = screen.find("Microsoft staff", in: list)!
        #expect(screen[first.x, first.y].style.bold)
        // b.txt is under the cursor in the list: reversed, not bold.
        #expect(screen[read.x, read.y].style.reverse)
        #expect(!screen[read.x, read.y].style.bold)
    }

    @Test("the sidebar shows groups with headings and counts, most mentioned first")
    func sidebar() {
        let s = makeState()
        let screen = view(s, theme: color)
        let side = s.layout.content(of: .sidebar)!
        let text = screen.text(in: side)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
        #expect(lines.prefix(9) == [
            "People 1", "Satya Nadella        1", "",
            "Organizations 2", "Microsoft            3", "Immigration and Cus… 1", "",
            "Money 1", "$19.4 million        1",
        ])
        let heading = screen.find("People")!
        #expect(screen[heading.x, heading.y].style.bg == color.style(for: .person).bg)
    }

    @Test("a relative date shows its resolved day in the sidebar when it fits")
    func resolvedDates() {
        var a = makeArticle("d.txt", title: "Dates", body: "It happened on Tuesday.",
                            entities: [("Tuesday", .date, "Tuesday")])
        a.mentions[0].resolvedDate = "2018-06-19"
        let s = AppState(corpus: Corpus(articles: [a]), size: Size(width: 120, height: 30))
        let screen = view(s, theme: color)
        let text = screen.text(in: s.layout.content(of: .sidebar)!)
        let line = text.split(separator: "\n").first { $0.contains("Tuesday") }
        #expect(line?.contains("Tuesday 2018-06-19") == true)
        #expect(line?.hasSuffix(" 1") == true)
    }

    @Test("the selected entity's mentions stand out; the current one differently")
    func selectedMentions() {
        var s = makeState()
        press(&s, .backTab, .char("j"), .char("n"))  // Microsoft, first mention
        let screen = view(s, theme: color)
        let reader = s.layout.readerText!
        let bodyTop = screen.find("Microsoft employees asked", in: reader)!.y
        var found: [Style] = []
        for y in bodyTop..<reader.maxY {
            for x in reader.x..<reader.maxX where screen[x, y].grapheme == "M" {
                found.append(screen[x, y].style)
            }
        }
        #expect(found.first == color.currentMatch)
        #expect(found.dropFirst().allSatisfy { $0.bold && $0.reverse })
        #expect(found.count == 3)
    }

    @Test("problems show as a count on the status line and a list on E")
    func problems() {
        var s = makeState(problems: [LoadProblem(path: "x/bad.txt", reason: "not UTF-8 text"),
                                     LoadProblem(path: "y.txt", reason: "empty file")])
        var screen = view(s, theme: color)
        #expect(screen.rowText(39).contains("2 not opened (E)"))
        let badge = screen.find("2 not opened")!
        #expect(screen[badge.x, badge.y].style == color.statusWarning)
        press(&s, .char("E"))
        screen = view(s, theme: color)
        #expect(screen.find("Files not opened (2)") != nil)
        #expect(screen.find("x/bad.txt: not UTF-8 text") != nil)
        #expect(screen.find("y.txt: empty file") != nil)
    }

    @Test("the help overlay is generated from the keymap")
    func help() {
        var s = makeState()
        press(&s, .char("?"))
        let screen = view(s, theme: color)
        #expect(screen.find("Keys") != nil)
        #expect(screen.find("j ↓") != nil)
        #expect(screen.find("Search in the article") != nil)
    }

    @Test("the search prompt shows on the status line with a cursor")
    func promptLine() {
        var s = makeState()
        press(&s, .tab, .char("/"))  // in the reading pane: search the article
        typeText(&s, "ab")
        press(&s, .left)
        let screen = view(s, theme: color)
        #expect(screen.rowText(39).hasPrefix("/ab "))
        #expect(screen[2, 39].style == color.cursor)  // on the "b"
    }

    @Test("80 columns: list and reader only; 50: one pane; 30x8: too small")
    func sizes() {
        var s = makeState(width: 80, height: 24)
        var screen = view(s, theme: color)
        #expect(screen.find("Entities") == nil)
        #expect(screen.find("Articles") != nil)
        _ = s.handle(.resize(Size(width: 50, height: 20)))
        screen = view(s, theme: color)
        #expect(screen.find("Articles") != nil)
        #expect(screen.find("│", in: Rect(x: 0, y: 0, width: 50, height: 19)) == nil)
        press(&s, .tab)
        screen = view(s, theme: color)
        #expect(screen.find("Satya") != nil)
        _ = s.handle(.resize(Size(width: 30, height: 8)))
        screen = view(s, theme: color)
        #expect(screen.find("Terminal too small") != nil)
        #expect(screen.find("need 40x10, have 30x8") != nil)
        for size in [Size(width: 0, height: 0), Size(width: 1, height: 1), Size(width: 5, height: 2), Size(width: 39, height: 50), Size(width: 300, height: 9)] {
            _ = s.handle(.resize(size))
            _ = view(s, theme: color)
        }
    }

    @Test("CJK text wraps by display width and never overflows the pane")
    func cjkWrap() {
        let body = String(repeating: "東京都は新しい計画を発表した。", count: 6) + "\n\nEmoji 😀 and café."
        let a = makeArticle("cjk.txt", title: "東京の計画", body: body, entities: [("東京都", .place, "Tokyo")])
        var s = AppState(corpus: Corpus(articles: [a]), size: Size(width: 100, height: 30))
        press(&s, .enter)
        let screen = view(s, theme: color)
        let reader = s.layout.readerText!
        for line in s.reader.document!.lines {
            #expect(line.glyphs.reduce(0) { $0 + $1.width } <= reader.width)
        }
        let tokyo = screen.find("東京都", in: reader)!
        #expect(screen[tokyo.x, tokyo.y].style == color.style(for: .place))
        #expect(screen[tokyo.x, tokyo.y].width == 2)
        // The separator right of the reading pane stays in its column on every row.
        let sep = s.layout.separators[1]
        for y in 0..<(s.size.height - 1) { #expect(screen[sep, y].grapheme == "│") }
    }

    @Test("escape sequences in article text never reach the screen")
    func sanitized() {
        let body = "Evil \u{1B}[2J text \u{9B}31m here\u{7}."
        let a = makeArticle("evil.txt", title: "Title \u{1B}]0;pwned\u{7}", body: body)
        let s = AppState(corpus: Corpus(articles: [a]), size: Size(width: 100, height: 30))
        let screen = view(s, theme: color)
        for c in screen.cells {
            for u in c.grapheme.unicodeScalars { #expect(u.value >= 0x20 && !(0x7F..<0xA0).contains(u.value)) }
        }
        #expect(screen.find("Evil ␛[2J text") != nil)
    }
}
