#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What decides whether a file must be read again: its size and modification time (cheap,
/// from stat) and, when those moved, a hash of its bytes (so a `touch` costs a read but
/// not a re-analysis).
struct FileStamp: Equatable, Sendable {
    var size: Int64
    var modifiedNanoseconds: Int64

    static func of(path: String) -> FileStamp? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        #if canImport(Darwin)
        let ns = Int64(st.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(st.st_mtimespec.tv_nsec)
        #else
        let ns = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
        #endif
        return FileStamp(size: Int64(st.st_size), modifiedNanoseconds: ns)
    }
}

/// 64-bit FNV-1a over 8-byte words: not cryptographic, only a change detector, and fast
/// enough (well over 1 GB/s in release builds) not to matter next to parsing.
enum ContentHash {
    static func of(_ data: Data) -> Int64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        let prime: UInt64 = 0x0000_0100_0000_01b3
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let count = raw.count
            var i = 0
            while i + 8 <= count {
                h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* prime
                h ^= h >> 29
                i += 8
            }
            while i < count {
                h = (h ^ UInt64(raw[i])) &* prime
                i += 1
            }
        }
        h = (h ^ UInt64(data.count)) &* prime
        return Int64(bitPattern: h)
    }

    /// The hash of a file read in fixed-size blocks (a combination of the blocks' hashes:
    /// differs from `of` on the whole file, but a file is always read the same way for a
    /// given size and start, so stored and fresh hashes stay comparable).
    struct Blocks {
        static let size = 8 << 20
        private var h: UInt64 = 0x84222325_cbf29ce4

        mutating func add(_ block: Data) {
            h = (h ^ UInt64(bitPattern: ContentHash.of(block))) &* 0x0000_0100_0000_01b3
        }

        var value: Int64 { Int64(bitPattern: h) }
    }
}
