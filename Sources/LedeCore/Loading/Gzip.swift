import CZlib
import Foundation

/// Gzip-compressed article files (`dump.jsonl.gz`, `feed.xml.gz`): dataset dumps and
/// archived feeds usually come this way, and asking a reader to unpack a 2 GB archive next
/// to itself first (and keep both) is asking a lot. Read with zlib, in memory.
public enum Gzip {
    /// Text larger than this is not unpacked whole in memory (a JSON Lines file, JSON
    /// array or table is read a part at a time by `FileBlocks` instead, packed or not).
    public static let defaultLimit = 2 << 30

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case damaged(String)
        case tooLarge(limit: Int)

        public var description: String {
            switch self {
            // Problems are reported as "skipped <path>: <this>".
            case .damaged(let why): "the rest, from where its gzip data is damaged (\(why)); what comes before is read"
            case .tooLarge(let limit):
                "unpacks to more than \(limit >> 30) GB, too much to read whole (only JSON Lines, JSON arrays and tables are read a part at a time)"
            }
        }
    }

    /// Whether `bytes` start with gzip's magic number.
    public static func isCompressed(_ bytes: some Sequence<UInt8>) -> Bool {
        bytes.starts(with: [0x1F, 0x8B])
    }

    /// The unpacked bytes of every gzip member in `data` one after the other, as `gunzip`
    /// gives them (`cat a.gz b.gz > c.gz` is a valid file). Zero bytes after the last member
    /// (tape padding) are allowed. A damaged or cut-short file gives what was unpacked
    /// before the damage (a dump's whole records are still readable) and the `failure`; one
    /// too large gives no data.
    public static func decompress(_ data: Data, limit: Int = defaultLimit) -> (data: Data, failure: Failure?) {
        var stream = z_stream()
        // 15 + 16: a gzip header and trailer (not zlib's), with the largest window.
        guard inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            return (Data(), .damaged("zlib would not start"))
        }
        defer { inflateEnd(&stream) }
        var out = Data()
        // Text packs three to ten times: start there and let it grow.
        out.reserveCapacity(min(limit, data.count * 4, 256 << 20))
        let chunk = 1 << 18
        var buffer = [UInt8](repeating: 0, count: chunk)
        let failure = data.withUnsafeBytes { (input: UnsafeRawBufferPointer) -> Failure? in
            guard let base = input.baseAddress?.assumingMemoryBound(to: Bytef.self) else { return nil }
            // zlib counts its input in 32 bits; a file that large unpacks past the limit anyway.
            guard input.count <= Int(UInt32.max) else { return .tooLarge(limit: limit) }
            stream.next_in = UnsafeMutablePointer(mutating: base)
            stream.avail_in = uInt(input.count)
            while true {
                let status = buffer.withUnsafeMutableBufferPointer { b -> Int32 in
                    stream.next_out = b.baseAddress
                    stream.avail_out = uInt(chunk)
                    let status = inflate(&stream, Z_NO_FLUSH)
                    out.append(b.baseAddress!, count: chunk - Int(stream.avail_out))
                    return status
                }
                if out.count > limit { return .tooLarge(limit: limit) }
                switch status {
                case Z_OK:
                    continue
                case Z_STREAM_END:
                    let rest = input[(input.count - Int(stream.avail_in))...]
                    if rest.allSatisfy({ $0 == 0 }) { return nil }
                    guard isCompressed(rest) else { return .damaged("unexpected bytes after the end") }
                    inflateReset(&stream)
                case Z_BUF_ERROR:
                    return .damaged("it ends in the middle")
                default:
                    return .damaged(stream.msg.map { String(cString: $0) } ?? "zlib error \(status)")
                }
            }
        }
        if case .tooLarge = failure { return (Data(), failure) }
        return (out, failure)
    }

    /// About how large a gzip file is unpacked, from its trailer (exact for one member
    /// under 4 GB); nil if it is not gzip.
    public static func unpackedSize(ofFile path: String, packedSize: Int) -> Int? {
        guard packedSize >= 18, let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 2), isCompressed(head),
              (try? handle.seek(toOffset: UInt64(packedSize - 4))) != nil,
              let tail = try? handle.read(upToCount: 4), tail.count == 4 else { return nil }
        // The size is kept modulo 2^32: a smaller figure than the packed size has wrapped.
        let size = tail.reversed().reduce(0) { $0 << 8 | Int($1) }
        return size >= packedSize ? size : packedSize * 4
    }

    /// Up to `count` unpacked bytes from the start of a gzip file at `path` (to tell its
    /// format without unpacking all of it); nil if it cannot be read or is not gzip.
    public static func head(ofFile path: String, count: Int) -> [UInt8]? {
        guard let file = gzopen(path, "rb") else { return nil }
        defer { gzclose(file) }
        // gzread passes plain files through; only real gzip files are wanted here.
        guard gzdirect(file) == 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: count)
        let n = bytes.withUnsafeMutableBytes { gzread(file, $0.baseAddress, UInt32(count)) }
        guard n > 0 else { return nil }
        return Array(bytes[..<Int(n)])
    }
}
