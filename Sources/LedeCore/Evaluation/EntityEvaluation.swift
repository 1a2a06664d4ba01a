import Foundation

/// Scores extracted entity mentions against a gold file (see `../shared/eval/README.md`):
/// precision, recall and F1 per type, by exact span and by overlapping span with the same
/// type. Optional gold spans are neither required nor wrong: a prediction overlapping one is
/// not counted. Only types the gold file requires somewhere are scored (GUM labels only
/// PERSON, ORG and PLACE, so a DATE found there is neither right nor wrong).
public struct EntityEvaluation: Sendable {
    public struct Miss: Sendable {
        public var file: String
        public var start: Int
        public var end: Int
        public var text: String
        public var type: String
        /// "missed" (gold not found) or "spurious" (prediction not in the gold).
        public var kind: String
    }

    public var types: [String] = []
    public var exact: [String: Score] = [:]
    public var overlap: [String: Score] = [:]
    /// Overlap-matched misses and false alarms, for reading.
    public var misses: [Miss] = []
    /// Gold entities (by their `entity` name) whose matched mentions got more than one
    /// canonical name, and canonical names given to more than one gold entity.
    public var splitEntities: [String] = []
    public var mergedEntities: [String] = []
    /// DATE mentions with a gold resolved value: how many the extractor resolved the same.
    public var datesResolved = 0
    public var datesWithGoldValue = 0
    public var articles = 0

    public init() {}

    public static func total(_ scores: [String: Score], types: [String]) -> Score {
        var all = Score()
        for t in types { if let s = scores[t] { all += s } }
        return all
    }

    /// Loads each gold article from `corpusRoot/<file>`, runs `extractor` over all of them
    /// as one batch, and scores.
    public static func run(gold: [GoldArticle], corpusRoot: String,
                           extractor: EntityExtractor = EntityExtractor()) throws -> EntityEvaluation {
        var articles: [Article] = []
        for g in gold {
            let path = corpusRoot + "/" + g.file
            let loaded = CorpusLoader().load(paths: [path])
            guard let a = loaded.articles.first else {
                throw EvaluationError(message: "cannot open \(path): \(loaded.problems.map(\.reason).joined(separator: ", "))")
            }
            articles.append(a)
        }
        let predicted = extractor.mentions(in: articles)
        return score(gold: gold, predicted: predicted)
    }

    public struct EvaluationError: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    public static func score(gold: [GoldArticle], predicted: [[EntityMention]]) -> EntityEvaluation {
        var ev = EntityEvaluation()
        var required = Set<String>()
        for g in gold { for e in g.entities where !e.optional { required.insert(e.type) } }
        ev.types = EntityType.allCases.map(\.rawValue).filter { required.contains($0) }
        ev.articles = gold.count
        var canonicalsByGold: [String: Set<String>] = [:]
        var goldByCanonical: [String: Set<String>] = [:]
        for (g, preds) in zip(gold, predicted) {
            let req = g.entities.filter { !$0.optional }
            let opt = g.entities.filter(\.optional)
            let scored = preds.filter { required.contains($0.type.rawValue) }
            // Exact.
            var exactUsed = Set<Int>()
            for p in scored {
                if let k = req.indices.first(where: { !exactUsed.contains($0) && req[$0].span == p.span && req[$0].type == p.type.rawValue }) {
                    exactUsed.insert(k)
                    ev.exact[p.type.rawValue, default: Score()].truePositives += 1
                } else if !opt.contains(where: { $0.span.overlaps(p.span) }) {
                    ev.exact[p.type.rawValue, default: Score()].falsePositives += 1
                }
            }
            for k in req.indices where !exactUsed.contains(k) { ev.exact[req[k].type, default: Score()].falseNegatives += 1 }
            // Overlap, one to one, exact matches first.
            var used = Set<Int>()
            var matchOf: [Int: EntityMention] = [:]
            var unmatched: [EntityMention] = []
            for p in scored {
                if let k = req.indices.first(where: { !used.contains($0) && req[$0].span == p.span && req[$0].type == p.type.rawValue }) {
                    used.insert(k); matchOf[k] = p
                } else {
                    unmatched.append(p)
                }
            }
            for p in unmatched {
                if let k = req.indices.first(where: { !used.contains($0) && req[$0].span.overlaps(p.span) && req[$0].type == p.type.rawValue }) {
                    used.insert(k); matchOf[k] = p
                } else if !opt.contains(where: { $0.span.overlaps(p.span) }) {
                    ev.overlap[p.type.rawValue, default: Score()].falsePositives += 1
                    ev.misses.append(Miss(file: g.file, start: p.span.start, end: p.span.end, text: p.text,
                                          type: p.type.rawValue, kind: "spurious"))
                    continue
                } else {
                    continue
                }
            }
            for (k, p) in matchOf {
                ev.overlap[p.type.rawValue, default: Score()].truePositives += 1
                let e = req[k]
                if e.type == "DATE" {
                    if let want = e.entity {
                        ev.datesWithGoldValue += 1
                        if p.resolvedDate == want { ev.datesResolved += 1 }
                    }
                } else if let name = e.entity, ["PERSON", "ORG", "PLACE"].contains(e.type) {
                    canonicalsByGold[e.type + ":" + name, default: []].insert(p.canonical)
                    goldByCanonical[p.type.rawValue + ":" + p.canonical, default: []].insert(name)
                }
            }
            for k in req.indices where matchOf[k] == nil {
                ev.overlap[req[k].type, default: Score()].falseNegatives += 1
                ev.misses.append(Miss(file: g.file, start: req[k].start, end: req[k].end, text: req[k].text,
                                      type: req[k].type, kind: "missed"))
            }
        }
        ev.splitEntities = canonicalsByGold.filter { $0.value.count > 1 }
            .map { "\($0.key) -> \($0.value.sorted().joined(separator: " | "))" }.sorted()
        ev.mergedEntities = goldByCanonical.filter { $0.value.count > 1 }
            .map { "\($0.key) <- \($0.value.sorted().joined(separator: " | "))" }.sorted()
        return ev
    }
}
