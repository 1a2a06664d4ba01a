/// Everything a filter or search needs, built once per corpus: word postings with
/// positions, entity names -> articles, articles ordered by date, outlets -> articles.
/// Evaluating a query then touches only the postings of its terms plus a few bitmap passes.
public struct QueryIndex: Sendable {
    public let articles: [AnalyzedArticle]
    let text: TextIndex
    let entities: EntityIndex
    /// Dated articles, oldest first (ties in corpus order), and their day ordinals.
    let byDate: [Int32]
    let byDateOrdinals: [Int]
    /// Articles without a date, in corpus order; they sort after dated ones.
    let undated: [Int32]
    /// Normalized outlet name -> articles.
    let sources: [String: [Int32]]

    /// Articles' text, by index, for phrases in a compact index (nil: not available).
    let bodies: ArticleBodies

    public init(articles: [AnalyzedArticle]) {
        self.init(articles: articles, text: TextIndex(bodies: articles.lazy.map(\.article.body)),
                  mentions: articles.lazy.map(\.mentions), bodies: { _, _ in })
    }

    /// For a corpus too large to hold whole: `articles` need only their metadata (bodies
    /// and mentions may be empty); `bodies` and `mentions` give each article's text and
    /// mentions in the same order, read once while building, so they can stream from the
    /// index one article at a time. The text index keeps no word positions (a fraction of
    /// the memory); a phrase is checked in the text of the articles holding all its words,
    /// which `reading` supplies. Highlighting needs the full article passed in.
    public init<Bodies: Sequence<String>, Mentions: Sequence<[EntityMention]>>(
        articles: [AnalyzedArticle], bodies: Bodies, mentions: Mentions, reading: @escaping ArticleBodies) {
        self.init(articles: articles, text: TextIndex(compact: bodies), mentions: mentions, bodies: reading)
    }

    /// Tokenized words of a run of consecutive articles, for building a compact index on
    /// several threads: `textRun` for each run (in parallel), then `init(articles:textRuns:...)`.
    public struct TextRun: Sendable {
        let run: TextIndex.CompactRun
    }

    public static func textRun<Bodies: Sequence<String>>(bodies: Bodies) -> TextRun {
        TextRun(run: TextIndex.compactRun(bodies))
    }

    /// As `init(articles:bodies:mentions:reading:)`, from runs covering `articles` in order.
    public init<Mentions: Sequence<[EntityMention]>>(articles: [AnalyzedArticle], textRuns: [TextRun], mentions: Mentions,
                                                     bodies: @escaping ArticleBodies) {
        self.init(articles: articles, text: Self.joined(textRuns), mentions: mentions, bodies: bodies)
    }

    /// The text half of a compact index: its runs joined (and let go), so that a caller
    /// can free memory before the entities are gathered.
    public struct TextPart: Sendable {
        let index: TextIndex
    }

    public static func joined(_ runs: [TextRun]) -> TextPart {
        TextPart(index: TextIndex(compactRuns: runs.map(\.run)))
    }

    public init<Mentions: Sequence<[EntityMention]>>(articles: [AnalyzedArticle], text: TextPart, mentions: Mentions,
                                                     bodies: @escaping ArticleBodies) {
        self.init(articles: articles, text: text.index, mentions: mentions, bodies: bodies)
    }

    /// As `init(articles:text:mentions:bodies:)`, with the mentions already gathered.
    public init(articles: [AnalyzedArticle], text: TextPart, entities: EntityIndexBuilder, bodies: @escaping ArticleBodies) {
        self.init(articles: articles, text: text.index, entities: EntityIndex(records: entities.records), bodies: bodies)
    }

    private init<Mentions: Sequence<[EntityMention]>>(articles: [AnalyzedArticle], text: TextIndex, mentions: Mentions,
                                                      bodies: @escaping ArticleBodies) {
        self.init(articles: articles, text: text, entities: EntityIndex(mentions: mentions), bodies: bodies)
    }

    init(articles: [AnalyzedArticle], text: TextIndex, entities: EntityIndex, bodies: @escaping ArticleBodies) {
        self.articles = articles
        self.text = text
        self.bodies = bodies
        self.entities = entities
        let dated = articles.indices.compactMap { i in articles[i].article.date.map { (Int32(i), $0.ordinal) } }
            .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
        byDate = dated.map(\.0)
        byDateOrdinals = dated.map(\.1)
        undated = articles.indices.filter { articles[$0].article.date == nil }.map { Int32($0) }
        var sources: [String: [Int32]] = [:]
        for (i, a) in articles.enumerated() {
            if let s = a.article.source { sources[EntityIndex.normalizedName(s), default: []].append(Int32(i)) }
        }
        self.sources = sources
    }

    public init(corpus: Corpus) { self.init(articles: corpus.articles) }

    public var count: Int { articles.count }

    // MARK: Filtering

    /// Indices (ascending) of the articles matching `query`. Fails only when an entity or
    /// source prefix is ambiguous.
    public func matches(_ query: Query) -> Result<[Int], QueryError> {
        var cache = Cache()
        do {
            return .success(try set(for: query, cache: &cache).members)
        } catch {
            return .failure(error)
        }
    }

    /// Parses and evaluates in one step.
    public func matches(_ queryText: String) -> Result<[Int], QueryError> {
        Query.parse(queryText).flatMap { matches($0) }
    }

    /// Per-evaluation memo: a term that appears twice, or is needed again for scoring, is
    /// looked up once.
    struct Cache {
        var text: [[String]: TextIndex.Match] = [:]
        var entities: [QueryTerm: [Int32]] = [:]
    }

    func set(for query: Query, cache: inout Cache) throws(QueryError) -> DocSet {
        switch query {
        case .all:
            return .all(count)
        case .term(let t):
            return try set(for: t, cache: &cache)
        case .not(let q):
            var s = try set(for: q, cache: &cache)
            s.invert()
            return s
        case .and(let qs):
            var s = DocSet.all(count)
            for q in qs { s.formIntersection(try set(for: q, cache: &cache)) }
            return s
        case .or(let qs):
            var s = DocSet(capacity: count)
            for q in qs { s.formUnion(try set(for: q, cache: &cache)) }
            return s
        }
    }

    func set(for term: QueryTerm, cache: inout Cache) throws(QueryError) -> DocSet {
        switch term.kind {
        case .text(let words):
            return DocSet(capacity: count, members: textMatch(words, cache: &cache).docs)
        case .prefix(let stem):
            var s = DocSet(capacity: count)
            for id in text.terms(withPrefix: stem) {
                for d in text.postings(id).docs { s.insert(Int(d)) }
            }
            return s
        case .entity:
            var s = DocSet(capacity: count)
            for e in try resolvedEntities(term, cache: &cache) {
                for d in entities.records[Int(e)].docs { s.insert(Int(d)) }
            }
            return s
        case .source(let name):
            return DocSet(capacity: count, members: try sourceArticles(name, term: term))
        case .date(let bounds):
            return DocSet(capacity: count, members: dated(within: bounds))
        }
    }

    func textMatch(_ words: [String], cache: inout Cache) -> TextIndex.Match {
        if let m = cache.text[words] { return m }
        let m = text.match(words, bodies: bodies)
        cache.text[words] = m
        return m
    }

    func resolvedEntities(_ term: QueryTerm, cache: inout Cache) throws(QueryError) -> [Int32] {
        guard case .entity(let field, let name) = term.kind else { return [] }
        if let known = cache.entities[term] { return known }
        switch entities.resolve(name, types: field.types) {
        case .entities(let ids):
            cache.entities[term] = ids
            return ids
        case .ambiguous(let ids):
            let shown = ids.prefix(3).map { entities.records[Int($0)].key.canonical }
            let more = ids.count > 3 ? ", and \(ids.count - 3) more" : ""
            throw QueryError("'\(name)' could be \(shown.joined(separator: ", "))\(more): type more of the name",
                             at: term.range.lowerBound)
        }
    }

    /// Exact outlet name, else the one outlet it starts.
    func sourceArticles(_ name: String, term: QueryTerm) throws(QueryError) -> [Int32] {
        let key = EntityIndex.normalizedName(name)
        if let exact = sources[key] { return exact }
        let candidates = sources.keys.filter { $0.hasPrefix(key) }.sorted()
        if candidates.count > 1 {
            throw QueryError("source '\(name)' could be \(candidates.prefix(3).joined(separator: ", ")): type more of the name",
                             at: term.range.lowerBound)
        }
        return candidates.first.map { sources[$0]! } ?? []
    }

    /// Dated articles within the bounds, by binary search over the date order.
    func dated(within bounds: DateBounds) -> ArraySlice<Int32> {
        let lo = bounds.from.map { lowerBound(byDateOrdinals, $0.ordinal) } ?? 0
        let hi = bounds.through.map { lowerBound(byDateOrdinals, $0.ordinal + 1) } ?? byDate.count
        return lo < hi ? byDate[lo..<hi] : []
    }

    private func lowerBound(_ a: [Int], _ value: Int) -> Int {
        var lo = 0, hi = a.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if a[mid] < value { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}

/// Reads articles' text back for a compact index's phrases: calls `each` with the text of
/// each article of `docs` (list positions, ascending) that it can read. One call per
/// phrase, so a store can read them all in one go rather than one query each.
public typealias ArticleBodies = @Sendable (_ docs: [Int32], _ each: (Int32, String) -> Void) -> Void

extension QueryIndex {
    /// `ArticleBodies` from a lookup of one article's text by list position.
    public static func eachBody(_ body: @escaping @Sendable (Int) -> String?) -> ArticleBodies {
        { docs, each in
            for d in docs { if let text = body(Int(d)) { each(d, text) } }
        }
    }
}

