import CNcursesw
import Glibc
import LedeCore
import LedeUI

/// The real terminal, through ncursesw's wide-character API. Draws only the cells it is
/// given; colour pairs are allocated on first use.
public final class CursesBackend: Backend {
    public private(set) var size: Size
    public let colorSupport: ColorSupport
    private var pairs: [PairKey: Int16] = [:]
    private var nextPair: Int16 = 1
    private let maxPairs: Int
    private var active = true
    /// Called once, after the first frame is on the terminal (for start-up timing).
    public var afterFirstFrame: (() -> Void)?

    private struct PairKey: Hashable { let fg: Int16; let bg: Int16 }

    public struct StartError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Sets the locale and signal handlers, then takes over the terminal.
    public init() throws(StartError) {
        lede_setlocale()
        guard isatty(0) != 0, isatty(1) != 0 else {
            throw StartError(description: "the reader needs a terminal (standard input and output)")
        }
        // newterm, unlike initscr, reports an unknown TERM instead of exiting.
        guard lede_newterm() != nil else {
            let term = getenv("TERM").map { String(cString: $0) } ?? "(unset)"
            throw StartError(description: "cannot use terminal type \(term)")
        }
        lede_install_signal_handlers()
        lede_install_crash_handlers()
        raw()  // Ctrl-C arrives as a key, handled like `q`
        noecho()
        nonl()
        keypad(lede_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        // Wake up now and then to notice signals even if a read is restarted.
        wtimeout(lede_stdscr(), 250)
        var support = ColorSupport.none
        if has_colors() {
            start_color()
            use_default_colors()
            support = lede_colors() >= 256 ? .extended : .basic
        }
        colorSupport = support
        maxPairs = Int(min(lede_color_pairs(), Int32(Int16.max)))
        size = Size(width: Int(lede_cols()), height: Int(lede_lines()))
    }

    deinit { shutdown() }

    /// Gives the terminal back. Safe to call more than once.
    public func shutdown() {
        guard active else { return }
        active = false
        curs_set(1)
        endwin()
    }

    public func clear() {
        wclear(lede_stdscr())
    }

    public func draw(_ changes: [CellChange]) {
        let win = lede_stdscr()
        for change in changes {
            var cc = cchar_t()
            var chars = wideChars(for: change.cell)
            let attrs = attributes(change.cell.style)
            let pair = colorPair(change.cell.style)
            _ = chars.withUnsafeMutableBufferPointer { buf in
                setcchar(&cc, buf.baseAddress, attrs, pair, nil)
            }
            _ = mvwadd_wch(win, Int32(change.y), Int32(change.x), &cc)
            // A wide grapheme the C library thinks is narrow (or the reverse) would shift
            // the rest of the row; pad it so the columns stay where the screen put them.
            if change.cell.width == 2, lede_wcwidth(chars[0]) == 1 {
                var pad = cchar_t()
                var space: [wchar_t] = [32, 0]
                _ = space.withUnsafeMutableBufferPointer { setcchar(&pad, $0.baseAddress, attrs, pair, nil) }
                _ = mvwadd_wch(win, Int32(change.y), Int32(change.x + 1), &pad)
            }
        }
        wnoutrefresh(win)
        doupdate()
        if let hook = afterFirstFrame {
            afterFirstFrame = nil
            hook()
        }
    }

    /// The cluster's base scalar and the combining scalars after it (what a curses cell
    /// can hold), NUL-terminated. Scalars curses cannot show become U+FFFD.
    private func wideChars(for cell: Cell) -> [wchar_t] {
        var out: [wchar_t] = []
        for s in cell.grapheme.unicodeScalars {
            let w = lede_wcwidth(wchar_t(bitPattern: s.value))
            if out.isEmpty {
                out.append(w < 0 ? 0xFFFD : wchar_t(bitPattern: s.value))
            } else if w == 0, out.count < 5, s.value != 0x200D {
                out.append(wchar_t(bitPattern: s.value))
            } else if s.value == 0x200D {
                // A ZWJ sequence (👩‍👩‍👧): terminals disagree on joining them, so draw its
                // first picture only, which takes the two columns the layout gave it.
                break
            }
        }
        if out.isEmpty { out.append(32) }
        if cell.width == 1, lede_wcwidth(out[0]) == 2 { out = [0xFFFD] }
        out.append(0)
        return out
    }

    private func attributes(_ style: Style) -> attr_t {
        var a: attr_t = 0
        if style.bold { a |= lede_a_bold() }
        if style.underline { a |= lede_a_underline() }
        if style.reverse { a |= lede_a_reverse() }
        if style.dim { a |= lede_a_dim() }
        if style.italic { a |= lede_a_italic() }
        return a
    }

    private func colorPair(_ style: Style) -> Int16 {
        guard colorSupport != .none else { return 0 }
        let key = PairKey(fg: colorNumber(style.fg), bg: colorNumber(style.bg))
        if key.fg == -1 && key.bg == -1 { return 0 }
        if let p = pairs[key] { return p }
        guard Int(nextPair) < maxPairs else { return 0 }
        let p = nextPair
        nextPair += 1
        init_pair(p, key.fg, key.bg)
        pairs[key] = p
        return p
    }

    private func colorNumber(_ c: TermColor) -> Int16 {
        switch c {
        case .default: return -1
        case .indexed(let i):
            // A 256-colour index on an 8-colour terminal: nearest of the basic eight.
            if Int32(i) >= lede_colors() { return Int16(i % 8) }
            return Int16(i)
        }
    }

    public func readEvent() -> InputEvent? { readEvent(wakingFor: nil) }

    /// Leaves curses mode (the terminal as it was before Lede) while `body` runs, then
    /// restores it; a resize meanwhile is read from the terminal.
    public func suspend(_ body: () -> Void) {
        guard active else { return body() }
        def_prog_mode()
        curs_set(1)
        endwin()
        body()
        lede_forget_interrupt()
        reset_prog_mode()
        curs_set(0)
        wrefresh(lede_stdscr())
        size = Size(width: Int(lede_cols()), height: Int(lede_lines()))
    }

    public func readEvent(wakingFor mailbox: Mailbox?) -> InputEvent? {
        var failures = 0
        // Waits in short steps while background work may post, so a message shows within
        // a twentieth of a second; keys are not delayed either way.
        wtimeout(lede_stdscr(), mailbox == nil ? 250 : 50)
        while active {
            if lede_take_signal() != 0 { return .terminate }
            if mailbox?.hasMail == true { return .wake }
            var ch: wint_t = 0
            let r = wget_wch(lede_stdscr(), &ch)
            if r == KEY_CODE_YES {
                if Int32(ch) == KEY_RESIZE {
                    size = Size(width: Int(lede_cols()), height: Int(lede_lines()))
                    return .resize(size)
                }
                if let key = CursesKeys.functionKey(Int32(ch)) { return .key(key) }
                continue
            }
            if r == OK {
                if let key = CursesKeys.character(UInt32(ch)) { return .key(key) }
                continue
            }
            // ERR: a timeout, an interrupted read, or a closed input.
            if lede_take_signal() != 0 { return .terminate }
            if isatty(0) == 0 { failures += 1 }
            if failures > 40 { return nil }
        }
        return nil
    }
}
