/// A terminal colour: the terminal's default, or an index into the 8/16/256-colour palette.
public enum TermColor: Hashable, Sendable {
    case `default`
    case indexed(UInt8)

    public static let black = TermColor.indexed(0)
    public static let red = TermColor.indexed(1)
    public static let green = TermColor.indexed(2)
    public static let yellow = TermColor.indexed(3)
    public static let blue = TermColor.indexed(4)
    public static let magenta = TermColor.indexed(5)
    public static let cyan = TermColor.indexed(6)
    public static let white = TermColor.indexed(7)
    public static let brightBlack = TermColor.indexed(8)
}

/// How a cell is drawn. Values, so styles can be layered with `patched(by:)`.
public struct Style: Hashable, Sendable {
    public var fg: TermColor = .default
    public var bg: TermColor = .default
    public var bold = false
    public var underline = false
    public var reverse = false
    public var italic = false
    public var dim = false

    public init(fg: TermColor = .default, bg: TermColor = .default, bold: Bool = false,
                underline: Bool = false, reverse: Bool = false, italic: Bool = false, dim: Bool = false) {
        self.fg = fg
        self.bg = bg
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.italic = italic
        self.dim = dim
    }

    public static let plain = Style()

    /// This style with `other` laid on top: its colours win when not default, its
    /// attributes are added.
    public func patched(by other: Style) -> Style {
        var s = self
        if other.fg != .default { s.fg = other.fg }
        if other.bg != .default { s.bg = other.bg }
        s.bold = s.bold || other.bold
        s.underline = s.underline || other.underline
        s.reverse = s.reverse || other.reverse
        s.italic = s.italic || other.italic
        s.dim = s.dim || other.dim
        return s
    }
}
