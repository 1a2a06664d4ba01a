import LedeCore

/// Everything the reader can be asked to do. Keys map to commands through the `Keymap`;
/// `update` is the only place commands change the state.
public enum Command: Hashable, Sendable {
    case moveDown, moveUp, pageDown, pageUp, top, bottom
    case nextPane, previousPane, paneLeft, paneRight
    /// In the article list: show the article in the reading pane and focus it.
    case openArticle
    /// In the entity sidebar: scroll the reading pane to the entity's first mention.
    case jumpToEntity
    case startSearch
    /// Next / previous highlighted mark (search match or mention of the selected entity).
    case nextMark, previousMark
    case toggleSidebar
    case showHelp, showProblems
    /// Closes the top overlay; quits when there is none.
    case closeOrQuit
    /// Closes the top overlay, or clears the highlighted marks; never quits (Esc, which
    /// also starts Alt-key sequences, must not end the program).
    case dismiss
    case quit
    case resize(Size)
    case edit(LineEdit)
    case submitPrompt
    case cancelPrompt
    // Filter, sort and corpus search.
    case startFilter, clearFilter, filterByEntity, filterByDate, cycleSort
    /// `/` in the list: search every article, most relevant first.
    case startCorpusSearch
    /// `n`/`N` in the list: next / previous search result (the marks without a search).
    case nextResult, previousResult
    /// Tab in a prompt: complete the entity name being typed.
    case completePrompt
    // Quotes: step through the article's quotes, list a quote's related quotes and jump
    // along them, go back, and the sidebar's quotes tab.
    case nextQuote, previousQuote
    case showRelatedQuotes
    /// Enter in an overlay that lists choices (the related quotes): take the one under the cursor.
    case chooseInOverlay
    /// Return to where the reader was before the last jump.
    case goBack
    /// Switch the right sidebar between entities and quotes.
    case toggleQuotesTab
    /// In the quotes tab: select the quote under the cursor in the reading pane.
    case selectListedQuote
    /// Star or unstar the selected quote (kept across runs).
    case toggleStar
    /// Look for new, changed and deleted files now (`R`, as in newsboat).
    case reload
    /// Open the article's link in the browser (`o`, as in newsboat).
    case openLink
    /// Mark the article read, or unread again (`u`).
    case toggleRead
    /// Mark every listed article read, after asking (`A`, as in newsboat).
    case markAllRead
}

/// What `update` asks the outside world to do.
public enum Effect: Hashable, Sendable {
    case quit
    /// Repaint every cell (after a resize the terminal's contents are unknown).
    case fullRedraw
    /// A quote was starred (true) or unstarred: keep it.
    case starred(Quote, Bool)
    /// Check the files for changes in the background.
    case reload
    /// Show this web address in the user's browser, handing it the terminal meanwhile.
    case openLink(String)
}
