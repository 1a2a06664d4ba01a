/// Entities of the corpus by canonical name and by every surface form, so `org:ICE` and
/// `org:"Immigration and Customs Enforcement"` reach the same articles.
struct EntityIndex: Sendable {
    struct Key: Hashable, Sendable {
        var type: EntityType
        var canonical: String
    }

    struct Record: Sendable {
        var key: Key
        /// Surface forms as written, most frequent first.
        var variants: [String]
        /// Ascending article indices, with the mention count in each.
        var docs: [Int32]
        var counts: [Int32]
    }

    /// A normalized name (or the tail of one, from a word boundary) pointing at an entity.
    struct NameEntry: Sendable {
        var name: String
        var entity: Int32
        /// False for tails such as `smith` of `brad smith`.
        var isWholeName: Bool
    }

    let records: [Record]
    let byKey: [Key: Int32]
    /// Whole normalized names (canonical and variants) -> entities.
    let exact: [String: [Int32]]
    /// Sorted by name, for prefixes.
    let entries: [NameEntry]

    init(articles: [AnalyzedArticle]) {
        self.init(mentions: articles.lazy.map(\.mentions))
    }

    /// `mentions` holds each article's mentions in article order, read once (it may stream
    /// them from storage).
    init<Mentions: Sequence<[EntityMention]>>(mentions: Mentions) {
        var builder = EntityIndexBuilder()
        for (d, articleMentions) in mentions.enumerated() {
            for m in articleMentions { builder.add(doc: Int32(d), m) }
        }
        self.init(records: builder.records)
    }

    /// From its records (as built above, or stored); the name lookups are derived.
    init(records: [Record]) {
        var byKey: [Key: Int32] = [:]
        byKey.reserveCapacity(records.count)
        var exact: [String: [Int32]] = [:]
        var entries: [NameEntry] = []
        for i in records.indices {
            byKey[records[i].key] = Int32(i)
            var names = Set<String>()
            for form in [records[i].key.canonical] + records[i].variants {
                let words = EntityIndex.nameWords(form)
                guard !words.isEmpty else { continue }
                let whole = words.joined(separator: " ")
                guard names.insert(whole).inserted else { continue }
                exact[whole, default: []].append(Int32(i))
                entries.append(NameEntry(name: whole, entity: Int32(i), isWholeName: true))
                for start in words.indices.dropFirst() {
                    entries.append(NameEntry(name: words[start...].joined(separator: " "),
                                             entity: Int32(i), isWholeName: false))
                }
            }
        }
        entries.sort { $0.name < $1.name }
        self.records = records
        self.byKey = byKey
        self.exact = exact
        self.entries = entries
    }

    /// The words a name is compared by: normalized like body text, without a leading "the"
    /// (`The New York Times` = `New York Times`).
    static func nameWords(_ name: String) -> [String] {
        var words = TextTokenizer.terms(in: name)
        if words.count > 1, words[0] == "the" { words.removeFirst() }
        return words
    }

    static func normalizedName(_ name: String) -> String {
        nameWords(name).joined(separator: " ")
    }

    func articleCount(_ entity: Int32) -> Int { records[Int(entity)].docs.count }

    /// Entries whose name starts with `prefix`, allowed by `types`.
    func entries(withPrefix prefix: String, types: Set<EntityType>) -> [NameEntry] {
        var lo = 0, hi = entries.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if entries[mid].name < prefix { lo = mid + 1 } else { hi = mid }
        }
        var out: [NameEntry] = []
        while lo < entries.count, entries[lo].name.hasPrefix(prefix) {
            if types.contains(records[Int(entries[lo].entity)].key.type) { out.append(entries[lo]) }
            lo += 1
        }
        return out
    }

    enum Resolution {
        case entities([Int32])
        case ambiguous([Int32])
    }

    /// Which entities a typed name means: every entity with that exact name (canonical or
    /// variant); else the one entity whose name, or a word-initial tail of it, starts with
    /// what was typed (several such entities make it ambiguous); else, since extractors
    /// often mistake an outlet for a person or a country for an organization, entities of
    /// any type with exactly that name; else nothing.
    func resolve(_ typed: String, types: Set<EntityType>) -> Resolution {
        let name = EntityIndex.normalizedName(typed)
        guard !name.isEmpty else { return .entities([]) }
        let exactHits = (exact[name] ?? []).filter { types.contains(records[Int($0)].key.type) }
        if !exactHits.isEmpty { return .entities(exactHits) }
        let found = entries(withPrefix: name, types: types)
        var distinct: [Int32] = []
        var seen = Set<Int32>()
        // Whole-name prefixes first: `micro` means Microsoft before it means Acme Micro Devices.
        for wholeOnly in [true, false] {
            for e in found where e.isWholeName == wholeOnly && seen.insert(e.entity).inserted {
                distinct.append(e.entity)
            }
            if distinct.count == 1 { return .entities(distinct) }
            if distinct.count > 1 { break }
        }
        if distinct.count > 1 {
            return .ambiguous(distinct.sorted { articleCount($0) > articleCount($1) })
        }
        return .entities(exact[name] ?? [])
    }
}
