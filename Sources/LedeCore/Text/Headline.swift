/// The title of an article with no title field: the first sentence of its lead.
///
/// Many plain-text articles (Wikinews and GUM among them) open with a dateline
/// ("Thursday, February 23, 2023") and a photo caption ("… Image: UK Government."): as a
/// title the first repeats the date column on every row and the second names no story, so
/// both are passed over for the first line that says something. Only the first few lines
/// are looked at, and never split out of the whole body, which dominated load time on long
/// articles.
public enum Headline {
    public static let maxLength = 200
    /// Lines looked at for a lead before settling for the first one.
    static let linesLooked = 4

    public static func from(body: String) -> String {
        var first: Substring?
        for line in leadingLines(of: body) {
            first = first ?? line
            let lead = PlaceDateline.droppingPrefix(of: Dateline.droppingPrefix(of: line))
            if lead.isEmpty || isCaption(lead) { continue }
            return shortened(firstSentence(of: lead))
        }
        return shortened(firstSentence(of: first ?? ""))
    }

    /// The first non-blank lines, trimmed. Walks bytes: this runs for every article loaded,
    /// and stepping through Characters (or Foundation's searches) made it a tenth of the
    /// cold indexing time.
    static func leadingLines(of body: String) -> [Substring] {
        let utf8 = body.utf8
        var lines: [Substring] = []
        var i = utf8.startIndex
        while lines.count < linesLooked, i < utf8.endIndex {
            let end = utf8[i...].firstIndex(of: 0x0A) ?? utf8.endIndex
            var lo = i, hi = end
            while lo < hi, isBlank(utf8[lo]) { lo = utf8.index(after: lo) }
            while hi > lo, isBlank(utf8[utf8.index(before: hi)]) { hi = utf8.index(before: hi) }
            if lo < hi { lines.append(body[lo..<hi]) }
            i = end < utf8.endIndex ? utf8.index(after: end) : end
        }
        return lines
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }

    /// A photo caption ends with its credit: "… on the Solent. Image: Brian Burnell." A
    /// credit is short; a longer run after the word is a story that mentions an image.
    static func isCaption(_ line: Substring) -> Bool {
        let utf8 = line.utf8
        guard let colon = utf8.lastIndex(of: UInt8(ascii: ":")) else { return false }
        let wordStart = utf8[..<colon].lastIndex(of: 0x20).map { utf8.index(after: $0) } ?? utf8.startIndex
        guard captionMarkers.contains(where: { $0.utf8.elementsEqual(utf8[wordStart..<colon]) }) else { return false }
        let words = utf8[colon...].split(separator: 0x20).count - 1
        return words <= 6
    }

    private static let captionMarkers = ["Image", "Photo", "Photograph", "Picture", "Credit"]

    private static func firstSentence(of line: Substring) -> String {
        let text = String(line)
        return (SentenceSplitter.firstSentence(in: text) ?? text).trimmingWhitespace()
    }

    private static func shortened(_ title: String) -> String {
        guard title.count > maxLength else { return title }
        return String(title.prefix(maxLength - 1)) + "…"
    }
}

/// A date written out at the start of a line: "Thursday, February 23, 2023",
/// "23 February 2023", "Feb. 23, 2023", "2023-02-23".
enum Dateline {
    /// The line after a leading dateline (and a dash or colon after it); the line itself
    /// when it does not start with one.
    static func droppingPrefix(of line: Substring) -> Substring {
        guard mayStartWithDate(line) else { return line }
        var words = line.split(separator: " ", maxSplits: 5, omittingEmptySubsequences: true)[...]
        guard let firstWord = words.first else { return line }
        if DateParsing.weekdays.contains(bare(firstWord)) { words = words.dropFirst() }
        guard let end = dateEnd(words) else { return line }
        var rest = line[end...].trimmingWhitespaceSlice()
        if let dash = rest.first, "—–-:".contains(dash) { rest = rest.dropFirst().trimmingWhitespaceSlice() }
        return rest
    }

    /// Most leads start with a word that is no weekday, month or number: they are told
    /// apart by their first bytes, without splitting the line into words.
    private static func mayStartWithDate(_ line: Substring) -> Bool {
        let first = line.utf8.prefix { $0 != 0x20 && $0 != UInt8(ascii: ",") && $0 != UInt8(ascii: ".") }
        guard let byte = first.first, first.count <= 10 else { return false }
        if (0x30...0x39).contains(byte) { return true }
        let word = line[first.startIndex..<first.endIndex].lowercased()
        return DateParsing.weekdays.contains(word) || DateParsing.months[word] != nil
    }

    /// Where the date at the start of `words` ends, if they start with one.
    private static func dateEnd(_ words: ArraySlice<Substring>) -> String.Index? {
        let w = Array(words.prefix(3))
        guard let first = w.first else { return nil }
        if isISODate(bare(first)) { return first.endIndex }
        guard w.count == 3 else { return nil }
        let monthFirst = DateParsing.months[bare(w[0])] != nil && DateParsing.dayNumber(bare(w[1])) != nil
        let dayFirst = DateParsing.dayNumber(bare(w[0])) != nil && DateParsing.months[bare(w[1])] != nil
        guard monthFirst || dayFirst, isYear(w[2]) else { return nil }
        return w[2].endIndex
    }

    /// A word without the comma or full stop after it, lower-cased.
    private static func bare(_ word: Substring) -> String {
        word.last.map { ",.".contains($0) } == true ? word.dropLast().lowercased() : word.lowercased()
    }

    private static func isYear(_ word: Substring) -> Bool {
        let digits = word.last.map { ",.".contains($0) } == true ? word.dropLast() : word
        return digits.count == 4 && digits.allSatisfy(\.isASCII) && Int(digits).map { (1000...2999).contains($0) } == true
    }

    private static func isISODate(_ word: String) -> Bool {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 3 && parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2
            && Day(iso: word) != nil
    }
}

extension StringProtocol {
    public func trimmingWhitespace() -> String { String(trimmingWhitespaceSlice()) }

    func trimmingWhitespaceSlice() -> SubSequence {
        let start = firstIndex(where: { !$0.isWhitespace }) ?? endIndex
        let end = lastIndex(where: { !$0.isWhitespace }).map { index(after: $0) } ?? start
        return self[start..<end]
    }
}
