/// The words of a quotation as compared across articles: lower case, without punctuation,
/// quote marks, ellipses or bracketed insertions (`support the core [ICE] agency` ->
/// `support the core agency`), apostrophes unified (`I’ve` = `I've`), hyphens split.
public enum QuoteWords {
    public static func normalized(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var bracketDepth = 0
        func flush() {
            if !current.isEmpty { words.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        let scalars = Array(text.unicodeScalars)
        for (i, s) in scalars.enumerated() {
            if s == "[" { flush(); bracketDepth += 1; continue }
            if s == "]" { flush(); bracketDepth = max(0, bracketDepth - 1); continue }
            if bracketDepth > 0 { continue }
            if QuoteScanner.isWordScalar(s) {
                if s.value < 0x80 {
                    current.append(QuoteScanner.isUpper(s) ? Unicode.Scalar(s.value + 0x20)! : s)
                } else {
                    for l in s.properties.lowercaseMapping.unicodeScalars { current.append(l) }
                }
            } else if (s == "'" || s == "\u{2019}"), !current.isEmpty, i + 1 < scalars.count,
                      QuoteScanner.isWordScalar(scalars[i + 1]) {
                current.append("'")
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// 64-bit FNV-1a: stable across runs and platforms (Swift's `Hasher` is seeded per run).
    public static func stableHash(_ words: [String]) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for (n, w) in words.enumerated() {
            if n > 0 { h = (h ^ 0x20) &* 0x100000001b3 }
            for b in w.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        }
        return h
    }

    static func hex(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: max(0, 16 - s.count)) + s
    }

    /// Word-level relation between two normalised quotations, or nil when unrelated.
    /// `same`: the same words; `fragment`: one is a run of the other's words; `variant`:
    /// near-identical (a long shared run of words, or few word edits), after MemeTracker's
    /// phrase clusters.
    static func relation(_ a: [String], _ b: [String], minimumFragment: Int) -> QuoteRelation? {
        if a == b { return .same }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        if short.count >= minimumFragment, containsRun(long, short) { return .fragment }
        guard short.count >= minimumFragment else { return nil }
        let run = longestCommonRun(short, long)
        if run >= 10 || (run >= 6 && Double(run) >= 0.8 * Double(short.count)) { return .variant }
        if long.count - short.count <= 3, long.count <= 200,
           wordEditDistance(short, long) <= max(1, short.count / 8) { return .variant }
        return nil
    }

    static func containsRun(_ long: [String], _ short: [String]) -> Bool {
        guard !short.isEmpty, short.count <= long.count else { return short.isEmpty }
        var i = 0
        while i + short.count <= long.count {
            if long[i] == short[0], Array(long[i..<(i + short.count)]) == short { return true }
            i += 1
        }
        return false
    }

    static func longestCommonRun(_ a: [String], _ b: [String]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var prev = [Int](repeating: 0, count: b.count + 1)
        var best = 0
        for i in 1...a.count {
            var cur = [Int](repeating: 0, count: b.count + 1)
            for j in 1...b.count where a[i - 1] == b[j - 1] {
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
            }
            prev = cur
        }
        return best
    }

    static func wordEditDistance(_ a: [String], _ b: [String]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev = Array(0...b.count)
        for i in 1...a.count {
            var cur = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            prev = cur
        }
        return prev[b.count]
    }
}
