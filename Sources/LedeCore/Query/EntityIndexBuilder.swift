/// Gathers an `EntityIndex` from mentions given as UTF-8 bytes, one document after another:
/// names are interned by their bytes, so a mention costs two hash-table look-ups and no
/// `String`. (With a `String` dictionary per entity for its spellings, building the index
/// from 100,000 stored articles' mentions took over two seconds of a refresh.)
public struct EntityIndexBuilder {
    /// Entities by their type's byte and canonical name's bytes; ids in first-seen order.
    private var entityNames = TermTable()
    private var docs: [[Int32]] = []
    private var counts: [[Int32]] = []
    /// Spellings by their entity id's four bytes and the text's bytes.
    private var spellings = TermTable()
    private var spellingEntity: [Int32] = []
    private var spellingCount: [Int] = []
    private var key: [UInt8] = []

    public init() {}

    /// One mention in document `doc`; documents come in ascending order.
    public mutating func add(doc: Int32, type: EntityType, canonical: UnsafeRawBufferPointer,
                             text: UnsafeRawBufferPointer) {
        key.removeAll(keepingCapacity: true)
        key.append(Self.byte(of: type))
        key.append(contentsOf: canonical)
        let entity = key.withUnsafeBufferPointer { entityNames.id(of: $0) }
        let e = Int(entity)
        if e == docs.count {
            docs.append([])
            counts.append([])
        }
        if docs[e].last == doc {
            counts[e][counts[e].count - 1] += 1
        } else {
            docs[e].append(doc)
            counts[e].append(1)
        }
        key.removeAll(keepingCapacity: true)
        withUnsafeBytes(of: entity.littleEndian) { key.append(contentsOf: $0) }
        key.append(contentsOf: text)
        let s = Int(key.withUnsafeBufferPointer { spellings.id(of: $0) })
        if s == spellingCount.count {
            spellingCount.append(0)
            spellingEntity.append(entity)
        }
        spellingCount[s] += 1
    }

    /// `add(doc:type:canonical:text:)` with the names as strings.
    public mutating func add(doc: Int32, _ mention: EntityMention) {
        var canonical = mention.canonical, text = mention.text
        canonical.withUTF8 { c in
            text.withUTF8 { t in add(doc: doc, type: mention.type, canonical: UnsafeRawBufferPointer(c), text: UnsafeRawBufferPointer(t)) }
        }
    }

    /// The records, in the order entities were first seen, each with its spellings most
    /// frequent first (ties in string order).
    var records: [EntityIndex.Record] {
        var spellingsOf = [[(text: String, count: Int)]](repeating: [], count: docs.count)
        for s in spellingCount.indices {
            let text = spellings.withBytes(of: s) { String(decoding: $0.dropFirst(4), as: UTF8.self) }
            spellingsOf[Int(spellingEntity[s])].append((text, spellingCount[s]))
        }
        return docs.indices.map { e in
            let (type, canonical) = entityNames.withBytes(of: e) { bytes in
                (Self.types[Int(bytes[0])], String(decoding: bytes.dropFirst(), as: UTF8.self))
            }
            let variants = spellingsOf[e].sorted { $0.count != $1.count ? $0.count > $1.count : $0.text < $1.text }
            return EntityIndex.Record(key: EntityIndex.Key(type: type, canonical: canonical),
                                      variants: variants.map(\.text), docs: docs[e], counts: counts[e])
        }
    }

    private static let types: [EntityType] = [.person, .org, .place, .money, .date, .percent, .group]

    /// The type's place in `types` (a switch: `==` on a raw-value enum compares strings).
    private static func byte(of type: EntityType) -> UInt8 {
        switch type {
        case .person: 0
        case .org: 1
        case .place: 2
        case .money: 3
        case .date: 4
        case .percent: 5
        case .group: 6
        }
    }
}
