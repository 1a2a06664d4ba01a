import Foundation
import LedeCore

/// Packs an article's entity mentions into one blob: far faster to write and read than a
/// row per mention, and the reader always wants all mentions of an article at once.
/// Layout per mention: varint start, varint length, type byte, then text, canonical and
/// resolved date as varint-length-prefixed UTF-8 (resolved date length 0 = none).
enum MentionCodec {
    static let types = EntityType.allCases

    static func encode(_ mentions: [EntityMention]) -> Data {
        var out = ByteWriter()
        out.bytes.reserveCapacity(mentions.count * 24)
        out.varint(mentions.count)
        for m in mentions {
            out.varint(m.span.start)
            out.varint(m.span.length)
            out.bytes.append(UInt8(types.firstIndex(of: m.type) ?? 0))
            out.string(m.text)
            // The canonical name is usually the text itself: store that as a zero length.
            if m.canonical == m.text { out.varint(0) } else { out.varint(1); out.string(m.canonical) }
            out.string(m.resolvedDate ?? "")
        }
        return Data(out.bytes)
    }

    typealias Corrupt = ByteReader.Corrupt

    static func decode(_ data: Data) throws -> [EntityMention] {
        try data.withUnsafeBytes { raw -> [EntityMention] in
            var result: [EntityMention] = []
            try visit(raw, count: { result.reserveCapacity($0) }) { start, length, type, text, canonical, resolved in
                let written = String(decoding: text, as: UTF8.self)
                let resolvedDate = resolved.isEmpty ? nil : String(decoding: resolved, as: UTF8.self)
                result.append(EntityMention(span: TextSpan(start, start + length), text: written, type: type,
                                            canonical: canonical.map { String(decoding: $0, as: UTF8.self) } ?? written,
                                            resolvedDate: resolvedDate))
            }
            return result
        }
    }

    /// Each mention in `raw` as its span, type and the bytes of its text, canonical name
    /// (nil: the text itself) and resolved date (empty: none), valid during the call: for
    /// readers that need no `String`s. `count` gets the number of mentions first.
    static func visit(_ raw: UnsafeRawBufferPointer, count: (Int) -> Void = { _ in },
                      _ body: (_ start: Int, _ length: Int, _ type: EntityType, _ text: UnsafeRawBufferPointer,
                               _ canonical: UnsafeRawBufferPointer?, _ resolved: UnsafeRawBufferPointer) throws -> Void) throws {
        var r = ByteReader(raw: raw)
        let n = try r.varint()
        guard n <= raw.count else { throw Corrupt() }
        count(n)
        for _ in 0..<n {
            let start = try r.varint()
            let length = try r.varint()
            let t = Int(try r.byte())
            guard t < types.count else { throw Corrupt() }
            let text = try r.rawBytes(try r.varint())
            let canonical = try r.varint() == 0 ? nil : try r.rawBytes(try r.varint())
            let resolved = try r.rawBytes(try r.varint())
            try body(start, length, types[t], text, canonical, resolved)
        }
    }
}
