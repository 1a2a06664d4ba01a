/// An append-only sequence of small unsigned integers, seven bits a byte, kept in blocks of
/// fixed size. A compact run holds one (term, count) pair per distinct word of every
/// article until the runs are joined: as two Int32 arrays grown by doubling that was up to
/// 16 bytes a pair, here it is about 3, with at most one block of slack. A class, so that
/// joining the runs can let each go (`removeAll`) however many copies of a run exist.
/// Filled by one thread, then only read.
final class VarintBlocks: @unchecked Sendable {
    static let blockSize = 1 << 20
    private(set) var blocks: [[UInt8]] = []

    func append(_ value: UInt32) {
        if blocks.isEmpty || blocks[blocks.count - 1].count + 5 > Self.blockSize {
            var block: [UInt8] = []
            block.reserveCapacity(Self.blockSize)
            blocks.append(block)
        }
        var v = value
        let last = blocks.count - 1
        while v >= 0x80 {
            blocks[last].append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        blocks[last].append(UInt8(v))
    }

    func removeAll() { blocks = [] }

    /// Reads the values back in the order they were appended.
    struct Reader {
        private let blocks: [[UInt8]]
        private var block = 0
        private var at = 0

        init(_ values: VarintBlocks) { blocks = values.blocks }

        /// The next value; values never straddle two blocks.
        mutating func next() -> UInt32 {
            if at == blocks[block].count {
                block += 1
                at = 0
            }
            return blocks[block].withUnsafeBufferPointer { bytes in
                var value: UInt32 = 0
                var shift: UInt32 = 0
                while true {
                    let b = bytes[at]
                    at += 1
                    value |= UInt32(b & 0x7F) << shift
                    if b < 0x80 { return value }
                    shift += 7
                }
            }
        }
    }
}
