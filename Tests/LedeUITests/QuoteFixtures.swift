import LedeCore
@testable import LedeUI

/// Filler paragraphs, so quotes can sit below the first screenful.
func filler(_ n: Int, _ label: String) -> String {
    (1...n).map { "\(label) paragraph \($0) is filler text that takes up some room on the screen." }
        .joined(separator: "\n\n")
}

/// An article whose quotes are given as (the quoted words with their marks, speaker as
/// written, canonical speaker); ids `<id>#q<N>` in text order, as the extractor makes them.
func quoteArticle(_ id: String, title: String, date: String, body: String,
                  quotes: [(text: String, speaker: String?, entity: String?)]) -> AnalyzedArticle {
    let article = Article(id: id, path: id, date: Day(iso: date), title: title, source: nil, body: body)
    var found: [(TextSpan, String, String?, String?)] = []
    for q in quotes {
        let span = spans(of: q.text, in: body)[0]
        found.append((span, q.text, q.speaker, q.entity))
    }
    found.sort { $0.0 < $1.0 }
    let qs = found.enumerated().map { n, f in
        Quote(id: "\(id)#q\(n + 1)", articleID: id, span: f.0, text: String(f.1.dropFirst().dropLast()),
              speaker: f.2, speakerEntity: f.3)
    }
    return AnalyzedArticle(article: article, quotes: qs)
}

/// Three articles with quotes linked as the linker would: the same words in a and b, a
/// fragment of them far down in c, and another quote by the same speaker in b. d has none.
func quoteCorpus() -> Corpus {
    let a = quoteArticle(
        "a.txt", title: "Staff protest the contract", date: "2018-06-19",
        body: "“We refuse to be complicit,” said Jane Roe, an engineer.\n\n" + filler(3, "First")
            + "\n\n“The contract stands,” the company said.\n\n" + filler(14, "Middle")
            + "\n\nOne sign read “not in our name” at the end.",
        quotes: [("“We refuse to be complicit,”", "Jane Roe", "Jane Roe"),
                 ("“The contract stands,”", "the company", nil),
                 ("“not in our name”", nil, nil)])
    let b = quoteArticle(
        "b.txt", title: "The letter in full", date: "2018-06-20",
        body: filler(2, "Letter") + "\n\n“We refuse to be complicit,” the letter reads.\n\n"
            + "“Leadership will listen,” Roe said later.",
        quotes: [("“We refuse to be complicit,”", "the letter", nil),
                 ("“Leadership will listen,”", "Roe", "Jane Roe")])
    let c = quoteArticle(
        "c.txt", title: "A week of protests", date: "2018-06-25",
        body: filler(25, "Week") + "\n\nThe banner said they would “refuse to be complicit” again.",
        quotes: [("“refuse to be complicit”", nil, nil)])
    let d = quoteArticle("d.txt", title: "No quotes here", date: "2018-06-26", body: "Nobody said anything.", quotes: [])
    let related: [String: [QuoteLink]] = [
        "a.txt#q1": [QuoteLink(articleID: "b.txt", quoteID: "b.txt#q1", kind: .same),
                     QuoteLink(articleID: "c.txt", quoteID: "c.txt#q1", kind: .fragment),
                     QuoteLink(articleID: "b.txt", quoteID: "b.txt#q2", kind: .speaker)],
        "b.txt#q1": [QuoteLink(articleID: "a.txt", quoteID: "a.txt#q1", kind: .same),
                     QuoteLink(articleID: "c.txt", quoteID: "c.txt#q1", kind: .fragment)],
        "b.txt#q2": [QuoteLink(articleID: "a.txt", quoteID: "a.txt#q1", kind: .speaker)],
        "c.txt#q1": [QuoteLink(articleID: "a.txt", quoteID: "a.txt#q1", kind: .fragment),
                     QuoteLink(articleID: "b.txt", quoteID: "b.txt#q1", kind: .fragment)],
    ]
    return Corpus(articles: [a, b, c, d], relatedQuotes: related)
}

/// The fixture's articles in list order a, b, c, d: sorted oldest first (the reader's
/// default, newest first, would put d on top).
func quoteState(width: Int = 120, height: Int = 20) -> AppState {
    var state = AppState(corpus: quoteCorpus(), size: Size(width: width, height: height))
    _ = update(&state, .cycleSort)
    press(&state, .char("g"))  // the sort keeps d selected; go to the top, a
    state.message = nil
    return state
}

extension AppState {
    /// Whether body offset `offset` is on a line the reading pane shows.
    func onScreen(_ offset: Int) -> Bool {
        let line = reader.document!.line(containing: offset)
        return line >= reader.scroll && line < reader.scroll + readerTextHeight
    }

    var selectedQuoteID: String? { selectedQuote?.id }
}
