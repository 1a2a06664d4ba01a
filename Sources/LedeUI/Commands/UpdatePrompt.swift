import LedeCore

func updatePrompt(_ state: inout AppState, _ command: Command) {
    guard var prompt = state.prompt else { return }
    if case .confirmMarkAllRead = prompt.kind {
        state.prompt = nil
        if case .edit(.insert(let answer)) = command, answer == "y" || answer == "Y" {
            markAllRead(&state)
        } else {
            state.message = StatusMessage(text: "Nothing marked", isWarning: false)
        }
        return
    }
    switch command {
    case .edit(let edit):
        prompt.editor.apply(edit)
        state.prompt = prompt
    case .cancelPrompt:
        state.prompt = nil
    case .completePrompt:
        completePrompt(&state)
    case .submitPrompt:
        state.prompt = nil
        let text = prompt.editor.string
        switch prompt.kind {
        case .search: submitSearch(&state, text)
        case .filter: submitFilter(&state, text)
        case .corpusSearch: submitCorpusSearch(&state, text)
        case .confirmMarkAllRead: break
        }
    default:
        break
    }
}

private func submitSearch(_ state: inout AppState, _ query: String) {
    guard !query.trimmingWhitespace().isEmpty else { return }
    if state.searchHistory.last != query { state.searchHistory.append(query) }
    guard let index = state.reader.articleIndex else { return }
    let spans = TextSearch.find(query, in: state.corpus.articles[index].article.body)
    guard !spans.isEmpty else {
        state.reader.marks = nil
        state.message = StatusMessage(text: "No match for “\(Sanitizer.display(query))”", isWarning: true)
        return
    }
    state.reader.marks = Marks(source: .search(query), spans: spans, current: nil)
    stepMark(&state, forward: true)
}
