import Testing
@testable import LedeCore

/// The entity index is gathered by interning names' bytes; it must hold what gathering
/// them by `String` holds: the same entities in the same order, the same spellings in the
/// same order, the same articles and counts.
@Suite struct EntityIndexBuilderTests {
    /// Entities by (type, canonical), first seen first; spellings most frequent first, ties
    /// in string order (how the index was built before the builder).
    static func reference(_ mentions: [[EntityMention]]) -> [EntityIndex.Record] {
        var byKey: [EntityIndex.Key: Int] = [:]
        var records: [EntityIndex.Record] = []
        var spellings: [[String: Int]] = []
        for (d, ms) in mentions.enumerated() {
            for m in ms {
                let key = EntityIndex.Key(type: m.type, canonical: m.canonical)
                let i = byKey[key] ?? {
                    byKey[key] = records.count
                    records.append(EntityIndex.Record(key: key, variants: [], docs: [], counts: []))
                    spellings.append([:])
                    return records.count - 1
                }()
                if records[i].docs.last == Int32(d) {
                    records[i].counts[records[i].counts.count - 1] += 1
                } else {
                    records[i].docs.append(Int32(d))
                    records[i].counts.append(1)
                }
                spellings[i][m.text, default: 0] += 1
            }
        }
        for i in records.indices {
            let c = spellings[i]
            records[i].variants = c.keys.sorted { (c[$0]!, $1) > (c[$1]!, $0) }
        }
        return records
    }

    static func mention(_ text: String, _ type: EntityType, _ canonical: String) -> EntityMention {
        EntityMention(span: TextSpan(0, text.unicodeScalars.count), text: text, type: type, canonical: canonical)
    }

    static func same(_ a: [EntityIndex.Record], _ b: [EntityIndex.Record]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { x, y in
            x.key == y.key && x.variants == y.variants && x.docs == y.docs && x.counts == y.counts
        }
    }

    @Test func gathersWhatStringsGather() {
        let m = Self.mention
        let made: [[EntityMention]] = [
            [m("ICE", .org, "Immigration and Customs Enforcement"), m("Immigration and Customs Enforcement", .org, "Immigration and Customs Enforcement"),
             m("ICE", .org, "Immigration and Customs Enforcement"), m("Paris", .place, "Paris"), m("Paris", .person, "Paris")],
            [],
            // Two spellings once each: the tie goes to string order.
            [m("Zürich", .place, "Zürich"), m("Zurich", .place, "Zürich"), m("北京", .place, "北京"), m("ICE", .org, "Immigration and Customs Enforcement")],
            [m("$3 million", .money, "$3 million"), m("Paris", .place, "Paris"), m("Paris", .place, "Paris"), m("", .org, "")],
        ]
        let seeds = CorpusLoader().load(paths: [EntitySeedTests.seedsFolder]).articles
        for mentions in [made, EntityExtractor().mentions(in: seeds), made + EntityExtractor().mentions(in: seeds) + made] {
            var builder = EntityIndexBuilder()
            for (d, ms) in mentions.enumerated() { for x in ms { builder.add(doc: Int32(d), x) } }
            let want = Self.reference(mentions)
            #expect(Self.same(builder.records, want))
            #expect(want.count > 3)
        }
        var builder = EntityIndexBuilder()
        for (d, ms) in made.enumerated() { for x in ms { builder.add(doc: Int32(d), x) } }
        let zurich = builder.records.first { $0.key.canonical == "Zürich" }
        #expect(zurich?.variants == ["Zurich", "Zürich"])
        #expect(builder.records.filter { $0.key.canonical == "Paris" }.map(\.key.type) == [.place, .person])
    }
}
