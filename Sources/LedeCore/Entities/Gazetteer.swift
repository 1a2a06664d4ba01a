import Foundation

/// Name lists the tagger uses as features (never as hard rules): first and last names,
/// countries, cities, regions, nationality words, organisation and place cue words, titles.
/// Stored as hashed lower-cased token sequences (up to `maxWords` tokens) with a bit per list.
struct Gazetteer: Sendable {
    enum List: Int, CaseIterable, Sendable {
        case firstName, lastName, country, city, region, demonym, orgCue, locCue, title,
             orgSuffix, dateWord, bigCity,
             /// Written lower-case most of the time in the training text (`image`, `man`).
             commonWord

        /// This list's bit in a token's list flags.
        var bit: UInt16 { 1 << UInt16(rawValue) }
    }

    static let maxWords = 4
    /// Set on the hash of every proper prefix of a longer phrase, so matching stops as
    /// soon as no listed phrase can continue (one lookup for most tokens).
    static let prefixBit: UInt16 = 1 << 15
    static let listBits: UInt16 = ~prefixBit
    private var index: HashIndex
    private var flags: [UInt16]

    init(entries: [UInt64: UInt16]) {
        self.init(pairs: entries.sorted(by: { $0.key < $1.key }).map { ($0.key, $0.value) })
    }

    init(pairs: [(UInt64, UInt16)]) {
        index = HashIndex(capacityFor: pairs.count)
        flags = []
        flags.reserveCapacity(pairs.count)
        for (k, f) in pairs {
            index.insert(k, Int32(flags.count))
            flags.append(f)
        }
    }

    static let empty = Gazetteer(entries: [:])

    /// Hash of a phrase from its tokens' lower-case hashes.
    @inline(__always) static func phraseHash(_ tokenHashes: some Sequence<UInt64>) -> UInt64 {
        var h: UInt64 = 0x5bd1_e995
        for t in tokenHashes { h = FeatureHash.combine(h, t) }
        return h
    }

    /// The lists a phrase is on (and `prefixBit` if it starts a longer listed phrase).
    @inline(__always) func flags(ofPhrase h: UInt64) -> UInt16 {
        let i = index.lookup(h)
        return i < 0 ? 0 : flags[Int(i)]
    }

    /// The flags of the phrases starting at a word, one word longer at a time (`length`
    /// 1, 2, ...), up to `limit` words or until no listed phrase goes on. `word(k)` is the
    /// lower-case hash of the phrase's `k`th word; `firstWordFlags` may stand in for the
    /// one-word lookup (a caller's cache).
    @inline(__always) func walkPhrases(limit: Int, word: (Int) -> UInt64, firstWordFlags: UInt16? = nil,
                                       _ visit: (_ length: Int, _ flags: UInt16) -> Void) {
        var h: UInt64 = 0x5bd1_e995
        var k = 0
        while k < min(limit, Self.maxWords) {
            h = FeatureHash.combine(h, word(k))
            let f = k == 0 ? firstWordFlags ?? flags(ofPhrase: h) : flags(ofPhrase: h)
            visit(k + 1, f)
            if f & Self.prefixBit == 0 { return }
            k += 1
        }
    }

    /// For each token of a sentence, the lists of the longest phrase covering it: `begin`
    /// where the phrase starts there, `inside` where it continues.
    func match(lowerHashes: [UInt64]) -> (begin: [UInt16], inside: [UInt16]) {
        match(lowerHashes: lowerHashes) { flags(ofPhrase: FeatureHash.combine(0x5bd1_e995, $0)) }
    }

    /// As `match(lowerHashes:)`, with the flags of one-word phrases from `wordFlags` (a
    /// cache: most tokens are frequent words, and the table is too big for the CPU caches).
    func match(lowerHashes: [UInt64], wordFlags: (UInt64) -> UInt16) -> (begin: [UInt16], inside: [UInt16]) {
        let n = lowerHashes.count
        var begin = [UInt16](repeating: 0, count: n)
        var inside = [UInt16](repeating: 0, count: n)
        var i = 0
        while i < n {
            var best = 0
            var bestFlags: UInt16 = 0
            walkPhrases(limit: n - i, word: { lowerHashes[i + $0] }, firstWordFlags: wordFlags(lowerHashes[i])) { length, f in
                if f & Self.listBits != 0 { best = length; bestFlags = f & Self.listBits }
            }
            if best == 0 { i += 1; continue }
            // Single words keep every list they are on; longer phrases win over them.
            begin[i] |= bestFlags
            for j in (i + 1)..<(i + best) { inside[j] |= bestFlags }
            i += best
        }
        return (begin, inside)
    }

    // MARK: File format: "LEDEGAZ1", UInt32 count, then count × (UInt64 key, UInt16 flags).

    static let magic = Array("LEDEGAZ1".utf8)

    static func encode(_ entries: [UInt64: UInt16]) -> Data {
        var out = Data(magic)
        var count = UInt32(entries.count).littleEndian
        withUnsafeBytes(of: &count) { out.append(contentsOf: $0) }
        for (k, f) in entries.sorted(by: { $0.key < $1.key }) {
            var kk = k.littleEndian, ff = f.littleEndian
            withUnsafeBytes(of: &kk) { out.append(contentsOf: $0) }
            withUnsafeBytes(of: &ff) { out.append(contentsOf: $0) }
        }
        return out
    }

    static func decode(_ data: Data) -> Gazetteer? {
        data.withUnsafeBytes { raw -> Gazetteer? in
            guard raw.count >= 12, Array(raw[0..<8]) == magic else { return nil }
            let count = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt32.self)))
            guard raw.count == 12 + count * 10 else { return nil }
            var pairs: [(UInt64, UInt16)] = []
            pairs.reserveCapacity(count)
            for i in 0..<count {
                let o = 12 + i * 10
                pairs.append((UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: o, as: UInt64.self)),
                              UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: o + 8, as: UInt16.self))))
            }
            return Gazetteer(pairs: pairs)
        }
    }
}
