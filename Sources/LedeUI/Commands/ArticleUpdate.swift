import LedeCore

/// Commands on the article in hand: its read mark (`u`, `A`) and its link (`o`).
extension AppState {
    /// The article `o` and `u` act on: the one in the reading pane, which is the one
    /// selected in the list.
    var currentArticleIndex: Int? { reader.articleIndex ?? selectedArticleIndex }
}

func toggleRead(_ state: inout AppState) {
    guard let index = state.currentArticleIndex else {
        state.message = StatusMessage(text: "No article selected", isWarning: true)
        return
    }
    let nowRead = !state.read.contains(state.corpus.articles[index].id)
    state.setRead([state.corpus.articles[index].id], nowRead)
    // Reading on would mark it read again at once.
    if state.reader.articleIndex == index { state.reader.keptUnread = !nowRead }
    state.message = StatusMessage(text: nowRead ? "Marked read" : "Marked unread", isWarning: false)
}

/// `A`: asks first, with how many it would mark.
func askToMarkAllRead(_ state: inout AppState) {
    let unread = state.visible.count { !state.read.contains(state.corpus.articles[$0].id) }
    if unread == 0 {
        state.message = StatusMessage(text: "Every listed article is read", isWarning: false)
    } else {
        state.prompt = Prompt(kind: .confirmMarkAllRead(count: unread), editor: LineEditor(history: []))
    }
}

/// `A` answered yes: every listed article read (a filter limits what is listed).
func markAllRead(_ state: inout AppState) {
    let before = state.read.count
    state.setRead(state.visible.map { state.corpus.articles[$0].id }, true)
    let marked = state.read.count - before
    state.message = StatusMessage(text: marked == 1 ? "Marked 1 article read" : "Marked \(marked) articles read", isWarning: false)
}

/// The link of the article being read (or selected in the list), for the browser. Only
/// web and file addresses: a feed's `javascript:` or `mailto:` link is not the story.
func openLink(_ state: inout AppState) -> [Effect] {
    guard let index = state.currentArticleIndex else {
        state.message = StatusMessage(text: "No article selected", isWarning: true)
        return []
    }
    let link = state.corpus.articles[index].article.url?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    guard !link.isEmpty else {
        state.message = StatusMessage(text: "This article has no link", isWarning: true)
        return []
    }
    let scheme = link.prefix { $0 != ":" }.lowercased()
    guard ["http", "https", "file"].contains(scheme), scheme.count < link.count else {
        state.message = StatusMessage(text: "Not a web address, not opened: " + Sanitizer.display(link), isWarning: true)
        return []
    }
    state.message = StatusMessage(text: "Opened " + Sanitizer.display(link), isWarning: false)
    return [.openLink(link)]
}
