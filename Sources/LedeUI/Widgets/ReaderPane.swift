import LedeCore

/// The reading pane: the laid-out article, entity mentions and quotes styled, marks
/// (search matches or the selected entity's mentions) on top.
enum ReaderPane {
    static func render(_ state: AppState, in rect: Rect, text: Rect, focused: Bool, theme: Theme,
                       into screen: inout Screen) {
        let doc = state.reader.document
        var right = ""
        if let doc, doc.lines.count > text.height {
            let last = min(doc.lines.count, state.reader.scroll + text.height)
            right = "\(last * 100 / max(1, doc.lines.count))%"
        }
        Chrome.header("Article", right: right, focused: focused, in: rect, theme: theme, into: &screen)
        guard let doc, !text.isEmpty else { return }
        let marks = state.reader.marks
        let current = marks.flatMap { m in m.current.map { m.spans[$0] } }
        let markStyle: Style
        if case .search = marks?.source { markStyle = theme.searchMatch } else { markStyle = theme.selectedMention }
        let selectedQuote = state.selectedQuote?.span
        for row in 0..<text.height {
            let index = state.reader.scroll + row
            guard index < doc.lines.count else { break }
            let line = doc.lines[index]
            if let q = selectedQuote, line.glyphs.contains(where: { g in g.offset.map { q.contains($0) } ?? false }) {
                screen.put("▌", x: text.x - 1, y: text.y + row, style: theme.quoteBar)  // in the left margin
            }
            var x = text.x
            for g in line.glyphs {
                var style: Style
                switch line.kind {
                case .title: style = theme.title
                case .meta: style = theme.meta
                case .body:
                    style = g.inQuote ? theme.quote : .plain
                    if let q = selectedQuote, let o = g.offset, q.contains(o) { style = theme.selectedQuote }
                    if let t = g.entity { style = style.patched(by: theme.style(for: t)) }
                    if let o = g.offset, let m = marks, let span = span(containing: o, in: m.spans) {
                        style = span == current ? theme.currentMatch : style.patched(by: markStyle)
                    }
                }
                x += screen.put(g.character, x: x, y: text.y + row, style: style, limit: text.maxX)
            }
        }
    }

    /// The span containing `offset` in sorted, non-overlapping `spans`.
    static func span(containing offset: Int, in spans: [TextSpan]) -> TextSpan? {
        var lo = 0, hi = spans.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if spans[mid].end <= offset { lo = mid + 1 } else if spans[mid].start > offset { hi = mid - 1 } else { return spans[mid] }
        }
        return nil
    }
}
