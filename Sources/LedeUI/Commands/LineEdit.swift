/// One editing step on a single-line prompt.
public enum LineEdit: Hashable, Sendable {
    case insert(Character)
    case backspace, deleteForward
    case left, right, home, end
    case killToStart, killToEnd, killWordBackward
    case historyPrevious, historyNext
}

/// A single-line text field with a cursor and history, as shells have. Used by `/` search
/// and meant for every other prompt (filters, …).
public struct LineEditor: Hashable, Sendable {
    public private(set) var text: [Character] = []
    /// Cursor position in characters, 0...text.count.
    public private(set) var cursor = 0
    public var history: [String]
    /// Index into history while browsing it; nil when editing a new line.
    private var historyIndex: Int?
    private var draft: [Character] = []

    public init(text: String = "", history: [String] = []) {
        self.text = Array(text)
        self.cursor = self.text.count
        self.history = history
    }

    public var string: String { String(text) }

    public mutating func apply(_ edit: LineEdit) {
        switch edit {
        case .insert(let c):
            text.insert(c, at: cursor)
            cursor += 1
        case .backspace:
            if cursor > 0 { text.remove(at: cursor - 1); cursor -= 1 }
        case .deleteForward:
            if cursor < text.count { text.remove(at: cursor) }
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = text.count
        case .killToStart:
            text.removeFirst(cursor)
            cursor = 0
        case .killToEnd:
            text.removeLast(text.count - cursor)
        case .killWordBackward:
            var i = cursor
            while i > 0, text[i - 1] == " " { i -= 1 }
            while i > 0, text[i - 1] != " " { i -= 1 }
            text.removeSubrange(i..<cursor)
            cursor = i
        case .historyPrevious:
            guard !history.isEmpty else { return }
            if historyIndex == nil { draft = text; historyIndex = history.count }
            historyIndex = max(0, historyIndex! - 1)
            text = Array(history[historyIndex!])
            cursor = text.count
        case .historyNext:
            guard let i = historyIndex else { return }
            if i + 1 < history.count {
                historyIndex = i + 1
                text = Array(history[i + 1])
            } else {
                historyIndex = nil
                text = draft
            }
            cursor = text.count
        }
    }
}
