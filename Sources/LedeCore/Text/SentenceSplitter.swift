/// Splits prose into sentences without breaking on abbreviations (`U.S.`, `Mr.`, `Dr.`),
/// initials (`J. R. R. Tolkien`) or decimals (`$19.4`).
public enum SentenceSplitter {
    /// Lower-cased abbreviations (without the final period) after which a period does not
    /// end a sentence. Words that are also ordinary words ("no", "sat", "mar") are left out:
    /// before a number or a lower-case word they are kept joined anyway.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "lt", "col",
        "sgt", "capt", "cmdr", "adm", "gov", "sen", "rep", "rev", "hon", "pres", "supt",
        "insp", "det", "vs", "etc", "inc", "corp", "co", "ltd", "bros", "dept",
        "univ", "assn", "approx", "eds", "cf",
        "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "tue", "tues", "thu", "thur", "thurs", "fri",
        "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "d.c", "u.s.a", "ph.d", "b.c", "a.d",
    ]

    static let closers: Set<Character> = ["\"", "'", "”", "’", ")", "]", "»"]

    /// Sentence ranges in `text`, each trimmed of surrounding whitespace.
    public static func sentenceRanges(in text: String) -> [Range<String.Index>] {
        sentenceRanges(in: text, limit: Int.max)
    }

    /// The first sentence (what a headline needs), without splitting the rest.
    public static func firstSentence(in text: String) -> String? {
        sentenceRanges(in: text, limit: 1).first.map { String(text[$0]) }
    }

    /// The first `limit` sentence ranges.
    static func sentenceRanges(in text: String, limit: Int) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var start = text.startIndex
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            var next = text.index(after: i)
            if c == "\n", next < text.endIndex, text[next] == "\n" {
                // A blank line always ends a sentence.
                append(start..<i, of: text, to: &ranges)
                if ranges.count >= limit { return ranges }
                start = next
            } else if c == "." || c == "!" || c == "?" || c == "…" {
                // Swallow runs like "?!" and closing quotes or brackets.
                while next < text.endIndex, ".!?…".contains(text[next]) || closers.contains(text[next]) {
                    next = text.index(after: next)
                }
                if (next == text.endIndex || text[next].isWhitespace),
                   !(c == "." && isNonTerminalPeriod(in: text, at: i, after: next)) {
                    append(start..<next, of: text, to: &ranges)
                    if ranges.count >= limit { return ranges }
                    start = next
                }
            }
            i = next
        }
        append(start..<text.endIndex, of: text, to: &ranges)
        return ranges
    }

    public static func sentences(in text: String) -> [String] {
        sentenceRanges(in: text).map { String(text[$0]) }
    }

    private static func append(_ r: Range<String.Index>, of text: String, to ranges: inout [Range<String.Index>]) {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, text[lo].isWhitespace { lo = text.index(after: lo) }
        while hi > lo, text[text.index(before: hi)].isWhitespace { hi = text.index(before: hi) }
        if lo < hi { ranges.append(lo..<hi) }
    }

    /// The period at `dot` belongs to an abbreviation or initial, not to the sentence end.
    private static func isNonTerminalPeriod(in text: String, at dot: String.Index, after: String.Index) -> Bool {
        // The word before the period (letters and inner periods).
        var wordStart = dot
        while wordStart > text.startIndex {
            let p = text.index(before: wordStart)
            if text[p].isLetter || text[p] == "." { wordStart = p } else { break }
        }
        let word = text[wordStart..<dot].lowercased()
        if word.isEmpty { return false }
        // A single capital letter is an initial ("J. Smith"), unless the next word is lower
        // case... which cannot start a sentence anyway.
        if word.count == 1, text[wordStart].isUppercase { return true }
        // The next non-space character: a lower-case letter or digit means the sentence goes on.
        var j = after
        while j < text.endIndex, text[j] == " " { j = text.index(after: j) }
        let nextChar: Character? = j < text.endIndex ? text[j] : nil
        if let n = nextChar, n.isLowercase || n.isNumber && word != "u.s" { return true }
        // `CAPE CANAVERAL, Fla. — NASA's …`: no sentence opens with a dash or a comma.
        if let n = nextChar, "—–-,;:".contains(n) { return true }
        // Dotted initials (`A.P. Moller-Maersk`) read like the dotted acronyms below.
        let dottedInitials = word.count >= 3 && word.split(separator: ".").allSatisfy { $0.count == 1 }
        if abbreviations.contains(word) || dottedInitials {
            // "U.S." can end a sentence; then the next word starts with a capital. Titles
            // (Mr., Dr.) never end one. Dotted acronyms are ambiguous: keep them joined
            // when the next word is a capitalised name-like word is not decidable, so treat
            // dotted acronyms as sentence ends only before a paragraph break.
            if word.containsASCII(".") {
                guard let n = nextChar else { return false }
                return n != "\n" && !isSentenceStarterAfterAcronym(text, j)
            }
            return true
        }
        return false
    }

    /// Words that commonly start a new sentence after "U.S." ("The", "It", "But" ...).
    private static func isSentenceStarterAfterAcronym(_ text: String, _ at: String.Index) -> Bool {
        var end = at
        while end < text.endIndex, text[end].isLetter { end = text.index(after: end) }
        let word = String(text[at..<end])
        return ["The", "A", "An", "It", "He", "She", "They", "We", "I", "But", "And", "In", "This",
                "That", "There", "On", "At", "As", "For", "If", "When", "While", "After"].contains(word)
    }
}
