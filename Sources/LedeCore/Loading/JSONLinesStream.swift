import Foundation

/// Reads a JSON Lines file a block at a time, so a file of hundreds of megabytes is never
/// in memory whole beside its parsed records (that pair alone is over twice the file).
/// Gives the same records, positions, line numbers and problems as `JSONFormat`.
public enum JSONLinesStream {
    /// nil when the file does not start with a line that is a whole JSON object (one
    /// pretty-printed object, a broken first line): read such a file whole instead.
    /// `onBlock` sees every block of raw bytes, in order (for hashing).
    public static func parse(path: String, blockSize: Int = 8 << 20, onBlock: (Data) -> Void) -> ParsedFile? {
        withoutActuallyEscaping(onBlock) { onBlock in
            guard let reader = Reader(path: path, blockSize: blockSize, onBlock: onBlock) else { return nil }
            var file = ParsedFile(format: .jsonLines)
            while let slice = reader.next(records: Int.max) {
                guard let slice else { return nil }
                file.records += slice.records
                file.problems += slice.problems
            }
            return file
        }
    }

    /// Records a slice at a time (`next`), positions and line numbers running on across
    /// slices, so a large file can be analysed and stored in parts.
    public final class Reader: RecordSlices {
        private let handle: FileHandle
        private let path: String
        private let blockSize: Int
        private let onBlock: (Data) -> Void
        private var lineNumber = 0
        private var position = 0
        private var carry = Data()
        private var start = 0
        private var atEnd = false
        private var done = false
        /// Bytes of the lines handed out so far (with their line ends).
        public private(set) var bytesRead = 0

        public init?(path: String, blockSize: Int = 8 << 20, onBlock: @escaping (Data) -> Void = { _ in }) {
            guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
            self.handle = handle
            self.path = path
            self.blockSize = blockSize
            self.onBlock = onBlock
        }

        deinit { try? handle.close() }

        /// The next slice of at most `records` records (with the problems met on the way);
        /// `.some(nil)` if the first line is not a JSON object (read the file whole
        /// instead); nil when the file is done. The last slice says if the file was empty.
        public func next(records limit: Int) -> ParsedFile?? {
            guard !done else { return nil }
            var slice = ParsedFile(format: .jsonLines)
            while slice.records.count < limit {
                if let newline = carry[start...].firstIndex(of: 0x0A) {
                    let line = carry[start..<newline]
                    start = carry.index(after: newline)
                    if !take(line, into: &slice) { return .some(nil) }
                    continue
                }
                if atEnd {
                    if start < carry.endIndex {
                        let line = carry[start...]
                        start = carry.endIndex
                        if !take(line, into: &slice) { return .some(nil) }
                    }
                    done = true
                    if position == 0 { slice.problems.append(LoadProblem(path: path, reason: "empty file")) }
                    return slice
                }
                readBlock(into: &slice)
            }
            return slice
        }

        private func readBlock(into slice: inout ParsedFile) {
            let block: Data
            do {
                guard let next = try handle.read(upToCount: blockSize), !next.isEmpty else {
                    atEnd = true
                    return
                }
                block = next
            } catch {
                slice.problems.append(LoadProblem(path: path, reason: "read error after line \(lineNumber)"))
                atEnd = true
                carry = Data()
                start = 0
                return
            }
            onBlock(block)
            carry = Data(carry[start...])
            carry.append(block)
            start = carry.startIndex
        }

        /// False when the first non-blank line is not a JSON object.
        private func take(_ line: Data, into slice: inout ParsedFile) -> Bool {
            lineNumber += 1
            bytesRead += line.count + 1
            if JSONFormat.isBlank(line) { return true }
            position += 1
            let object = try? JSONSerialization.jsonObject(with: line)
            if position == 1 && !(object is [String: Any]) { return false }
            guard let object else {
                slice.problems.append(LoadProblem(path: path, reason: "not valid JSON", line: lineNumber))
                return true
            }
            switch JSONFormat.record(from: object, position: position) {
            case .success(let r): slice.records.append(r)
            case .failure(let reason): slice.problems.append(LoadProblem(path: path, reason: reason.description, line: lineNumber))
            }
            return true
        }
    }
}
