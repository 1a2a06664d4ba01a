import Foundation

/// Trains the averaged perceptron (`Tagger`) on CoNLL documents. Deterministic: the same
/// data and options give the same model file byte for byte.
public struct TaggerTrainer {
    public struct Options: Sendable {
        public var epochs = 10
        public var seed: UInt64 = 2024
        /// Static features seen fewer times than this in training are dropped.
        public var minFeatureCount = 2
        /// Features whose averaged weights all stay below this are left out of the file.
        public var pruneBelow: Float = 0.05
        /// How many times each source's documents are seen per epoch (0 leaves it out);
        /// sources not named count once.
        public var sourceRepeats: [String: Int] = [:]
        public init() {}
    }

    struct Example {
        var seq: TaggerSequence
        var gold: [Int]
        /// Static feature rows per token: `rows[offsets[i]..<offsets[i+1]]`.
        var rows: [Int32]
        var offsets: [Int32]
    }

    let gazetteer: Gazetteer
    let options: Options

    init(gazetteer: Gazetteer, options: Options) {
        self.gazetteer = gazetteer
        self.options = options
    }

    static func sequences(of doc: CoNLLDocument, gazetteer: Gazetteer) -> (seqs: [TaggerSequence], gold: [[Int]]) {
        var infos: [TokenInfo] = []
        var ranges: [Range<Int>] = []
        var gold: [[Int]] = []
        for s in doc.sentences {
            let start = infos.count
            for (tok, _) in s { infos.append(TokenInfo(Array(tok.unicodeScalars)[...])) }
            ranges.append(start..<infos.count)
            gold.append(s.map { NERTag.index(of: $0.tag) ?? 0 })
        }
        return (TaggerSequence.sequences(infos: infos, sentences: ranges, gazetteer: gazetteer), gold)
    }

    func train(_ docs: [CoNLLDocument], log: (String) -> Void) -> [(key: UInt64, weights: [Float])] {
        let tc = FeatureTemplate.tagCount
        var raw: [(TaggerSequence, [Int])] = []
        for d in docs {
            let times = options.sourceRepeats[d.source] ?? 1
            guard times > 0 else { continue }
            let (seqs, gold) = Self.sequences(of: d, gazetteer: gazetteer)
            for _ in 0..<times { raw.append(contentsOf: zip(seqs, gold).map { ($0, $1) }) }
        }
        // Count static features, keep the frequent ones.
        var counts: [UInt64: Int32] = [:]
        var buf: [UInt64] = []
        for (seq, _) in raw {
            for i in seq.tokens.indices {
                buf.removeAll(keepingCapacity: true)
                FeatureTemplate.staticFeatures(seq, i, into: &buf)
                for k in buf { counts[k, default: 0] += 1 }
            }
        }
        var rowOf: [UInt64: Int32] = [:]
        var keys: [UInt64] = []
        for (k, c) in counts.sorted(by: { $0.key < $1.key }) where c >= options.minFeatureCount {
            rowOf[k] = Int32(keys.count)
            keys.append(k)
        }
        counts = [:]
        log("training sentences: \(raw.count), static features kept: \(keys.count)")
        var examples: [Example] = raw.map { seq, gold in
            var rows: [Int32] = []
            var offsets: [Int32] = [0]
            for i in seq.tokens.indices {
                buf.removeAll(keepingCapacity: true)
                FeatureTemplate.staticFeatures(seq, i, into: &buf)
                for k in buf { if let r = rowOf[k] { rows.append(r) } }
                offsets.append(Int32(rows.count))
            }
            return Example(seq: seq, gold: gold, rows: rows, offsets: offsets)
        }
        raw = []

        var w = [Float](repeating: 0, count: keys.count * tc)
        var u = [Double](repeating: 0, count: keys.count * tc)
        var step: Double = 1
        var rng = SplitMix64(seed: options.seed)
        var scores = [Float](repeating: 0, count: tc)
        func update(_ row: Int32, _ tag: Int, _ delta: Float) {
            let j = Int(row) * tc + tag
            w[j] += delta
            u[j] += step * Double(delta)
        }
        func dynamicRow(_ k: UInt64, create: Bool) -> Int32? {
            if let r = rowOf[k] { return r }
            guard create else { return nil }
            let r = Int32(keys.count)
            rowOf[k] = r
            keys.append(k)
            w.append(contentsOf: repeatElement(0, count: tc))
            u.append(contentsOf: repeatElement(0, count: tc))
            return r
        }
        for epoch in 1...options.epochs {
            examples.shuffle(using: &rng)
            var errors = 0, total = 0
            for ex in examples {
                var prev = FeatureTemplate.start, prev2 = FeatureTemplate.start
                for i in ex.seq.tokens.indices {
                    for t in 0..<tc { scores[t] = 0 }
                    let lo = Int(ex.offsets[i]), hi = Int(ex.offsets[i + 1])
                    for r in ex.rows[lo..<hi] {
                        let base = Int(r) * tc
                        for t in 0..<tc { scores[t] += w[base + t] }
                    }
                    let d = FeatureTemplate.dynamicFeatures(ex.seq.tokens[i], prev: prev, prev2: prev2)
                    let dyn = [d.0, d.1, d.2, d.3]
                    for k in dyn {
                        if let r = dynamicRow(k, create: false) {
                            let base = Int(r) * tc
                            for t in 0..<tc { scores[t] += w[base + t] }
                        }
                    }
                    var guess = 0
                    var best = -Float.infinity
                    for t in 0..<tc where FeatureTemplate.allowed(t, after: prev) && scores[t] > best {
                        guess = t
                        best = scores[t]
                    }
                    let truth = ex.gold[i]
                    if guess != truth {
                        errors += 1
                        for r in ex.rows[lo..<hi] { update(r, truth, 1); update(r, guess, -1) }
                        for k in dyn {
                            let r = dynamicRow(k, create: true)!
                            update(r, truth, 1)
                            update(r, guess, -1)
                        }
                    }
                    total += 1
                    step += 1
                    prev2 = prev
                    prev = guess
                }
            }
            log(String(format: "epoch %d: token error rate %.4f", epoch, Double(errors) / Double(max(total, 1))))
        }
        var out: [(key: UInt64, weights: [Float])] = []
        for (row, k) in keys.enumerated() {
            var avg = [Float](repeating: 0, count: tc)
            var keep = false
            for t in 0..<tc {
                let j = row * tc + t
                avg[t] = Float(Double(w[j]) - u[j] / step)
                if abs(avg[t]) >= options.pruneBelow { keep = true }
            }
            if keep { out.append((k, avg)) }
        }
        log("features in the model: \(out.count)")
        return out
    }
}

/// A small deterministic random number generator, so training is reproducible.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return FeatureHash.mix(state)
    }
}
