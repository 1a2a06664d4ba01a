/// Term ids by normalized UTF-8 bytes: an open-addressing hash table over a flat byte
/// store, so indexing looks up each word without making a `String` and hashing it with
/// SipHash (together most of the cost of building the word index).
struct TermTable {
    private var slots: [Int32]
    private var mask: Int
    private var hashes: [UInt64] = []
    /// Every term's bytes end to end; term `t` is `bytes[starts[t]..<starts[t+1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int32] = [0]

    init() {
        slots = Array(repeating: -1, count: 1 << 16)
        mask = slots.count - 1
    }

    var count: Int { hashes.count }

    /// Term `id`'s bytes, valid during the call (for moving terms between tables).
    func withBytes<R>(of id: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        bytes.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[Int(starts[id])..<Int(starts[id + 1])]))
        }
    }

    func term(_ id: Int) -> String {
        String(decoding: bytes[Int(starts[id])..<Int(starts[id + 1])], as: UTF8.self)
    }

    /// The id of `term`, adding it if new.
    mutating func id(of term: UnsafeBufferPointer<UInt8>) -> Int32 {
        let h = Self.hash(term)
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let id = slots[i]
            if id < 0 { break }
            if hashes[Int(id)] == h && equals(Int(id), term) { return id }
            i = (i + 1) & mask
        }
        let id = Int32(hashes.count)
        hashes.append(h)
        bytes.append(contentsOf: term)
        starts.append(Int32(bytes.count))
        slots[i] = id
        if hashes.count * 2 > slots.count { grow() }
        return id
    }

    private func equals(_ id: Int, _ term: UnsafeBufferPointer<UInt8>) -> Bool {
        let lo = Int(starts[id]), hi = Int(starts[id + 1])
        guard hi - lo == term.count else { return false }
        for k in 0..<term.count where bytes[lo + k] != term[k] { return false }
        return true
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        for (id, h) in hashes.enumerated() {
            var i = Int(truncatingIfNeeded: h) & mask
            while slots[i] >= 0 { i = (i + 1) & mask }
            slots[i] = Int32(id)
        }
    }

    /// FNV-1a with a final mix so the low bits (the slot) depend on every byte.
    static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for x in b { h = (h ^ UInt64(x)) &* 0x100000001b3 }
        h ^= h >> 33
        h = h &* 0xff51afd7ed558ccd
        h ^= h >> 33
        return h
    }
}
