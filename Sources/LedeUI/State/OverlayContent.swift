import LedeCore

/// A line of overlay text: headings are drawn bold.
public struct OverlayLine: Hashable, Sendable {
    public var text: String
    public var isHeading = false
}

enum OverlayContent {
    static func title(for kind: OverlayKind, state: AppState) -> String {
        switch kind {
        case .help: "Keys"
        case .problems: "Files not opened (\(state.corpus.problems.count))"
        case .relatedQuotes(let list): list.title(in: state.corpus)
        }
    }

    static func lines(for kind: OverlayKind, state: AppState) -> [OverlayLine] {
        switch kind {
        case .help:
            var out: [OverlayLine] = []
            for section in state.keymap.helpSections() {
                if !out.isEmpty { out.append(OverlayLine(text: "")) }
                out.append(OverlayLine(text: section.title, isHeading: true))
                let keyWidth = min(22, section.rows.map { DisplayWidth.of($0.keys) }.max() ?? 0)
                for row in section.rows {
                    let pad = String(repeating: " ", count: max(1, keyWidth - DisplayWidth.of(row.keys) + 2))
                    out.append(OverlayLine(text: "  " + row.keys + pad + row.help))
                }
            }
            return out
        case .problems:
            if state.corpus.problems.isEmpty { return [OverlayLine(text: "Every file opened.")] }
            return state.corpus.problems.map { OverlayLine(text: Sanitizer.display("\($0.path): \($0.reason)")) }
        case .relatedQuotes(let list):
            return list.lines(in: state)
        }
    }
}

enum OverlayGeometry {
    /// The overlay box, border included: centred over the panes, above the status line.
    static func box(in size: Size) -> Rect {
        let area = Rect(x: 0, y: 0, width: size.width, height: max(0, size.height - 1))
        return area.centered(width: min(80, size.width - 4), height: size.height - 3)
    }
}
