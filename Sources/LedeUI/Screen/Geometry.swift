/// A terminal size in cells.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }
    public var description: String { "\(width)x\(height)" }
}

/// A rectangle of cells: `x`, `y` of the top-left corner, then width and height.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)
    public var isEmpty: Bool { width == 0 || height == 0 }
    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var description: String { "(\(x),\(y) \(width)x\(height))" }

    /// The rows below the first `n`.
    public func droppingTop(_ n: Int) -> Rect {
        let k = min(n, height)
        return Rect(x: x, y: y + k, width: width, height: height - k)
    }

    /// The `n`-th row (0-based) as a one-row rect.
    public func row(_ n: Int) -> Rect { Rect(x: x, y: y + n, width: width, height: n < height ? 1 : 0) }

    /// Shrinks each side by `by` cells.
    public func inset(_ by: Int) -> Rect {
        Rect(x: x + by, y: y + by, width: width - 2 * by, height: height - 2 * by)
    }

    /// A rect of at most the given size, centred in this one.
    public func centered(width w: Int, height h: Int) -> Rect {
        let ww = min(w, width), hh = min(h, height)
        return Rect(x: x + (width - ww) / 2, y: y + (height - hh) / 2, width: ww, height: hh)
    }
}
