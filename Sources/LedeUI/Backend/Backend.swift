/// A terminal (or a stand-in for one). The app loop renders into a `Screen`, and the
/// backend draws only the cells that changed.
public protocol Backend: AnyObject {
    var size: Size { get }
    var colorSupport: ColorSupport { get }
    /// Draws the changed cells and shows the result.
    func draw(_ changes: [CellChange])
    /// Forgets what is on the terminal, so the next frame is drawn whole.
    func clear()
    /// Blocks until the next event; nil when input has ended.
    func readEvent() -> InputEvent?
    /// Like `readEvent`, but also returns `.wake` soon after something is posted to `mailbox`.
    func readEvent(wakingFor mailbox: Mailbox?) -> InputEvent?
    /// Hands the terminal to another program (a browser) while `body` runs, then takes it
    /// back; the next frame is drawn whole.
    func suspend(_ body: () -> Void)
}

extension Backend {
    /// For a backend that cannot wait on a mailbox: messages are seen at the next key.
    public func readEvent(wakingFor mailbox: Mailbox?) -> InputEvent? {
        if mailbox?.hasMail == true { return .wake }
        return readEvent()
    }

    public func suspend(_ body: () -> Void) { body() }
}

/// An in-memory terminal for tests: replays scripted events and keeps the drawn cells.
public final class TestBackend: Backend {
    public private(set) var size: Size
    public let colorSupport: ColorSupport
    public private(set) var screen: Screen
    public private(set) var drawCalls = 0
    public private(set) var cellsDrawn = 0
    private var events: [InputEvent]
    /// Called after each event's frame is drawn, for tests that look at every step.
    public var onFrame: ((Screen) -> Void)?
    /// Called before each read with how many events were read so far, for tests that post
    /// background messages at a given step.
    public var beforeRead: ((Int) -> Void)?
    private var reads = 0

    public init(size: Size, colorSupport: ColorSupport = .extended, events: [InputEvent] = []) {
        self.size = size
        self.colorSupport = colorSupport
        self.screen = Screen(size: size)
        self.events = events
    }

    public func enqueue(_ more: [InputEvent]) { events += more }

    /// What another program would leave on a real terminal: the screen is forgotten.
    public func suspend(_ body: () -> Void) {
        suspensions += 1
        body()
        screen = Screen(size: size)
    }
    public private(set) var suspensions = 0

    public func draw(_ changes: [CellChange]) {
        drawCalls += 1
        cellsDrawn += changes.count
        for change in changes {
            screen.setDrawn(change.x, change.y, change.cell)
        }
        onFrame?(screen)
    }

    public func clear() { screen = Screen(size: size) }

    public func readEvent(wakingFor mailbox: Mailbox?) -> InputEvent? {
        beforeRead?(reads)
        reads += 1
        if mailbox?.hasMail == true { return .wake }
        return readEvent()
    }

    public func readEvent() -> InputEvent? {
        guard !events.isEmpty else { return nil }
        let e = events.removeFirst()
        if case .resize(let s) = e {
            size = s
            screen = Screen(size: s)
        }
        return e
    }
}

extension Screen {
    /// Writes a cell as a terminal would: a wide grapheme also fills its continuation.
    mutating func setDrawn(_ x: Int, _ y: Int, _ cell: Cell) {
        set(x, y, cell)
        if cell.width == 2 { set(x + 1, y, Cell("", width: 0, style: cell.style)) }
    }
}
