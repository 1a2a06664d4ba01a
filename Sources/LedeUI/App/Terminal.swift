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
    /// Runs until quit or end of input; returns the final state. With a session, messages
    /// from the background are applied between events, articles listed without their text
    /// are fetched when shown, and read marks are handed back to be kept. `openLink` shows
    /// an address in the browser (`Browser.open`) and says what went wrong; nil when there is
    /// no browser.
    @discardableResult
    public static func run(_ initial: consuming AppState, backend: Backend, theme: Theme,
                           session: ReaderSession? = nil, openLink: ((String) -> String?)? = nil) -> AppState {
        // Consumed, not copied: a second owner of the article list would make the first
        // article fetched copy all of it (100,000 entries) before the first paint.
        var state = consume initial
        if let session, state.loader == nil {
            state.loader = ArticleLoader(article: { [session] in session.article(id: $0) },
                                         relatedQuotes: { [session] in session.relatedQuotes(of: $0) })
        }
        let terminal = Terminal(backend: backend)
        func settle() {
            if let session { for message in session.mailbox.drain() { state.receive(message) } }
            guard !state.unsavedReadMarks.isEmpty else { return }
            let (read, unread) = state.takeUnsavedReadMarks()
            if !read.isEmpty { session?.setRead(read, true) }
            if !unread.isEmpty { session?.setRead(unread, false) }
        }
        if state.size != backend.size { _ = update(&state, .resize(backend.size)) }
        state.reconcile()  // with the loader in place, the shown article is fetched
        settle()
        terminal.draw(view(state, theme: theme))
        while !state.quitting, let event = backend.readEvent(wakingFor: session?.mailbox) {
            let effects = state.handle(event)
            for case .starred(let quote, let on) in effects { session?.setStarred(quote, on) }
            if effects.contains(.reload) { session?.reload() }
            for case .openLink(let link) in effects {
                guard let openLink else {
                    state.message = StatusMessage(text: "No browser found: set $BROWSER (for example BROWSER=w3m)", isWarning: true)
                    continue
                }
                var failure: String?
                backend.suspend { failure = openLink(link) }
                if let failure { state.message = StatusMessage(text: failure, isWarning: true) }
                // The browser drew over the screen (and the size may have changed meanwhile).
                if state.size != backend.size { _ = update(&state, .resize(backend.size)) }
                terminal.invalidate()
            }
            settle()
            if effects.contains(.quit) { break }
            if effects.contains(.fullRedraw) { terminal.invalidate() }
            terminal.draw(view(state, theme: theme))
        }
        return state
    }
}
