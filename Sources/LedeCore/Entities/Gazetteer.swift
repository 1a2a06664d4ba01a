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
    }

    static let maxWords = 4
    /// Set on the hash of every proper prefix of a longer phrase, so matching stops as
    /// soon as no listed phrase can continue (one lookup for most tokens).
    static let prefixBit: UInt16 = 1 << 15
    static let listBits: UInt16 = ~prefixBit
    private var index: HashIndex
    private var flags: [UInt16]

    init(entries: [UInt64: UInt16]) {
        index = HashIndex(capacityFor: entries.count)
        flags = []
        flags.reserveCapacity(entries.count)
        for (k, f) in entries.sorted(by: { $0.key < $1.key }) {
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

    /// For each token of a sentence, the lists of the longest phrase covering it: `begin`
    /// where the phrase starts there, `inside` where it continues.
    func match(lowerHashes: [UInt64]) -> (begin: [UInt16], inside: [UInt16]) {
        let n = lowerHashes.count
        var begin = [UInt16](repeating: 0, count: n)
        var inside = [UInt16](repeating: 0, count: n)
        var i = 0
        while i < n {
            var h: UInt64 = 0x5bd1_e995
            var best = 0
            var bestFlags: UInt16 = 0
            var k = 0
            while k < Self.maxWords, i + k < n {
                h = FeatureHash.combine(h, lowerHashes[i + k])
                let f = flags(ofPhrase: h)
                if f & Self.listBits != 0 { best = k + 1; bestFlags = f & Self.listBits }
                if f & Self.prefixBit == 0 { break }
                k += 1
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
        let bytes = [UInt8](data)
        guard bytes.count >= 12, Array(bytes[0..<8]) == magic else { return nil }
        var reader = ByteReader(bytes: bytes, offset: 8)
        guard let count = reader.u32(), bytes.count == 12 + Int(count) * 10 else { return nil }
        var entries: [UInt64: UInt16] = [:]
        entries.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard let k = reader.u64(), let f = reader.u16() else { return nil }
            entries[k] = f
        }
        return Gazetteer(entries: entries)
    }
}

/// Little-endian reads from a byte array, nil past the end.
struct ByteReader {
    let bytes: [UInt8]
    var offset: Int

    mutating func u16() -> UInt16? {
        guard offset + 2 <= bytes.count else { return nil }
        defer { offset += 2 }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    mutating func u32() -> UInt32? {
        guard offset + 4 <= bytes.count else { return nil }
        var v: UInt32 = 0
        for k in 0..<4 { v |= UInt32(bytes[offset + k]) << (8 * UInt32(k)) }
        offset += 4
        return v
    }

    mutating func u64() -> UInt64? {
        guard offset + 8 <= bytes.count else { return nil }
        var v: UInt64 = 0
        for k in 0..<8 { v |= UInt64(bytes[offset + k]) << (8 * UInt64(k)) }
        offset += 8
        return v
    }
}
