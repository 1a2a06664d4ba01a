import LedeCore

/// Tab in a filter or search prompt: completes the entity name after `org:`, `person:`,
/// `place:` or `entity:`; Tab again offers the next candidate.
func completePrompt(_ state: inout AppState) {
    guard let prompt = state.prompt else { return }
    let text = prompt.editor.string
    if var cycle = state.filter.completion, cycle.text == text, cycle.insertions.count > 1 {
        cycle.position = (cycle.position + 1) % cycle.insertions.count
        insert(cycle, into: &state)
        return
    }
    guard prompt.kind != .search else {
        state.filter.note = (text, "Tab completes names in the filter (f) and in / from the list")
        return
    }
    guard let found = state.filter.index.completions(in: text, cursor: prompt.editor.cursor) else {
        state.filter.note = (text, "Tab completes names after org:, person:, place:")
        return
    }
    guard !found.candidates.isEmpty else {
        state.filter.note = (text, "No \(found.field.noun) named “\(Sanitizer.display(found.typed))…”")
        return
    }
    let chars = Array(text)
    var tail = String(chars[found.range.upperBound...])
    // A unique name is done: step past it, as a shell does.
    if found.candidates.count == 1 && tail.isEmpty { tail = " " }
    let cycle = CompletionCycle(tail: tail,
                                head: String(chars[..<found.range.lowerBound]),
                                insertions: found.candidates.map { $0.insertion(field: found.field) },
                                names: found.candidates.map(\.canonical), position: 0, text: "")
    insert(cycle, into: &state)
}

private func insert(_ cycle: CompletionCycle, into state: inout AppState) {
    guard let prompt = state.prompt else { return }
    var cycle = cycle
    let newText = cycle.head + cycle.insertions[cycle.position] + cycle.tail
    var editor = LineEditor(text: newText, history: prompt.editor.history)
    // The cursor goes right after the inserted name (after the space for a unique one).
    let back = cycle.tail == " " ? 0 : cycle.tail.count
    for _ in 0..<back { editor.apply(.left) }
    cycle.text = newText
    state.prompt?.editor = editor
    state.filter.completion = cycle
    state.filter.note = nil
}

extension FilterState {
    /// What the prompt line shows at its right for `text`: the candidates or why there are none.
    func promptHint(for text: String) -> String? {
        if let c = completion, c.text == text, !c.hint.isEmpty { return c.hint }
        if let n = note, n.forText == text { return n.text }
        return nil
    }
}
