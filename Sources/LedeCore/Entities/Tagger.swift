import Foundation

/// A greedy left-to-right averaged-perceptron tagger over BIO tags (`NERTag`), trained by
/// `TaggerTrainer` on `../shared/ner/train.conll` and shipped as `Resources/tagger.bin`.
struct Tagger: Sendable {
    /// Open addressing, three words a slot: the feature key, then the seven Int16 weights
    /// packed four and three to a word, so a lookup touches one place in memory.
    private var slots: [UInt64]
    private var mask: Int
    /// One bit per key hash (a one-hash Bloom filter, ~1/20 set): most features of a
    /// sentence are not in the model, and this answers "no" from a small, cached array.
    private var filter: [UInt64]
    private var filterMask: Int
    private(set) var featureCount: Int
    /// Float weight = Int16 weight × scale.
    private var scale: Float

    init(features: [(key: UInt64, weights: [Float])]) {
        let maxAbs = features.lazy.flatMap(\.weights).map(abs).max() ?? 1
        let step = max(maxAbs, 1e-6) / 32767
        var quantized: [(UInt64, [Int16])] = []
        quantized.reserveCapacity(features.count)
        for f in features {
            quantized.append((f.key, f.weights.map { Int16(clamping: Int(($0 / step).rounded())) }))
        }
        self.init(quantized: quantized, scale: step)
    }

    init(quantized: [(UInt64, [Int16])], scale: Float) {
        self.scale = scale
        featureCount = quantized.count
        // Load factor between 0.35 and 0.7: small enough to stay in cache, sparse enough
        // that a missing feature ends its probe quickly.
        var cap = 16
        while cap * 7 < quantized.count * 10 { cap <<= 1 }
        mask = cap - 1
        slots = [UInt64](repeating: 0, count: cap * 3)
        var filterBits = 1 << 16
        while filterBits < quantized.count * 20 { filterBits <<= 1 }
        filter = [UInt64](repeating: 0, count: filterBits / 64)
        filterMask = filterBits - 1
        for (key, w) in quantized {
            let k = key == 0 ? 1 : key
            let bit = Int(truncatingIfNeeded: k >> 40) & filterMask
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
            var i = Int(truncatingIfNeeded: k >> 7) & mask
            while slots[i * 3] != 0 && slots[i * 3] != k { i = (i + 1) & mask }
            slots[i * 3] = k
            var lo: UInt64 = 0, hi: UInt64 = 0
            for t in 0..<FeatureTemplate.tagCount {
                let bits = UInt64(UInt16(bitPattern: w[t]))
                if t < 4 { lo |= bits << (16 * UInt64(t)) } else { hi |= bits << (16 * UInt64(t - 4)) }
            }
            slots[i * 3 + 1] = lo
            slots[i * 3 + 2] = hi
        }
    }

    /// The stored weights of a feature, for writing the model file.
    private var quantizedFeatures: [(UInt64, [Int16])] {
        var out: [(UInt64, [Int16])] = []
        for i in 0...mask where slots[i * 3] != 0 {
            let lo = slots[i * 3 + 1], hi = slots[i * 3 + 2]
            var w = [Int16](repeating: 0, count: FeatureTemplate.tagCount)
            for t in 0..<FeatureTemplate.tagCount {
                w[t] = Int16(truncatingIfNeeded: t < 4 ? lo >> (16 * UInt64(t)) : hi >> (16 * UInt64(t - 4)))
            }
            out.append((slots[i * 3], w))
        }
        return out
    }

    /// Tags one sequence, greedily, never producing an inside tag without its begin.
    func tag(_ seq: TaggerSequence) -> [Int] {
        let tc = FeatureTemplate.tagCount
        var tags = [Int](repeating: 0, count: seq.tokens.count)
        var feats: [UInt64] = []
        feats.reserveCapacity(64)
        let mask = self.mask, filterMask = self.filterMask
        filter.withUnsafeBufferPointer { filter in
        slots.withUnsafeBufferPointer { table in
            var prev = FeatureTemplate.start, prev2 = FeatureTemplate.start
            for i in seq.tokens.indices {
                feats.removeAll(keepingCapacity: true)
                FeatureTemplate.staticFeatures(seq, i, into: &feats)
                let d = FeatureTemplate.dynamicFeatures(seq.tokens[i], prev: prev, prev2: prev2)
                feats.append(d.0); feats.append(d.1); feats.append(d.2); feats.append(d.3)
                var s0: Int32 = 0, s1: Int32 = 0, s2: Int32 = 0, s3: Int32 = 0, s4: Int32 = 0, s5: Int32 = 0, s6: Int32 = 0
                for key in feats {
                    let k = key == 0 ? 1 : key
                    let bit = Int(truncatingIfNeeded: k >> 40) & filterMask
                    if filter[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { continue }
                    var j = Int(truncatingIfNeeded: k >> 7) & mask
                    while true {
                        let s = table[j * 3]
                        if s == k {
                            let lo = table[j * 3 + 1], hi = table[j * 3 + 2]
                            s0 &+= Int32(Int16(truncatingIfNeeded: lo))
                            s1 &+= Int32(Int16(truncatingIfNeeded: lo >> 16))
                            s2 &+= Int32(Int16(truncatingIfNeeded: lo >> 32))
                            s3 &+= Int32(Int16(truncatingIfNeeded: lo >> 48))
                            s4 &+= Int32(Int16(truncatingIfNeeded: hi))
                            s5 &+= Int32(Int16(truncatingIfNeeded: hi >> 16))
                            s6 &+= Int32(Int16(truncatingIfNeeded: hi >> 32))
                            break
                        }
                        if s == 0 { break }
                        j = (j + 1) & mask
                    }
                }
                let scores = [s0, s1, s2, s3, s4, s5, s6]
                var best = 0
                var bestScore = Int32.min
                for t in 0..<tc where FeatureTemplate.allowed(t, after: prev) && scores[t] > bestScore {
                    best = t
                    bestScore = scores[t]
                }
                tags[i] = best
                prev2 = prev
                prev = best
            }
        }
        }
        return tags
    }

    // MARK: File format: "LEDETAG1", UInt32 count, Float32 scale, count × UInt64 keys,
    // count × tagCount Int16 weights (weight = Int16 × scale).

    static let magic = Array("LEDETAG1".utf8)

    static func encode(_ features: [(key: UInt64, weights: [Float])]) -> Data {
        let model = Tagger(features: features)
        let sorted = model.quantizedFeatures.sorted { $0.0 < $1.0 }
        var out = Data(magic)
        func put<T: FixedWidthInteger>(_ v: T) {
            var le = v.littleEndian
            withUnsafeBytes(of: &le) { out.append(contentsOf: $0) }
        }
        put(UInt32(sorted.count))
        put(model.scale.bitPattern)
        for f in sorted { put(f.0) }
        for f in sorted { for w in f.1 { put(w) } }
        return out
    }

    static func decode(_ data: Data) -> Tagger? {
        data.withUnsafeBytes { raw -> Tagger? in
            guard raw.count >= 16, Array(raw[0..<8]) == magic else { return nil }
            let count = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt32.self)))
            let scale = Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 12, as: UInt32.self)))
            let tc = FeatureTemplate.tagCount
            guard raw.count == 16 + count * 8 + count * tc * 2 else { return nil }
            var features: [(UInt64, [Int16])] = []
            features.reserveCapacity(count)
            let weightsStart = 16 + count * 8
            for i in 0..<count {
                let key = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 16 + i * 8, as: UInt64.self))
                var w = [Int16](repeating: 0, count: tc)
                for t in 0..<tc {
                    w[t] = Int16(littleEndian: raw.loadUnaligned(fromByteOffset: weightsStart + (i * tc + t) * 2, as: Int16.self))
                }
                features.append((key, w))
            }
            return Tagger(quantized: features, scale: scale)
        }
    }
}
