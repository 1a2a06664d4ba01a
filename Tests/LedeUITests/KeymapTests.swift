import Testing
@testable import LedeUI

@Suite("Keymap")
struct KeymapTests {
    let keymap = Keymap.standard

    @Test("Enter means different things per pane; movement falls back to global")
    func perPane() {
        #expect(keymap.command(for: .enter, focus: .list, promptOpen: false) == .openArticle)
        #expect(keymap.command(for: .enter, focus: .sidebar, promptOpen: false) == .filterByEntity)
        #expect(keymap.command(for: .enter, focus: .reader, promptOpen: false) == nil)
        for pane in Pane.allCases {
            #expect(keymap.command(for: .char("j"), focus: pane, promptOpen: false) == .moveDown)
            #expect(keymap.command(for: .down, focus: pane, promptOpen: false) == .moveDown)
        }
        #expect(keymap.command(for: .char("x"), focus: .list, promptOpen: false) == nil)
    }

    @Test("in a prompt, letters are typed, not commands")
    func prompt() {
        #expect(keymap.command(for: .char("q"), focus: .reader, promptOpen: true) == .edit(.insert("q")))
        #expect(keymap.command(for: .ctrl("w"), focus: .reader, promptOpen: true) == .edit(.killWordBackward))
        #expect(keymap.command(for: .enter, focus: .reader, promptOpen: true) == .submitPrompt)
        #expect(keymap.command(for: .ctrl("c"), focus: .reader, promptOpen: true) == .quit)
    }

    @Test("help lists every binding, keys of one command together")
    func help() {
        let sections = keymap.helpSections()
        let everywhere = sections.first { $0.title == "Everywhere" }
        let down = everywhere?.rows.first { $0.help.hasPrefix("Move down") }
        #expect(down?.keys == "j ↓")
        let all = sections.flatMap(\.rows).map(\.help)
        for binding in keymap.bindings { #expect(all.contains(binding.help)) }
    }
}
