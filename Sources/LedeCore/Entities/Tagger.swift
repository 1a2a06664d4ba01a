import Foundation

/// A greedy left-to-right averaged-perceptron tagger over BIO tags (`NERTag`), trained by
/// `TaggerTrainer` on `../shared/ner/train.conll` and shipped as `Resources/tagger.bin`.
struct Tagger: Sendable {
    private var index: HashIndex
    /// Row-major: `tagCount` weights per feature.
    private var weights: [Float]

    init(features: [(key: UInt64, weights: [Float])]) {
        index = HashIndex(capacityFor: features.count)
        weights = []
        weights.reserveCapacity(features.count * FeatureTemplate.tagCount)
        for (row, f) in features.enumerated() {
            index.insert(f.key, Int32(row))
            weights.append(contentsOf: f.weights)
        }
    }

    var featureCount: Int { weights.count / FeatureTemplate.tagCount }

    @inline(__always) private func add(_ key: UInt64, to scores: inout [Float]) {
        let row = index.lookup(key)
        guard row >= 0 else { return }
        let base = Int(row) * FeatureTemplate.tagCount
        weights.withUnsafeBufferPointer { w in
            for t in 0..<FeatureTemplate.tagCount { scores[t] += w[base + t] }
        }
    }

    /// Tags one sequence, greedily, never producing an inside tag without its begin.
    func tag(_ seq: TaggerSequence) -> [Int] {
        var tags = [Int](repeating: 0, count: seq.tokens.count)
        var feats: [UInt64] = []
        feats.reserveCapacity(48)
        var scores = [Float](repeating: 0, count: FeatureTemplate.tagCount)
        var prev = FeatureTemplate.start, prev2 = FeatureTemplate.start
        for i in seq.tokens.indices {
            feats.removeAll(keepingCapacity: true)
            FeatureTemplate.staticFeatures(seq, i, into: &feats)
            let d = FeatureTemplate.dynamicFeatures(seq.tokens[i], prev: prev, prev2: prev2)
            feats.append(d.0); feats.append(d.1); feats.append(d.2); feats.append(d.3)
            for t in 0..<FeatureTemplate.tagCount { scores[t] = 0 }
            for k in feats { add(k, to: &scores) }
            var best = 0
            var bestScore = -Float.infinity
            for t in 0..<FeatureTemplate.tagCount where FeatureTemplate.allowed(t, after: prev) && scores[t] > bestScore {
                best = t
                bestScore = scores[t]
            }
            tags[i] = best
            prev2 = prev
            prev = best
        }
        return tags
    }

    // MARK: File format: "LEDETAG1", UInt32 count, Float32 scale, count × UInt64 keys,
    // count × tagCount Int16 weights (weight = Int16 × scale).

    static let magic = Array("LEDETAG1".utf8)

    static func encode(_ features: [(key: UInt64, weights: [Float])]) -> Data {
        let sorted = features.sorted { $0.key < $1.key }
        let maxAbs = sorted.lazy.flatMap(\.weights).map(abs).max() ?? 1
        let scale = max(maxAbs, 1e-6) / 32767
        var out = Data(magic)
        func put<T: FixedWidthInteger>(_ v: T) {
            var le = v.littleEndian
            withUnsafeBytes(of: &le) { out.append(contentsOf: $0) }
        }
        put(UInt32(sorted.count))
        put(scale.bitPattern)
        for f in sorted { put(f.key) }
        for f in sorted {
            for w in f.weights { put(Int16(clamping: Int((w / scale).rounded()))) }
        }
        return out
    }

    static func decode(_ data: Data) -> Tagger? {
        let bytes = [UInt8](data)
        guard bytes.count >= 16, Array(bytes[0..<8]) == magic else { return nil }
        var r = ByteReader(bytes: bytes, offset: 8)
        guard let count32 = r.u32(), let scaleBits = r.u32() else { return nil }
        let count = Int(count32)
        let tc = FeatureTemplate.tagCount
        guard bytes.count == 16 + count * 8 + count * tc * 2 else { return nil }
        let scale = Float(bitPattern: scaleBits)
        var keys: [UInt64] = []
        keys.reserveCapacity(count)
        for _ in 0..<count { keys.append(r.u64()!) }
        var features: [(key: UInt64, weights: [Float])] = []
        features.reserveCapacity(count)
        for k in keys {
            var w = [Float](repeating: 0, count: tc)
            for t in 0..<tc { w[t] = Float(Int16(bitPattern: r.u16()!)) * scale }
            features.append((k, w))
        }
        return Tagger(features: features)
    }
}
