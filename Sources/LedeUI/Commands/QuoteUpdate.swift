import LedeCore

/// The quote commands while no overlay is open, and the pane movements the quotes tab takes
/// over. Returns nil for a command it leaves to the ordinary pane handling.
func updateQuotePanes(_ state: inout AppState, _ command: Command) -> [Effect]? {
    switch command {
    case .nextQuote: stepQuote(&state, forward: true)
    case .previousQuote: stepQuote(&state, forward: false)
    case .showRelatedQuotes: openRelatedQuotes(&state)
    case .goBack: goBack(&state)
    case .toggleQuotesTab: toggleQuotesTab(&state)
    case .selectListedQuote: selectListedQuote(&state)
    case .toggleStar: return toggleStar(&state)
    case .moveDown, .moveUp, .pageDown, .pageUp, .top, .bottom:
        guard state.focus == .sidebar, state.quoteNav.sidebarShowsQuotes else { return nil }
        let page = max(1, state.sidebarHeight / QuotesTabGeometry.rowsPerQuote - 1)
        let delta = switch command {
        case .moveDown: 1
        case .moveUp: -1
        case .pageDown: page
        case .pageUp: -page
        case .top: -Int.max / 2
        default: Int.max / 2
        }
        let upper = max(0, state.shownQuotes.count - 1)
        state.quoteNav.tabCursor = max(0, min(upper, state.quoteNav.tabCursor + delta))
    case .chooseInOverlay:
        break  // only meaningful in the related-quotes overlay
    default:
        return nil
    }
    return []
}

/// The commands of the related-quotes overlay (the top overlay); nil for the ones every
/// overlay handles the same way (close, help).
func updateRelatedOverlay(_ state: inout AppState, _ command: Command) -> [Effect]? {
    let top = state.overlays.count - 1
    guard case .relatedQuotes(var list) = state.overlays[top].kind else { return nil }
    let count = list.entries(in: state).count
    let page = max(1, state.overlayPageHeight / 2 - 1)
    switch command {
    case .moveDown: list.cursor += 1
    case .moveUp: list.cursor -= 1
    case .pageDown: list.cursor += page
    case .pageUp: list.cursor -= page
    case .top: list.cursor = 0
    case .bottom: list.cursor = count - 1
    case .chooseInOverlay:
        let entries = list.entries(in: state)
        guard entries.indices.contains(list.cursor) else { return [] }
        jump(&state, to: entries[list.cursor])
        return []
    default:
        return nil
    }
    list.cursor = max(0, min(max(0, count - 1), list.cursor))
    state.overlays[top].kind = .relatedQuotes(list)
    // Keep the cursor's two rows (and its group heading, for a group's first) on screen.
    let rows = list.rows(list.entries(in: state), in: state.corpus)
    guard let r = rows.firstIndex(of: .entry(list.cursor, line: 0)) else { return [] }
    let first = r > 0 && { if case .heading = rows[r - 1] { true } else { false } }() ? r - 1 : r
    let height = state.overlayPageHeight
    if first < state.overlays[top].scroll { state.overlays[top].scroll = first }
    if r + 1 >= state.overlays[top].scroll + height { state.overlays[top].scroll = r + 2 - height }
    return []
}

/// Selects the next (or previous) quote of the article and scrolls it into view. Wraps at
/// the ends and says so. With none selected, starts from the top of the pane.
private func stepQuote(_ state: inout AppState, forward: Bool) {
    guard let article = state.reader.articleIndex, let doc = state.reader.document else {
        state.message = StatusMessage(text: "No article to step through", isWarning: true)
        return
    }
    let quotes = state.shownQuotes
    guard !quotes.isEmpty else {
        state.message = StatusMessage(text: "No quotes in this article", isWarning: true)
        return
    }
    let count = quotes.count
    let next: Int
    var wrapped = false
    if state.selectedQuote != nil, let c = state.quoteNav.selected?.quote {
        next = forward ? (c + 1) % count : (c - 1 + count) % count
        wrapped = count > 1 && (forward ? next < c : next > c)
    } else {
        let firstBelow = quotes.firstIndex { doc.line(containing: $0.span.start) >= state.reader.scroll }
        if forward {
            next = firstBelow ?? 0
            wrapped = firstBelow == nil && count > 1
        } else {
            let before = (firstBelow ?? count) - 1
            next = before >= 0 ? before : count - 1
            wrapped = before < 0 && count > 1
        }
    }
    select(&state, QuoteSelection(articleIndex: article, quote: next))
    var text = quoteDescription(state, article: article, quote: next)
    if wrapped { text += forward ? " (wrapped to the first)" : " (wrapped to the last)" }
    state.message = StatusMessage(text: text, isWarning: false)
}

/// `quote 3/11 — Brad Smith · 2 related` for the status line.
func quoteDescription(_ state: AppState, article: Int, quote: Int) -> String {
    let quotes = state.corpus.articles[article].quotes
    let q = quotes[quote]
    let related = state.corpus.relatedCount(of: q)
    let relatedText = related == 0 ? "no related quotes" : "\(related) related (r)"
    return "quote \(quote + 1)/\(quotes.count) — \(speakerName(q)) · \(relatedText)"
}

/// Selects a quote of the shown article, moves the quotes tab's cursor to it and scrolls the
/// whole quote into view when it is not.
private func select(_ state: inout AppState, _ selection: QuoteSelection) {
    state.ensureLinksLoaded(selection.articleIndex)
    state.quoteNav.selected = selection
    state.quoteNav.tabCursor = selection.quote
    guard let doc = state.reader.document, selection.articleIndex == state.reader.articleIndex else { return }
    let span = state.corpus.articles[selection.articleIndex].quotes[selection.quote].span
    let first = doc.line(containing: span.start)
    let last = doc.line(containing: max(span.start, span.end - 1))
    let height = state.readerTextHeight
    if first >= state.reader.scroll && last < state.reader.scroll + height { return }
    let above = max(0, min(height / 3, height - (last - first + 1)))
    state.reader.scroll = max(0, min(first - above, state.maxReaderScroll))
}

/// `r`: lists the related quotes of the selected quote, or of the first one on screen; in the
/// quotes tab, of the quote under its cursor.
private func openRelatedQuotes(_ state: inout AppState) {
    guard let article = state.reader.articleIndex, let doc = state.reader.document else { return }
    let quotes = state.shownQuotes
    guard !quotes.isEmpty else {
        state.message = StatusMessage(text: "No quotes in this article", isWarning: true)
        return
    }
    var index = state.selectedQuote == nil ? nil : state.quoteNav.selected?.quote
    if state.focus == .sidebar, state.quoteNav.sidebarShowsQuotes { index = state.quoteNav.tabCursor }
    if index == nil {
        let top = state.reader.scroll, bottom = top + state.readerTextHeight
        index = quotes.firstIndex { q in
            doc.line(containing: max(q.span.start, q.span.end - 1)) >= top && doc.line(containing: q.span.start) < bottom
        }
    }
    guard let index else {
        state.message = StatusMessage(text: "No quote on screen: ] steps to the next one", isWarning: true)
        return
    }
    select(&state, QuoteSelection(articleIndex: article, quote: index))  // fetches the links
    guard state.corpus.relatedCount(of: quotes[index]) > 0 else {
        let q = quotes[index]
        let why = q.speakerEntity.map { "its words are nowhere else and \(Sanitizer.display($0)) has no other quotes" }
            ?? "its words are nowhere else and it has no known speaker"
        state.message = StatusMessage(text: "No related quotes for quote \(index + 1)/\(quotes.count) — \(speakerName(q)): " + why,
                                      isWarning: true)
        return
    }
    // The overlay shows each target's words and speaker: fetch articles listed without them.
    state.ensureArticlesLoaded(ids: (state.corpus.relatedQuotes[quotes[index].id] ?? []).map(\.articleID))
    state.overlays.append(Overlay(.relatedQuotes(RelatedQuotesList(articleIndex: article, quote: index))))
}

/// Goes to a related quote: its article in the reading pane, the quote selected and in view.
/// The position left is pushed for the back key.
private func jump(_ state: inout AppState, to entry: RelatedEntry) {
    guard let target = entry.target else {
        state.message = StatusMessage(text: "That quote is not in the corpus", isWarning: true)
        return
    }
    guard let listIndex = state.visible.firstIndex(of: target.article) else {
        state.message = StatusMessage(text: "“\(entry.title)” is hidden by the filter: clear it to go there", isWarning: true)
        return
    }
    pushBack(&state)
    state.overlays.removeAll()
    state.selected = listIndex
    state.focus = .reader
    state.reconcile()  // lays out the target article before scrolling in it
    select(&state, QuoteSelection(articleIndex: target.article, quote: target.quote))
    state.message = StatusMessage(
        text: quoteDescription(state, article: target.article, quote: target.quote) + " · Backspace goes back",
        isWarning: false)
}

private func pushBack(_ state: inout AppState) {
    guard let here = state.readingPosition else { return }
    if state.quoteNav.backStack.last == here { return }
    state.quoteNav.backStack.append(here)
    if state.quoteNav.backStack.count > QuoteNavigation.backStackLimit { state.quoteNav.backStack.removeFirst() }
}

/// Ctrl-O / Backspace: back to the position before the last jump.
private func goBack(_ state: inout AppState) {
    guard let position = state.quoteNav.backStack.last else {
        state.message = StatusMessage(text: "Nowhere to go back to: this is where you started", isWarning: true)
        return
    }
    guard let listIndex = state.visible.firstIndex(of: position.articleIndex) else {
        let title = Sanitizer.display(state.corpus.articles[position.articleIndex].article.title)
        state.message = StatusMessage(text: "“\(title)” is hidden by the filter: clear it to go back", isWarning: true)
        return
    }
    state.quoteNav.backStack.removeLast()
    state.selected = listIndex
    state.focus = position.focus
    state.reconcile()
    if let offset = position.topOffset, let doc = state.reader.document {
        state.reader.scroll = doc.line(containing: offset)
    } else {
        state.reader.scroll = position.scroll
    }
    state.quoteNav.selected = position.quote.map { QuoteSelection(articleIndex: position.articleIndex, quote: $0) }
    if let q = position.quote { state.quoteNav.tabCursor = q }
    let title = shortTitle(state.corpus.articles[position.articleIndex].article.title)
    let left = state.quoteNav.backStack.count
    state.message = StatusMessage(text: "Back in “\(title)”" + (left > 0 ? " (\(left) more back)" : ""), isWarning: false)
}

/// `Q`: the right sidebar lists the article's quotes, or its entities again. Shows the
/// sidebar when it is folded away.
private func toggleQuotesTab(_ state: inout AppState) {
    state.quoteNav.sidebarShowsQuotes.toggle()
    if let q = state.selectedQuote == nil ? nil : state.quoteNav.selected?.quote { state.quoteNav.tabCursor = q }
    if state.layout.mode == .single {
        state.focus = .sidebar
    } else if state.layout.panes[.sidebar] == nil {
        state.sidebarShown = true
    }
    state.message = StatusMessage(
        text: state.quoteNav.sidebarShowsQuotes ? "Sidebar: quotes (Q for entities)" : "Sidebar: entities (Q for quotes)",
        isWarning: false)
}

/// Enter in the quotes tab: selects the quote under the cursor in the reading pane.
private func selectListedQuote(_ state: inout AppState) {
    guard let article = state.reader.articleIndex, state.shownQuotes.indices.contains(state.quoteNav.tabCursor) else {
        state.message = StatusMessage(text: "No quotes in this article", isWarning: true)
        return
    }
    let selection = QuoteSelection(articleIndex: article, quote: state.quoteNav.tabCursor)
    if state.quoteNav.selected != selection { pushBack(&state) }
    select(&state, selection)
    if state.layout.mode == .single { state.focus = .reader }  // else the quote is not on screen
    state.message = StatusMessage(text: quoteDescription(state, article: article, quote: selection.quote), isWarning: false)
}

/// An article title cut to fit in a status message.
private func shortTitle(_ title: String, width: Int = 40) -> String {
    let clean = Sanitizer.display(title)
    guard DisplayWidth.of(clean) > width else { return clean }
    var out = "", used = 0
    for c in clean {
        let w = DisplayWidth.of(c)
        if used + w > width - 1 { break }
        out.append(c)
        used += w
    }
    return out + "…"
}

/// `*`: stars the selected quote, or in the focused quotes tab the one under the cursor.
private func toggleStar(_ state: inout AppState) -> [Effect] {
    guard let article = state.reader.articleIndex else { return [] }
    let quotes = state.corpus.articles[article].quotes
    var index = state.selectedQuote == nil ? nil : state.quoteNav.selected?.quote
    if state.focus == .sidebar, state.quoteNav.sidebarShowsQuotes, quotes.indices.contains(state.quoteNav.tabCursor) {
        index = state.quoteNav.tabCursor
    }
    guard let index else {
        state.message = StatusMessage(text: quotes.isEmpty ? "No quotes in this article"
                                                           : "No quote selected: ] selects the next one, then * stars it",
                                      isWarning: true)
        return []
    }
    let quote = quotes[index]
    let starred = !state.starred.contains(quote.id)
    if starred { state.starred.insert(quote.id) } else { state.starred.remove(quote.id) }
    state.message = StatusMessage(text: "\(starred ? "Starred" : "Unstarred") quote \(index + 1)/\(quotes.count) — \(speakerName(quote))",
                                  isWarning: false)
    return [.starred(quote, starred)]
}
