/// Where a binding applies. Pane bindings win over global ones; prompt bindings apply
/// alone while a prompt is open.
public enum KeyScope: Hashable, Sendable {
    case global
    case pane(Pane)
    case prompt
    /// While an overlay is open; wins over pane and global bindings.
    case overlay
    /// In the sidebar while it lists quotes; wins over the sidebar's entity bindings.
    case quotesTab
}

public struct KeyBinding: Hashable, Sendable {
    public var key: Key
    public var scope: KeyScope
    public var command: Command
    /// What the help overlay says the key does.
    public var help: String

    public init(_ key: Key, _ scope: KeyScope, _ command: Command, _ help: String) {
        self.key = key
        self.scope = scope
        self.command = command
        self.help = help
    }
}

/// A short hint on the status line: keys and a word or two.
public struct KeyHint: Hashable, Sendable {
    public var keys: String
    public var label: String
}

/// Key -> command, as data: the help overlay and the status-line hints are generated from it.
public struct Keymap: Sendable {
    public var bindings: [KeyBinding]
    public var hints: [Pane: [KeyHint]]
    private var table: [KeyScope: [Key: Command]]

    public init(bindings: [KeyBinding], hints: [Pane: [KeyHint]]) {
        self.bindings = bindings
        self.hints = hints
        var t: [KeyScope: [Key: Command]] = [:]
        for b in bindings where t[b.scope]?[b.key] == nil { t[b.scope, default: [:]][b.key] = b.command }
        self.table = t
    }

    /// The command for `key` in the given context, or nil when the key means nothing there.
    public func command(for key: Key, focus: Pane, promptOpen: Bool, overlayOpen: Bool = false,
                        quotesTab: Bool = false) -> Command? {
        if promptOpen {
            if let c = table[.prompt]?[key] { return c }
            if case .char(let ch) = key { return .edit(.insert(ch)) }
            return nil
        }
        if overlayOpen, let c = table[.overlay]?[key] { return c }
        if quotesTab, focus == .sidebar, let c = table[.quotesTab]?[key] { return c }
        return table[.pane(focus)]?[key] ?? table[.global]?[key]
    }

    /// Help text lines: for each scope, the keys of each command and what it does.
    public func helpSections() -> [(title: String, rows: [(keys: String, help: String)])] {
        let scopes: [(KeyScope, String)] = [
            (.global, "Everywhere"), (.pane(.list), "Article list"), (.pane(.reader), "Reading pane"),
            (.pane(.sidebar), "Entity sidebar"), (.quotesTab, "Quotes tab of the sidebar"),
            (.overlay, "Related quotes list"), (.prompt, "Prompt (search, filter)"),
        ]
        return scopes.compactMap { scope, title in
            var rows: [(keys: String, help: String)] = []
            var indexByHelp: [String: Int] = [:]
            for b in bindings where b.scope == scope {
                if let i = indexByHelp[b.help] {
                    rows[i].keys += " " + b.key.description
                } else {
                    indexByHelp[b.help] = rows.count
                    rows.append((b.key.description, b.help))
                }
            }
            return rows.isEmpty ? nil : (title, rows)
        }
    }

    public static let standard = Keymap(bindings: standardBindings, hints: standardHints)

    static let standardBindings: [KeyBinding] = [
        KeyBinding(.char("j"), .global, .moveDown, "Move down / scroll down"),
        KeyBinding(.down, .global, .moveDown, "Move down / scroll down"),
        KeyBinding(.char("k"), .global, .moveUp, "Move up / scroll up"),
        KeyBinding(.up, .global, .moveUp, "Move up / scroll up"),
        KeyBinding(.char("g"), .global, .top, "Go to the top"),
        KeyBinding(.home, .global, .top, "Go to the top"),
        KeyBinding(.char("G"), .global, .bottom, "Go to the bottom"),
        KeyBinding(.end, .global, .bottom, "Go to the bottom"),
        KeyBinding(.char(" "), .global, .pageDown, "Page down"),
        KeyBinding(.pageDown, .global, .pageDown, "Page down"),
        KeyBinding(.ctrl("f"), .global, .pageDown, "Page down"),
        KeyBinding(.char("b"), .global, .pageUp, "Page up"),
        KeyBinding(.pageUp, .global, .pageUp, "Page up"),
        KeyBinding(.ctrl("b"), .global, .pageUp, "Page up"),
        KeyBinding(.tab, .global, .nextPane, "Next pane"),
        KeyBinding(.backTab, .global, .previousPane, "Previous pane"),
        KeyBinding(.char("l"), .global, .paneRight, "Pane to the right"),
        KeyBinding(.right, .global, .paneRight, "Pane to the right"),
        KeyBinding(.char("h"), .global, .paneLeft, "Pane to the left"),
        KeyBinding(.left, .global, .paneLeft, "Pane to the left"),
        KeyBinding(.char("/"), .global, .startSearch, "Search in the article"),
        KeyBinding(.char("n"), .global, .nextMark, "Next match / next mention of the entity"),
        KeyBinding(.char("N"), .global, .previousMark, "Previous match / mention"),
        KeyBinding(.char("e"), .global, .toggleSidebar, "Show / hide the entity sidebar"),
        KeyBinding(.char("E"), .global, .showProblems, "Files that failed to load"),
        KeyBinding(.char("R"), .global, .reload, "Reload: look for new, changed and deleted files"),
        KeyBinding(.char("o"), .global, .openLink, "Open the article's link in the browser ($BROWSER)"),
        KeyBinding(.char("u"), .global, .toggleRead, "Mark the article unread (or read again)"),
        KeyBinding(.char("A"), .global, .markAllRead, "Mark every listed article read"),
        KeyBinding(.char("?"), .global, .showHelp, "This help"),
        KeyBinding(.char("q"), .global, .closeOrQuit, "Close the overlay, or quit"),
        KeyBinding(.escape, .global, .dismiss, "Close the overlay, or clear the highlights"),
        KeyBinding(.ctrl("c"), .global, .quit, "Quit"),
        KeyBinding(.char("f"), .global, .startFilter, "Filter the articles (org:ICE date:2018-06 …)"),
        KeyBinding(.char("F"), .global, .clearFilter, "Clear the filter and the search"),

        KeyBinding(.enter, .pane(.list), .openArticle, "Read the article"),
        KeyBinding(.char("/"), .pane(.list), .startCorpusSearch, "Search all articles, most relevant first"),
        KeyBinding(.char("n"), .pane(.list), .nextResult, "Next / previous search result"),
        KeyBinding(.char("N"), .pane(.list), .previousResult, "Next / previous search result"),
        KeyBinding(.char("d"), .pane(.list), .filterByDate, "Only articles of the selected one's date"),
        KeyBinding(.char("s"), .pane(.list), .cycleSort, "Sort: newest, oldest, most mentions"),
        KeyBinding(.enter, .pane(.sidebar), .filterByEntity, "Only articles that mention the entity"),
        KeyBinding(.char("f"), .pane(.sidebar), .filterByEntity, "Only articles that mention the entity"),
        KeyBinding(.char("m"), .pane(.sidebar), .jumpToEntity, "Jump to the entity's first mention"),
        KeyBinding(.char("]"), .global, .nextQuote, "Next quote in the article"),
        KeyBinding(.char("["), .global, .previousQuote, "Previous quote in the article"),
        KeyBinding(.char("r"), .global, .showRelatedQuotes, "Related quotes of the selected (or first visible) quote"),
        KeyBinding(.ctrl("o"), .global, .goBack, "Back to where you were before the last jump"),
        KeyBinding(.backspace, .global, .goBack, "Back to where you were before the last jump"),
        KeyBinding(.char("Q"), .global, .toggleQuotesTab, "Sidebar: switch between entities and quotes"),
        KeyBinding(.char("*"), .global, .toggleStar, "Star or unstar the selected quote (kept across runs)"),

        KeyBinding(.enter, .quotesTab, .selectListedQuote, "Select the quote in the reading pane"),
        KeyBinding(.enter, .overlay, .chooseInOverlay, "Go to the related quote (Backspace returns)"),

        KeyBinding(.enter, .prompt, .submitPrompt, "Accept"),
        KeyBinding(.escape, .prompt, .cancelPrompt, "Cancel"),
        KeyBinding(.ctrl("g"), .prompt, .cancelPrompt, "Cancel"),
        KeyBinding(.ctrl("c"), .prompt, .quit, "Quit"),
        KeyBinding(.left, .prompt, .edit(.left), "Cursor left / right"),
        KeyBinding(.right, .prompt, .edit(.right), "Cursor left / right"),
        KeyBinding(.ctrl("b"), .prompt, .edit(.left), "Cursor left / right"),
        KeyBinding(.ctrl("f"), .prompt, .edit(.right), "Cursor left / right"),
        KeyBinding(.ctrl("a"), .prompt, .edit(.home), "Start of line"),
        KeyBinding(.home, .prompt, .edit(.home), "Start of line"),
        KeyBinding(.ctrl("e"), .prompt, .edit(.end), "End of line"),
        KeyBinding(.end, .prompt, .edit(.end), "End of line"),
        KeyBinding(.backspace, .prompt, .edit(.backspace), "Delete before the cursor"),
        KeyBinding(.ctrl("h"), .prompt, .edit(.backspace), "Delete before the cursor"),
        KeyBinding(.delete, .prompt, .edit(.deleteForward), "Delete at the cursor"),
        KeyBinding(.ctrl("d"), .prompt, .edit(.deleteForward), "Delete at the cursor"),
        KeyBinding(.ctrl("u"), .prompt, .edit(.killToStart), "Delete to the start"),
        KeyBinding(.ctrl("k"), .prompt, .edit(.killToEnd), "Delete to the end"),
        KeyBinding(.ctrl("w"), .prompt, .edit(.killWordBackward), "Delete the word before"),
        KeyBinding(.up, .prompt, .edit(.historyPrevious), "Earlier / later searches"),
        KeyBinding(.down, .prompt, .edit(.historyNext), "Earlier / later searches"),
        KeyBinding(.tab, .prompt, .completePrompt, "Complete the name after org:, person:, place:"),
    ]

    static let standardHints: [Pane: [KeyHint]] = [
        .list: [KeyHint(keys: "j/k", label: "move"), KeyHint(keys: "Enter", label: "read"),
                KeyHint(keys: "f", label: "filter"), KeyHint(keys: "/", label: "search"),
                KeyHint(keys: "Tab", label: "pane"), KeyHint(keys: "?", label: "help"),
                KeyHint(keys: "q", label: "quit")],
        .reader: [KeyHint(keys: "j/k", label: "scroll"), KeyHint(keys: "Space/b", label: "page"),
                  KeyHint(keys: "/", label: "search"), KeyHint(keys: "n/N", label: "next/prev"),
                  KeyHint(keys: "?", label: "help"),
                  KeyHint(keys: "]/[", label: "quotes")],
        .sidebar: [KeyHint(keys: "j/k", label: "select"), KeyHint(keys: "Enter", label: "filter"),
                   KeyHint(keys: "n/N", label: "mentions"), KeyHint(keys: "?", label: "help")],
    ]
}
