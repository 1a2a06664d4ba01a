/// Finds quotation spans in an article body by pairing quote marks, paragraph by paragraph.
/// Works on an array of Unicode scalars so every index is a code-point offset.
///
/// Rules, in the order they matter:
/// - A mark opens or closes by what stands beside it (space or bracket before and a word
///   after opens; a word before and space or punctuation after closes); curly marks say
///   which they are unless their neighbours plainly contradict it (`word“ ` closes).
/// - Apostrophes (a single mark between letters: `Microsoft’s`, `I’ve`) are never marks.
/// - A quotation left open at the end of a paragraph continues when the next paragraph
///   opens with a quote mark (the news convention for quotes running over several
///   paragraphs) or closes one before opening any; otherwise it ends with its paragraph,
///   so an unbalanced mark never swallows the rest of the article.
/// - Double marks are the quotation marks of an article; single marks are then only nested
///   quotes, except in articles written with single marks outside (British style).
struct QuoteScanner {
    enum Style { case double, single }
    enum Role { case open, close, either }

    struct Mark {
        var index: Int
        var role: Role
    }

    /// One quotation: `span` includes the outer marks; `pieces` are the inner ranges, one
    /// per paragraph it covers (continuation marks excluded).
    struct Found: Equatable {
        var span: Range<Int>
        var pieces: [Range<Int>]
        /// False when the quotation was never closed and ends at its paragraph's end.
        var closed: Bool
    }

    let text: [Unicode.Scalar]

    init(_ text: [Unicode.Scalar]) { self.text = text }

    // MARK: Paragraphs

    /// Paragraph ranges: split at blank lines, or at every line break when the text has no
    /// blank line at all (one paragraph a line). Trimmed of surrounding whitespace.
    func paragraphs() -> [Range<Int>] {
        var breaks: [Range<Int>] = []  // separator ranges
        var hasBlankLine = false
        var i = 0
        while i < text.count {
            if text[i] == "\n" {
                var j = i + 1
                var newlines = 1
                while j < text.count, text[j] == "\n" || text[j] == "\r" || text[j] == " " || text[j] == "\t" {
                    if text[j] == "\n" { newlines += 1 }
                    j += 1
                }
                if newlines > 1 { hasBlankLine = true }
                breaks.append(i..<j)
                i = j
            } else {
                i += 1
            }
        }
        if hasBlankLine {
            breaks = breaks.filter { r in r.filter { text[$0] == "\n" }.count > 1 }
        }
        var result: [Range<Int>] = []
        var start = 0
        for b in breaks {
            appendTrimmed(start..<b.lowerBound, to: &result)
            start = b.upperBound
        }
        appendTrimmed(start..<text.count, to: &result)
        return result
    }

    private func appendTrimmed(_ r: Range<Int>, to result: inout [Range<Int>]) {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, QuoteScanner.isSpace(text[lo]) { lo += 1 }
        while hi > lo, QuoteScanner.isSpace(text[hi - 1]) { hi -= 1 }
        if lo < hi { result.append(lo..<hi) }
    }

    // MARK: Marks

    static func isDoubleMark(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}": true
        default: false
        }
    }

    static func isSingleMark(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2018}" || s == "\u{2019}" || s == "\u{201A}" || s == "\u{201B}"
    }

    static func isQuoteMark(_ s: Unicode.Scalar) -> Bool { isDoubleMark(s) || isSingleMark(s) }

    // Unicode property look-ups are slow; news text is mostly ASCII, so test that first.
    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x30 && v <= 0x39) || ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A) }
        if v >= 0x2000 && v <= 0x206F { return false }  // General Punctuation (curly quotes, dashes)
        if let f = ScalarProperties.flags(s) { return f & (ScalarProperties.alphabetic | ScalarProperties.numeric) != 0 }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        if v >= 0x2000 && v <= 0x206F { return v <= 0x200A || v == 0x2028 || v == 0x2029 || v == 0x202F || v == 0x205F }
        if let f = ScalarProperties.flags(s) { return f & ScalarProperties.whitespace != 0 }
        return s.properties.isWhitespace
    }

    @inline(__always)
    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        if v >= 0x2000 && v <= 0x206F { return false }
        if let f = ScalarProperties.flags(s) { return f & ScalarProperties.uppercase != 0 }
        return s.properties.isUppercase
    }

    @inline(__always)
    static func isLower(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        if v >= 0x2000 && v <= 0x206F { return false }
        if let f = ScalarProperties.flags(s) { return f & ScalarProperties.lowercase != 0 }
        return s.properties.isLowercase
    }

    /// Space, start of paragraph, or an opening bracket or dash before a mark.
    private func openSide(_ i: Int, in p: Range<Int>) -> Bool {
        guard i > p.lowerBound else { return true }
        let c = text[i - 1]
        return QuoteScanner.isSpace(c) || "([{<—–-/".unicodeScalars.contains(c) || Self.isQuoteMark(c)
    }

    /// Space, end of paragraph, or closing punctuation after a mark.
    private func closeSide(_ i: Int, in p: Range<Int>) -> Bool {
        guard i + 1 < p.upperBound else { return true }
        let c = text[i + 1]
        return QuoteScanner.isSpace(c) || ",.;:!?)]}—–…".unicodeScalars.contains(c) || Self.isQuoteMark(c)
    }

    func role(of i: Int, style: Style, in p: Range<Int>) -> Role? {
        let s = text[i]
        let before = openSide(i, in: p), after = closeSide(i, in: p)
        switch style {
        case .double:
            guard Self.isDoubleMark(s) else { return nil }
            switch s {
            case "\u{201C}", "\u{201E}", "\u{201F}", "\u{00AB}":
                return (!before && after) ? .close : .open
            case "\u{201D}", "\u{00BB}":
                return (before && !after) ? .open : .close
            default:
                if before && !after { return .open }
                if !before && after { return .close }
                return .either
            }
        case .single:
            guard Self.isSingleMark(s) else { return nil }
            let prevWord = i > p.lowerBound && Self.isWordScalar(text[i - 1])
            let nextWord = i + 1 < p.upperBound && Self.isWordScalar(text[i + 1])
            if prevWord && nextWord { return nil }  // apostrophe inside a word
            if before && !after {
                if s == "\u{2019}" && !nextWord { return nil }
                return isElision(i, in: p) ? nil : .open
            }
            if !before && after { return isPossessive(i, in: p) ? nil : .close }
            return nil
        }
    }

    /// `'90s`, `'em`, `'til`: a leading apostrophe that is not an opening mark.
    private func isElision(_ i: Int, in p: Range<Int>) -> Bool {
        var j = i + 1
        var word = ""
        while j < p.upperBound, Self.isWordScalar(text[j]) {
            word.unicodeScalars.append(text[j])
            j += 1
        }
        let w = word.lowercased()
        if w.count == 2, w.first!.isNumber { return true }  // '90s -> "90"
        if w.hasSuffix("s"), w.dropLast().allSatisfy(\.isNumber), !w.dropLast().isEmpty { return true }
        return ["em", "til", "tis", "twas", "n", "cause", "bout"].contains(w)
    }

    /// `the workers’ rights`: a plural possessive, not a closing mark. A closing mark is
    /// followed by punctuation or a function word (`‘agency functions’ and …`).
    private func isPossessive(_ i: Int, in p: Range<Int>) -> Bool {
        guard i > p.lowerBound, text[i - 1] == "s" || text[i - 1] == "S" else { return false }
        var j = i + 1
        guard j < p.upperBound, text[j] == " " else { return false }
        j += 1
        var word = ""
        while j < p.upperBound, Self.isWordScalar(text[j]) {
            word.unicodeScalars.append(text[j])
            j += 1
        }
        guard let first = word.unicodeScalars.first, QuoteScanner.isLower(first) else { return false }
        return !Self.functionWords.contains(word)
    }

    static let functionWords: Set<String> = [
        "and", "or", "but", "to", "in", "on", "at", "for", "with", "by", "from", "of", "as",
        "that", "which", "who", "he", "she", "they", "it", "we", "said", "says", "the", "a",
        "an", "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can",
        "not", "into", "than", "so", "because", "when", "while", "if", "according", "wrote",
        "added", "told", "reads", "read", "noted", "in", "this", "its", "their", "his", "her",
    ]

    func marks(style: Style, in p: Range<Int>) -> [Mark] {
        var result: [Mark] = []
        for i in p {
            let s = text[i]
            guard style == .double ? Self.isDoubleMark(s) : Self.isSingleMark(s) else { continue }
            if let r = role(of: i, style: style, in: p) { result.append(Mark(index: i, role: r)) }
        }
        return result
    }

    /// `marks(style:in:)` from `candidates`, the sorted places of every mark of `style` in
    /// the text (found in one pass for the whole article, not a scan per paragraph).
    private func marks(style: Style, in p: Range<Int>, at candidates: [Int]) -> [Mark] {
        var lo = 0, hi = candidates.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if candidates[mid] < p.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var result: [Mark] = []
        while lo < candidates.count, candidates[lo] < p.upperBound {
            let i = candidates[lo]
            if let r = role(of: i, style: style, in: p) { result.append(Mark(index: i, role: r)) }
            lo += 1
        }
        return result
    }

    /// The places of the double and of the single marks in the text, in order.
    private func markPlaces() -> (double: [Int], single: [Int]) {
        var double: [Int] = [], single: [Int] = []
        text.withUnsafeBufferPointer { t in
            for i in t.indices {
                // Every mark is one of these (most scalars are letters: one test each).
                let v = t[i].value
                guard v == 0x22 || v == 0x27 || v == 0xAB || v == 0xBB || (v >= 0x2018 && v <= 0x201F) else { continue }
                if Self.isDoubleMark(t[i]) { double.append(i) } else if Self.isSingleMark(t[i]) { single.append(i) }
            }
        }
        return (double, single)
    }

    // MARK: Pairing

    /// Quotations of one style over the given paragraphs; `candidates`, when given, are the
    /// places of that style's marks (see `markPlaces`).
    func quotations(style: Style, paragraphs: [Range<Int>], at candidates: [Int]? = nil) -> [Found] {
        var found: [Found] = []
        var pendingStart: Int? = nil  // an opening mark still open at a paragraph end
        var pendingPieces: [Range<Int>] = []
        for (pi, p) in paragraphs.enumerated() {
            let marks = candidates.map { self.marks(style: style, in: p, at: $0) } ?? self.marks(style: style, in: p)
            var k = 0
            var open: Int? = nil
            var pieceStart = 0
            if pendingStart != nil {
                if let first = marks.first, first.index == p.lowerBound, first.role != .close {
                    // Continuation paragraph: opens with a mark, the quotation goes on.
                    open = pendingStart
                    pieceStart = first.index + 1
                    k = 1
                } else if let first = marks.first, first.role == .close {
                    open = pendingStart
                    pieceStart = p.lowerBound
                } else {
                    found.append(unclosed(pendingStart!, pieces: pendingPieces))
                }
                pendingStart = nil
            }
            var pieces = open == nil ? [] : pendingPieces
            pendingPieces = []
            while k < marks.count {
                let m = marks[k]
                if let o = open {
                    if m.role == .open && !isNested(at: k, in: marks) {
                        // An opening mark inside an open quotation that nothing closes
                        // twice: the earlier mark was unbalanced; start again here.
                        found.append(unclosed(o, pieces: pieces + [pieceStart..<trimEnd(m.index, from: pieceStart)]))
                        open = m.index
                        pieceStart = m.index + 1
                        pieces = []
                    } else if m.role == .open {
                        // Nested quote in the same style: skip to its closing mark.
                        k += 1
                        while k < marks.count, marks[k].role == .open { k += 1 }
                    } else {
                        pieces.append(pieceStart..<m.index)
                        found.append(Found(span: o..<(m.index + 1), pieces: pieces, closed: true))
                        open = nil
                        pieces = []
                    }
                } else if m.role != .close || strayOpener(at: k, in: marks) {
                    open = m.index
                    pieceStart = m.index + 1
                    pieces = []
                }
                k += 1
            }
            if let o = open {
                let piece = pieceStart..<p.upperBound
                let isLast = pi == paragraphs.count - 1
                if isLast {
                    found.append(unclosed(o, pieces: pieces + [piece]))
                } else {
                    pendingStart = o
                    pendingPieces = pieces + [piece]
                }
            }
        }
        if let o = pendingStart { found.append(unclosed(o, pieces: pendingPieces)) }
        return found.filter { f in
            f.pieces.contains { r in r.contains { Self.isWordScalar(text[$0]) } }
        }
    }

    /// A straight mark that reads as closing (`communities," For example`) but nothing is
    /// open and the next mark closes too: it opens, with the space on the wrong side.
    private func strayOpener(at k: Int, in marks: [Mark]) -> Bool {
        let i = marks[k].index
        // Punctuation before it (`available," For`), not a digit (`a 6" screen`).
        guard text[i] == "\"", i > 0, ",:;".unicodeScalars.contains(text[i - 1]) else { return false }
        return k + 1 < marks.count && marks[k + 1].role != .open
    }

    /// True when the opening mark at `k` has a closing mark for itself and another for the
    /// quotation it stands in, before the paragraph ends.
    private func isNested(at k: Int, in marks: [Mark]) -> Bool {
        // Stops at the second closer: counting them all would make long paragraphs quadratic.
        var closers = 0
        for m in marks[(k + 1)...] where m.role != .open {
            closers += 1
            if closers == 2 { return true }
        }
        return false
    }

    private func trimEnd(_ end: Int, from start: Int) -> Int {
        var e = end
        while e > start, QuoteScanner.isSpace(text[e - 1]) { e -= 1 }
        return e
    }

    /// An unbalanced quotation ends with the last paragraph it reached.
    private func unclosed(_ start: Int, pieces: [Range<Int>]) -> Found {
        let end = pieces.last.map { trimEnd($0.upperBound, from: $0.lowerBound) } ?? start + 1
        var ps = pieces
        if let last = ps.popLast() { ps.append(last.lowerBound..<max(last.lowerBound, end)) }
        return Found(span: start..<max(end, start + 1), pieces: ps, closed: false)
    }

    // MARK: Article level

    /// The quotations of the article: double-quoted ones, or single-quoted ones when the
    /// article plainly uses single marks outside (no double marks, or single quotations
    /// that hold every double one and outnumber them).
    func quotations() -> [Found] { quotations(paragraphs: paragraphs()) }

    /// As `quotations()`, with `paragraphs()` already at hand.
    func quotations(paragraphs paras: [Range<Int>]) -> [Found] {
        let places = markPlaces()
        let doubles = quotations(style: .double, paragraphs: paras, at: places.double)
        let hasDoubleMarks = !places.double.isEmpty
        guard hasDoubleMarks else { return quotations(style: .single, paragraphs: paras, at: places.single).filter(\.closed) }
        let singles = quotations(style: .single, paragraphs: paras, at: places.single).filter(\.closed)
        if singles.count > doubles.count,
           doubles.allSatisfy({ d in singles.contains { $0.span.lowerBound < d.span.lowerBound && d.span.upperBound < $0.span.upperBound } }) {
            return singles
        }
        // An article pieced together from sources of both styles: single-quoted words of
        // their own, outside every double quotation, are quotations too.
        let outside = singles.filter { s in
            s.span.count > 2 && s.pieces.contains { p in p.contains { text[$0] == " " } }
                && !doubles.contains { $0.span.overlaps(s.span) }
        }
        guard !outside.isEmpty else { return doubles }
        return (doubles + outside).sorted { $0.span.lowerBound < $1.span.lowerBound }
    }

    /// Quotations of the other style nested inside `range` (the inner text of a quotation).
    func nested(in range: Range<Int>, outer: Style) -> [Found] {
        guard !range.isEmpty else { return [] }
        let inner: Style = outer == .double ? .single : .double
        return quotations(style: inner, paragraphs: paragraphs().compactMap { p in
            let lo = max(p.lowerBound, range.lowerBound), hi = min(p.upperBound, range.upperBound)
            return lo < hi ? lo..<hi : nil
        }).filter(\.closed)
    }
}
