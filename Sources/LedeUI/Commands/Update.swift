import LedeCore

/// Applies one command to the state. Pure: all it does is change `state` and say what the
/// outside world should do.
public func update(_ state: inout AppState, _ command: Command) -> [Effect] {
    if case .resize = command {} else { state.message = nil }
    var effects: [Effect] = []
    switch command {
    case .resize(let size):
        state.size = size
        effects.append(.fullRedraw)
    case .quit:
        state.quitting = true
        effects.append(.quit)
    case .edit, .submitPrompt, .cancelPrompt, .completePrompt:
        updatePrompt(&state, command)
    default:
        if !state.overlays.isEmpty {
            effects += updateOverlay(&state, command)
        } else {
            effects += updatePanes(&state, command)
        }
    }
    state.reconcile()
    return effects
}

extension AppState {
    /// Maps an input event through the keymap and applies it.
    public mutating func handle(_ event: InputEvent) -> [Effect] {
        switch event {
        case .resize(let size): return update(&self, .resize(size))
        case .terminate: return update(&self, .quit)
        case .wake: return []
        case .key(let key):
            guard let command = keymap.command(for: key, focus: focus, promptOpen: prompt != nil,
                                               overlayOpen: !overlays.isEmpty,
                                               quotesTab: quoteNav.sidebarShowsQuotes) else { return [] }
            return update(&self, command)
        }
    }
}

private func updateOverlay(_ state: inout AppState, _ command: Command) -> [Effect] {
    let page = state.overlayPageHeight
    let top = state.overlays.count - 1
    if let effects = updateRelatedOverlay(&state, command) { return effects }
    switch command {
    case .moveDown: state.overlays[top].scroll += 1
    case .moveUp: state.overlays[top].scroll -= 1
    case .pageDown: state.overlays[top].scroll += page
    case .pageUp: state.overlays[top].scroll -= page
    case .top: state.overlays[top].scroll = 0
    case .bottom: state.overlays[top].scroll = Int.max / 2
    case .closeOrQuit, .dismiss: state.overlays.removeLast()
    case .showHelp: toggleOverlay(&state, .help)
    case .showProblems: toggleOverlay(&state, .problems)
    default: break
    }
    return []
}

private func toggleOverlay(_ state: inout AppState, _ kind: OverlayKind) {
    if state.overlays.last?.kind == kind { state.overlays.removeLast() } else { state.overlays.append(Overlay(kind)) }
}

private func updatePanes(_ state: inout AppState, _ command: Command) -> [Effect] {
    if let effects = updateQuotePanes(&state, command) { return effects }
    switch command {
    case .moveDown: move(&state, by: 1)
    case .moveUp: move(&state, by: -1)
    case .pageDown: move(&state, by: pageSize(state))
    case .pageUp: move(&state, by: -pageSize(state))
    case .top: move(&state, by: -Int.max / 2)
    case .bottom: move(&state, by: Int.max / 2)
    case .nextPane, .previousPane, .paneLeft, .paneRight:
        changePane(&state, command)
    case .openArticle:
        guard state.selectedArticleIndex != nil else { break }
        state.focus = .reader
    case .jumpToEntity:
        selectEntity(&state)
        stepMark(&state, forward: true, fromStart: true)
    case .startSearch:
        guard state.reader.document != nil else { break }
        state.prompt = Prompt(kind: .search, editor: LineEditor(history: state.searchHistory))
    case .nextMark: stepMark(&state, forward: true)
    case .previousMark: stepMark(&state, forward: false)
    case .toggleSidebar:
        if state.layout.mode == .single {
            state.focus = state.focus == .sidebar ? .reader : .sidebar
        } else {
            let shown = state.layout.panes[.sidebar] != nil
            state.sidebarShown = !shown
            if shown, state.focus == .sidebar { state.focus = .reader }
        }
    case .reload:
        guard state.loader != nil else {
            state.message = StatusMessage(text: "Nothing to reload: this corpus was read without the index (--no-cache)",
                                          isWarning: true)
            break
        }
        guard state.background.progress == nil else {
            state.message = StatusMessage(text: "Already at work: \(state.background.progress!.activity)", isWarning: true)
            break
        }
        state.background.progress = BackgroundProgress(activity: "checking files")
        return [.reload]
    case .openLink: return openLink(&state)
    case .toggleRead: toggleRead(&state)
    case .markAllRead: askToMarkAllRead(&state)
    case .showHelp: state.overlays.append(Overlay(.help))
    case .showProblems: state.overlays.append(Overlay(.problems))
    case .closeOrQuit:
        state.quitting = true
        return [.quit]
    case .dismiss:
        state.reader.marks = nil
        state.quoteNav.selected = nil
    case .startFilter, .clearFilter, .filterByEntity, .filterByDate, .cycleSort, .startCorpusSearch,
         .nextResult, .previousResult:
        updateFilter(&state, command)
    default: break
    }
    return []
}

private func pageSize(_ state: AppState) -> Int {
    switch state.focus {
    case .list: state.listHeightInEntries
    case .reader: max(1, state.readerTextHeight - 2)
    case .sidebar: max(1, state.sidebarHeight - 2)
    }
}

private func move(_ state: inout AppState, by delta: Int) {
    switch state.focus {
    case .list:
        state.selected = clampedAdd(state.selected, delta, upper: state.visible.count - 1)
    case .reader:
        state.reader.scroll = clampedAdd(state.reader.scroll, delta, upper: state.maxReaderScroll)
    case .sidebar:
        guard !state.sidebar.entities.isEmpty else { return }
        state.sidebar.cursor = clampedAdd(state.sidebar.cursor, delta, upper: state.sidebar.entities.count - 1)
        selectEntity(&state)
        revealMarks(&state)
    }
}

private func clampedAdd(_ value: Int, _ delta: Int, upper: Int) -> Int {
    max(0, min(max(0, upper), value + delta))
}

private func changePane(_ state: inout AppState, _ command: Command) {
    let panes = Layout.reachablePanes(size: state.size, sidebarShown: state.sidebarShown)
    guard let i = panes.firstIndex(of: state.focus) else { state.focus = panes[0]; return }
    switch command {
    case .nextPane: state.focus = panes[(i + 1) % panes.count]
    case .previousPane: state.focus = panes[(i + panes.count - 1) % panes.count]
    case .paneRight: state.focus = panes[min(i + 1, panes.count - 1)]
    case .paneLeft: state.focus = panes[max(i - 1, 0)]
    default: break
    }
    if state.focus == .sidebar { selectEntity(&state) }
}

/// Highlights every mention of the entity under the sidebar cursor.
private func selectEntity(_ state: inout AppState) {
    if state.quoteNav.sidebarShowsQuotes { return }  // the sidebar lists quotes, not entities
    let entities = state.sidebar.entities
    guard entities.indices.contains(state.sidebar.cursor) else { return }
    let e = entities[state.sidebar.cursor]
    let source = Marks.Source.entity(type: e.type, canonical: e.canonical)
    state.message = StatusMessage(text: entityDescription(e), isWarning: false)
    if state.reader.marks?.source == source { return }
    state.reader.marks = Marks(source: source, spans: e.spans, current: nil)
}

/// `ICE · 8 mentions · also: Immigration and Customs Enforcement` for the status line.
func entityDescription(_ e: EntitySummary) -> String {
    var parts = [Sanitizer.display(e.canonical), e.mentionCount == 1 ? "1 mention" : "\(e.mentionCount) mentions"]
    if let d = e.resolvedDate, d != e.canonical { parts.append(d) }
    let others = e.variants.filter { $0 != e.canonical }
    if !others.isEmpty { parts.append("as: " + others.map(Sanitizer.display).joined(separator: ", ")) }
    return parts.joined(separator: " · ")
}

/// Scrolls the reading pane to the first mark when none is on screen, so selecting an
/// entity always shows where it is mentioned.
private func revealMarks(_ state: inout AppState) {
    guard let marks = state.reader.marks, let first = marks.spans.first, let doc = state.reader.document else { return }
    let top = state.reader.scroll, bottom = top + state.readerTextHeight
    let visible = marks.spans.contains { span in
        let line = doc.line(containing: span.start)
        return line >= top && line < bottom
    }
    if !visible { scrollIntoView(&state, offset: first.start) }
}

/// Moves to the next (or previous) mark and scrolls it into view. With no current mark,
/// starts from the top of the visible text.
func stepMark(_ state: inout AppState, forward: Bool, fromStart: Bool = false) {
    guard var marks = state.reader.marks, !marks.spans.isEmpty, let doc = state.reader.document else {
        state.message = StatusMessage(text: "Nothing to step through: / searches, the sidebar selects an entity", isWarning: true)
        return
    }
    let count = marks.spans.count
    var wrapped = false
    let next: Int
    if fromStart {
        next = forward ? 0 : count - 1
    } else if let c = marks.current {
        next = forward ? (c + 1) % count : (c - 1 + count) % count
        wrapped = forward ? next < c || count == 1 : next > c || count == 1
    } else {
        let topLine = state.reader.scroll
        let first = marks.spans.firstIndex { doc.line(containing: $0.start) >= topLine }
        if forward {
            next = first ?? 0
            wrapped = first == nil
        } else {
            let before = (first ?? count) - 1
            next = before >= 0 ? before : count - 1
            wrapped = before < 0
        }
    }
    marks.current = next
    state.reader.marks = marks
    scrollIntoView(&state, offset: marks.spans[next].start)
    var text = "\(next + 1)/\(count)"
    switch marks.source {
    case .entity(_, let name): text = Sanitizer.display(name) + " " + text
    case .search(let query): text = "“" + Sanitizer.display(query) + "” " + text
    }
    if wrapped && count > 1 { text += forward ? " (from the top)" : " (from the bottom)" }
    state.message = StatusMessage(text: text, isWarning: false)
}

func scrollIntoView(_ state: inout AppState, offset: Int) {
    guard let doc = state.reader.document else { return }
    let line = doc.line(containing: offset)
    let height = state.readerTextHeight
    if line < state.reader.scroll || line >= state.reader.scroll + height {
        state.reader.scroll = max(0, line - height / 3)
    }
}
