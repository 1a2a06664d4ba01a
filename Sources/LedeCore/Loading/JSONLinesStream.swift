import Foundation

/// Reads a JSON Lines file a block at a time, so a file of hundreds of megabytes is never
/// in memory whole beside its parsed records (that pair alone is over twice the file).
/// Gives the same records, positions, line numbers and problems as `JSONFormat`.
public enum JSONLinesStream {
    /// nil when the file does not start with a line that is a whole JSON object (one
    /// pretty-printed object, a broken first line): read such a file whole instead.
    /// `onBlock` sees every block of raw bytes, in order (for hashing).
    public static func parse(path: String, blockSize: Int = 8 << 20, onBlock: (Data) -> Void) -> ParsedFile? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var file = ParsedFile(format: .jsonLines)
        var lineNumber = 0
        var position = 0

        /// False when the first non-blank line is not a JSON object.
        func take(_ line: Data) -> Bool {
            lineNumber += 1
            if JSONFormat.isBlank(line) { return true }
            position += 1
            let object = try? JSONSerialization.jsonObject(with: line)
            if position == 1 && !(object is [String: Any]) { return false }
            guard let object else {
                file.problems.append(LoadProblem(path: path, reason: "not valid JSON", line: lineNumber))
                return true
            }
            switch JSONFormat.record(from: object, position: position) {
            case .success(let r): file.records.append(r)
            case .failure(let reason): file.problems.append(LoadProblem(path: path, reason: reason.description, line: lineNumber))
            }
            return true
        }

        var carry = Data()
        while true {
            let block: Data
            do {
                guard let next = try handle.read(upToCount: blockSize), !next.isEmpty else { break }
                block = next
            } catch {
                file.problems.append(LoadProblem(path: path, reason: "read error after line \(lineNumber)"))
                return file
            }
            onBlock(block)
            carry.append(block)
            var start = carry.startIndex
            while let newline = carry[start...].firstIndex(of: 0x0A) {
                if !take(carry[start..<newline]) { return nil }
                start = carry.index(after: newline)
            }
            carry = Data(carry[start...])
        }
        if !carry.isEmpty && !take(carry) { return nil }
        if position == 0 { file.problems.append(LoadProblem(path: path, reason: "empty file")) }
        return file
    }
}
