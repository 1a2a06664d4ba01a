import Foundation

/// Scores found quotations against a gold file: spans (exact and overlapping), speakers,
/// and same-quotation pairs across articles.
public struct QuoteEvaluation: Sendable {
    /// Precision counts predictions, recall counts gold spans, so a quotation found as two
    /// pieces (or two quotations found as one) is judged fairly by overlap.
    public struct SpanScore: Sendable, CustomStringConvertible {
        public var predictedRight = 0
        public var predictedWrong = 0
        public var goldFound = 0
        public var goldMissed = 0

        public var precision: Double { ratio(predictedRight, predictedRight + predictedWrong) }
        public var recall: Double { ratio(goldFound, goldFound + goldMissed) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }

        public var description: String {
            String(format: "P %.3f  R %.3f  F1 %.3f  (predicted %d right, %d wrong; gold %d found, %d missed)",
                   precision, recall, f1, predictedRight, predictedWrong, goldFound, goldMissed)
        }
    }

    public struct Report: Sendable {
        public var exact = SpanScore()
        public var overlap = SpanScore()
        /// Required gold quotations that name a speaker, and how many got a right one.
        public var speakerGold = 0
        public var speakerRight = 0
        /// Of those, how many were found at all (by overlap).
        public var speakerFound = 0
        public var pairs = Score()
        /// Human-readable lines about every miss and wrong prediction.
        public var notes: [String] = []

        public var speakerAccuracy: Double { speakerGold == 0 ? 0 : Double(speakerRight) / Double(speakerGold) }
    }

    public init() {}

    /// `root` is the folder the gold `file` fields are relative to (the parent of `eval/`).
    public func evaluate(gold: [GoldArticle], root: String) -> (Report, [LoadProblem]) {
        let paths = gold.map { root.hasSuffix("/") ? root + $0.file : root + "/" + $0.file }
        let corpus = Corpus.analyze(CorpusLoader().load(paths: paths))
        let byPath = Dictionary(corpus.articles.map { ($0.article.path, $0) }, uniquingKeysWith: { a, _ in a })
        var report = Report()
        // gold "file#qN" -> the predicted quote matched to it
        var matched: [String: Quote] = [:]
        for (g, path) in zip(gold, paths) {
            guard let a = byPath[path] else { continue }
            score(g, a, into: &report, matched: &matched)
        }
        scorePairs(gold: gold, corpus: corpus, matched: matched, into: &report)
        return (report, corpus.problems)
    }

    func score(_ g: GoldArticle, _ a: AnalyzedArticle, into r: inout Report, matched: inout [String: Quote]) {
        let required = g.quotes.filter { !$0.optional }
        let optional = g.quotes.filter(\.optional)
        let preds = a.quotes
        let body = Array(a.article.body.unicodeScalars)
        func excerpt(_ s: TextSpan) -> String {
            let e = min(s.end, body.count), b = min(s.start, e)
            let t = String(String.UnicodeScalarView(body[b..<e])).replacingOccurrences(of: "\n", with: " ")
            return t.count > 90 ? String(t.prefix(87)) + "…" : t
        }
        for p in preds {
            let exact = required.contains { $0.span == p.span }
            let overlapsRequired = required.contains { $0.span.overlaps(p.span) }
            let overlapsOptional = optional.contains { $0.span.overlaps(p.span) }
            if exact { r.exact.predictedRight += 1 }
            else if !overlapsOptional { r.exact.predictedWrong += 1 }
            if !exact, overlapsRequired, let g0 = required.first(where: { $0.span.overlaps(p.span) }) {
                r.notes.append("\(g.file): inexact \(p.span) vs gold \(g0.span) \(excerpt(p.span))")
            }
            if overlapsRequired { r.overlap.predictedRight += 1 }
            else if !overlapsOptional {
                r.overlap.predictedWrong += 1
                r.notes.append("\(g.file): wrong \(p.span) \(excerpt(p.span))")
            }
        }
        for q in g.quotes {
            let best = preds.filter { $0.span.overlaps(q.span) }.max { overlap($0.span, q.span) < overlap($1.span, q.span) }
            if let best { matched["\(g.file)#\(q.id)"] = best }
            guard !q.optional else { continue }
            if preds.contains(where: { $0.span == q.span }) { r.exact.goldFound += 1 } else { r.exact.goldMissed += 1 }
            if best != nil { r.overlap.goldFound += 1 } else {
                r.overlap.goldMissed += 1
                r.notes.append("\(g.file): missed \(q.span) \(excerpt(q.span))")
            }
            let words = (q.speaker_words ?? []).filter { !$0.isEmpty }
            guard !words.isEmpty || q.speaker_entity != nil else { continue }
            r.speakerGold += 1
            guard let best else { continue }
            r.speakerFound += 1
            let said = best.speaker?.lowercased() ?? ""
            let right = words.contains { !said.isEmpty && said.contains($0.lowercased()) }
                || (q.speaker_entity != nil && best.speakerEntity == q.speaker_entity)
            if right { r.speakerRight += 1 } else {
                r.notes.append("\(g.file): speaker of \(q.id) is \(best.speaker ?? "nil") / \(best.speakerEntity ?? "nil"), gold \(words) / \(q.speaker_entity ?? "nil")")
            }
        }
    }

    private func overlap(_ a: TextSpan, _ b: TextSpan) -> Int { max(0, min(a.end, b.end) - max(a.start, b.start)) }

    /// Pairs of quotes in different articles that the linker put in one family, against the
    /// gold same-quotation pairs.
    func scorePairs(gold: [GoldArticle], corpus: Corpus, matched: [String: Quote], into r: inout Report) {
        struct Pair: Hashable { let a: String, b: String
            init(_ x: String, _ y: String) { (a, b) = x < y ? (x, y) : (y, x) }
        }
        var goldPairs = Set<Pair>()
        for g in gold { for p in g.same_quote_pairs ?? [] where p.count == 2 { goldPairs.insert(Pair(p[0], p[1])) } }
        var predictedPairs = Set<Pair>()
        for a in corpus.articles {
            for q in a.quotes {
                for link in corpus.relatedQuotes[q.id] ?? [] where link.kind != .speaker && link.articleID != a.id {
                    predictedPairs.insert(Pair(q.id, link.quoteID))
                }
            }
        }
        // Translate gold pairs into predicted quote ids through the span matching.
        var found = 0
        var explained = Set<Pair>()
        for gp in goldPairs {
            if let x = matched[gp.a], let y = matched[gp.b], predictedPairs.contains(Pair(x.id, y.id)) {
                found += 1
                explained.insert(Pair(x.id, y.id))
            } else {
                r.notes.append("pair not linked: \(gp.a) ~ \(gp.b)")
            }
        }
        r.pairs.truePositives = found
        r.pairs.falseNegatives = goldPairs.count - found
        let wrong = predictedPairs.subtracting(explained)
        r.pairs.falsePositives = wrong.count
        for w in wrong.sorted(by: { ($0.a, $0.b) < ($1.a, $1.b) }).prefix(20) { r.notes.append("pair linked wrongly: \(w.a) ~ \(w.b)") }
    }
}
