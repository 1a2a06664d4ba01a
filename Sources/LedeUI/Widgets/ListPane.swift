import LedeCore

/// The article list: per article a dateline (date, outlet) and the title; unread titles bold.
enum ListPane {
    static func render(_ state: AppState, in rect: Rect, focused: Bool, theme: Theme, into screen: inout Screen) {
        let position = state.visible.isEmpty ? "0" : "\(state.selected + 1)/\(state.visible.count)"
        Chrome.header("Articles", right: position, focused: focused, in: rect, theme: theme, into: &screen)
        let content = rect.droppingTop(1)
        guard !content.isEmpty else { return }
        if state.visible.isEmpty {
            FilterWidgets.emptyList(state, in: content, theme: theme, into: &screen)
            return
        }
        let per = ListGeometry.rowsPerEntry
        var y = content.y
        var entry = state.listScroll
        while y + per <= content.maxY, entry < state.visible.count {
            let analyzed = state.corpus.articles[state.visible[entry]]
            let article = analyzed.article
            let isCursor = entry == state.selected
            let unread = !state.read.contains(article.id)
            var metaStyle = theme.meta
            var titleStyle = unread ? theme.unread : Style.plain
            if isCursor {
                let cursor = focused ? theme.cursor : theme.unfocusedCursor
                screen.fill(Rect(x: content.x, y: y, width: content.width, height: per), style: cursor)
                metaStyle = cursor.patched(by: Style(dim: theme.colors != .none && !focused))
                titleStyle = cursor.patched(by: titleStyle)
            }
            var dateline = article.date.map { "\($0)" } ?? "undated"
            if let source = article.source, !source.isEmpty { dateline += " · " + source }
            let inner = Rect(x: content.x + 1, y: y, width: content.width - 2, height: 1)
            screen.put(Sanitizer.display(dateline), in: inner, style: metaStyle)
            let marker = unread ? "• " : "  "
            let titleRect = Rect(x: content.x + 1, y: y + 1, width: content.width - 2, height: 1)
            let used = screen.put(marker, x: titleRect.x, y: titleRect.y, style: titleStyle, maxWidth: titleRect.width)
            screen.put(Sanitizer.display(article.title),
                       in: Rect(x: titleRect.x + used, y: titleRect.y, width: titleRect.width - used, height: 1),
                       style: titleStyle)
            y += per
            entry += 1
        }
    }
}
