/// Stable 64-bit hashing for words and features. Swift's `Hasher` is seeded per process, so
/// model files need their own function: FNV-1a over scalars, finished by a SplitMix64 mix.
enum FeatureHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always) static func mix(_ x0: UInt64) -> UInt64 {
        var x = x0 &+ 0x9E37_79B9_7F4A_7C15
        x = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
        x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
        return x ^ (x >> 31)
    }

    @inline(__always) static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        mix(a &* 0x100_0000_01B3 ^ b)
    }

    @inline(__always) static func combine(_ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        combine(combine(a, b), c)
    }

    /// Hash of a string's scalars (case as given).
    static func of(_ s: String) -> UInt64 {
        var h = seed
        for u in s.unicodeScalars { h = (h ^ UInt64(u.value)) &* 0x100_0000_01B3 }
        return mix(h)
    }

    /// Lower-cases one scalar; ASCII fast path. Curly quotes and apostrophes count as
    /// straight ones and en dashes as em dashes, since sources mix them freely.
    @inline(__always) static func lower(_ s: Unicode.Scalar) -> UInt32 {
        let v = s.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) ? v | 0x20 : v }
        switch v {
        case 0x2018, 0x2019, 0x201B, 0x2032: return 0x27
        case 0x201C, 0x201D, 0x201E, 0x2033: return 0x22
        case 0x2013: return 0x2014
        default: break
        }
        // General Punctuation (dashes, quotes, spaces): no case; property look-ups are slow.
        if v >= 0x2000 && v <= 0x206F { return v }
        if let f = ScalarProperties.flags(s) {
            return f & ScalarProperties.uppercase != 0 ? ScalarProperties.lowerFirst[Int(v)] : v
        }
        if s.properties.isUppercase, let l = s.properties.lowercaseMapping.unicodeScalars.first { return l.value }
        return v
    }
}

/// Open-addressing table from 64-bit keys to small integers, built once, read-only after.
struct HashIndex: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    /// A one-hash Bloom filter over the keys (about 1 bit in 16 set), so most misses
    /// never touch the big key array.
    private var filter: [UInt64]
    private var filterMask: Int

    init(capacityFor count: Int) {
        var cap = 16
        while cap < count * 2 { cap <<= 1 }
        keys = Array(repeating: 0, count: cap)
        values = Array(repeating: -1, count: cap)
        mask = cap - 1
        var bits = 1 << 12
        while bits < count * 16 { bits <<= 1 }
        filter = Array(repeating: 0, count: bits / 64)
        filterMask = bits - 1
    }

    /// Key 0 is reserved as "empty"; callers' hashes are never 0 in practice, and a 0 is
    /// remapped to 1 on both sides so lookups stay consistent.
    @inline(__always) private static func slotKey(_ k: UInt64) -> UInt64 { k == 0 ? 1 : k }

    mutating func insert(_ key: UInt64, _ value: Int32) {
        let k = Self.slotKey(key)
        var i = Int(truncatingIfNeeded: k >> 7) & mask
        while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
        keys[i] = k
        values[i] = value
        let bit = Int(truncatingIfNeeded: k >> 40) & filterMask
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// Runs `body` with a lookup function over raw buffers (no per-lookup closure setup),
    /// for hot loops.
    @inline(__always) func withLookup<R>(_ body: ((UInt64) -> Int32) -> R) -> R {
        keys.withUnsafeBufferPointer { ks in
            values.withUnsafeBufferPointer { vs in
                let mask = self.mask
                return body { key in
                    let k = key == 0 ? 1 : key
                    var i = Int(truncatingIfNeeded: k >> 7) & mask
                    while true {
                        let s = ks[i]
                        if s == k { return vs[i] }
                        if s == 0 { return -1 }
                        i = (i + 1) & mask
                    }
                }
            }
        }
    }

    @inline(__always) func lookup(_ key: UInt64) -> Int32 {
        let k = Self.slotKey(key)
        let bit = Int(truncatingIfNeeded: k >> 40) & filterMask
        if filter[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return -1 }
        return keys.withUnsafeBufferPointer { ks in
            var i = Int(truncatingIfNeeded: k >> 7) & mask
            while true {
                let s = ks[i]
                if s == k { return values[i] }
                if s == 0 { return -1 }
                i = (i + 1) & mask
            }
        }
    }
}

/// A set of 64-bit word hashes (already well mixed, so their low bits index the table):
/// for the per-article word sets, where `Set<UInt64>` spends its time rehashing them.
struct HashSet64 {
    private var slots: [UInt64]
    private var mask: Int
    private var hasZero = false
    private var filled = 0

    init(capacity: Int = 16) {
        var cap = 16
        while cap < capacity * 2 { cap <<= 1 }
        slots = [UInt64](repeating: 0, count: cap)
        mask = cap - 1
    }

    /// A set of fixed words' hashes (for the rules' word lists: `Set<UInt64>` hashes each
    /// asked hash again with SipHash).
    init(_ keys: [UInt64]) {
        self.init(capacity: keys.count)
        for k in keys { insert(k) }
    }

    mutating func insert(_ k: UInt64) {
        guard k != 0 else { hasZero = true; return }
        if (filled + 1) * 2 > slots.count { grow() }
        var i = Int(truncatingIfNeeded: k) & mask
        while true {
            let s = slots[i]
            if s == k { return }
            if s == 0 { slots[i] = k; filled += 1; return }
            i = (i + 1) & mask
        }
    }

    func contains(_ k: UInt64) -> Bool {
        guard k != 0 else { return hasZero }
        var i = Int(truncatingIfNeeded: k) & mask
        while true {
            let s = slots[i]
            if s == k { return true }
            if s == 0 { return false }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        mask = slots.count - 1
        filled = 0
        for k in old where k != 0 { insert(k) }
    }
}
