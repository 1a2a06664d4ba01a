import LedeCore

/// One related quote as the overlay shows it.
struct RelatedEntry: Hashable, Sendable {
    var link: QuoteLink
    /// Where the linked quote is, when the corpus still has it.
    var target: (article: Int, quote: Int)?
    var date: String
    var title: String
    var speaker: String
    var kind: String
    var text: String

    static func == (a: RelatedEntry, b: RelatedEntry) -> Bool { a.link == b.link }
    func hash(into h: inout Hasher) { h.combine(link) }
}

/// The overlay's rows: a heading per group (same quotation, same speaker), then two rows a
/// quote (dateline with title, speaker and relation; then the quote's words).
enum RelatedRow: Hashable, Sendable {
    case heading(String)
    case blank
    /// `line` 0 is the dateline, 1 the words.
    case entry(Int, line: Int)
}

extension RelatedQuotesList {
    func source(in corpus: Corpus) -> Quote? {
        let quotes = corpus.articles[articleIndex].quotes
        return quotes.indices.contains(quote) ? quotes[quote] : nil
    }

    func entries(in state: AppState) -> [RelatedEntry] {
        let corpus = state.corpus
        guard let q = source(in: corpus) else { return [] }
        return (corpus.relatedQuotes[q.id] ?? []).map { link in
            guard let (a, index) = state.locate(link) else {
                return RelatedEntry(link: link, target: nil, date: "", title: Sanitizer.display(link.articleID),
                                    speaker: "", kind: Self.label(link.kind), text: "(quote not found)")
            }
            let article = corpus.articles[a].article
            let target = corpus.articles[a].quotes[index]
            return RelatedEntry(link: link, target: (a, index), date: article.date.map { "\($0)" } ?? "undated",
                                title: Sanitizer.display(article.title), speaker: speakerName(target),
                                kind: Self.label(link.kind), text: "“" + oneLine(target.text) + "”")
        }
    }

    static func label(_ kind: QuoteRelation) -> String {
        switch kind {
        case .same: "same quotation"
        case .fragment: "fragment"
        case .variant: "variant"
        case .speaker: "same speaker"
        }
    }

    func rows(_ entries: [RelatedEntry], in corpus: Corpus) -> [RelatedRow] {
        var rows: [RelatedRow] = []
        var i = 0
        while i < entries.count {
            let bySpeaker = entries[i].link.kind == .speaker
            var j = i
            while j < entries.count, (entries[j].link.kind == .speaker) == bySpeaker { j += 1 }
            if !rows.isEmpty { rows.append(.blank) }
            let speaker = source(in: corpus).map(speakerName) ?? "the speaker"
            rows.append(.heading(bySpeaker ? "Also by \(speaker) (\(j - i))" : "The same quotation elsewhere (\(j - i))"))
            for k in i..<j { rows.append(.entry(k, line: 0)); rows.append(.entry(k, line: 1)) }
            i = j
        }
        return rows
    }

    /// The overlay's title: which quote the list is about.
    func title(in corpus: Corpus) -> String {
        guard let q = source(in: corpus) else { return "Related quotes" }
        return "Related to quote \(quote + 1)/\(corpus.articles[articleIndex].quotes.count) — \(speakerName(q))"
    }

    /// The rows as plain text (what `OverlayContent.lines` gives, e.g. for scroll limits).
    func lines(in state: AppState) -> [OverlayLine] {
        let corpus = state.corpus
        let entries = entries(in: state)
        return rows(entries, in: corpus).map { row in
            switch row {
            case .heading(let t): OverlayLine(text: t, isHeading: true)
            case .blank: OverlayLine(text: "")
            case .entry(let i, line: 0):
                OverlayLine(text: "\(entries[i].date)  \(entries[i].title) — \(entries[i].speaker) · \(entries[i].kind)")
            case .entry(let i, line: _): OverlayLine(text: "  " + entries[i].text)
            }
        }
    }
}
