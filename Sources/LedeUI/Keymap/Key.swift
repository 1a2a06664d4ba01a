/// A key press, as backends report it.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    /// A printable character (including space).
    case char(Character)
    /// Control plus a letter, as the lower-case letter: Ctrl-C is `.ctrl("c")`.
    case ctrl(Character)
    case enter, tab, backTab, backspace, delete, escape
    case up, down, left, right, home, end, pageUp, pageDown

    /// How help and hints spell the key.
    public var description: String {
        switch self {
        case .char(" "): "Space"
        case .char(let c): String(c)
        case .ctrl(let c): "Ctrl-\(c.uppercased())"
        case .enter: "Enter"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .escape: "Esc"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        }
    }
}

/// What a backend delivers to the app loop.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    case resize(Size)
    /// SIGTERM or a hang-up: leave now, restoring the terminal.
    case terminate
    /// A background message arrived (see `Mailbox`): nothing to map, only to apply and redraw.
    case wake
}
