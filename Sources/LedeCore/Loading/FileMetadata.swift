import Foundation

/// What a table beside the articles says about one file (a dataset's `manifest.tsv` with
/// `file`, `date`, `title`, `source`, `url` columns). It fills in what the file does not say
/// itself: a seed file has no title or outlet, so without it the list shows the first
/// sentence and no source.
public struct FileMetadata: Sendable, Hashable {
    public var title: String?
    public var date: Day?
    public var source: String?
    public var url: String?

    public init(title: String? = nil, date: Day? = nil, source: String? = nil, url: String? = nil) {
        self.title = title
        self.date = date
        self.source = source
        self.url = url
    }

    /// Every field on one line, so a cache can tell when any of them changed.
    public var fingerprint: String {
        [title ?? "", date?.description ?? "", source ?? "", url ?? ""].joined(separator: "\u{1F}")
    }

    /// `record` with the gaps filled: the outlet for any record; the title, date and link
    /// only for the one article of a one-article file (in a list they would name the file,
    /// not each article).
    func filling(_ record: ParsedRecord, oneArticle: Bool) -> ParsedRecord {
        var r = record
        r.source = r.source ?? source
        if oneArticle {
            r.title = r.title ?? title
            r.date = r.date ?? date
            r.url = r.url ?? url
        }
        return r
    }
}

/// Reads tables that describe article files: a header naming a file column and at least
/// one of title, date, source or link (named as JSON fields are, `JSONFormat.Fields`).
enum FileMetadataTable {
    static let fileColumns: Set<String> = ["file", "filename", "file_name", "path", "filepath", "file_path", "document"]

    /// The metadata of each file the table at `path` names, by that name as written with
    /// any leading `./` dropped; nil when the file is not such a table.
    static func read(path: String) -> [String: FileMetadata]? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let bytes = [UInt8](data)
        let firstLineEnd = bytes.firstIndex(of: 0x0A) ?? bytes.count
        let described = Set(JSONFormat.Fields.title + JSONFormat.Fields.date + JSONFormat.Fields.source + JSONFormat.Fields.url)
        guard let header = CSVFormat.header(bytes[..<firstLineEnd], accept: { keys in
            keys.contains { fileColumns.contains($0.lowercased()) } && keys.contains(where: described.contains)
        }), let fileColumn = header.keys.firstIndex(where: { fileColumns.contains($0.lowercased()) }),
            var at = CSVFormat.record(bytes, from: 0, delimiter: header.delimiter, atEnd: true)?.next else { return nil }
        var result: [String: FileMetadata] = [:]
        while let row = CSVFormat.record(bytes, from: at, delimiter: header.delimiter, atEnd: true) {
            at = row.next
            guard row.fields.count == header.keys.count else { continue }
            var name = Substring(row.fields[fileColumn].trimmingWhitespace())
            while name.hasPrefix("./") { name = name.dropFirst(2) }
            guard !name.isEmpty else { continue }
            var object: [String: Any] = [:]
            for (key, value) in zip(header.keys, row.fields) where object[key] == nil { object[key] = value }
            let date = JSONFormat.Fields.date.lazy.compactMap { JSONFormat.string(object[$0]).flatMap(DateParsing.anyDate) }.first
            result[String(name)] = FileMetadata(
                title: JSONFormat.first(JSONFormat.Fields.title, in: object).map(HTMLText.text(fromPlain:)),
                date: date,
                source: JSONFormat.first(JSONFormat.Fields.source, in: object),
                url: JSONFormat.first(JSONFormat.Fields.url, in: object))
        }
        return result
    }

    /// Gives each of `files` (walked below `folder`) what the `tables` there (paths relative
    /// to `folder`) say about it. A table speaks for files by their paths relative to its own
    /// folder; one deeper in the tree wins over one above it.
    static func attach(tables: [String], folder: String, to files: inout [CorpusFile]) {
        guard !tables.isEmpty else { return }
        var byRelative: [String: FileMetadata] = [:]
        // Shallower tables first, so deeper ones overwrite them.
        for table in tables.sorted(by: { ($0.split(separator: "/").count, $0) < ($1.split(separator: "/").count, $1) }) {
            let prefix = folder.hasSuffix("/") ? folder : folder + "/"
            guard let rows = read(path: prefix + table) else { continue }
            let dir = table.contains("/") ? String(table[..<table.lastIndex(of: "/")!]) + "/" : ""
            for (name, metadata) in rows { byRelative[dir + name] = metadata }
        }
        guard !byRelative.isEmpty else { return }
        for i in files.indices {
            if let m = byRelative[files[i].idBase] { files[i].metadata = m }
        }
    }
}
