import LedeCore

/// What the filter adds to other widgets: the empty list's explanation and the prompt's
/// completion hint.
enum FilterWidgets {
    /// An empty list says why and how to get the articles back.
    static func emptyList(_ state: AppState, in content: Rect, theme: Theme, into screen: inout Screen) {
        let text = state.filter.active.text.trimmingWhitespace()
        guard !text.isEmpty || state.filter.search != nil else {
            if state.background.progress != nil {
                // Short lines: the list pane is narrow.
                for (i, line) in [" Indexing…", "", " Articles appear here", " as they are analysed."].enumerated()
                where i < content.height {
                    screen.put(line, in: content.row(i), style: theme.meta)
                }
                return
            }
            screen.put(" No articles", in: content.row(0), style: theme.meta)
            return
        }
        screen.put(" No articles match", in: content.row(0), style: theme.meta)
        if content.height > 1 { screen.put(" " + Sanitizer.display(text), in: content.row(1), style: Style(bold: true)) }
        if content.height > 3 { screen.put(" F clears the filter", in: content.row(3), style: theme.meta) }
    }

    /// Completion candidates (or why there are none) at the right of an open prompt, when
    /// they fit beside the text.
    static func promptHint(_ state: AppState, in rect: Rect, theme: Theme, into screen: inout Screen) {
        guard let prompt = state.prompt, let hint = state.filter.promptHint(for: prompt.editor.string) else { return }
        let used = DisplayWidth.of(prompt.kind.label) + DisplayWidth.of(Sanitizer.display(prompt.editor.string)) + 1
        let width = DisplayWidth.of(hint)
        let room = rect.width - used - 3
        guard room >= min(width, 20) else { return }
        let shown = min(width, room)
        screen.put(hint, in: Rect(x: rect.maxX - shown - 1, y: rect.y, width: shown, height: 1), style: theme.meta)
    }
}
