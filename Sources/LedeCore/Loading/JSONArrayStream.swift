import Foundation

/// Reads a JSON array of articles a slice of elements at a time, so a dump of hundreds of
/// megabytes is never parsed whole (Foundation's parse of it alone takes several times the
/// file). Each element is found by its brackets and parsed on its own; gives the same
/// records, record numbers and problems as `JSONFormat.parseArray` for a valid file.
public final class JSONArrayStream: RecordSlices {
    private let handle: FileHandle
    private let path: String
    private let blockSize: Int
    private var buffer: [UInt8] = []
    /// Next byte to look at in `buffer`.
    private var at = 0
    private var atEnd = false
    private var began = false
    private var done = false
    private var position = 0
    /// Bytes dropped from the front of `buffer` so far, plus those read past in it.
    public var bytesRead: Int { dropped + at }
    private var dropped = 0

    public init?(path: String, blockSize: Int = 8 << 20) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        self.handle = handle
        self.path = path
        self.blockSize = blockSize
    }

    deinit { try? handle.close() }

    /// The next slice of at most `records` records (with the problems of bad elements);
    /// `.some(nil)` when the file turns out not to be a well-formed array of values (read
    /// it whole instead, for the parser's own message); nil when the array is done.
    public func next(records limit: Int) -> ParsedFile?? {
        guard !done else { return nil }
        var slice = ParsedFile(format: .jsonArray)
        if !began {
            guard skipSpace(), buffer[at] == UInt8(ascii: "[") else { return .some(nil) }
            at += 1
            began = true
        }
        while slice.records.count < limit {
            guard skipSpace() else { return .some(nil) }
            if buffer[at] == UInt8(ascii: "]") {
                at += 1
                // Nothing but space may follow the array.
                if skipSpace() { return .some(nil) }
                done = true
                if position == 0 { slice.problems.append(LoadProblem(path: path, reason: "empty JSON array")) }
                return slice
            }
            if position > 0 {
                guard buffer[at] == UInt8(ascii: ",") else { return .some(nil) }
                at += 1
                guard skipSpace() else { return .some(nil) }
            }
            guard let end = elementEnd() else { return .some(nil) }
            let element = Data(buffer[at..<end])
            at = end
            position += 1
            guard let value = try? JSONSerialization.jsonObject(with: element, options: .fragmentsAllowed) else {
                return .some(nil)
            }
            switch JSONFormat.record(from: value, position: position) {
            case .success(let r): slice.records.append(r)
            case .failure(let reason): slice.problems.append(LoadProblem(path: path, reason: reason.description, record: position))
            }
        }
        return slice
    }

    /// Skips white space (and a byte-order mark at the start); false at the end of the file.
    private func skipSpace() -> Bool {
        while true {
            while at < buffer.count {
                let b = buffer[at]
                if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || (!began && (b == 0xEF || b == 0xBB || b == 0xBF)) {
                    at += 1
                } else {
                    return true
                }
            }
            guard fill() else { return false }
        }
    }

    /// Where the element starting at `at` ends: after its closing bracket, or for a bare
    /// value before the `,` or `]` after it. Strings are skipped whole, escapes included.
    private func elementEnd() -> Int? {
        var i = at
        var depth = 0
        var inString = false
        while true {
            while i < buffer.count {
                let b = buffer[i]
                if inString {
                    if b == UInt8(ascii: "\\") { i += 2; continue }
                    if b == UInt8(ascii: "\"") { inString = false; if depth == 0 { return i + 1 } }
                } else if b == UInt8(ascii: "\"") {
                    inString = true
                } else if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") {
                    depth += 1
                } else if b == UInt8(ascii: "}") || b == UInt8(ascii: "]") {
                    if depth == 0 { return i == at ? nil : i }
                    depth -= 1
                    if depth == 0 { return i + 1 }
                } else if b == UInt8(ascii: ",") && depth == 0 {
                    return i == at ? nil : i
                }
                i += 1
            }
            let kept = at
            guard fill() else { return nil }
            i -= kept - at  // `fill` dropped the bytes before `at`
        }
    }

    /// Drops what has been read and appends the next block; false at the end of the file.
    private func fill() -> Bool {
        guard !atEnd else { return false }
        guard let block = try? handle.read(upToCount: blockSize), !block.isEmpty else {
            atEnd = true
            return false
        }
        buffer.removeSubrange(0..<at)
        dropped += at
        at = 0
        buffer.append(contentsOf: block)
        return true
    }
}

/// A reader handing out a file's records a slice at a time (`JSONLinesStream.Reader`,
/// `JSONArrayStream`).
public protocol RecordSlices: AnyObject {
    /// The next slice of at most `records` records; `.some(nil)` when the file is not what
    /// the reader reads (read it whole instead); nil when it is done.
    func next(records: Int) -> ParsedFile??
    /// Bytes of the file consumed so far.
    var bytesRead: Int { get }
}
