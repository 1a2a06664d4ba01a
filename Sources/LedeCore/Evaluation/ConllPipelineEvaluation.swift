import Foundation

/// Scores the whole entity pipeline (tagger, rules, canonical names), not the tagger alone,
/// on CoNLL documents: each document is written out as text the way a reader would see it
/// (tokens joined by spaces, no space before closing punctuation, a blank line after a
/// sentence without final punctuation, as headlines are), analysed as one article, and
/// every PERSON/ORG/PLACE mention that covers whole tokens becomes a PER/ORG/LOC span.
/// CoNLL data from other genres than news (tweets, Wikipedia, reports) shows whether the
/// rules written while reading news hold up on text they were not written for.
public enum ConllPipelineEvaluation {
    public struct Miss: Sendable {
        public var source: String
        public var kind: String
        public var type: String
        public var text: String
        public var context: String
    }

    public struct Result: Sendable {
        /// Per type, `ALL`, then `ALL <source>`.
        public var scores: [(type: String, score: Score)]
        public var misses: [Miss]
    }

    /// The article text of `doc` and, per sentence, each token's code-point span in it.
    static func text(of doc: CoNLLDocument) -> (body: String, spans: [[TextSpan]]) {
        var scalars: [Unicode.Scalar] = []
        var spans: [[TextSpan]] = []
        let closers: Set<String> = [".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'", "n't", "’s", "'re", "'ve", "'ll", "'d", "'m", "”", "’"]
        let openers: Set<String> = ["(", "[", "{", "$", "“", "‘", "#", "@"]
        for (s, sentence) in doc.sentences.enumerated() {
            var sentenceSpans: [TextSpan] = []
            var openQuote = false
            var noSpaceNext = true
            for (token, _) in sentence {
                var joined = noSpaceNext || closers.contains(token)
                if token == "\"" {
                    // A straight quote opens and closes in turn.
                    if openQuote { joined = true }
                    noSpaceNext = !openQuote
                    openQuote.toggle()
                } else {
                    noSpaceNext = openers.contains(token)
                }
                if !joined && !scalars.isEmpty { scalars.append(" ") }
                let start = scalars.count
                scalars.append(contentsOf: token.unicodeScalars)
                sentenceSpans.append(TextSpan(start, scalars.count))
            }
            spans.append(sentenceSpans)
            let last = sentence.last?.token ?? ""
            let ended = [".", "!", "?", "\"", "”", "'", "’", ")"].contains(last)
            if s < doc.sentences.count - 1 {
                if ended { scalars.append(" ") } else { scalars.append(contentsOf: "\n\n".unicodeScalars) }
            }
        }
        var body = String.UnicodeScalarView()
        body.append(contentsOf: scalars)
        return (String(body), spans)
    }

    public static func run(conllPath: String, sources: [String] = [],
                           extractor: EntityExtractor = EntityExtractor()) throws -> Result {
        let docs = try CoNLL.read(path: conllPath, sources: sources)
        let texts = docs.map(text(of:))
        let articles = texts.enumerated().map { i, t in
            Article(id: "conll#\(i + 1)", path: conllPath, date: Day(year: 2020, month: 1, day: 1),
                    title: "", body: t.body)
        }
        let predicted = extractor.mentions(in: articles)
        var scores: [String: Score] = [:]
        var bySource: [String: Score] = [:]
        var misses: [Miss] = []
        let conllType: [EntityType: String] = [.person: "PER", .org: "ORG", .place: "LOC"]
        for (d, doc) in docs.enumerated() {
            let (body, spans) = texts[d]
            let bodyScalars = Array(body.unicodeScalars)
            func context(_ span: TextSpan) -> String {
                let a = max(0, span.start - 40), b = min(bodyScalars.count, span.end + 40)
                var v = String.UnicodeScalarView()
                v.append(contentsOf: bodyScalars[a..<span.start])
                v.append(contentsOf: "[".unicodeScalars)
                v.append(contentsOf: bodyScalars[span.start..<span.end])
                v.append(contentsOf: "]".unicodeScalars)
                v.append(contentsOf: bodyScalars[span.end..<b])
                return String(v).replacingOccurrences(of: "\n", with: " ")
            }
            // Gold spans as code-point spans of the text.
            var want: [String: (span: TextSpan, type: String)] = [:]
            for (s, sentence) in doc.sentences.enumerated() {
                for g in CoNLL.spans(sentence.map(\.tag)) where ["PER", "ORG", "LOC"].contains(g.type) {
                    let span = TextSpan(spans[s][g.start].start, spans[s][g.end - 1].end)
                    want["\(span.start)-\(span.end)-\(g.type)"] = (span, g.type)
                }
            }
            var local = Score()
            for m in predicted[d] {
                guard let type = conllType[m.type] else { continue }
                let key = "\(m.span.start)-\(m.span.end)-\(type)"
                if want.removeValue(forKey: key) != nil {
                    scores[type, default: Score()].truePositives += 1
                    local.truePositives += 1
                } else {
                    scores[type, default: Score()].falsePositives += 1
                    local.falsePositives += 1
                    misses.append(Miss(source: doc.source, kind: "spurious", type: type, text: m.text, context: context(m.span)))
                }
            }
            for (_, g) in want {
                scores[g.type, default: Score()].falseNegatives += 1
                local.falseNegatives += 1
                var v = String.UnicodeScalarView()
                v.append(contentsOf: bodyScalars[g.span.start..<g.span.end])
                misses.append(Miss(source: doc.source, kind: "missed", type: g.type, text: String(v), context: context(g.span)))
            }
            if !doc.source.isEmpty { bySource[doc.source, default: Score()] += local }
        }
        return Result(scores: CoNLL.rows(scores, bySource: bySource), misses: misses)
    }
}
