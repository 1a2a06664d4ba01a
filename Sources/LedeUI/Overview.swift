// LedeUI: the reader's state, commands and drawing, with no terminal dependency (curses lives in
// LedeCurses). One loop, bubbletea-style, with ratatui-style cells:
//
//     key ─Keymap→ Command ─update(&state, command)→ [Effect]
//     state ─view(state, theme)→ Screen (cells) ─Terminal→ changed cells ─→ Backend
//
// - `Keymap/` keys to commands, as data (`Keymap.standard`): per pane, then global; a
//   prompt scope while a prompt is open; an overlay scope while an overlay is open, a quotes-tab
//   scope while the sidebar lists quotes. Help overlay and status hints are generated from it.
// - `Commands/` the `Command` enum, `update` (pure), `LineEdit`/`LineEditor` (shell-like line
//   editing with history, for every single-line prompt).
// - `State/` `AppState` (one value), `reconcile()` (invariants after every change: cursor and
//   scroll ranges, the reading pane laid out for its width, the sidebar for its article),
//   `ReaderDocument` (an article wrapped by display width, glyphs keep body offsets),
//   `TextSearch`, overlay contents. `FilterState` holds the list's filter, sort and corpus-wide
//   `/` search over one `QueryIndex` built with the state (`Commands/Filter*.swift` update it).
// - `Layout/` pane rects for a size: three panes from 100 columns, sidebar folded (toggle `e`)
//   below, one pane below 60, a message below 40x10.
// - `Widgets/` render functions `(state, rect, theme, &screen)`.
// - Quotes: `]`/`[` select a quote, `r` lists its related quotes (an overlay), Enter jumps, the
//   back key returns; `Q` puts the article's quotes in the sidebar. State in `AppState.quoteNav`
//   (`State/QuoteNavigation.swift`), commands in `Commands/QuoteUpdate.swift`.
// - Background work (`App/Background.swift`, `State/BackgroundState.swift`): a `ReaderSession`
//   (the executable's, over the index) posts `BackgroundMessage`s to a `Mailbox` (progress,
//   articles as they are analysed, the whole corpus with its query index); the backend wakes
//   the loop for them and `AppState.receive` applies them between keys. Articles listed
//   without their text are fetched through `AppState.loader` when shown (`ensureLoaded`, a
//   cache read). Keeping things (`Effect.starred`, read marks) goes back out through the session.
// - `Screen/` cells (grapheme, width, style), the frame, and its diff.
// - `Backend/` the `Backend` protocol and `TestBackend` (in memory, scripted events).
//
// Adding a feature: add `Command` cases, bind keys in `Keymap.standard`, handle them in
// `update`, keep any new state in `AppState` and its invariants in `reconcile()`. New prompts
// add a `PromptKind`; new overlays an `OverlayKind` (overlays are a stack, so one can open
// another and `q` goes back).
