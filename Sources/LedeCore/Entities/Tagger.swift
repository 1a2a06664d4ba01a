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
    /// Scores that need no look-up per token: the bias feature, the two features of the
    /// previous tags (8 × 8 pairs, `start` included), and the word features of the padding
    /// beyond a sentence's ends (as the words before and after, see `WordParts`).
    private var bias = SIMD8<Int32>()
    /// Template 30 of a token in no capitalised run: one key, so one look-up per model.
    private var outsideRun = SIMD8<Int32>()
    private var transitions: [SIMD8<Int32>] = []
    private var paddingParts = WordParts()

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
        bias = score(FeatureHash.combine(0, 0))
        outsideRun = score(FeatureHash.combine(30, 0))
        var transitions = [SIMD8<Int32>](repeating: .zero, count: 64)
        for prev in 0...FeatureTemplate.start {
            for prev2 in 0...FeatureTemplate.start {
                let d = FeatureTemplate.dynamicFeatures(TokenInfo.padding, prev: prev, prev2: prev2)
                transitions[prev * 8 + prev2] = score(d.0) &+ score(d.1)
            }
        }
        self.transitions = transitions
        paddingParts = wordParts(TokenInfo.padding)
    }

    /// The summed weights of one feature (zero when the model does not have it).
    @inline(__always) func score(_ key: UInt64) -> SIMD8<Int32> {
        var acc = SIMD8<Int32>()
        filter.withUnsafeBufferPointer { filter in
            slots.withUnsafeBufferPointer { table in
                Self.add(key, to: &acc, filter: filter, filterMask: filterMask, table: table, mask: mask)
            }
        }
        return acc
    }

    @inline(__always) private static func add(_ key: UInt64, to acc: inout SIMD8<Int32>, filter: UnsafeBufferPointer<UInt64>,
                                              filterMask: Int, table: UnsafeBufferPointer<UInt64>, mask: Int) {
        let k = key == 0 ? 1 : key
        let bit = Int(truncatingIfNeeded: k >> 40) & filterMask
        if filter[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return }
        var j = Int(truncatingIfNeeded: k >> 7) & mask
        while true {
            let s = table[j * 3]
            if s == k {
                // The two weight words are the seven Int16 weights and a zero, lane by lane
                // (little-endian): read as one vector and widen, sign and all.
                let w = UnsafeRawPointer(table.baseAddress! + j * 3 + 1).loadUnaligned(as: SIMD8<Int16>.self)
                acc &+= SIMD8<Int32>(truncatingIfNeeded: w)
                return
            }
            if s == 0 { return }
            j = (j + 1) & mask
        }
    }

    /// Adds the weights of each feature put into it to `acc`.
    private struct ScoreSink: FeatureSink {
        let filter: UnsafeBufferPointer<UInt64>
        let filterMask: Int
        let table: UnsafeBufferPointer<UInt64>
        let mask: Int
        var acc: SIMD8<Int32>

        @inline(__always) mutating func put(_ key: UInt64) {
            Tagger.add(key, to: &acc, filter: filter, filterMask: filterMask, table: table, mask: mask)
        }
    }

    /// The word features of one token: as the token being tagged and as each of its four
    /// neighbours (see `FeatureTemplate.staticFeatures`). `own` includes templates 18 and 19
    /// with their bit clear (not first in the sentence, not seen in lower case); see `flip`.
    func wordParts(_ w: TokenInfo) -> WordParts {
        WordParts(own: score(FeatureHash.combine(1, w.lower)) &+ score(FeatureHash.combine(6, w.shape))
                    &+ score(FeatureHash.combine(9, w.suffix3)) &+ score(FeatureHash.combine(10, w.suffix2))
                    &+ score(FeatureHash.combine(11, w.prefix3))
                    &+ score(FeatureHash.combine(22, FeatureHash.combine(w.lower, w.capitalized ? 1 : 0)))
                    &+ score(FeatureHash.combine(18, FeatureHash.combine(0, w.shape)))
                    &+ score(FeatureHash.combine(19, FeatureHash.combine(0, w.shape))),
                  before1: score(FeatureHash.combine(2, w.lower)), after1: score(FeatureHash.combine(3, w.lower)),
                  before2: score(FeatureHash.combine(4, w.lower)), after2: score(FeatureHash.combine(5, w.lower)),
                  afterO: score(FeatureHash.combine(25, FeatureHash.combine(0, w.lower)))
                      &+ score(FeatureHash.combine(26, FeatureHash.combine(0, w.shape))))
    }

    /// What setting the bit of template 18 (first in the sentence) or 19 (seen in lower
    /// case) adds to `own`: a wrap-around difference, exact in Int32. Few tokens need it.
    private func flip(_ template: UInt64, _ shape: UInt64) -> SIMD8<Int32> {
        score(FeatureHash.combine(template, FeatureHash.combine(1, shape)))
            &- score(FeatureHash.combine(template, FeatureHash.combine(0, shape)))
    }

    /// The features of two adjacent words `a b` (templates 7, 12, 20 of `b`, whose word
    /// before is `a`; 8, 13, 21 of `a`, whose word after is `b`): they depend on the two
    /// words' lower-case and shape hashes alone.
    func pairParts(_ a: TokenInfo, _ b: TokenInfo) -> (right: SIMD8<Int32>, left: SIMD8<Int32>) {
        let shapes = FeatureHash.combine(a.shape, b.shape), lowers = FeatureHash.combine(a.lower, b.lower)
        return (score(FeatureHash.combine(7, shapes)) &+ score(FeatureHash.combine(12, lowers))
                    &+ score(FeatureHash.combine(20, FeatureHash.combine(a.lower, b.shape))),
                score(FeatureHash.combine(8, shapes)) &+ score(FeatureHash.combine(13, lowers))
                    &+ score(FeatureHash.combine(21, FeatureHash.combine(a.shape, b.lower))))
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
        var cache = TaggerWordCache()
        return tag(seq, cache: &cache)
    }

    /// As `tag(_:)`, taking the word features of tokens seen before from `cache`.
    ///
    /// A plain lower-case word after an O (see `TaggerSequence.isPlain`) is tagged O
    /// without being scored: most words of a text are such, and a name the tagger started
    /// on one would be dropped by `ArticleEntities` anyway (a name starts with a capital or
    /// a digit). Every other token is scored in full when the greedy pass reaches it.
    /// Weights add up in Int32 with wrap-around, so the order they are summed in changes
    /// nothing.
    func tag(_ seq: TaggerSequence, cache: inout TaggerWordCache) -> [Int] {
        let n = seq.tokens.count
        var tags = [Int](repeating: 0, count: n)
        guard n > 0 else { return tags }
        let mask = self.mask, filterMask = self.filterMask
        filter.withUnsafeBufferPointer { filter in
        slots.withUnsafeBufferPointer { table in
            var sink = ScoreSink(filter: filter, filterMask: filterMask, table: table, mask: mask, acc: .zero)
            var prev = FeatureTemplate.start, prev2 = FeatureTemplate.start
            for i in 0..<n {
                if prev == 0, seq.isPlain(i) {
                    tags[i] = 0
                    prev2 = 0
                    continue
                }
                sink.acc = staticScore(seq, i, cache: &cache) &+ transitions[prev * 8 + prev2]
                if prev == 0 {
                    let k = cache.slot(seq.tokens[i], tagger: self)
                    sink.acc &+= cache.parts[k * TaggerWordCache.partsPerSlot + 5]
                } else {
                    let d = FeatureTemplate.dynamicFeatures(seq.tokens[i], prev: prev, prev2: prev2)
                    sink.put(d.2)
                    sink.put(d.3)
                }
                FeatureTemplate.contextFeatures(seq, i, into: &sink)
                let acc = sink.acc
                var best = 0
                var bestScore = Int32.min
                for t in 0..<FeatureTemplate.tagCount where FeatureTemplate.allowed(t, after: prev) && acc[t] > bestScore {
                    best = t
                    bestScore = acc[t]
                }
                tags[i] = best
                prev2 = prev
                prev = best
            }
        }
        }
        return tags
    }

    /// The static features of token `i` that come from single words and word pairs (all
    /// but `contextFeatures`), from `cache`: its own word parts, those of the two words on
    /// either side as its neighbours (the padding beyond the ends), and its two pairs.
    private func staticScore(_ seq: TaggerSequence, _ i: Int, cache: inout TaggerWordCache) -> SIMD8<Int32> {
        let t = seq.tokens, n = t.count
        let pad = paddingParts
        var acc = bias
        if i == 0 { acc &+= flip(18, t[i].shape) }
        if seq.seenLowercase[i] { acc &+= flip(19, t[i].shape) }
        if seq.chunkStart[i] < 0 { acc &+= outsideRun }
        let per = TaggerWordCache.partsPerSlot
        // Parts in `WordParts` order: own, before1, after1, before2, after2.
        // (The slot first: reading `cache.parts` before a call that changes `cache` would
        // copy the whole array.)
        @inline(__always) func part(_ j: Int, _ which: Int) -> SIMD8<Int32> {
            let k = cache.slot(t[j], tagger: self)
            return cache.parts[k * per + which]
        }
        acc &+= part(i, 0)
        acc &+= i >= 1 ? part(i - 1, 1) : pad.before1
        acc &+= i + 1 < n ? part(i + 1, 2) : pad.after1
        acc &+= i >= 2 ? part(i - 2, 3) : pad.before2
        acc &+= i + 2 < n ? part(i + 2, 4) : pad.after2
        let padding = TokenInfo.padding
        let left = cache.pairSlot(i > 0 ? t[i - 1] : padding, t[i], tagger: self)
        acc &+= cache.pairParts[left * 2]
        let right = cache.pairSlot(t[i], i + 1 < n ? t[i + 1] : padding, tagger: self)
        acc &+= cache.pairParts[right * 2 + 1]
        return acc
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

/// The summed weights of the features that depend on one word alone: as the word tagged
/// (`own`) and as the word one or two before or after it.
struct WordParts: Sendable {
    var own = SIMD8<Int32>()
    var before1 = SIMD8<Int32>()
    var after1 = SIMD8<Int32>()
    var before2 = SIMD8<Int32>()
    var after2 = SIMD8<Int32>()
    /// Templates 25 and 26 (`FeatureTemplate.dynamicFeatures`) when the previous tag is O.
    var afterO = SIMD8<Int32>()
}

/// `WordParts` of recently seen words, so frequent words (`the`, `,`, `said`) are looked up
/// once per batch rather than once per occurrence. Direct-mapped with a fixed size, so a
/// long batch never grows it; keyed by everything the parts are computed from.
struct TaggerWordCache {
    private static let slotCount = 1 << 13
    static let partsPerSlot = 6
    private var keys: [UInt64]
    /// Six a slot, in `WordParts` order: own, before1, after1, before2, after2, afterO.
    private(set) var parts: [SIMD8<Int32>]

    /// `Tagger.pairParts` of recently seen word pairs, direct-mapped: five key words a slot
    /// (the two words' lower-case and shape hashes, then 1 for a filled slot), two parts.
    private static let pairSlotCount = 1 << 12
    private var pairKeys: [UInt64]
    private(set) var pairParts: [SIMD8<Int32>]

    /// The gazetteer flags of one-word phrases, by the word's lower-case hash (the hash
    /// is the key; `wordFlagSet` marks the filled slots).
    private var wordKeys: [UInt64]
    private var wordFlags: [UInt16]
    private var wordFlagSet: [Bool]
    private static let wordSlotCount = 1 << 12

    init() {
        keys = [UInt64](repeating: 0, count: Self.slotCount * 6)
        parts = [SIMD8<Int32>](repeating: .zero, count: Self.slotCount * Self.partsPerSlot)
        pairKeys = [UInt64](repeating: 0, count: Self.pairSlotCount * 5)
        pairParts = [SIMD8<Int32>](repeating: .zero, count: Self.pairSlotCount * 2)
        wordKeys = [UInt64](repeating: 0, count: Self.wordSlotCount)
        wordFlags = [UInt16](repeating: 0, count: Self.wordSlotCount)
        wordFlagSet = [Bool](repeating: false, count: Self.wordSlotCount)
    }

    /// `TokenInfo` of recently seen ASCII words of up to 16 letters (most tokens), keyed by
    /// their bytes, so exactly: three key words a slot (bytes 0–7, bytes 8–15, length + 1;
    /// 0 for an empty slot). Allocated when first asked.
    private var tokenKeys: [UInt64] = []
    private var tokenInfos: [TokenInfo] = []
    private static let tokenSlotCount = 1 << 13

    /// `TokenInfo(s)`, from the cache when `s` is a short ASCII word seen before.
    mutating func tokenInfo(_ s: UnsafeBufferPointer<Unicode.Scalar>) -> TokenInfo {
        let n = s.count
        guard n <= 16 else { return TokenInfo(s) }
        var a: UInt64 = 0, b: UInt64 = 0
        for k in 0..<n {
            let v = s[k].value
            guard v < 0x80 else { return TokenInfo(s) }
            if k < 8 { a |= UInt64(v) << UInt64(8 * k) } else { b |= UInt64(v) << UInt64(8 * (k - 8)) }
        }
        if tokenKeys.isEmpty {
            tokenKeys = [UInt64](repeating: 0, count: Self.tokenSlotCount * 3)
            tokenInfos = [TokenInfo](repeating: TokenInfo.padding, count: Self.tokenSlotCount)
        }
        let h = (a &* 0x9E37_79B9_7F4A_7C15) ^ (b &* 0xBF58_476D_1CE4_E5B9) ^ UInt64(n)
        let slot = Int(truncatingIfNeeded: h >> 40) & (Self.tokenSlotCount - 1)
        let k = slot * 3
        if tokenKeys[k + 2] == UInt64(n + 1), tokenKeys[k] == a, tokenKeys[k + 1] == b { return tokenInfos[slot] }
        let t = TokenInfo(s)
        tokenKeys[k] = a; tokenKeys[k + 1] = b; tokenKeys[k + 2] = UInt64(n + 1)
        tokenInfos[slot] = t
        return t
    }

    /// `gazetteer.flags(ofPhrase:)` of the one-word phrase `lower`.
    mutating func gazetteerFlags(_ lower: UInt64, _ gazetteer: Gazetteer) -> UInt16 {
        let slot = Int(truncatingIfNeeded: lower >> 20) & (Self.wordSlotCount - 1)
        if wordFlagSet[slot], wordKeys[slot] == lower { return wordFlags[slot] }
        let f = gazetteer.flags(ofPhrase: FeatureHash.combine(0x5bd1_e995, lower))
        wordKeys[slot] = lower
        wordFlags[slot] = f
        wordFlagSet[slot] = true
        return f
    }

    /// The slot holding the parts of `w` (valid until the next call).
    mutating func slot(_ w: TokenInfo, tagger: Tagger) -> Int {
        let slot = Int(truncatingIfNeeded: (w.lower ^ w.shape &* 0x9E37_79B9_7F4A_7C15) >> 17) & (Self.slotCount - 1)
        let k = slot * 6
        // The last key word is never 0 for a filled slot: it marks it.
        let flag: UInt64 = w.capitalized ? 2 : 1
        if keys[k + 5] == flag, keys[k] == w.lower, keys[k + 1] == w.shape, keys[k + 2] == w.prefix3,
           keys[k + 3] == w.suffix2, keys[k + 4] == w.suffix3 {
            return slot
        }
        let p = tagger.wordParts(w)
        keys[k] = w.lower; keys[k + 1] = w.shape; keys[k + 2] = w.prefix3
        keys[k + 3] = w.suffix2; keys[k + 4] = w.suffix3; keys[k + 5] = flag
        let q = slot * Self.partsPerSlot
        parts[q] = p.own
        parts[q + 1] = p.before1
        parts[q + 2] = p.after1
        parts[q + 3] = p.before2
        parts[q + 4] = p.after2
        parts[q + 5] = p.afterO
        return slot
    }

    /// The slot holding the pair parts of `a b` (valid until the next call).
    mutating func pairSlot(_ a: TokenInfo, _ b: TokenInfo, tagger: Tagger) -> Int {
        let h = (a.lower &* 0x9E37_79B9_7F4A_7C15) ^ b.lower ^ (a.shape &* 0xBF58_476D_1CE4_E5B9) ^ (b.shape >> 7)
        let slot = Int(truncatingIfNeeded: h >> 40) & (Self.pairSlotCount - 1)
        let k = slot * 5
        if pairKeys[k + 4] == 1, pairKeys[k] == a.lower, pairKeys[k + 2] == b.lower, pairKeys[k + 1] == a.shape,
           pairKeys[k + 3] == b.shape {
            return slot
        }
        let p = tagger.pairParts(a, b)
        pairKeys[k] = a.lower; pairKeys[k + 1] = a.shape; pairKeys[k + 2] = b.lower; pairKeys[k + 3] = b.shape
        pairKeys[k + 4] = 1
        pairParts[slot * 2] = p.right
        pairParts[slot * 2 + 1] = p.left
        return slot
    }
}
