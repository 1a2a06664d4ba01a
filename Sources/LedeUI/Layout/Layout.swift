/// The three panes of the reader.
public enum Pane: String, CaseIterable, Hashable, Sendable {
    case list, reader, sidebar
}

/// Where everything goes for a given terminal size. Pure: the same inputs give the same
/// rects, so `update` (for page sizes) and the view agree.
public struct Layout: Hashable, Sendable {
    public enum Mode: Hashable, Sendable {
        /// Smaller than `minimum`: only a message.
        case tooSmall
        /// One pane at a time (the focused one).
        case single
        /// Side by side.
        case split
    }

    public static let minimum = Size(width: 40, height: 10)
    /// Below this width the sidebar is hidden unless asked for (`e`).
    public static let sidebarWidth = 100
    /// Below this width only one pane is shown.
    public static let splitWidth = 60

    public var mode: Mode
    /// Pane rects, header row included; absent panes are not shown.
    public var panes: [Pane: Rect]
    public var status: Rect
    /// Columns between panes, for the separator lines.
    public var separators: [Int]

    public static func compute(size: Size, focus: Pane, sidebarShown: Bool?) -> Layout {
        let status = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
        if size.width < minimum.width || size.height < minimum.height {
            return Layout(mode: .tooSmall, panes: [:], status: status, separators: [])
        }
        let body = Rect(x: 0, y: 0, width: size.width, height: size.height - 1)
        if size.width < splitWidth {
            return Layout(mode: .single, panes: [focus: body], status: status, separators: [])
        }
        let showSidebar = sidebarShown ?? (size.width >= sidebarWidth)
        let w = size.width
        let listW: Int
        let sideW: Int
        if w >= sidebarWidth {
            listW = min(36, max(24, w / 4))
            sideW = showSidebar ? min(34, max(22, w / 5)) : 0
        } else {
            listW = showSidebar ? max(18, w / 4) : min(30, max(20, w / 3))
            sideW = showSidebar ? max(20, w / 5) : 0
        }
        var panes: [Pane: Rect] = [:]
        panes[.list] = Rect(x: 0, y: 0, width: listW, height: body.height)
        let readerX = listW + 1
        let readerW = w - readerX - (showSidebar ? sideW + 1 : 0)
        panes[.reader] = Rect(x: readerX, y: 0, width: readerW, height: body.height)
        var seps = [listW]
        if showSidebar {
            panes[.sidebar] = Rect(x: w - sideW, y: 0, width: sideW, height: body.height)
            seps.append(w - sideW - 1)
        }
        return Layout(mode: .split, panes: panes, status: status, separators: seps)
    }

    /// The panes a user can move between, left to right.
    public static func reachablePanes(size: Size, sidebarShown: Bool?) -> [Pane] {
        if size.width < splitWidth { return Pane.allCases }
        let showSidebar = sidebarShown ?? (size.width >= sidebarWidth)
        return showSidebar ? Pane.allCases : [.list, .reader]
    }

    /// The inside of a pane: below its one-row header.
    public func content(of pane: Pane) -> Rect? { panes[pane]?.droppingTop(1) }

    /// The text area of the reading pane: its content with a column of margin each side.
    public var readerText: Rect? {
        content(of: .reader).map { Rect(x: $0.x + 1, y: $0.y, width: $0.width - 2, height: $0.height) }
    }
}
