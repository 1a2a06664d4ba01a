import LedeCore

enum OverlayView {
    static func render(_ overlay: Overlay, state: AppState, theme: Theme, into screen: inout Screen) {
        let box = OverlayGeometry.box(in: state.size)
        guard box.width >= 10, box.height >= 3 else { return }
        let lines = OverlayContent.lines(for: overlay.kind, state: state)
        let inner = box.inset(1)
        let more = lines.count > inner.height ? " \(overlay.scroll + 1)-\(min(lines.count, overlay.scroll + inner.height))/\(lines.count)" : ""
        Chrome.box(box, title: OverlayContent.title(for: overlay.kind, state: state), footer: "q close" + more,
                   theme: theme, into: &screen)
        for r in 0..<inner.height {
            let i = overlay.scroll + r
            guard i < lines.count else { break }
            let style = lines[i].isHeading ? theme.title : theme.overlay
            screen.put(" " + lines[i].text, in: inner.row(r), style: style)
        }
    }
}

enum TooSmallView {
    static func render(size: Size, into screen: inout Screen) {
        let lines = ["Terminal too small", "need \(Layout.minimum), have \(size)", "q quits"]
        let top = max(0, (size.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < size.height {
            let w = DisplayWidth.of(line)
            let x = max(0, (size.width - w) / 2)
            screen.put(line, x: x, y: top + i, style: Style(bold: i == 0), maxWidth: size.width - x)
        }
    }
}
