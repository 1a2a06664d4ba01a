import LedeCore

/// The entity sidebar: a heading per type (in the type's highlight style, so it doubles as a
/// legend), then each entity with its mention count.
enum SidebarPane {
    static func render(_ state: AppState, in rect: Rect, focused: Bool, theme: Theme, into screen: inout Screen) {
        let total = state.sidebar.entities.count
        Chrome.header("Entities", right: total > 0 ? "\(total)" : "", focused: focused, in: rect, theme: theme, into: &screen)
        let content = rect.droppingTop(1)
        guard !content.isEmpty else { return }
        if state.sidebar.entities.isEmpty {
            screen.put(" No entities found", in: content.row(0), style: theme.meta)
            return
        }
        let rows = state.sidebar.rows
        for r in 0..<content.height {
            let index = state.sidebar.scroll + r
            guard index < rows.count else { break }
            let y = content.y + r
            let inner = Rect(x: content.x + 1, y: y, width: content.width - 2, height: 1)
            switch rows[index] {
            case .blank: break
            case .heading(let type, let count):
                let style = theme.style(for: type).patched(by: Style(bold: true))
                let used = screen.put(" \(type.heading) ", in: inner, style: style)
                screen.put("\(count)", in: Rect(x: inner.x + used, y: y, width: inner.width - used, height: 1), style: theme.count)
            case .entity(let i):
                let e = state.sidebar.entities[i]
                let isCursor = i == state.sidebar.cursor
                var style = Style.plain
                var countStyle = theme.count
                if isCursor {
                    style = focused ? theme.cursor : theme.unfocusedCursor
                    countStyle = style
                    screen.fill(Rect(x: content.x, y: y, width: content.width, height: 1), style: style)
                }
                let count = "\(e.mentionCount)"
                let countWidth = count.count
                let nameRoom = max(0, inner.width - countWidth - 1)
                let used = screen.put(Sanitizer.display(e.canonical), in: Rect(x: inner.x, y: y, width: nameRoom, height: 1), style: style)
                // A resolved date beside a relative one ("Tuesday 2018-06-19"), when it fits.
                if let d = e.resolvedDate, d != e.canonical, used + 1 + d.count <= nameRoom {
                    screen.put(d, x: inner.x + used + 1, y: y, style: countStyle)
                }
                if countWidth < inner.width { screen.put(count, x: inner.maxX - countWidth, y: y, style: countStyle) }
            }
        }
    }
}
