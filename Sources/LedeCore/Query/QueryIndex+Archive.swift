import Foundation

/// A query index kept on disk (the index cache keeps the reader's), so that opening a large
/// corpus again reads a few arrays instead of every article's text. Stored as named parts,
/// each one flat array or record list, so a store can write each as its own blob without
/// building one huge buffer. What is cheap to derive (term lookups, name entries, date
/// order) is rebuilt on load.
extension QueryIndex {
    /// Raises the format number when the parts change meaning.
    public static let archiveFormat = 1

    /// Calls `write` with each part's name and bytes (valid during the call only).
    public func forEachArchivePart(_ write: (String, UnsafeRawBufferPointer) throws -> Void) rethrows {
        try ArchiveBytes.strings(text.terms).withUnsafeBytes { try write("terms", $0) }
        try text.termStarts.withUnsafeBytes { try write("termStarts", $0) }
        try text.postingDocs.withUnsafeBytes { try write("postingDocs", $0) }
        try text.postingStarts.withUnsafeBytes { try write("postingStarts", $0) }
        try text.positions.withUnsafeBytes { try write("positions", $0) }
        try text.sortedTermIDs.withUnsafeBytes { try write("sortedTermIDs", $0) }
        try text.docLengths.withUnsafeBytes { try write("docLengths", $0) }
        try ArchiveBytes.entityRecords(entities.records).withUnsafeBytes { try write("entities", $0) }
    }

    /// The index over `articles` (metadata only is enough) from the parts `part` returns;
    /// fails if one is missing or does not fit these articles. `bodies` reads articles'
    /// text for phrases, as for `init(articles:bodies:mentions:reading:)`.
    public init(articles: [AnalyzedArticle], archivePart part: (String) throws -> ArchivePart?,
                bodies: @escaping ArticleBodies) throws {
        let text = try Self.storedText(articleCount: articles.count, archivePart: part).index
        let records = try ArchiveBytes.entityRecords(from: ArchiveBytes.need("entities", part).whole())
        guard records.allSatisfy({ $0.docs.allSatisfy { $0 >= 0 && Int($0) < articles.count } && $0.docs.count == $0.counts.count }) else {
            throw ArchiveBytes.Damaged("the entity index does not fit the articles")
        }
        self.init(articles: articles, text: text, entities: EntityIndex(records: records), bodies: bodies)
    }

    /// The text half alone, for bringing it up to date (`updatedText`) without holding the
    /// entities and articles as well.
    public static func storedText(articleCount: Int, archivePart part: (String) throws -> ArchivePart?) throws -> TextPart {
        func need(_ name: String) throws -> ArchivePart { try ArchiveBytes.need(name, part) }
        let terms = try ArchiveBytes.strings(from: need("terms").whole())
        let text = TextIndex(terms: terms, sortedTermIDs: try ArchiveBytes.int32s(need("sortedTermIDs")),
                             lengths: try ArchiveBytes.int32s(need("docLengths")),
                             termStarts: try ArchiveBytes.int32s(need("termStarts")),
                             postingDocs: try ArchiveBytes.int32s(need("postingDocs")),
                             postingStarts: try ArchiveBytes.int32s(need("postingStarts")),
                             positions: try ArchiveBytes.int32s(need("positions")))
        guard text.docLengths.count == articleCount, text.termStarts.count == terms.count + 1,
              text.sortedTermIDs.count == terms.count, text.postingStarts.count == text.postingDocs.count + 1,
              text.termStarts.last.map({ Int($0) == text.postingDocs.count }) ?? false,
              text.postingDocs.allSatisfy({ $0 >= 0 && Int($0) < articleCount }) else {
            throw ArchiveBytes.Damaged("the text index does not fit the \(articleCount) articles")
        }
        return TextPart(index: text)
    }
}

extension TextIndex {
    /// From stored arrays, with the sorted term order given rather than sorted again.
    init(terms: [String], sortedTermIDs: [Int32], lengths: [Int32], termStarts: [Int32], postingDocs: [Int32],
         postingStarts: [Int32], positions: [Int32]) {
        self.init(terms: terms, lengths: lengths, termStarts: termStarts, postingDocs: postingDocs,
                  postingStarts: postingStarts, positions: positions, sortedTermIDs: sortedTermIDs)
    }
}

/// Little-endian flat encodings of the archive's parts.
enum ArchiveBytes {
    static func need(_ name: String, _ part: (String) throws -> ArchivePart?) throws -> ArchivePart {
        guard let data = try part(name) else { throw Damaged("missing \(name)") }
        return data
    }

    struct Damaged: Error, CustomStringConvertible {
        var description: String
        init(_ what: String) { description = "stored query index: " + what }
    }

    /// Filled a piece at a time: the array is the only copy of a part (up to a few hundred
    /// MB at 100,000 articles) held whole.
    static func int32s(_ part: ArchivePart) throws -> [Int32] {
        guard part.byteCount % 4 == 0 else { throw Damaged("an array of odd length") }
        return try [Int32](unsafeUninitializedCapacity: part.byteCount / 4) { buffer, count in
            let raw = UnsafeMutableRawBufferPointer(buffer)
            var filled = 0
            try part.forEachPiece { piece in
                guard filled + piece.count <= raw.count else { throw Damaged("a part longer than it said") }
                piece.withUnsafeBytes { bytes in
                    if let base = bytes.baseAddress { memcpy(raw.baseAddress! + filled, base, bytes.count) }
                }
                filled += piece.count
            }
            guard filled == raw.count else { throw Damaged("a part shorter than it said") }
            count = part.byteCount / 4
        }
    }

    /// Count, then each string as its UTF-8 length and bytes.
    static func strings(_ values: [String]) -> [UInt8] {
        var out = Writer()
        out.int(values.count)
        for v in values { out.string(v) }
        return out.bytes
    }

    static func strings(from data: Data) throws -> [String] {
        var r = Reader(data)
        return try (0..<r.count()).map { _ in try r.string() }
    }

    static func entityRecords(_ records: [EntityIndex.Record]) -> [UInt8] {
        var out = Writer()
        out.int(records.count)
        for r in records {
            out.string(r.key.type.rawValue)
            out.string(r.key.canonical)
            out.int(r.variants.count)
            for v in r.variants { out.string(v) }
            out.int(r.docs.count)
            for d in r.docs { out.int(Int(d)) }
            for c in r.counts { out.int(Int(c)) }
        }
        return out.bytes
    }

    static func entityRecords(from data: Data) throws -> [EntityIndex.Record] {
        var r = Reader(data)
        return try (0..<r.count()).map { _ in
            guard let type = EntityType(rawValue: try r.string()) else { throw Damaged("an unknown entity type") }
            let canonical = try r.string()
            let variants = try (0..<r.count()).map { _ in try r.string() }
            let n = try r.count()
            let docs = try (0..<n).map { _ in Int32(try r.int()) }
            let counts = try (0..<n).map { _ in Int32(try r.int()) }
            return EntityIndex.Record(key: .init(type: type, canonical: canonical), variants: variants, docs: docs, counts: counts)
        }
    }

    struct Writer {
        var bytes: [UInt8] = []
        mutating func int(_ v: Int) {
            var x = UInt32(truncatingIfNeeded: v).littleEndian
            withUnsafeBytes(of: &x) { bytes.append(contentsOf: $0) }
        }
        mutating func string(_ s: String) {
            int(s.utf8.count)
            bytes.append(contentsOf: s.utf8)
        }
    }

    struct Reader {
        let data: Data
        var at: Int
        init(_ data: Data) { self.data = data; at = data.startIndex }
        mutating func int() throws -> Int {
            guard at + 4 <= data.endIndex else { throw Damaged("cut short") }
            var x: UInt32 = 0
            for k in 0..<4 { x |= UInt32(data[at + k]) << (8 * k) }
            at += 4
            return Int(x)
        }
        /// A count, checked against what is left so a damaged one cannot ask for gigabytes.
        mutating func count() throws -> Int {
            let n = try int()
            guard n <= data.endIndex - at else { throw Damaged("a count beyond the data") }
            return n
        }
        mutating func string() throws -> String {
            let n = try count()
            defer { at += n }
            return String(decoding: data[at..<(at + n)], as: UTF8.self)
        }
    }
}

/// One stored part of a query index, read back a piece at a time (a store may keep it in
/// pieces; see `QueryIndexStore` in LedeIndex).
public struct ArchivePart {
    public let byteCount: Int
    public let forEachPiece: ((Data) throws -> Void) throws -> Void

    public init(byteCount: Int, forEachPiece: @escaping ((Data) throws -> Void) throws -> Void) {
        self.byteCount = byteCount
        self.forEachPiece = forEachPiece
    }

    /// The pieces joined (for the small parts).
    public func whole() throws -> Data {
        var data = Data(capacity: byteCount)
        try forEachPiece { data.append($0) }
        return data
    }
}

