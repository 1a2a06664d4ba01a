import LedeCore

/// The related-quotes overlay (`r`): grouped under headings (the same quotation elsewhere,
/// then other quotes by the same speaker), each quote a dateline with its article's title,
/// speaker and relation, then its words; the cursor's two rows reversed.
enum RelatedQuotesView {
    static func render(_ list: RelatedQuotesList, overlay: Overlay, state: AppState, theme: Theme,
                       into screen: inout Screen) {
        let box = OverlayGeometry.box(in: state.size)
        guard box.width >= 10, box.height >= 3 else { return }
        let entries = list.entries(in: state)
        let rows = list.rows(entries, in: state.corpus)
        let inner = box.inset(1)
        let position = entries.isEmpty ? "" : " \(list.cursor + 1)/\(entries.count)"
        Chrome.box(box, title: list.title(in: state.corpus), footer: "Enter go  q close" + position,
                   theme: theme, into: &screen)
        let text = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        for r in 0..<inner.height {
            let index = overlay.scroll + r
            guard index < rows.count else { break }
            let y = inner.y + r
            let row = Rect(x: text.x, y: y, width: text.width, height: 1)
            switch rows[index] {
            case .blank: break
            case .heading(let title): screen.put(title, in: row, style: theme.title)
            case .entry(let i, line: let line):
                let e = entries[i]
                if line == 0 { dateline(e, in: row, theme: theme, into: &screen) } else {
                    screen.put(e.text, in: Rect(x: row.x + 2, y: y, width: row.width - 2, height: 1), style: theme.quote)
                }
                if i == list.cursor { screen.patchStyle(Rect(x: inner.x, y: y, width: inner.width, height: 1), theme.cursor) }
            }
        }
    }

    /// `2018-06-20  Title of the article…   the letter · same quotation`
    static func dateline(_ e: RelatedEntry, in row: Rect, theme: Theme, into screen: inout Screen) {
        var x = row.x
        x += screen.put(e.date + "  ", x: x, y: row.y, style: theme.meta, maxWidth: row.maxX - x)
        let right = e.speaker.isEmpty ? e.kind : "\(e.speaker) · \(e.kind)"
        let rightWidth = min(DisplayWidth.of(right), max(0, (row.maxX - x) / 2))
        let titleRoom = max(0, row.maxX - x - rightWidth - 2)
        screen.put(e.title, in: Rect(x: x, y: row.y, width: titleRoom, height: 1), style: Style(bold: true))
        if rightWidth > 0 {
            screen.put(right, in: Rect(x: row.maxX - rightWidth, y: row.y, width: rightWidth, height: 1), style: theme.count)
        }
    }
}
