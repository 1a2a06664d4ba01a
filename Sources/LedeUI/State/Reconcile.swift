import LedeCore

extension AppState {
    /// Restores every invariant after a change: cursor and scroll positions in range, the
    /// reading pane showing the selected article laid out for the current width, the
    /// sidebar listing that article's entities, the focus on a pane that is reachable.
    public mutating func reconcile() {
        // List.
        selected = visible.isEmpty ? 0 : min(max(0, selected), visible.count - 1)
        let entries = listHeightInEntries
        if selected < listScroll { listScroll = selected }
        if selected >= listScroll + entries { listScroll = selected - entries + 1 }
        listScroll = max(0, min(listScroll, max(0, visible.count - entries)))

        // Focus.
        let reachable = Layout.reachablePanes(size: size, sidebarShown: sidebarShown)
        if !reachable.contains(focus) { focus = .reader }

        // Reading pane.
        if reader.articleIndex != selectedArticleIndex {
            reader = ReaderState(articleIndex: selectedArticleIndex)
            if let i = selectedArticleIndex { ensureLoaded(i) }
            reader.marks = filter.searchMarks(for: selectedArticleIndex.map { corpus.articles[$0] })
        }
        if let index = reader.articleIndex {
            ensureLoaded(index)
            let width = readerTextWidth
            if reader.document?.width != width || reader.document?.articleIndex != index {
                // Keep the same text at the top of the pane across a reflow.
                let topOffset = reader.document.flatMap { doc in
                    doc.lines.indices.contains(reader.scroll) ? doc.lines[reader.scroll].glyphs.first?.offset : nil
                }
                let doc = ReaderDocument(article: corpus.articles[index], articleIndex: index, width: width)
                reader.document = doc
                if let o = topOffset { reader.scroll = doc.line(containing: o) }
            }
            if focus == .reader, !reader.keptUnread, !read.contains(corpus.articles[index].id) {
                setRead([corpus.articles[index].id], true)
            }
        } else {
            reader.document = nil
        }
        reader.scroll = max(0, min(reader.scroll, maxReaderScroll))

        // Sidebar.
        if sidebar.articleIndex != reader.articleIndex {
            sidebar = SidebarState()
            sidebar.articleIndex = reader.articleIndex
            if let i = reader.articleIndex { sidebar.entities = EntitySummary.summarize(corpus.articles[i].mentions) }
        }
        sidebar.cursor = sidebar.entities.isEmpty ? 0 : min(max(0, sidebar.cursor), sidebar.entities.count - 1)
        let rows = sidebar.rows
        let height = sidebarHeight
        if !sidebar.entities.isEmpty {
            let r = sidebar.row(ofEntity: sidebar.cursor)
            // Show the group heading with the first entity of a group.
            var top = r
            if r > 0, case .heading = rows[r - 1] { top = r - 1 }
            if top < sidebar.scroll { sidebar.scroll = top }
            if r >= sidebar.scroll + height { sidebar.scroll = r - height + 1 }
        }
        sidebar.scroll = max(0, min(sidebar.scroll, max(0, rows.count - height)))

        reconcileQuotes()

        // Overlays.
        for i in overlays.indices {
            let lines = OverlayContent.lines(for: overlays[i].kind, state: self).count
            overlays[i].scroll = max(0, min(overlays[i].scroll, max(0, lines - overlayPageHeight)))
        }
    }

    var maxReaderScroll: Int {
        max(0, (reader.document?.lines.count ?? 0) - readerTextHeight)
    }

    /// Rows of text an overlay box shows at this size.
    var overlayPageHeight: Int { max(1, OverlayGeometry.box(in: size).height - 2) }
}
