import Foundation

/// A file read a block at a time into a buffer that keeps only what is not consumed yet:
/// the streaming readers (`JSONLinesStream.Reader`, `JSONArrayStream`) look at `buffer`
/// from `at` on and ask for more with `fill`.
final class FileBlocks {
    private let handle: FileHandle
    private let blockSize: Int
    private(set) var buffer: [UInt8] = []
    /// The first byte not consumed yet.
    var at = 0
    private(set) var atEnd = false
    /// The file could not be read to its end.
    private(set) var failed = false
    private var dropped = 0

    init?(path: String, blockSize: Int) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        self.handle = handle
        self.blockSize = blockSize
    }

    deinit { try? handle.close() }

    /// Bytes of the file consumed so far.
    var consumed: Int { dropped + at }

    /// Drops the consumed bytes and appends the next block; false at the end of the file
    /// (or when it cannot be read further: `failed`).
    func fill() -> Bool {
        guard !atEnd else { return false }
        let block: Data
        do {
            guard let next = try handle.read(upToCount: blockSize), !next.isEmpty else {
                atEnd = true
                return false
            }
            block = next
        } catch {
            atEnd = true
            failed = true
            return false
        }
        buffer.removeSubrange(0..<at)
        dropped += at
        at = 0
        buffer.append(contentsOf: block)
        return true
    }
}
