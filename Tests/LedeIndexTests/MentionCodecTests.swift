import Foundation
import Testing
import LedeCore
@testable import LedeIndex

/// Mentions are stored as one blob an article; the search index reads them back as bytes.
@Suite struct MentionCodecTests {
    static let mentions = [
        EntityMention(span: TextSpan(0, 3), text: "ICE", type: .org, canonical: "Immigration and Customs Enforcement"),
        EntityMention(span: TextSpan(10, 16), text: "Zürich", type: .place, canonical: "Zürich"),
        EntityMention(span: TextSpan(200, 207), text: "Tuesday", type: .date, canonical: "2018-06-19", resolvedDate: "2018-06-19"),
        EntityMention(span: TextSpan(70_000, 70_002), text: "北京", type: .place, canonical: "北京"),
    ]

    @Test func bytesReadBackAsWritten() throws {
        let blob = MentionCodec.encode(Self.mentions)
        #expect(try MentionCodec.decode(blob) == Self.mentions)
        var seen: [String] = []
        try blob.withUnsafeBytes { raw in
            try MentionCodec.visit(raw) { start, length, type, text, canonical, resolved in
                let s = { (b: UnsafeRawBufferPointer) in String(decoding: b, as: UTF8.self) }
                seen.append("\(start)+\(length) \(type.rawValue) \(s(text)) \(canonical.map(s) ?? "=") \(s(resolved))")
            }
        }
        #expect(seen == ["0+3 ORG ICE Immigration and Customs Enforcement ", "10+6 PLACE Zürich = ",
                         "200+7 DATE Tuesday 2018-06-19 2018-06-19", "70000+2 PLACE 北京 = "])
    }

    @Test func damagedBlobsAreRefusedNotRead() {
        let blob = MentionCodec.encode(Self.mentions)
        for cut in [1, 5, blob.count / 2, blob.count - 1] {
            #expect(throws: MentionCodec.Corrupt.self) { try MentionCodec.decode(blob.prefix(cut)) }
        }
        #expect(throws: MentionCodec.Corrupt.self) { try MentionCodec.decode(Data([0xFF, 0xFF, 0xFF])) }
    }
}
