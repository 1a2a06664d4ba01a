import LedeCore

/// Paragraphs of real articles with hand-made mentions, recombined into synthetic articles
/// for `lede-bench query`.
struct ParagraphPool {
    struct Mention {
        var start: Int, end: Int
        var text: String
        var type: EntityType
    }

    struct Paragraph {
        var text: String
        var length: Int  // code points
        var mentions: [Mention]
    }

    let paragraphs: [Paragraph]
    let nameCounts: [EntityType: [String: Int]]

    static let outlets = ["Wikinews", "Reuters", "Associated Press", "BBC News", "The Guardian",
                          "Al Jazeera", "Agence France-Presse", "Deutsche Welle"]

    init(_ articles: [Article]) {
        var paragraphs: [Paragraph] = []
        var counts: [EntityType: [String: Int]] = [:]
        for a in articles {
            for p in a.body.split(separator: "\n\n") {
                let text = p.trimmingWhitespace()
                guard text.count > 20 else { continue }
                let mentions = Self.capitalizedRuns(in: text)
                for m in mentions { counts[m.type, default: [:]][m.text, default: 0] += 1 }
                paragraphs.append(Paragraph(text: text, length: text.unicodeScalars.count, mentions: mentions))
            }
        }
        self.paragraphs = paragraphs
        self.nameCounts = counts
    }

    /// The name of `type` at `rank` by paragraph count (0 = most common).
    func mostCommon(_ type: EntityType, rank: Int) -> String {
        let names = (nameCounts[type] ?? [:]).sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        return names.isEmpty ? "none" : names[min(rank, names.count - 1)].key
    }

    func corpus(count: Int, seed: UInt64) -> [AnalyzedArticle] {
        var rng = SplitMix64(seed: seed)
        let start = Day(year: 2010, month: 1, day: 1)!
        var out: [AnalyzedArticle] = []
        out.reserveCapacity(count)
        for i in 0..<count {
            let k = 3 + Int(rng.next() % 7)
            var body = ""
            var mentions: [EntityMention] = []
            var offset = 0
            for j in 0..<k {
                let p = paragraphs[Int(rng.next() % UInt64(paragraphs.count))]
                if j > 0 { body += "\n\n"; offset += 2 }
                body += p.text
                for m in p.mentions {
                    mentions.append(EntityMention(span: TextSpan(offset + m.start, offset + m.end),
                                                  text: m.text, type: m.type, canonical: m.text))
                }
                offset += p.length
            }
            let date = start.adding(days: Int(rng.next() % 3650))
            let source = Self.outlets[Int(rng.next() % UInt64(Self.outlets.count))]
            let title = String(body.prefix(while: { $0 != "." && $0 != "\n" }).prefix(120))
            let article = Article(id: "synthetic/\(i).txt", path: "synthetic/\(i).txt", date: date,
                                  title: title, source: source, body: body)
            out.append(AnalyzedArticle(article: article, mentions: mentions))
        }
        return out
    }

    static let orgWords: Set<String> = ["party", "department", "council", "union", "company", "ministry",
                                        "association", "university", "police", "agency", "inc", "corporation",
                                        "committee", "court", "bank", "league", "club", "army", "commission",
                                        "institute", "organization", "news", "times", "service", "fc"]
    static let connectors: Set<String> = ["of", "and", "the", "for", "de"]
    /// Capitalized only because they start a sentence or a quote.
    static let functionWords: Set<String> = ["the", "a", "an", "in", "on", "at", "but", "and", "for", "when",
                                             "after", "this", "that", "it", "he", "she", "they", "we", "i",
                                             "what", "his", "her", "their", "as", "if", "while", "there",
                                             "however", "according", "some", "many", "one", "two", "mr", "ms"]

    /// Runs of capitalized words (with `of`, `and`... inside), skipping lone words that
    /// start a sentence. Typed by keyword, else by a stable hash.
    static func capitalizedRuns(in text: String) -> [Mention] {
        let scalars = Array(text.unicodeScalars)
        let tokens = TextTokenizer.tokens(in: text)
        func capitalized(_ t: TextToken) -> Bool { scalars[t.span.start].properties.isUppercase }
        func sentenceStart(_ t: TextToken) -> Bool {
            var i = t.span.start - 1
            while i >= 0, " \"\u{201C}\u{201D}'\u{2018}\u{2019}(".unicodeScalars.contains(scalars[i]) { i -= 1 }
            return i < 0 || ".!?".unicodeScalars.contains(scalars[i])
        }
        var out: [Mention] = []
        var i = 0
        while i < tokens.count {
            guard capitalized(tokens[i]) else { i += 1; continue }
            var j = i
            // Extend over `Word Word`, `Word of Word`, with single spaces between.
            while j + 1 < tokens.count, tokens[j + 1].span.start == tokens[j].span.end + 1 {
                if capitalized(tokens[j + 1]) { j += 1; continue }
                if connectors.contains(tokens[j + 1].term), j + 2 < tokens.count,
                   tokens[j + 2].span.start == tokens[j + 1].span.end + 1, capitalized(tokens[j + 2]) {
                    j += 2; continue
                }
                break
            }
            defer { i = j + 1 }
            var first = i
            while first <= j, functionWords.contains(tokens[first].term) || connectors.contains(tokens[first].term) {
                first += 1
            }
            if first > j { continue }
            if first == j && (sentenceStart(tokens[first]) || tokens[first].term.count < 3) { continue }
            let start = tokens[first].span.start, end = tokens[j].span.end
            let name = String(String.UnicodeScalarView(scalars[start..<end]))
            let words = tokens[first...j].map(\.term)
            let type: EntityType
            if words.contains(where: orgWords.contains) {
                type = .org
            } else {
                switch fnv(name) % 3 {
                case 0: type = .org
                case 1: type = words.count > 1 ? .person : .place
                default: type = .place
                }
            }
            out.append(Mention(start: start, end: end, text: name, type: type))
        }
        return out
    }

    /// FNV-1a: stable across runs, unlike `Hasher`.
    static func fnv(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h
    }
}

