import LedeCore

/// An in-memory frame: a grid of cells that widgets draw into and backends flush.
public struct Screen: Hashable, Sendable {
    public private(set) var size: Size
    public private(set) var cells: [Cell]

    public init(size: Size) {
        self.size = size
        self.cells = Array(repeating: .blank, count: size.width * size.height)
    }

    public var area: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
    }

    func contains(_ x: Int, _ y: Int) -> Bool { x >= 0 && y >= 0 && x < size.width && y < size.height }

    /// Sets one cell, keeping wide graphemes whole: overwriting half of a wide grapheme
    /// blanks its other half.
    mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard contains(x, y) else { return }
        let i = y * size.width + x
        if cells[i].width == 2, x + 1 < size.width { cells[i + 1] = Cell(style: cells[i + 1].style) }
        if cells[i].width == 0, x > 0 { cells[i - 1] = Cell(style: cells[i - 1].style) }
        cells[i] = cell
    }

    /// Paints every cell of `rect` blank in `style`.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        for y in rect.y..<rect.maxY where y >= 0 && y < size.height {
            for x in rect.x..<rect.maxX where x >= 0 && x < size.width {
                cells[y * size.width + x] = Cell(style: style)
            }
        }
    }

    /// Lays `style` over the cells of `rect` without changing their text.
    public mutating func patchStyle(_ rect: Rect, _ style: Style) {
        for y in rect.y..<rect.maxY where y >= 0 && y < size.height {
            for x in rect.x..<rect.maxX where x >= 0 && x < size.width {
                cells[y * size.width + x].style = cells[y * size.width + x].style.patched(by: style)
            }
        }
    }

    /// Writes one grapheme at (x, y) if it fits before `limit` (exclusive); returns the
    /// columns used. A wide grapheme that would not fit leaves a blank instead.
    @discardableResult
    public mutating func put(_ c: Character, x: Int, y: Int, style: Style, limit: Int? = nil) -> Int {
        let end = min(limit ?? size.width, size.width)
        let w = DisplayWidth.of(c)
        guard w > 0, x < end, y >= 0, y < size.height, x >= 0 else { return 0 }
        if w == 2 && x + 1 >= end {
            set(x, y, Cell(" ", width: 1, style: style))
            return 1
        }
        set(x, y, Cell(String(c), width: UInt8(w), style: style))
        if w == 2 { set(x + 1, y, Cell("", width: 0, style: style)) }
        return w
    }

    /// Writes text from (x, y), clipped to `maxWidth` columns; returns the columns used.
    /// The text is expected to be sanitized already (see `Sanitizer`).
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, style: Style = .plain,
                             maxWidth: Int? = nil) -> Int {
        let limit = maxWidth.map { x + max(0, $0) } ?? size.width
        var col = x
        for c in text {
            if col >= limit { break }
            col += put(c, x: col, y: y, style: style, limit: limit)
        }
        return col - x
    }

    /// Writes text at the start of a one-row `rect`, clipped to it, with "…" when cut.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, in rect: Rect, style: Style = .plain) -> Int {
        guard !rect.isEmpty else { return 0 }
        let w = DisplayWidth.of(text)
        if w <= rect.width { return put(text, x: rect.x, y: rect.y, style: style, maxWidth: rect.width) }
        let used = put(text, x: rect.x, y: rect.y, style: style, maxWidth: rect.width - 1)
        put("…", x: rect.x + used, y: rect.y, style: style, limit: rect.maxX)
        return used + 1
    }

    /// The text of row `y` (continuation cells skipped), trailing spaces kept.
    public func rowText(_ y: Int) -> String {
        var s = ""
        for x in 0..<size.width {
            let c = self[x, y]
            if !c.isContinuation { s += c.grapheme }
        }
        return s
    }

    /// The text of the frame, one line a row, trailing spaces trimmed.
    public var plainText: String {
        (0..<size.height).map { y -> String in
            var line = rowText(y)
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    /// The text of the cells in `rect` (one line a row), trailing spaces trimmed.
    public func text(in rect: Rect) -> String {
        (rect.y..<rect.maxY).map { y -> String in
            var s = ""
            for x in rect.x..<rect.maxX where contains(x, y) {
                let c = self[x, y]
                if !c.isContinuation { s += c.grapheme }
            }
            while s.last == " " { s.removeLast() }
            return s
        }.joined(separator: "\n")
    }
}

/// One cell a backend must redraw.
public struct CellChange: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var cell: Cell
}

extension Screen {
    /// The cells that differ from `previous` (all of them when the sizes differ).
    /// Continuation cells are never reported; their wide grapheme's cell covers them.
    public func changes(from previous: Screen?) -> [CellChange] {
        var out: [CellChange] = []
        let sameSize = previous?.size == size
        for y in 0..<size.height {
            for x in 0..<size.width {
                let i = y * size.width + x
                let cell = cells[i]
                if sameSize, let p = previous, p.cells[i] == cell {
                    // A wide grapheme whose continuation changed must be redrawn whole.
                    if !(cell.width == 2 && x + 1 < size.width && p.cells[i + 1] != cells[i + 1]) { continue }
                }
                if cell.isContinuation {
                    // Redraw its lead instead, unless already reported.
                    if x > 0, out.last.map({ $0.x == x - 1 && $0.y == y }) != true {
                        out.append(CellChange(x: x - 1, y: y, cell: cells[i - 1]))
                    }
                    continue
                }
                out.append(CellChange(x: x, y: y, cell: cell))
            }
        }
        return out
    }
}
