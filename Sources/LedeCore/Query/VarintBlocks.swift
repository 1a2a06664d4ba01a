/// An append-only sequence of small unsigned integers, seven bits a byte, kept in blocks of
/// fixed size. A compact run holds one (term, count) pair per distinct word of every
/// article until the runs are joined: as two Int32 arrays grown by doubling that was up to
/// 16 bytes a pair, here it is about 3, with at most one block of slack. A class, so that
/// joining the runs can let each go (`removeAll`) however many copies of a run exist.
/// Filled by one thread, then only read.
final class VarintBlocks: @unchecked Sendable {
    static let blockSize = 1 << 20
    private(set) var blocks: [[UInt8]] = []

    /// Appends `values` (one article's pairs), all in one block. The block is taken out of
    /// `blocks` while it is written, so the bytes go into a local array: appended through
    /// the class, every byte paid for an exclusivity and a uniqueness check.
    func append(_ values: [UInt32]) {
        let most = values.count * 5
        if blocks.isEmpty || blocks[blocks.count - 1].count + most > blocks[blocks.count - 1].capacity {
            var block: [UInt8] = []
            block.reserveCapacity(max(Self.blockSize, most))
            blocks.append(block)
        }
        var block = blocks.removeLast()
        for value in values {
            var v = value
            while v >= 0x80 {
                block.append(UInt8(truncatingIfNeeded: v) | 0x80)
                v >>= 7
            }
            block.append(UInt8(v))
        }
        blocks.append(block)
    }

    func removeAll() { blocks = [] }

    /// Reads the values back in the order they were appended.
    struct Reader {
        private let blocks: [[UInt8]]
        private var block = 0
        private var at = 0

        init(_ values: VarintBlocks) { blocks = values.blocks }

        /// The next value; values never straddle two blocks (nor does one call's worth).
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
