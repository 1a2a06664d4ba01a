import LedeCore

/// Renders the whole state into a fresh frame. Pure.
public func view(_ state: AppState, theme: Theme) -> Screen {
    var screen = Screen(size: state.size)
    let layout = state.layout
    if layout.mode == .tooSmall {
        TooSmallView.render(size: state.size, into: &screen)
        return screen
    }
    let single = layout.mode == .single
    if let r = layout.panes[.list] {
        ListPane.render(state, in: r, focused: state.focus == .list && !single, theme: theme, into: &screen)
    }
    if let r = layout.panes[.reader], let text = layout.readerText {
        ReaderPane.render(state, in: r, text: text, focused: state.focus == .reader && !single, theme: theme, into: &screen)
    }
    if let r = layout.panes[.sidebar] {
        if state.quoteNav.sidebarShowsQuotes {
            QuotesSidebar.render(state, in: r, focused: state.focus == .sidebar && !single, theme: theme, into: &screen)
        } else {
            SidebarPane.render(state, in: r, focused: state.focus == .sidebar && !single, theme: theme, into: &screen)
        }
    }
    for x in layout.separators {
        Chrome.verticalLine(x: x, height: layout.status.y, theme: theme, into: &screen)
    }
    if let top = state.overlays.last {
        if case .relatedQuotes(let list) = top.kind {
            RelatedQuotesView.render(list, overlay: top, state: state, theme: theme, into: &screen)
        } else {
            OverlayView.render(top, state: state, theme: theme, into: &screen)
        }
    }
    StatusLine.render(state, in: layout.status, theme: theme, into: &screen)
    return screen
}
