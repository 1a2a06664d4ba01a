import ArgumentParser
import LedeCore

/// `lede quotes [--json] [PATH...]`: every quotation with its speaker and related quotes.
struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List direct quotations with speakers and related quotes.",
        discussion: """
            With --json, one object a line: article, path, id, start, end (Unicode code \
            points into the body, spanning the outer quote marks), text, speaker, \
            speaker_entity, family, related [{article, id, kind}] with kind one of \
            same, fragment, variant, speaker.
            """)

    @Flag(help: "One JSON object a line.")
    var json = false

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let c = try corpus.openCorpus()
        for a in c.articles {
            if !json, !a.quotes.isEmpty { print("\(a.article.id)  \(a.article.title)") }
            for q in a.quotes {
                let related = c.relatedQuotes[q.id] ?? []
                if json {
                    print(JSONLine.encode(QuoteRecord(article: a.article, quote: q, related: related)))
                } else {
                    print(readable(q, related: related))
                }
            }
        }
    }

    func readable(_ q: Quote, related: [QuoteLink]) -> String {
        let who: String
        switch (q.speaker, q.speakerEntity) {
        case let (s?, e?) where e != s: who = "\(s) (\(e))"
        case let (s?, _): who = s
        case (nil, let e?): who = e
        case (nil, nil): who = "(unattributed)"
        }
        var lines = ["  \(q.span)  \(who): \u{201C}\(q.text)\u{201D}"]
        if !related.isEmpty {
            let kinds = Dictionary(grouping: related, by: \.kind).map { "\($0.value.count) \($0.key.rawValue)" }.sorted()
            lines.append("      related: \(kinds.joined(separator: ", "))  family \(q.family ?? "-")")
        }
        return lines.joined(separator: "\n")
    }
}

/// The `--json` line of one quote. Absent values are written as `null`, not left out.
struct QuoteRecord: Encodable {
    struct Related: Encodable {
        var article: String
        var id: String
        var kind: String
    }

    var article: Article
    var quote: Quote
    var related: [QuoteLink]

    enum Keys: String, CodingKey {
        case article, path, id, start, end, text, speaker, speaker_entity, family, related
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(article.id, forKey: .article)
        try c.encode(article.path, forKey: .path)
        try c.encode(quote.id, forKey: .id)
        try c.encode(quote.span.start, forKey: .start)
        try c.encode(quote.span.end, forKey: .end)
        try c.encode(quote.text, forKey: .text)
        try c.encode(quote.speaker, forKey: .speaker)
        try c.encode(quote.speakerEntity, forKey: .speaker_entity)
        try c.encode(quote.family, forKey: .family)
        try c.encode(related.map { Related(article: $0.articleID, id: $0.quoteID, kind: $0.kind.rawValue) }, forKey: .related)
    }
}
