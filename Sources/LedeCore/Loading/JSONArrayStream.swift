import Foundation

/// Reads a JSON array of articles a slice of elements at a time, so a dump of hundreds of
/// megabytes is never parsed whole (Foundation's parse of it alone takes several times the
/// file). Each element is found by its brackets and parsed on its own; gives the same
/// records, record numbers and problems as `JSONFormat.parseArray` for a valid file.
public final class JSONArrayStream: RecordSlices {
    private let file: FileBlocks
    private let path: String
    private var began = false
    private var done = false
    private var position = 0

    public var bytesRead: Int { file.consumed }

    public init?(path: String, blockSize: Int = 8 << 20) {
        guard let file = FileBlocks(path: path, blockSize: blockSize) else { return nil }
        self.file = file
        self.path = path
    }

    private var buffer: [UInt8] { file.buffer }
    private var at: Int {
        get { file.at }
        set { file.at = newValue }
    }

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
            guard file.fill() else { return false }
        }
    }

    /// Where the element starting at `at` ends: after its closing bracket, or for a bare
    /// value before the `,` or `]` after it. Strings are skipped whole, escapes included.
    private func elementEnd() -> Int? {
        var i = at
        var depth = 0
        var inString = false
        while true {
            let found: Int? = file.buffer.withUnsafeBufferPointer { bytes in
                while i < bytes.count {
                    let b = bytes[i]
                    if inString {
                        if b == UInt8(ascii: "\\") { i += 2; continue }
                        if b == UInt8(ascii: "\"") { inString = false; if depth == 0 { return i + 1 } }
                    } else if b == UInt8(ascii: "\"") {
                        inString = true
                    } else if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") {
                        depth += 1
                    } else if b == UInt8(ascii: "}") || b == UInt8(ascii: "]") {
                        if depth == 0 { return i == at ? -1 : i }
                        depth -= 1
                        if depth == 0 { return i + 1 }
                    } else if b == UInt8(ascii: ",") && depth == 0 {
                        return i == at ? -1 : i
                    }
                    i += 1
                }
                return nil
            }
            if let found { return found < 0 ? nil : found }
            let kept = at
            guard file.fill() else { return nil }
            i -= kept - at  // `fill` dropped the bytes before `at`
        }
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
