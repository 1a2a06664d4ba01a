/// Owns a backend and the last frame drawn on it, and flushes only what changed
/// (ratatui's `Terminal`).
public final class Terminal {
    public let backend: Backend
    public private(set) var previous: Screen?

    public init(backend: Backend) { self.backend = backend }

    public func draw(_ screen: Screen) {
        backend.draw(screen.changes(from: previous))
        previous = screen
    }

    /// The next frame is drawn whole (after a resize, or when the terminal may be garbled).
    public func invalidate() {
        backend.clear()
        previous = nil
    }
}

/// The read–update–render loop.
public enum App {
    /// Runs until quit or end of input; returns the final state.
    @discardableResult
    public static func run(_ initial: AppState, backend: Backend, theme: Theme) -> AppState {
        var state = initial
        let terminal = Terminal(backend: backend)
        if state.size != backend.size { _ = update(&state, .resize(backend.size)) }
        terminal.draw(view(state, theme: theme))
        while !state.quitting, let event = backend.readEvent() {
            let effects = state.handle(event)
            if effects.contains(.quit) { break }
            if effects.contains(.fullRedraw) { terminal.invalidate() }
            terminal.draw(view(state, theme: theme))
        }
        return state
    }
}
