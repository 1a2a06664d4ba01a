import LedeCore

/// The bottom line: position, active filter, load problems, a transient message and the
/// focused pane's key hints; or, while a prompt is open, the prompt.
enum StatusLine {
    static func render(_ state: AppState, in rect: Rect, theme: Theme, into screen: inout Screen) {
        guard !rect.isEmpty else { return }
        screen.fill(rect, style: theme.statusBar)
        if let prompt = state.prompt {
            PromptLine.render(prompt, in: rect, theme: theme, into: &screen)
            FilterWidgets.promptHint(state, in: rect, theme: theme, into: &screen)
            return
        }
        var x = rect.x
        func put(_ text: String, _ style: Style) {
            guard x < rect.maxX else { return }
            x += screen.put(text, in: Rect(x: x, y: rect.y, width: rect.maxX - x, height: 1), style: style)
        }
        let position = state.visible.isEmpty ? "0/0" : "\(state.selected + 1)/\(state.visible.count)"
        put(" \(position) ", theme.statusBar)
        if let progress = state.background.progress {
            put("│ ", theme.statusBar)
            ProgressSegment.render(progress, put: put, theme: theme)
        }
        put("│ \(filterDescription(state)) ", theme.statusBar)
        let problems = state.corpus.problems.count
        if problems > 0 {
            put("│ ", theme.statusBar)
            put("\(problems) not opened (E)", theme.statusWarning)
            put(" ", theme.statusBar)
        }
        if let m = state.message {
            put("│ ", theme.statusBar)
            put(m.text, m.isWarning ? theme.statusWarning : theme.statusMessage)
            put(" ", theme.statusBar)
        }
        // As many hints as fit, most important first.
        var hints = hintItems(state)
        while !hints.isEmpty, x + DisplayWidth.of(hints.joined(separator: "  ")) + 2 > rect.maxX { hints.removeLast() }
        let text = hints.joined(separator: "  ")
        if !text.isEmpty {
            screen.put(text, x: rect.maxX - DisplayWidth.of(text) - 1, y: rect.y, style: theme.statusBar)
        }
    }

    /// The filter or search in force, how many articles it lists, and the sort.
    static func filterDescription(_ state: AppState) -> String {
        if !state.background.filtersReady {
            let n = state.corpus.articles.count
            return state.background.arriving ? "\(n) articles so far · newest first" : "\(n) articles"
        }
        return state.filter.description(corpusCount: state.corpus.articles.count)
    }

    static func hintItems(_ state: AppState) -> [String] {
        if let quoteHints = QuoteHints.items(state) { return quoteHints }
        if !state.overlays.isEmpty { return ["q close", "j/k scroll"] }
        if state.visible.isEmpty { return ["F clear filter", "? help", "q quit"] }
        return (state.keymap.hints[state.focus] ?? []).map { "\($0.keys) \($0.label)" }
    }
}

/// `indexing ▕███░░░░░▏ 1,234/5,000 files · 12.3 MB/s` (the bar only once the total is known).
enum ProgressSegment {
    static let barWidth = 10

    static func render(_ p: BackgroundProgress, put: (String, Style) -> Void, theme: Theme) {
        put(p.activity + " ", theme.statusMessage)
        if p.total > 0 {
            let filled = Int((p.fraction * Double(barWidth)).rounded(.down))
            put(String(repeating: "█", count: filled), theme.statusMessage)
            put(String(repeating: "░", count: barWidth - filled) + " ", theme.statusBar)
            put("\(grouped(p.done))/\(grouped(p.total)) \(p.unit)", theme.statusBar)
        } else if p.done > 0 {
            put("\(grouped(p.done)) \(p.unit)", theme.statusBar)
        }
        if let rate = p.megabytesPerSecond, rate > 0 {
            let tenths = Int((rate * 10).rounded())
            put(" · \(tenths / 10).\(tenths % 10) MB/s", theme.statusBar)
        }
        put(" ", theme.statusBar)
    }

    /// 12345 -> "12,345".
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }
}

/// A one-line text field: label, text (scrolled to keep the cursor visible), cursor.
enum PromptLine {
    static func render(_ prompt: Prompt, in rect: Rect, theme: Theme, into screen: inout Screen) {
        let style = Style.plain
        screen.fill(rect, style: style)
        let label = prompt.kind.label
        let labelWidth = screen.put(label, x: rect.x, y: rect.y, style: theme.title, maxWidth: rect.width)
        let field = Rect(x: rect.x + labelWidth, y: rect.y, width: rect.width - labelWidth, height: 1)
        guard field.width > 1 else { return }
        let chars = prompt.editor.text.map { Sanitizer.display(String($0)) }
        // Scroll so the cursor stays inside the field.
        var start = 0
        func width(_ r: Range<Int>) -> Int { chars[r].reduce(0) { $0 + DisplayWidth.of($1) } }
        while start < prompt.editor.cursor, width(start..<prompt.editor.cursor) >= field.width { start += 1 }
        var x = field.x
        for i in start..<chars.count {
            let w = DisplayWidth.of(chars[i])
            if x + w > field.maxX { break }
            screen.put(chars[i], x: x, y: rect.y, style: i == prompt.editor.cursor ? theme.cursor : style, maxWidth: w)
            x += w
        }
        if prompt.editor.cursor == chars.count, x < field.maxX {
            screen.put(" ", x: x, y: rect.y, style: theme.cursor)
        }
    }
}
