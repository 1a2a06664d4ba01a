import Foundation

/// Reads a table of articles (`CSVFormat`) a slice of rows at a time, so a dataset of
/// hundreds of megabytes is never in memory whole beside its records. Gives the same
/// records, positions, line numbers and problems as `CSVFormat.parse`.
public final class CSVStream: RecordSlices {
    private let file: FileBlocks
    private let path: String
    private var table = CSVFormat.Table()
    private var done = false

    public var bytesRead: Int { file.consumed }

    public init?(path: String, blockSize: Int = 8 << 20) {
        guard let file = FileBlocks(path: path, blockSize: blockSize) else { return nil }
        self.file = file
        self.path = path
    }

    /// The next slice of at most `records` records; `.some(nil)` when the file does not
    /// start with the header of a table of articles; nil when the table is done.
    public func next(records limit: Int) -> ParsedFile?? {
        guard !done else { return nil }
        var slice = ParsedFile(format: .table)
        if table.header == nil {
            // The header row whole, however long a block it takes.
            while file.buffer[file.at...].firstIndex(of: 0x0A) == nil && file.fill() {}
            guard table.readHeader(file.buffer, from: file.at, path: path, into: &slice) != nil else { return .some(nil) }
            file.at = table.headerEnd
        }
        while slice.records.count < limit {
            if let row = CSVFormat.record(file.buffer, from: file.at, delimiter: table.header!.delimiter, atEnd: file.atEnd) {
                file.at = row.next
                table.take(row, path: path, into: &slice)
                continue
            }
            if file.fill() { continue }
            if file.failed {
                slice.problems.append(LoadProblem(path: path, reason: file.failure(after: "line \(table.line - 1)")))
            } else if let row = CSVFormat.record(file.buffer, from: file.at, delimiter: table.header!.delimiter, atEnd: true) {
                file.at = row.next
                table.take(row, path: path, into: &slice)
                continue
            }
            done = true
            table.finish(path: path, into: &slice)
            return slice
        }
        return slice
    }
}
