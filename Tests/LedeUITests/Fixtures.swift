import LedeCore
@testable import LedeUI

/// Code-point spans of every occurrence of `needle` in `body`.
func spans(of needle: String, in body: String) -> [TextSpan] {
    let hay = Array(body.unicodeScalars)
    let n = Array(needle.unicodeScalars)
    var out: [TextSpan] = []
    var i = 0
    while i + n.count <= hay.count {
        if Array(hay[i..<(i + n.count)]) == n { out.append(TextSpan(i, i + n.count)); i += n.count } else { i += 1 }
    }
    return out
}

/// An analysed article whose mentions are every occurrence of the given surface forms.
func makeArticle(_ id: String, title: String, body: String, date: String = "2018-06-19",
                 source: String? = nil,
                 entities: [(text: String, type: EntityType, canonical: String)] = [],
                 quotes: [String] = []) -> AnalyzedArticle {
    let article = Article(id: id, path: id, date: Day(iso: date), title: title, source: source, body: body)
    var mentions: [EntityMention] = []
    for e in entities {
        for s in spans(of: e.text, in: body) {
            mentions.append(EntityMention(span: s, text: e.text, type: e.type, canonical: e.canonical))
        }
    }
    mentions.sort { $0.span < $1.span }
    var qs: [Quote] = []
    for (n, q) in quotes.enumerated() {
        for s in spans(of: q, in: body) {
            qs.append(Quote(id: "\(id)#q\(n + 1)", articleID: id, span: s, text: q))
        }
    }
    return AnalyzedArticle(article: article, mentions: mentions, quotes: qs)
}

let microsoftBody = """
Microsoft employees asked Microsoft to cancel a contract with Immigration and Customs Enforcement.

In an open letter to Satya Nadella, employees said they were “dismayed” by the $19.4 million contract.

“We refuse to be complicit,” the employees wrote. Microsoft declined to comment on Tuesday.
"""

func sampleCorpus(problems: [LoadProblem] = []) -> Corpus {
    // Newest first, so the default sort keeps corpus order.
    let a = makeArticle("a.txt", title: "Microsoft staff protest ICE contract", body: microsoftBody,
                        date: "2018-06-21", source: "Example Times",
                        entities: [("Microsoft", .org, "Microsoft"),
                                   ("Immigration and Customs Enforcement", .org, "Immigration and Customs Enforcement"),
                                   ("Satya Nadella", .person, "Satya Nadella"),
                                   ("$19.4 million", .money, "$19.4 million"),
                                   ("Tuesday", .date, "Tuesday")],
                        quotes: ["“dismayed”", "“We refuse to be complicit,”"])
    let b = makeArticle("b.txt", title: "Second story", body: "A short second article about Google.\n\nIt has two paragraphs.",
                        date: "2018-06-20", entities: [("Google", .org, "Google")])
    let c = makeArticle("c.txt", title: "Third story", body: "Nothing to see here.", date: "2018-06-19")
    return Corpus(articles: [a, b, c], problems: problems)
}

func makeState(width: Int = 120, height: Int = 40, problems: [LoadProblem] = []) -> AppState {
    AppState(corpus: sampleCorpus(problems: problems), size: Size(width: width, height: height))
}

/// Applies keys one after another through the keymap.
@discardableResult
func press(_ state: inout AppState, _ keys: Key...) -> [Effect] {
    var effects: [Effect] = []
    for k in keys { effects += state.handle(.key(k)) }
    return effects
}

/// Types a string as character keys.
func typeText(_ state: inout AppState, _ text: String) {
    for c in text { _ = state.handle(.key(.char(c))) }
}

extension Screen {
    /// Where `needle` first appears: (x, y) of its first grapheme.
    func find(_ needle: String, in rect: Rect? = nil) -> (x: Int, y: Int)? {
        let r = rect ?? area
        for y in r.y..<r.maxY {
            var xs: [Int] = []
            var text = ""
            for x in r.x..<r.maxX where !self[x, y].isContinuation {
                xs.append(x)
                text += self[x, y].grapheme
            }
            // Graphemes are single Characters here, so Character offsets map to xs.
            let chars = Array(text)
            let n = Array(needle)
            guard n.count <= chars.count else { continue }
            for i in 0...(chars.count - n.count) where Array(chars[i..<(i + n.count)]) == n {
                return (xs[i], y)
            }
        }
        return nil
    }
}
