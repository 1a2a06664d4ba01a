import Foundation

/// Reads a JSON Lines file a block at a time, so a file of hundreds of megabytes is never
/// in memory whole beside its parsed records (that pair alone is over twice the file).
/// Gives the same records, positions, line numbers and problems as `JSONFormat`.
public enum JSONLinesStream {
    /// Records a slice at a time (`next`), positions and line numbers running on across
    /// slices, so a large file can be analysed and stored in parts.
    public final class Reader: RecordSlices {
        private let file: FileBlocks
        private let path: String
        private var lineNumber = 0
        private var position = 0
        private var done = false

        public var bytesRead: Int { file.consumed }

        public init?(path: String, blockSize: Int = 8 << 20) {
            guard let file = FileBlocks(path: path, blockSize: blockSize) else { return nil }
            self.file = file
            self.path = path
        }

        /// The next slice of at most `records` records (with the problems met on the way);
        /// `.some(nil)` if the first line is not an article object (read the file whole
        /// instead); nil when the file is done. The last slice says if the file was empty.
        public func next(records limit: Int) -> ParsedFile?? {
            guard !done else { return nil }
            var slice = ParsedFile(format: .jsonLines)
            var searched = file.at
            while slice.records.count < limit {
                if let newline = file.buffer[searched...].firstIndex(of: 0x0A) {
                    let line = Data(file.buffer[file.at..<newline])
                    file.at = newline + 1
                    searched = file.at
                    if !take(line, into: &slice) { return .some(nil) }
                    continue
                }
                let kept = file.at
                let tail = file.buffer.count
                if file.fill() {
                    searched = tail - kept  // only the new bytes can hold the next line end
                    continue
                }
                if file.failed {
                    slice.problems.append(LoadProblem(path: path, reason: file.failure(after: "line \(lineNumber)")))
                } else if file.at < file.buffer.count {
                    let line = Data(file.buffer[file.at...])
                    file.at = file.buffer.count
                    if !take(line, into: &slice) { return .some(nil) }
                }
                done = true
                if position == 0 { slice.problems.append(LoadProblem(path: path, reason: "empty file")) }
                return slice
            }
            return slice
        }

        /// False when the first non-blank line is not a JSON object.
        private func take(_ line: Data, into slice: inout ParsedFile) -> Bool {
            lineNumber += 1
            if JSONFormat.isBlank(line) { return true }
            position += 1
            let object = try? JSONSerialization.jsonObject(with: line)
            // Not JSON Lines, or one object listing the articles: the whole-file reader's.
            if position == 1 && (!(object is [String: Any]) || JSONFormat.wrappedList(object!) != nil) { return false }
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
