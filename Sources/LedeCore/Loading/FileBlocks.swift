import CZlib
import Foundation

/// A file read a block at a time into a buffer that keeps only what is not consumed yet:
/// the streaming readers (`JSONLinesStream.Reader`, `JSONArrayStream`) look at `buffer`
/// from `at` on and ask for more with `fill`. A gzip file is unpacked as it is read, so a
/// packed dump streams as the plain one does.
final class FileBlocks {
    private let handle: FileHandle?
    private let packed: gzFile?
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
        self.blockSize = blockSize
        let magic = (try? handle.read(upToCount: 2)) ?? Data()
        if Gzip.isCompressed(magic) {
            try? handle.close()
            guard let file = gzopen(path, "rb") else { return nil }
            gzbuffer(file, 1 << 17)
            self.handle = nil
            packed = file
        } else {
            guard (try? handle.seek(toOffset: 0)) != nil else { return nil }
            self.handle = handle
            packed = nil
        }
    }

    deinit {
        try? handle?.close()
        if let packed { gzclose(packed) }
    }

    /// Why reading stopped short, after `place` (`line 12`), for a problem's reason.
    func failure(after place: String) -> String {
        packed == nil ? "read error after \(place)" : "gzip data damaged or cut short after \(place); what comes before is read"
    }

    /// Bytes of the file consumed so far.
    var consumed: Int { dropped + at }

    /// Drops the consumed bytes and appends the next block; false at the end of the file
    /// (or when it cannot be read further: `failed`).
    func fill() -> Bool {
        guard !atEnd else { return false }
        buffer.removeSubrange(0..<at)
        dropped += at
        at = 0
        if let packed {
            let old = buffer.count
            buffer.append(contentsOf: repeatElement(0, count: blockSize))
            let n = buffer.withUnsafeMutableBytes { gzread(packed, $0.baseAddress! + old, UInt32(blockSize)) }
            buffer.removeLast(blockSize - max(0, Int(n)))
            if n > 0 { return true }
            // The end, or damage: a cut-short file ends without its trailer.
            var status: Int32 = Z_OK
            _ = gzerror(packed, &status)
            failed = n < 0 || status != Z_OK
            atEnd = true
            return false
        }
        do {
            guard let next = try handle!.read(upToCount: blockSize), !next.isEmpty else {
                atEnd = true
                return false
            }
            buffer.append(contentsOf: next)
            return true
        } catch {
            atEnd = true
            failed = true
            return false
        }
    }
}
