import LedeCore

/// The sidebar's quotes tab (`Q`): per quote of the shown article its number (★ when
/// starred), speaker and how many related quotes it has, then its words. A bar marks the
/// quote selected in the reading pane.
enum QuotesSidebar {
    static func render(_ state: AppState, in rect: Rect, focused: Bool, theme: Theme, into screen: inout Screen) {
        let quotes = state.shownQuotes
        Chrome.header("Quotes", right: quotes.isEmpty ? "" : "\(quotes.count)", focused: focused, in: rect, theme: theme,
                      into: &screen)
        let content = rect.droppingTop(1)
        guard !content.isEmpty else { return }
        if quotes.isEmpty {
            screen.put(" No quotes found", in: content.row(0), style: theme.meta)
            screen.put(" Q shows the entities", in: content.row(1), style: theme.meta)
            return
        }
        let per = QuotesTabGeometry.rowsPerQuote
        let selected = state.selectedQuote == nil ? nil : state.quoteNav.selected?.quote
        var y = content.y
        var i = state.quoteNav.tabScroll
        while y + per <= content.maxY, i < quotes.count {
            let q = quotes[i]
            let inner = Rect(x: content.x + 1, y: y, width: content.width - 2, height: 1)
            let number = state.starred.contains(q.id) ? "\(i + 1)★ " : "\(i + 1) "
            let used = screen.put(number, x: inner.x, y: y, style: theme.count, maxWidth: inner.width)
            let related = state.corpus.relatedCount(of: q)
            let name = speakerName(q)
            // The longest label that leaves the speaker's name whole.
            let labels = related == 0 ? [""] : ["\(related) related", "\(related) rel.", "\(related)"]
            let count = labels.first { DisplayWidth.of(name) + 1 + DisplayWidth.of($0) <= inner.width - used } ?? labels.last!
            let countWidth = DisplayWidth.of(count)
            let nameRoom = max(0, inner.width - used - (countWidth > 0 ? countWidth + 1 : 0))
            let attributed = q.speakerEntity != nil || q.speaker != nil
            screen.put(name, in: Rect(x: inner.x + used, y: y, width: nameRoom, height: 1),
                       style: attributed ? Style(bold: true) : theme.meta)
            if countWidth > 0, countWidth < inner.width { screen.put(count, x: inner.maxX - countWidth, y: y, style: theme.count) }
            let words = Rect(x: inner.x + 2, y: y + 1, width: inner.width - 2, height: 1)
            screen.put("“" + oneLine(q.text) + "”", in: words, style: theme.quote)
            let rows = Rect(x: content.x, y: y, width: content.width, height: per)
            if i == state.quoteNav.tabCursor {
                screen.patchStyle(rows, focused ? theme.cursor : theme.unfocusedCursor)
            }
            if i == selected {
                for r in 0..<per { screen.put("▌", x: content.x, y: y + r, style: theme.quoteBar) }
            }
            y += per
            i += 1
        }
    }
}

/// Status-line hints where the quote features change what keys do: the related-quotes
/// overlay and the quotes tab. Nil elsewhere.
enum QuoteHints {
    static func items(_ state: AppState) -> [String]? {
        if case .relatedQuotes = state.overlays.last?.kind { return ["Enter go", "j/k move", "q close"] }
        if state.overlays.isEmpty, state.focus == .sidebar, state.quoteNav.sidebarShowsQuotes {
            return ["j/k move", "Enter select", "]/[ step", "Q entities", "? help"]
        }
        return nil
    }
}
