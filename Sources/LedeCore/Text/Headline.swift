/// The title of an article with no title field: its first sentence.
public enum Headline {
    public static let maxLength = 200

    public static func from(body: String) -> String {
        let firstParagraph = body.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
        let sentence = SentenceSplitter.firstSentence(in: firstParagraph) ?? firstParagraph
        let trimmed = sentence.trimmingWhitespace()
        guard trimmed.count > maxLength else { return trimmed }
        return String(trimmed.prefix(maxLength - 1)) + "…"
    }
}

extension StringProtocol {
    public func trimmingWhitespace() -> String {
        let start = firstIndex(where: { !$0.isWhitespace }) ?? endIndex
        let end = lastIndex(where: { !$0.isWhitespace }).map { index(after: $0) } ?? start
        return start < end ? String(self[start..<end]) : ""
    }
}
