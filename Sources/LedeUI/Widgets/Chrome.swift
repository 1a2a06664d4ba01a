import LedeCore

/// Pane headers, separators and boxes.
enum Chrome {
    static func header(_ title: String, right: String = "", focused: Bool, in rect: Rect, theme: Theme,
                       into screen: inout Screen) {
        guard !rect.isEmpty else { return }
        let style = focused ? theme.focusedPaneHeader : theme.paneHeader
        let row = rect.row(0)
        screen.fill(row, style: style)
        let rightWidth = DisplayWidth.of(right)
        let titleRoom = rightWidth > 0 && rightWidth + 4 < row.width ? row.width - rightWidth - 2 : row.width
        screen.put(" " + title, in: Rect(x: row.x, y: row.y, width: titleRoom, height: 1), style: style)
        if titleRoom < row.width {
            screen.put(right, x: row.maxX - rightWidth - 1, y: row.y, style: style)
        }
    }

    static func verticalLine(x: Int, height: Int, theme: Theme, into screen: inout Screen) {
        for y in 0..<height { screen.put("│", x: x, y: y, style: theme.separator) }
    }

    static func box(_ rect: Rect, title: String, footer: String, theme: Theme, into screen: inout Screen) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        screen.fill(rect, style: theme.overlay)
        let horizontal = String(repeating: "─", count: rect.width - 2)
        screen.put("┌" + horizontal + "┐", x: rect.x, y: rect.y, style: theme.overlay)
        screen.put("└" + horizontal + "┘", x: rect.x, y: rect.maxY - 1, style: theme.overlay)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            screen.put("│", x: rect.x, y: y, style: theme.overlay)
            screen.put("│", x: rect.maxX - 1, y: y, style: theme.overlay)
        }
        screen.put(" \(title) ", in: Rect(x: rect.x + 2, y: rect.y, width: rect.width - 4, height: 1), style: theme.overlayTitle)
        let fw = DisplayWidth.of(footer) + 2
        if fw < rect.width - 4 {
            screen.put(" \(footer) ", x: rect.maxX - 2 - fw, y: rect.maxY - 1, style: theme.overlay)
        }
    }
}
