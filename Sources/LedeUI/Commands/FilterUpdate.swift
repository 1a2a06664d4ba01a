import LedeCore

/// The filter, sort and corpus-search commands (`f`, `F`, `d`, `s`, `/` and `n`/`N` in the
/// list, Enter/`f` in the sidebar).
func updateFilter(_ state: inout AppState, _ command: Command) {
    guard state.background.filtersReady else {
        var text = "Filters, sorting and search are ready when the whole corpus is"
        if let p = state.background.progress {
            text += p.activity == "indexing" ? " indexed" : " loaded"
            if p.total > 0 { text += " (\(Int(p.fraction * 100))% done)" }
        } else {
            text += " loaded"
        }
        state.message = StatusMessage(text: text, isWarning: true)
        return
    }
    switch command {
    case .startFilter:
        state.prompt = Prompt(kind: .filter, editor: LineEditor(history: state.filter.history))
    case .startCorpusSearch:
        state.prompt = Prompt(kind: .corpusSearch, editor: LineEditor(history: state.filter.searchHistory))
    case .clearFilter:
        clearFilter(&state)
    case .filterByEntity:
        let entities = state.sidebar.entities
        guard entities.indices.contains(state.sidebar.cursor) else {
            state.message = StatusMessage(text: "No entity selected", isWarning: true)
            return
        }
        let e = entities[state.sidebar.cursor]
        narrowFilter(&state, with: QueryText.entity(e.type, e.canonical))
    case .filterByDate:
        guard let i = state.selectedArticleIndex else {
            state.message = StatusMessage(text: "No article selected", isWarning: true)
            return
        }
        guard let day = state.corpus.articles[i].article.date else {
            state.message = StatusMessage(text: "This article has no date", isWarning: true)
            return
        }
        narrowFilter(&state, with: "date:\(day)")
    case .cycleSort:
        cycleSort(&state)
    case .nextResult: stepResult(&state, forward: true)
    case .previousResult: stepResult(&state, forward: false)
    default:
        break
    }
}

func submitFilter(_ state: inout AppState, _ typed: String) {
    let text = typed.trimmingWhitespace()
    remember(text, in: &state.filter.history)
    applyFilter(&state, text)
}

func submitCorpusSearch(_ state: inout AppState, _ typed: String) {
    let text = typed.trimmingWhitespace()
    guard !text.isEmpty else {
        if state.filter.search != nil {
            let keep = state.selectedArticleIndex
            endSearch(&state)
            showList(&state, keeping: keep)
        }
        return
    }
    remember(text, in: &state.filter.searchHistory)
    switch SearchSession.start(text, in: state.filter.index) {
    case .failure(let error):
        state.message = StatusMessage(text: "Bad search: \(error)", isWarning: true)
    case .success(let session):
        guard !session.hits.isEmpty else {
            state.message = StatusMessage(text: "No article matches “\(Sanitizer.display(text))”", isWarning: true)
            return
        }
        endSearch(&state)
        state.filter.search = session
        state.visible = state.filter.listed
        state.selected = 0
        showSearchMarks(&state)
        let n = session.hits.count
        state.message = StatusMessage(
            text: "“\(Sanitizer.display(text))”: \(n == 1 ? "1 article" : "\(n) articles"), most relevant first; n/N step",
            isWarning: false)
    }
}

private func remember(_ text: String, in history: inout [String]) {
    guard !text.trimmingWhitespace().isEmpty, history.last != text else { return }
    history.append(text)
}

/// Makes `text` the filter; a malformed one leaves the previous filter in force and says why.
func applyFilter(_ state: inout AppState, _ text: String) {
    let keep = state.selectedArticleIndex
    if let error = state.filter.active.apply(text, index: state.filter.index) {
        state.message = StatusMessage(text: "Bad filter: \(error)", isWarning: true)
        return
    }
    endSearch(&state)
    showList(&state, keeping: keep)
    if state.visible.isEmpty {
        state.message = StatusMessage(text: "No articles match \(Sanitizer.display(text)); F clears the filter", isWarning: true)
    }
}

private func narrowFilter(_ state: inout AppState, with term: String) {
    // Pressing Enter twice on one entity should not write its term twice.
    if case .success(.term(let t)) = Query.parse(term),
       state.filter.search == nil,
       requiredTerms(of: state.filter.active.query).contains(where: { $0.kind == t.kind }) {
        state.message = StatusMessage(text: "Already filtered by \(Sanitizer.display(term))", isWarning: false)
        return
    }
    applyFilter(&state, QueryText.narrowing(state.filter.active.text, with: term))
}

/// The terms every match must satisfy: the query's top-level terms joined by AND.
private func requiredTerms(of query: Query) -> [QueryTerm] {
    switch query {
    case .term(let t): [t]
    case .and(let qs): qs.compactMap { if case .term(let t) = $0 { t } else { nil } }
    default: []
    }
}

private func clearFilter(_ state: inout AppState) {
    let filtered = !state.filter.active.text.trimmingWhitespace().isEmpty
    guard filtered || state.filter.search != nil else {
        state.message = StatusMessage(text: "No filter to clear", isWarning: false)
        return
    }
    let keep = state.selectedArticleIndex
    endSearch(&state)
    if filtered { state.filter.active.apply("", index: state.filter.index) }
    showList(&state, keeping: keep)
    state.message = StatusMessage(text: "Filter cleared", isWarning: false)
}

private func cycleSort(_ state: inout AppState) {
    guard state.filter.search == nil else {
        state.message = StatusMessage(text: "Search results are ranked by relevance; F ends the search", isWarning: true)
        return
    }
    let keep = state.selectedArticleIndex
    state.filter.active.cycleOrder(index: state.filter.index)
    showList(&state, keeping: keep)
    var text = "Sorted: " + state.filter.active.order.label
    let namesEntity = state.filter.active.query.positiveTerms.contains { term in
        if case .entity = term.kind { return true } else { return false }
    }
    if state.filter.active.order == .mostMentions && !namesEntity {
        text += " (the filter names no entity, so newest first)"
    }
    state.message = StatusMessage(text: text, isWarning: false)
}

/// `n`/`N` in the list: the next or previous search result; without a search, the marks.
private func stepResult(_ state: inout AppState, forward: Bool) {
    guard var search = state.filter.search, !search.hits.isEmpty else {
        stepMark(&state, forward: forward)
        return
    }
    if let a = state.selectedArticleIndex { search.move(to: a) }
    let before = search.position ?? 0
    if forward { search.next() } else { search.previous() }
    state.filter.search = search
    let position = search.position ?? 0
    state.selected = position
    showSearchMarks(&state)
    var text = "“\(Sanitizer.display(search.text))” article \(position + 1)/\(search.hits.count)"
    if search.hits.count > 1 && (forward ? position < before : position > before) {
        text += forward ? " (from the top)" : " (from the bottom)"
    }
    state.message = StatusMessage(text: text, isWarning: false)
}

/// Shows the list for the filter or search in force, keeping the selected article when it
/// is still listed.
private func showList(_ state: inout AppState, keeping article: Int?) {
    state.visible = state.filter.listed
    state.selected = article.flatMap { state.visible.firstIndex(of: $0) } ?? 0
}

/// Ends a corpus search and takes its highlights out of the reading pane.
private func endSearch(_ state: inout AppState) {
    guard let search = state.filter.search else { return }
    if state.reader.marks?.source == .search(search.text) { state.reader.marks = nil }
    state.filter.search = nil
}

/// Lays out the selected article with the search's highlights and scrolls to the first.
private func showSearchMarks(_ state: inout AppState) {
    state.reconcile()
    state.reader.marks = state.filter.searchMarks(for: state.reader.articleIndex.map { state.corpus.articles[$0] })
    if let first = state.reader.marks?.spans.first { scrollIntoView(&state, offset: first.start) }
}
