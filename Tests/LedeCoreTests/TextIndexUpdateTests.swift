import Testing
@testable import LedeCore

/// A refresh moves the kept articles' postings instead of tokenizing every article again:
/// the result must be the index a build from scratch would give.
@Suite struct TextIndexUpdateTests {
    static let before = [
        "The prime minister spoke. The minister of finance left.",
        "Harbour strike at dawn; the harbour strike ended.",
        "Drones, drones' rules and a drone-pilot.",
        "Only this article says zebra.",
        "Prime minister, prime minister: la la la.",
    ]

    static func compact(_ bodies: [String]) -> TextIndex { TextIndex(compact: bodies) }

    /// Every term's articles and counts, and each article's length: what queries and
    /// ranking read.
    static func contents(_ index: TextIndex) -> [String: [[Int32]]] {
        var all: [String: [[Int32]]] = [:]
        for (t, term) in index.terms.enumerated() {
            let p = index.postings(Int32(t))
            all[term] = (0..<p.count).map { [p.docs[p.docs.startIndex + $0], Int32(p.termFrequency(at: $0))] }
        }
        all["(lengths)"] = [index.docLengths]
        return all
    }

    @Test func keptMovedRemovedDroppedAndNewTokenized() throws {
        // Article 1 changed (new text), 3 went away (and `zebra` with it), two arrived.
        let after = [Self.before[0], "Harbour strike over; a new harbour deal.", Self.before[2],
                     "A fresh article about a prime stripe-free harbour.", Self.before[4], "Last one: drones again."]
        let kept: [Int32?] = [0, nil, 2, nil, 4, nil]
        let fresh = TextIndex.compactRun([after[1], after[3], after[5]])
        let updated = try #require(TextIndex(updating: Self.compact(Self.before), kept: kept, fresh: fresh))
        let rebuilt = Self.compact(after)
        #expect(Self.contents(updated) == Self.contents(rebuilt))
        #expect(updated.termIDs["zebra"] == nil)
        #expect(updated.averageDocLength == rebuilt.averageDocLength)
    }

    @Test func nothingKeptIsABuildAndNothingNewIsAFilter() throws {
        let all = TextIndex(updating: Self.compact(Self.before), kept: Array(repeating: nil, count: 5),
                            fresh: TextIndex.compactRun(Self.before))
        #expect(Self.contents(try #require(all)) == Self.contents(Self.compact(Self.before)))
        let some = TextIndex(updating: Self.compact(Self.before), kept: [1, 4], fresh: TextIndex.compactRun([String]()))
        #expect(Self.contents(try #require(some)) == Self.contents(Self.compact([Self.before[1], Self.before[4]])))
    }

    /// Kept articles out of their old order, or a fresh run of the wrong size: the caller
    /// builds from scratch.
    @Test func refusesWhatItCannotMoveInOrder() {
        let old = Self.compact(Self.before)
        #expect(TextIndex(updating: old, kept: [2, 1], fresh: TextIndex.compactRun([String]())) == nil)
        #expect(TextIndex(updating: old, kept: [0, nil], fresh: TextIndex.compactRun(["a", "b"])) == nil)
        #expect(TextIndex(updating: TextIndex(bodies: Self.before), kept: [0], fresh: TextIndex.compactRun([String]())) == nil)
    }
}
