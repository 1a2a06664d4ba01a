import LedeCore
import Testing
@testable import LedeUI

/// Applies a filter through the prompt, as a user types it.
func filter(_ state: inout AppState, _ text: String) {
    press(&state, .char("f"))
    typeText(&state, text)
    press(&state, .enter)
}

/// Three articles for ranking and sorting: "storm" three times in the oldest, once in the
/// middle one; Acme mentioned three times in the oldest, once in the newest.
func stormState(width: Int = 120, height: Int = 40) -> AppState {
    let p = makeArticle("p.txt", title: "Storm hits the coast",
                        body: "A storm hit the coast. Acme said the storm was the worst storm. Acme and Acme helped.",
                        date: "2018-06-01", entities: [("Acme", .org, "Acme")])
    let q = makeArticle("q.txt", title: "Quiet week", body: "A quiet week after the storm.", date: "2018-06-02")
    let r = makeArticle("r.txt", title: "Acme results", body: "Acme reported results.", date: "2018-06-03",
                        entities: [("Acme", .org, "Acme")])
    return AppState(corpus: Corpus(articles: [p, q, r]), size: Size(width: width, height: height))
}

@Suite("filter, sort and corpus search")
struct FilterTests {
    @Test("f opens the filter prompt; Enter applies the query and the status line counts the matches")
    func applyFilter() {
        var s = makeState()
        press(&s, .char("f"))
        #expect(s.prompt?.kind == .filter)
        typeText(&s, "org:Google")
        press(&s, .enter)
        #expect(s.prompt == nil)
        #expect(s.visible == [1])
        #expect(s.reader.articleIndex == 1)
        #expect(s.filter.active.text == "org:Google")
        #expect(StatusLine.filterDescription(s) == "filter: org:Google · 1/3 articles · newest first")
    }

    @Test("the list keeps the selected article when it still matches, else goes to the top")
    func keepsSelection() {
        var s = makeState()
        press(&s, .char("j"))  // b.txt, 2018-06-20
        filter(&s, "date:2018-06-20..")
        #expect(s.visible == [0, 1])
        #expect(s.selectedArticleIndex == 1)
        filter(&s, "org:Microsoft")
        #expect(s.visible == [0])
        #expect(s.selectedArticleIndex == 0)
    }

    @Test("a malformed filter says what and where; the previous filter stays in force")
    func malformed() {
        var s = makeState()
        filter(&s, "org:Google")
        filter(&s, "date:2018-13-01")
        #expect(s.visible == [1])
        #expect(s.filter.active.text == "org:Google")
        #expect(s.message?.isWarning == true)
        #expect(s.message?.text.contains("month 13 does not exist (at column 11)") == true)
        filter(&s, "(org:ICE OR cloud")
        #expect(s.message?.text.contains("unclosed '('") == true)
        #expect(s.visible == [1])
    }

    @Test("the filter prompt edits like a shell line and Esc cancels without filtering")
    func promptEditing() {
        var s = makeState()
        press(&s, .char("f"))
        typeText(&s, "org:Gooxx")
        press(&s, .backspace, .backspace)
        #expect(s.prompt?.editor.string == "org:Goo")
        press(&s, .ctrl("a"))
        typeText(&s, "-")
        press(&s, .ctrl("e"))
        typeText(&s, "gle date:2018")
        #expect(s.prompt?.editor.string == "-org:Google date:2018")
        press(&s, .ctrl("w"))
        #expect(s.prompt?.editor.string == "-org:Google ")
        press(&s, .left, .left, .backspace)
        #expect(s.prompt?.editor.string == "-org:Googe ")
        press(&s, .ctrl("u"))
        #expect(s.prompt?.editor.string == "e ")
        press(&s, .escape)
        #expect(s.prompt == nil)
        #expect(s.visible == [0, 1, 2])
        #expect(s.filter.active.text == "")
    }

    @Test("Up and Down in the filter prompt go through earlier filters")
    func history() {
        var s = makeState()
        filter(&s, "org:Google")
        filter(&s, "date:2018")
        press(&s, .char("f"))
        typeText(&s, "dra")
        press(&s, .up)
        #expect(s.prompt?.editor.string == "date:2018")
        press(&s, .up)
        #expect(s.prompt?.editor.string == "org:Google")
        press(&s, .down)
        #expect(s.prompt?.editor.string == "date:2018")
        press(&s, .down)
        #expect(s.prompt?.editor.string == "dra")
        press(&s, .up, .up, .enter)
        #expect(s.visible == [1])
        // The in-article search keeps its own history.
        #expect(s.searchHistory.isEmpty)
    }

    @Test("Tab completes an entity name after org: and person:, quoting names with spaces")
    func completion() {
        var s = makeState()
        press(&s, .char("f"))
        typeText(&s, "org:goo")
        press(&s, .tab)
        #expect(s.prompt?.editor.string == "org:Google ")
        typeText(&s, "person:sat")
        press(&s, .tab)
        #expect(s.prompt?.editor.string == "org:Google person:\"Satya Nadella\" ")
        press(&s, .enter)
        #expect(s.visible.isEmpty)  // no article mentions both
    }

    @Test("Tab in the middle of the line completes the term there and keeps the rest")
    func completionInMiddle() {
        var s = makeState()
        press(&s, .char("f"))
        typeText(&s, "org:Mic date:2018")
        for _ in 0..<" date:2018".count { press(&s, .left) }
        press(&s, .tab)
        #expect(s.prompt?.editor.string == "org:Microsoft date:2018")
        #expect(s.prompt?.editor.cursor == "org:Microsoft".count)
    }

    @Test("with several candidates Tab cycles through them; with none the prompt says so")
    func completionCycle() {
        var s = makeState()
        press(&s, .char("f"))
        typeText(&s, "org:")
        press(&s, .tab)
        let first = s.prompt?.editor.string
        press(&s, .tab)
        let second = s.prompt?.editor.string
        press(&s, .tab, .tab)
        #expect(first != second)
        #expect(s.prompt?.editor.string == first)  // three organizations: the fourth Tab is back at the first
        let names = Set([first, second].compactMap { $0 })
        #expect(names.isSubset(of: ["org:Microsoft", "org:Google", "org:\"Immigration and Customs Enforcement\""]))
        press(&s, .ctrl("u"))
        typeText(&s, "org:zzz")
        press(&s, .tab)
        #expect(s.prompt?.editor.string == "org:zzz")
        #expect(s.filter.promptHint(for: "org:zzz") == "No organization named “zzz…”")
    }

    @Test("Enter (or f) on a sidebar entity narrows the filter to articles mentioning it")
    func sidebarEntity() {
        var s = makeState()
        filter(&s, "date:2018-06")
        press(&s, .backTab)  // sidebar: Satya Nadella, Microsoft, …
        press(&s, .char("j"), .enter)
        #expect(s.filter.active.text == "date:2018-06 org:Microsoft")
        #expect(s.visible == [0])
        #expect(s.selectedArticleIndex == 0)
        #expect(s.focus == .sidebar)
        press(&s, .enter)  // again: the term is not written twice
        #expect(s.filter.active.text == "date:2018-06 org:Microsoft")

        var t = makeState()
        filter(&t, "org:Google OR org:Microsoft")
        press(&t, .backTab, .char("f"))
        #expect(t.filter.active.text == "(org:Google OR org:Microsoft) person:\"Satya Nadella\"")
        #expect(t.visible == [0])
    }

    @Test("d filters to the selected article's date; F clears and keeps the article")
    func dateAndClear() {
        var s = makeState()
        press(&s, .char("j"), .char("d"))
        #expect(s.filter.active.text == "date:2018-06-20")
        #expect(s.visible == [1])
        press(&s, .char("F"))
        #expect(s.visible == [0, 1, 2])
        #expect(s.selectedArticleIndex == 1)
        #expect(StatusLine.filterDescription(s) == "3/3 articles · newest first")
    }

    @Test("an empty result says so, leaves the panes empty, keeps every key safe, and F brings it back")
    func emptyResult() {
        var s = makeState()
        press(&s, .tab)  // reader
        filter(&s, "date:2019..")
        #expect(s.visible.isEmpty)
        #expect(s.message?.text == "No articles match date:2019..; F clears the filter")
        #expect(s.reader.document == nil)
        #expect(s.sidebar.entities.isEmpty)
        // Every pane's keys (not the ones that open a prompt), in every pane.
        let keys: [Key] = [.char("j"), .char("k"), .char("G"), .char("g"), .enter, .char(" "), .char("b"),
                           .char("n"), .char("N"), .escape, .char("d"), .char("s"), .char("m"), .char("e"),
                           .char("e"), .pageDown, .home, .end]
        for pane in Pane.allCases {
            s.focus = pane
            for k in keys { press(&s, k) }
            _ = view(s, theme: Theme(colors: .extended))
        }
        press(&s, .char("E"), .escape)
        #expect(s.visible.isEmpty)
        #expect(s.selectedArticleIndex == nil)
        press(&s, .char("F"))
        #expect(Set(s.visible) == [0, 1, 2])  // s was pressed: the order may have changed
        #expect(s.reader.document != nil)
    }

    @Test("s cycles newest, oldest, most mentions of the filtered entity; the selection stays")
    func sortCycle() {
        var s = stormState()
        #expect(s.visible == [2, 1, 0])
        press(&s, .char("s"))
        #expect(s.visible == [0, 1, 2])
        #expect(s.selectedArticleIndex == 2)
        #expect(StatusLine.filterDescription(s) == "3/3 articles · oldest first")
        filter(&s, "org:Acme")
        #expect(s.visible == [0, 2])
        press(&s, .char("s"))
        #expect(s.filter.active.order == .mostMentions)
        #expect(s.visible == [0, 2])  // three mentions before one, though older
        press(&s, .char("s"))
        #expect(s.visible == [2, 0])
        #expect(s.message?.text == "Sorted: newest first")
    }

    @Test("/ in the list searches every article by relevance; n/N step through the results")
    func corpusSearch() {
        var s = stormState()
        press(&s, .char("/"))
        #expect(s.prompt?.kind == .corpusSearch)
        typeText(&s, "storm")
        press(&s, .enter)
        #expect(s.visible == [0, 1])  // three "storm"s rank above one
        #expect(s.selectedArticleIndex == 0)
        let body0 = s.corpus.articles[0].article.body
        #expect(s.reader.marks?.spans == spans(of: "storm", in: body0))
        #expect(StatusLine.filterDescription(s) == "search: storm · 2/3 articles · by relevance")
        press(&s, .char("n"))
        #expect(s.selectedArticleIndex == 1)
        #expect(s.reader.marks?.spans == spans(of: "storm", in: s.corpus.articles[1].article.body))
        press(&s, .char("n"))
        #expect(s.selectedArticleIndex == 0)
        #expect(s.message?.text.hasSuffix("(from the top)") == true)
        press(&s, .char("N"))
        #expect(s.selectedArticleIndex == 1)
        press(&s, .char("s"))
        #expect(s.visible == [0, 1])  // ranked, not re-sorted
        press(&s, .char("F"))
        #expect(s.visible == [2, 1, 0])
        #expect(s.reader.marks == nil)
    }

    @Test("a corpus search with no hits or a bad query keeps the list; / in the reader searches the article")
    func corpusSearchEdges() {
        var s = stormState()
        press(&s, .char("/"))
        typeText(&s, "hurricane")
        press(&s, .enter)
        #expect(s.visible == [2, 1, 0])
        #expect(s.message?.isWarning == true)
        press(&s, .char("/"))
        typeText(&s, "date:2018-02-30")
        press(&s, .enter)
        #expect(s.message?.text.contains("February 2018 has only 28 days") == true)
        press(&s, .enter, .char("/"))
        #expect(s.prompt?.kind == .search)
    }

    @Test("the help overlay lists the new keys")
    func help() {
        let rows = Keymap.standard.helpSections().flatMap { section in section.rows.map { (section.title, $0.keys, $0.help) } }
        func has(_ title: String, _ keys: String, _ help: String) -> Bool {
            rows.contains { $0.0 == title && $0.1 == keys && $0.2.hasPrefix(help) }
        }
        #expect(has("Everywhere", "f", "Filter the articles"))
        #expect(has("Everywhere", "F", "Clear the filter"))
        #expect(has("Article list", "/", "Search all articles"))
        #expect(has("Article list", "n N", "Next / previous search result"))
        #expect(has("Article list", "d", "Only articles of the selected one's date"))
        #expect(has("Article list", "s", "Sort"))
        #expect(has("Entity sidebar", "Enter f", "Only articles that mention the entity"))
        #expect(has("Prompt (search, filter)", "Tab", "Complete the name"))
    }
}
