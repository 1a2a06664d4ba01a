/// What the tagger knows about one token, computed once: hashes of its lower-cased form,
/// word shape and affixes.
struct TokenInfo: Sendable {
    var lower: UInt64
    var shape: UInt64
    var prefix3: UInt64
    var suffix2: UInt64
    var suffix3: UInt64
    var capitalized: Bool
    var lowercaseInitial: Bool

    /// Shape classes: `X` upper, `x` lower, `d` digit, punctuation as itself; runs collapse
    /// (`Microsoft` -> `Xx`, `U.S.` -> `X.X.`, `$19.4` -> `$d.d`), plus a length class.
    init(_ s: ArraySlice<Unicode.Scalar>) {
        self = s.withUnsafeBufferPointer { TokenInfo($0) }
    }

    init(_ s: UnsafeBufferPointer<Unicode.Scalar>) {
        var h = FeatureHash.seed
        var shape = FeatureHash.seed
        var last: UInt32 = 0
        var classes = 0
        var tail: (UInt32, UInt32, UInt32) = (0, 0, 0)
        var p = FeatureHash.seed
        var k = 0
        for u in s {
            let l = FeatureHash.lower(u)
            h = (h ^ UInt64(l)) &* 0x100_0000_01B3
            if k < 3 { p = (p ^ UInt64(l)) &* 0x100_0000_01B3 }
            k += 1
            tail = (tail.1, tail.2, l)
            let c: UInt32
            let v = u.value
            if v >= 0x41 && v <= 0x5A { c = 88 }        // X
            else if v >= 0x61 && v <= 0x7A { c = 120 }  // x
            else if v >= 0x30 && v <= 0x39 { c = 100 }  // d
            else if v < 0x80 { c = v }
            else if v >= 0x2000 && v <= 0x206F { c = 111 }  // punctuation: skip the slow look-ups
            else if let f = ScalarProperties.flags(u) {
                c = f & ScalarProperties.uppercase != 0 ? 88 : f & ScalarProperties.alphabetic != 0 ? 120 : 111
            }
            else if u.properties.isUppercase { c = 88 }
            else if u.properties.isAlphabetic { c = 120 }
            else { c = 111 }                            // o: other
            if c != last, classes < 8 {
                shape = (shape ^ UInt64(c)) &* 0x100_0000_01B3
                classes += 1
                last = c
            }
        }
        let lengthClass: UInt64 = k <= 1 ? 1 : k <= 3 ? 3 : k <= 6 ? 6 : 9
        lower = FeatureHash.mix(h)
        self.shape = FeatureHash.combine(shape, lengthClass)
        prefix3 = FeatureHash.mix(p ^ 0x77)
        suffix2 = FeatureHash.combine(FeatureHash.combine(0x52, UInt64(tail.1)), UInt64(tail.2))
        suffix3 = FeatureHash.combine(FeatureHash.combine(0x53, UInt64(tail.0)), suffix2)
        if let first = s.first {
            let v = first.value
            if v < 0x80 {
                capitalized = v >= 0x41 && v <= 0x5A
                lowercaseInitial = v >= 0x61 && v <= 0x7A
            } else if v >= 0x2000 && v <= 0x206F {
                capitalized = false
                lowercaseInitial = false
            } else if let f = ScalarProperties.flags(first) {
                capitalized = f & ScalarProperties.uppercase != 0
                lowercaseInitial = f & ScalarProperties.lowercase != 0
            } else {
                capitalized = first.properties.isUppercase
                lowercaseInitial = first.properties.isLowercase
            }
        } else {
            capitalized = false
            lowercaseInitial = false
        }
    }

    static let padding: TokenInfo = {
        var t = TokenInfo([])
        t.lower = 0x1234_5678_9ABC_DEF1
        t.shape = 0x0FED_CBA9_8765_4321
        return t
    }()
}

/// One run of tokens the tagger labels left to right (a sentence), with what it needs
/// from outside the run.
struct TaggerSequence {
    var tokens: [TokenInfo]
    var gazBegin: [UInt16]
    var gazInside: [UInt16]
    /// Capitalized here but written lower-case elsewhere in the document: likely an
    /// ordinary word at the start of a sentence.
    var seenLowercase: [Bool]
    /// The run of capitalised words each token is in (`Civil Defense Authority`, `Bank of
    /// England`), as token index bounds; -1 outside one. Gives the left-to-right tagger a
    /// view of the words ahead.
    var chunkStart: [Int32]
    var chunkEnd: [Int32]
}

/// Where `FeatureTemplate` puts the features it computes: an array (the trainer) or the
/// tagger's running score, which looks each one up as it comes instead of storing it.
protocol FeatureSink {
    mutating func put(_ key: UInt64)
}

extension Array: FeatureSink where Element == UInt64 {
    @inline(__always) mutating func put(_ key: UInt64) { append(key) }
}

/// Feature templates. Static ones depend only on the words; the last four also on the
/// previous tags, so greedy decoding computes them as it goes.
enum FeatureTemplate {
    static let tagCount = 7
    static let start = 7  // "tag" before the first token

    /// Appends the static features of token `i` to `out` (what the trainer learns; the
    /// tagger sums the same ones, see `contextFeatures`).
    static func staticFeatures(_ seq: TaggerSequence, _ i: Int, into out: inout [UInt64]) {
        let t = seq.tokens
        let n = t.count
        let w0 = t[i]
        let wm1 = i > 0 ? t[i - 1] : TokenInfo.padding
        let wm2 = i > 1 ? t[i - 2] : TokenInfo.padding
        let wp1 = i + 1 < n ? t[i + 1] : TokenInfo.padding
        let wp2 = i + 2 < n ? t[i + 2] : TokenInfo.padding
        @inline(__always) func f(_ template: UInt64, _ v: UInt64) { out.append(FeatureHash.combine(template, v)) }
        f(0, 0)
        f(1, w0.lower)
        f(2, wm1.lower)
        f(3, wp1.lower)
        f(4, wm2.lower)
        f(5, wp2.lower)
        f(6, w0.shape)
        f(7, FeatureHash.combine(wm1.shape, w0.shape))
        f(8, FeatureHash.combine(w0.shape, wp1.shape))
        f(9, w0.suffix3)
        f(10, w0.suffix2)
        f(11, w0.prefix3)
        f(12, FeatureHash.combine(wm1.lower, w0.lower))
        f(13, FeatureHash.combine(w0.lower, wp1.lower))
        f(18, FeatureHash.combine(i == 0 ? 1 : 0, w0.shape))
        f(19, FeatureHash.combine(seq.seenLowercase[i] ? 1 : 0, w0.shape))
        f(20, FeatureHash.combine(wm1.lower, w0.shape))
        f(21, FeatureHash.combine(w0.shape, wp1.lower))
        f(22, FeatureHash.combine(w0.lower, w0.capitalized ? 1 : 0))
        f(27, FeatureHash.combine(wm1.lower, wp1.lower))
        chunkFeatures(seq, i, into: &out)
        let cap: UInt64 = w0.capitalized ? 1 : 0
        gazetteerBits(seq.gazBegin[i], 14, cap, &out)
        gazetteerBits(seq.gazInside[i], 15, cap, &out)
        if i > 0 { gazetteerBits(seq.gazBegin[i - 1] | seq.gazInside[i - 1], 16, 0, &out) }
        if i + 1 < n { gazetteerBits(seq.gazBegin[i + 1] | seq.gazInside[i + 1], 17, 0, &out) }
    }

    /// The static features of token `i` that `Tagger` does not take from `WordParts` or
    /// `pairParts`: `staticFeatures` without the bias (0), the one-word templates (1–6,
    /// 9–11, 18, 19, 22), the two-word ones (7, 8, 12, 13, 20, 21) and template 30 of a
    /// token in no capitalised run (one key: the tagger adds its score). Keep them in step.
    static func contextFeatures<S: FeatureSink>(_ seq: TaggerSequence, _ i: Int, into out: inout S) {
        let t = seq.tokens
        let n = t.count
        let w0 = t[i]
        let wm1 = i > 0 ? t[i - 1] : TokenInfo.padding
        let wp1 = i + 1 < n ? t[i + 1] : TokenInfo.padding
        out.put(FeatureHash.combine(27, FeatureHash.combine(wm1.lower, wp1.lower)))
        if seq.chunkStart[i] >= 0 { chunkFeatures(seq, i, into: &out) }
        let cap: UInt64 = w0.capitalized ? 1 : 0
        gazetteerBits(seq.gazBegin[i], 14, cap, &out)
        gazetteerBits(seq.gazInside[i], 15, cap, &out)
        if i > 0 { gazetteerBits(seq.gazBegin[i - 1] | seq.gazInside[i - 1], 16, 0, &out) }
        if i + 1 < n { gazetteerBits(seq.gazBegin[i + 1] | seq.gazInside[i + 1], 17, 0, &out) }
    }

    private static func chunkFeatures<S: FeatureSink>(_ seq: TaggerSequence, _ i: Int, into out: inout S) {
        let cs = Int(seq.chunkStart[i])
        guard cs >= 0 else {
            out.put(FeatureHash.combine(30, 0))
            return
        }
        let ce = Int(seq.chunkEnd[i])
        let t = seq.tokens
        let length = ce - cs
        let position: UInt64 = length == 1 ? 1 : i == cs ? 2 : i == ce - 1 ? 3 : 4
        let lengthClass = UInt64(min(length, 4))
        out.put(FeatureHash.combine(30, position * 8 + lengthClass))
        if i != ce - 1 { out.put(FeatureHash.combine(31, t[ce - 1].lower)) }
        if i != cs { out.put(FeatureHash.combine(35, t[cs].lower)) }
        out.put(FeatureHash.combine(33, FeatureHash.combine(cs > 0 ? t[cs - 1].lower : 1, position)))
        out.put(FeatureHash.combine(34, FeatureHash.combine(ce < t.count ? t[ce].lower : 1, position)))
        gazetteerBits(seq.gazBegin[ce - 1] | seq.gazInside[ce - 1], 32, position, &out)
        if i != cs { gazetteerBits(seq.gazBegin[cs], 36, position, &out) }
    }

    @inline(__always) private static func gazetteerBits<S: FeatureSink>(_ bits: UInt16, _ template: UInt64, _ extra: UInt64, _ out: inout S) {
        var b = bits
        while b != 0 {
            let bit = UInt64(b.trailingZeroBitCount)
            out.put(FeatureHash.combine(template, bit &* 2 &+ extra))
            b &= b - 1
        }
    }

    /// The features that depend on the two previous tags.
    @inline(__always) static func dynamicFeatures(_ w0: TokenInfo, prev: Int, prev2: Int) -> (UInt64, UInt64, UInt64, UInt64) {
        (FeatureHash.combine(23, UInt64(prev)),
         FeatureHash.combine(24, UInt64(prev * 16 + prev2)),
         FeatureHash.combine(25, FeatureHash.combine(UInt64(prev), w0.lower)),
         FeatureHash.combine(26, FeatureHash.combine(UInt64(prev), w0.shape)))
    }

    /// May `tag` follow `prev`? An inside tag continues an entity of its own type.
    @inline(__always) static func allowed(_ tag: Int, after prev: Int) -> Bool {
        if tag == 0 || tag & 1 == 1 { return true }  // O and B-*
        return prev == tag || prev == tag - 1
    }
}

/// The tag set: O, then B-/I- for PER, ORG, LOC (the training data's MISC is left out).
enum NERTag {
    static let labels = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"]
    static func index(of label: String) -> Int? { labels.firstIndex(of: label) }
}

extension TaggerSequence {
    /// The tagger's input for a document: one sequence per sentence (token index ranges
    /// into `infos`).
    static func sequences(infos: [TokenInfo], sentences: [Range<Int>], gazetteer: Gazetteer) -> [TaggerSequence] {
        var cache = TaggerWordCache()
        return sequences(infos: infos, sentences: sentences, gazetteer: gazetteer, cache: &cache)
    }

    static func sequences(infos: [TokenInfo], sentences: [Range<Int>], gazetteer: Gazetteer,
                          cache: inout TaggerWordCache) -> [TaggerSequence] {
        var lowercaseWords = HashSet64(capacity: infos.count)
        for t in infos where t.lowercaseInitial { lowercaseWords.insert(t.lower) }
        return sentences.map { r in
            let tokens = Array(infos[r])
            let (b, ins) = gazetteer.match(lowerHashes: tokens.map(\.lower)) { cache.gazetteerFlags($0, gazetteer) }
            let seen = tokens.map { $0.capitalized && lowercaseWords.contains($0.lower) }
            let (cs, ce) = capitalizedRuns(tokens)
            return TaggerSequence(tokens: tokens, gazBegin: b, gazInside: ins, seenLowercase: seen,
                                  chunkStart: cs, chunkEnd: ce)
        }
    }
}

extension TaggerSequence {
    /// A lower-case word outside any capitalised run (`the`, `said`, not the `of` of `Bank
    /// of England`): after an O, `Tagger` tags it O without scoring it.
    @inline(__always) func isPlain(_ i: Int) -> Bool {
        tokens[i].lowercaseInitial && chunkStart[i] < 0
    }

    static let joiners: HashSet64 = HashSet64(["of", "for", "de", "del", "della", "la", "le", "van", "von", "der",
                                           "du", "da", "al", "bin", "&", "-", "on", "upon"].map {
        TokenInfo(Array($0.unicodeScalars)[...]).lower
    })

    /// Runs of capitalised tokens, allowing a joiner (`of`, `de`, `&`) between two of them.
    static func capitalizedRuns(_ tokens: [TokenInfo]) -> ([Int32], [Int32]) {
        let n = tokens.count
        var cs = [Int32](repeating: -1, count: n)
        var ce = [Int32](repeating: -1, count: n)
        var i = 0
        while i < n {
            guard tokens[i].capitalized else { i += 1; continue }
            var j = i + 1
            while j < n {
                if tokens[j].capitalized { j += 1; continue }
                if j + 1 < n, tokens[j + 1].capitalized, joiners.contains(tokens[j].lower) { j += 2; continue }
                break
            }
            for k in i..<j { cs[k] = Int32(i); ce[k] = Int32(j) }
            i = j
        }
        return (cs, ce)
    }
}
