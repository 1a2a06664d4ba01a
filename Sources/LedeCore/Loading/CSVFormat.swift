import Foundation

/// Articles as a table, one a row: CSV, TSV or semicolon-separated, with a header row naming
/// the columns, as news datasets are often shipped (`id,title,publication,date,content`).
/// Columns are named as JSON fields are (`JSONFormat.Fields`, any letter case), and a row
/// becomes an article by the same rules as a JSON record. Quoted fields may hold the
/// delimiter, newlines and doubled quotes (RFC 4180).
public enum CSVFormat {
    /// The delimiters tried on the header row, in order.
    static let delimiters: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: "\t"), UInt8(ascii: ";"), UInt8(ascii: "|")]

    /// What the header row says: how fields are separated and which JSON field each
    /// column is (a column with no known name keeps its own).
    struct Header: Equatable {
        var delimiter: UInt8
        var keys: [String]
    }

    /// The header of a table that holds articles: a first row of at least two column names,
    /// one of them naming the article text (or at least its summary). Nil otherwise.
    static func header(_ firstRow: some Collection<UInt8>) -> Header? {
        let textKeys = Set(JSONFormat.Fields.body + JSONFormat.Fields.summary)
        return header(firstRow) { keys in keys.contains(where: textKeys.contains) }
    }

    /// A first row of at least two column names, with the first delimiter that makes
    /// names of it that `accept` takes.
    static func header(_ firstRow: some Collection<UInt8>, accept: ([String]) -> Bool) -> Header? {
        let bytes = Array(firstRow.drop(while: { $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }))
        let known = JSONFormat.Fields.all
        for delimiter in delimiters {
            guard let row = record(bytes, from: 0, delimiter: delimiter, atEnd: true), row.fields.count >= 2 else { continue }
            let names = row.fields.map { $0.trimmingWhitespace() }
            // A header is names, not text: a sentence with commas in it is not one.
            guard names.allSatisfy(looksLikeColumnName) else { continue }
            let keys = names.map { known[$0.lowercased()] ?? $0 }
            if accept(keys) { return Header(delimiter: delimiter, keys: keys) }
        }
        return nil
    }

    /// Short, of letters, digits and `_ - . :`, at most three words (`Unnamed: 0`); or
    /// empty (the index column of a data frame).
    static func looksLikeColumnName(_ name: String) -> Bool {
        name.count <= 40 && name.split(separator: " ").count <= 3
            && name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "_-.: ".unicodeScalars.contains($0) }
    }

    /// True when `text` starts with the header row of a table of articles.
    static func matches(_ text: String) -> Bool {
        let utf8 = text.utf8
        let end = utf8.firstIndex(of: 0x0A) ?? utf8.endIndex
        return header(utf8[..<end]) != nil
    }

    /// One row from `start`: its fields, where the next row starts, and how many line
    /// ends it spans. Nil when the bytes end inside it and more may follow (`atEnd` false),
    /// or when nothing is left.
    static func record(_ bytes: [UInt8], from start: Int, delimiter: UInt8,
                       atEnd: Bool) -> (fields: [String], next: Int, lines: Int)? {
        guard start < bytes.count else { return nil }
        let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        var fields: [String] = []
        var field: [UInt8] = []
        var i = start
        var lines = 0
        var inQuotes = false
        var quotedField = false
        while i < bytes.count {
            let b = bytes[i]
            if inQuotes {
                if b == quote {
                    if i + 1 < bytes.count, bytes[i + 1] == quote {
                        field.append(quote)
                        i += 2
                        continue
                    }
                    if i + 1 == bytes.count && !atEnd { return nil }  // maybe a doubled quote
                    inQuotes = false
                } else {
                    if b == newline { lines += 1 }
                    field.append(b)
                }
                i += 1
                continue
            }
            switch b {
            case quote where field.isEmpty && !quotedField:
                inQuotes = true
                quotedField = true
            case delimiter:
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                quotedField = false
            case newline:
                if field.last == cr && !quotedField { field.removeLast() }
                fields.append(String(decoding: field, as: UTF8.self))
                return (fields, i + 1, lines + 1)
            case cr where quotedField:
                break  // the CR of a CRLF after a closing quote
            default:
                field.append(b)
            }
            i += 1
        }
        guard atEnd else { return nil }
        fields.append(String(decoding: field, as: UTF8.self))
        return (fields, bytes.count, lines + 1)
    }

    /// The article of one row, by the rules of a JSON record with the header's keys.
    static func article(_ fields: [String], header: Header, position: Int) -> Result<ParsedRecord, ReasonText> {
        if fields.count != header.keys.count {
            return .failure(ReasonText("row has \(fields.count) fields, the header names \(header.keys.count)"))
        }
        var object: [String: Any] = [:]
        for (key, value) in zip(header.keys, fields) where object[key] == nil && !value.allSatisfy(\.isWhitespace) {
            object[key] = value.replacingCRLF()
        }
        return JSONFormat.record(from: object, position: position)
    }

    public static func parse(_ data: Data, path: String) -> ParsedFile {
        let bytes = [UInt8](data)
        var file = ParsedFile(format: .table)
        var table = Table()
        guard table.readHeader(bytes, from: 0, path: path, into: &file) != nil else { return file }
        var at = table.headerEnd
        while let row = record(bytes, from: at, delimiter: table.header!.delimiter, atEnd: true) {
            at = row.next
            table.take(row, path: path, into: &file)
        }
        table.finish(path: path, into: &file)
        return file
    }

    /// A table read row by row, whole or in slices (`CSVStream`): the header, and where
    /// the next row starts in lines and articles.
    struct Table {
        private(set) var header: Header?
        private(set) var headerEnd = 0
        /// The line the next row starts on.
        private(set) var line = 1
        private(set) var position = 0

        /// Reads the header row from `start`; nil, with a problem in `file`, when it names
        /// no article text.
        mutating func readHeader(_ bytes: [UInt8], from start: Int, path: String, into file: inout ParsedFile) -> Header? {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            guard let found = CSVFormat.header(bytes[start..<end]),
                  let row = record(bytes, from: start, delimiter: found.delimiter, atEnd: true) else {
                file.problems.append(LoadProblem(path: path, reason: "a table with no column of article text (\(expectedColumns))"))
                return nil
            }
            header = found
            headerEnd = row.next
            line += row.lines
            return found
        }

        /// Adds the article of one row, or a problem, to `file`; a blank line is passed over
        /// and not counted as an article position.
        mutating func take(_ row: (fields: [String], next: Int, lines: Int), path: String, into file: inout ParsedFile) {
            defer { line += row.lines }
            if row.fields.count == 1 && row.fields[0].allSatisfy(\.isWhitespace) { return }
            position += 1
            switch article(row.fields, header: header!, position: position) {
            case .success(let r): file.records.append(r)
            case .failure(let reason): file.problems.append(LoadProblem(path: path, reason: reason.description, line: line))
            }
        }

        func finish(path: String, into file: inout ParsedFile) {
            if position == 0 { file.problems.append(LoadProblem(path: path, reason: "a table with a header and no rows")) }
        }
    }

    static let expectedColumns = "expected a header row naming a `text`, `body` or `content` column"
}
