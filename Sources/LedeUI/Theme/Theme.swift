import LedeCore

/// How many colours the terminal can show.
public enum ColorSupport: Sendable, Hashable {
    case none
    case basic     // 8 colours
    case extended  // 256 colours
}

/// Every style the reader uses, chosen once for the terminal's colour support. Monochrome
/// terminals (and `NO_COLOR`) get bold, underline and reverse only.
public struct Theme: Sendable {
    public var colors: ColorSupport
    public var entity: [EntityType: Style]
    public var quote: Style
    public var selectedMention: Style
    /// The quote `]`/`[` or a jump selected, and the bar beside its lines.
    public var selectedQuote: Style
    public var quoteBar: Style
    public var currentMatch: Style
    public var searchMatch: Style
    public var title: Style
    public var meta: Style
    public var paneHeader: Style
    public var focusedPaneHeader: Style
    public var separator: Style
    public var cursor: Style
    public var unfocusedCursor: Style
    public var unread: Style
    public var groupHeading: Style
    public var count: Style
    public var statusBar: Style
    public var statusMessage: Style
    public var statusWarning: Style
    public var overlay: Style
    public var overlayTitle: Style

    /// `NO_COLOR` (any value, per no-color.org) forces monochrome.
    public static func make(colors: ColorSupport, environment: [String: String]) -> Theme {
        if let v = environment["NO_COLOR"], !v.isEmpty { return Theme(colors: .none) }
        return Theme(colors: colors)
    }

    public init(colors: ColorSupport) {
        self.colors = colors
        title = Style(bold: true)
        meta = Style(dim: colors != .none)
        paneHeader = Style(bold: true)
        focusedPaneHeader = Style(bold: true, reverse: true)
        separator = Style(dim: colors != .none)
        cursor = Style(reverse: true)
        unfocusedCursor = colors == .none ? Style(underline: true) : Style(bg: colors == .extended ? .indexed(238) : .blue)
        unread = Style(bold: true)
        groupHeading = Style(bold: true, underline: true)
        count = Style(dim: colors != .none)
        statusBar = Style(reverse: true)
        statusMessage = Style(bold: true, reverse: true)
        statusWarning = colors == .none ? Style(bold: true, reverse: true) : Style(fg: .black, bg: .yellow, bold: true)
        overlay = Style()
        overlayTitle = Style(bold: true, reverse: true)
        selectedMention = Style(bold: true, reverse: true)
        switch colors {
        case .none:
            entity = Dictionary(uniqueKeysWithValues: EntityType.allCases.map { ($0, Style(underline: true)) })
            quote = Style(bold: true)
            selectedQuote = Style(bold: true, underline: true)
            quoteBar = Style(bold: true)
            searchMatch = Style(reverse: true)
            currentMatch = Style(bold: true, underline: true, reverse: true)
        case .basic:
            entity = Theme.basicEntityColors.mapValues { Style(fg: $0, bold: true) }
            quote = Style(fg: .green)
            selectedQuote = Style(fg: .black, bg: .green)
            quoteBar = Style(fg: .green, bold: true)
            searchMatch = Style(fg: .black, bg: .yellow)
            currentMatch = Style(fg: .black, bg: .yellow, bold: true, underline: true)
        case .extended:
            // displaCy's pastel backgrounds under dark text.
            entity = Theme.displacyColors.mapValues { Style(fg: .indexed(16), bg: $0) }
            quote = Style(fg: .indexed(114), italic: true)
            // The quote colour as a background: plainly the same quote, now selected.
            selectedQuote = Style(fg: .indexed(16), bg: .indexed(114))
            quoteBar = Style(fg: .indexed(114), bold: true)
            searchMatch = Style(fg: .indexed(16), bg: .indexed(226))
            currentMatch = Style(fg: .indexed(16), bg: .indexed(208), bold: true)
        }
    }

    /// displaCy's entity colours, nearest xterm-256 index.
    static let displacyColors: [EntityType: TermColor] = [
        .person: .indexed(141),   // #aa9cfc
        .org: .indexed(123),      // #7aecec
        .place: .indexed(221),    // #feca74
        .money: .indexed(187),    // #e4e7d2
        .date: .indexed(152),     // #bfe1d9
        .percent: .indexed(186),  // #e4e7d2, told apart from money
        .group: .indexed(177),    // #c887fb
    ]

    static let basicEntityColors: [EntityType: TermColor] = [
        .person: .magenta, .org: .cyan, .place: .yellow, .money: .green,
        .date: .blue, .percent: .green, .group: .red,
    ]

    public func style(for type: EntityType) -> Style { entity[type] ?? Style(underline: true) }
}
