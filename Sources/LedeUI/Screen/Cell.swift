/// One terminal cell: a grapheme cluster and its style. A wide (two-column) grapheme takes
/// its cell plus a following continuation cell whose `width` is 0.
public struct Cell: Hashable, Sendable {
    public var grapheme: String
    /// 1 for a normal cell, 2 for the first cell of a wide grapheme, 0 for its continuation.
    public var width: UInt8
    public var style: Style

    public init(_ grapheme: String = " ", width: UInt8 = 1, style: Style = .plain) {
        self.grapheme = grapheme
        self.width = width
        self.style = style
    }

    public static let blank = Cell()
    public var isContinuation: Bool { width == 0 }
}
