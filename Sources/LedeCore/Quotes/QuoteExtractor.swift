import Foundation

/// Finds direct quotations and their speakers (see `QuoteScanner` for the marks and
/// `SpeakerAttributor` for the speakers).
public struct QuoteExtractor: Sendable {
    public init() {}

    /// One array of quotes per article, in article order, each in text order. `mentions` are
    /// the entity mentions of each article (for speaker canonical names); missing or empty
    /// arrays are fine.
    public func quotes(in articles: [Article], mentions: [[EntityMention]]) -> [[Quote]] {
        // Articles are independent: share them out over the cores.
        var result = [[Quote]](repeating: [], count: articles.count)
        let workers = max(1, min(articles.count / 8, ProcessInfo.processInfo.activeProcessorCount * 4))
        result.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let out = buffer
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                // Each worker writes only its own indices.
                for i in stride(from: w, to: articles.count, by: workers) {
                    out[i] = quotes(in: articles[i], mentions: i < mentions.count ? mentions[i] : [])
                }
            }
        }
        return result
    }

    public func quotes(in article: Article, mentions: [EntityMention] = []) -> [Quote] {
        let text = article.body.scalarArray
        let scanner = QuoteScanner(text)
        let paragraphs = scanner.paragraphs()
        guard !paragraphs.isEmpty else { return [] }
        let found = scanner.quotations(paragraphs: paragraphs).sorted { $0.span.lowerBound < $1.span.lowerBound }
        let sortedMentions = mentions.sorted { $0.span < $1.span }
        let speakers = SpeakerAttributor(text: text, paragraphs: paragraphs, mentions: sortedMentions,
                                         quoted: found.map(\.span)).attribute(found)
        return found.enumerated().map { n, f in
            let words = f.pieces.map { Tokenizer.string(text[$0]).trimmingWhitespace() }
            let a = speakers[n]
            return Quote(id: "\(article.id)#q\(n + 1)", articleID: article.id,
                         span: TextSpan(f.span.lowerBound, f.span.upperBound),
                         text: words.filter { !$0.isEmpty }.joined(separator: " "),
                         speaker: a?.speaker, speakerSpan: a?.span, speakerEntity: a?.entity)
        }
    }

    /// Quotes nested inside a quotation (`‘support the core [ICE] agency functions’` inside
    /// the letter's words): the words of someone else that the speaker quotes. Spans include
    /// their marks.
    public func nestedSpans(in quote: Quote, body: String) -> [TextSpan] {
        let text = body.scalarArray
        guard quote.span.end <= text.count, quote.span.length >= 2 else { return [] }
        let scanner = QuoteScanner(text)
        let outer: QuoteScanner.Style = QuoteScanner.isSingleMark(text[quote.span.start]) ? .single : .double
        return scanner.nested(in: (quote.span.start + 1)..<(quote.span.end - 1), outer: outer)
            .map { TextSpan($0.span.lowerBound, $0.span.upperBound) }
    }
}
