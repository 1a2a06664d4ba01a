/// A set of article indices as a bitmap: AND, OR and NOT over 100,000 articles cost a
/// couple of thousand word operations, whatever the sizes of the sets.
struct DocSet: Sendable, Equatable {
    private(set) var words: [UInt64]
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        words = Array(repeating: 0, count: (capacity + 63) / 64)
    }

    static func all(_ capacity: Int) -> DocSet {
        var s = DocSet(capacity: capacity)
        for i in s.words.indices { s.words[i] = ~0 }
        s.clearTail()
        return s
    }

    init(capacity: Int, members: some Sequence<Int32>) {
        self.init(capacity: capacity)
        for m in members { insert(Int(m)) }
    }

    @inline(__always) mutating func insert(_ i: Int) {
        words[i >> 6] |= 1 << UInt64(i & 63)
    }

    @inline(__always) func contains(_ i: Int) -> Bool {
        words[i >> 6] & (1 << UInt64(i & 63)) != 0
    }

    var isEmpty: Bool { words.allSatisfy { $0 == 0 } }
    var count: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

    mutating func formIntersection(_ other: DocSet) {
        words.withUnsafeMutableBufferPointer { a in
            other.words.withUnsafeBufferPointer { b in
                for i in a.indices { a[i] &= b[i] }
            }
        }
    }

    mutating func formUnion(_ other: DocSet) {
        words.withUnsafeMutableBufferPointer { a in
            other.words.withUnsafeBufferPointer { b in
                for i in a.indices { a[i] |= b[i] }
            }
        }
    }

    mutating func invert() {
        for i in words.indices { words[i] = ~words[i] }
        clearTail()
    }

    private mutating func clearTail() {
        let extra = words.count * 64 - capacity
        if extra > 0 { words[words.count - 1] &= ~0 >> UInt64(extra) }
    }

    /// Members in ascending order.
    var members: [Int] {
        var out: [Int] = []
        out.reserveCapacity(count)
        for (w, word) in words.enumerated() {
            var bits = word
            while bits != 0 {
                out.append(w << 6 | bits.trailingZeroBitCount)
                bits &= bits - 1
            }
        }
        return out
    }
}
