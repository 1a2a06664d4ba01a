public enum EntityType: String, CaseIterable, Sendable, Codable, Hashable {
    case person = "PERSON"
    case org = "ORG"
    case place = "PLACE"
    case money = "MONEY"
    case date = "DATE"
    case percent = "PERCENT"
    case group = "GROUP"

    /// Sidebar heading, in the order the sidebar shows groups.
    public var heading: String {
        switch self {
        case .person: "People"
        case .org: "Organizations"
        case .place: "Places"
        case .money: "Money"
        case .date: "Dates"
        case .percent: "Percentages"
        case .group: "Groups"
        }
    }
}

/// One occurrence of an entity in an article body.
public struct EntityMention: Hashable, Sendable {
    public var span: TextSpan
    /// The words as written in the article.
    public var text: String
    public var type: EntityType
    /// The canonical name shared by every mention of the same entity, in this article and
    /// across the corpus (`ICE` -> `Immigration and Customs Enforcement`).
    public var canonical: String
    /// For DATE mentions resolved against the article date: `2018-06-19` or `2018-06`.
    public var resolvedDate: String?

    public init(span: TextSpan, text: String, type: EntityType, canonical: String,
                resolvedDate: String? = nil) {
        self.span = span
        self.text = text
        self.type = type
        self.canonical = canonical
        self.resolvedDate = resolvedDate
    }
}

/// An entity as the sidebar shows it: every mention of one canonical name in one article.
public struct EntitySummary: Hashable, Sendable {
    public var type: EntityType
    public var canonical: String
    /// Distinct surface forms, most frequent first.
    public var variants: [String]
    public var mentionCount: Int
    public var spans: [TextSpan]
    public var resolvedDate: String?

    /// Groups mentions by (type, canonical); most mentioned first within each type, types in
    /// `EntityType.allCases` order.
    public static func summarize(_ mentions: [EntityMention]) -> [EntitySummary] {
        struct Key: Hashable { let type: EntityType; let canonical: String }
        var order: [Key] = []
        var byKey: [Key: [EntityMention]] = [:]
        for m in mentions {
            let k = Key(type: m.type, canonical: m.canonical)
            if byKey[k] == nil { order.append(k) }
            byKey[k, default: []].append(m)
        }
        var result: [EntitySummary] = order.map { k in
            let ms = byKey[k]!
            var counts: [String: Int] = [:]
            for m in ms { counts[m.text, default: 0] += 1 }
            let variants = counts.keys.sorted { (counts[$0]!, $1) > (counts[$1]!, $0) }
            return EntitySummary(type: k.type, canonical: k.canonical, variants: variants,
                                 mentionCount: ms.count, spans: ms.map(\.span).sorted(),
                                 resolvedDate: ms.first?.resolvedDate)
        }
        let typeOrder = Dictionary(uniqueKeysWithValues: EntityType.allCases.enumerated().map { ($1, $0) })
        result.sort {
            if $0.type != $1.type { return typeOrder[$0.type]! < typeOrder[$1.type]! }
            if $0.mentionCount != $1.mentionCount { return $0.mentionCount > $1.mentionCount }
            return ($0.spans.first?.start ?? 0) < ($1.spans.first?.start ?? 0)
        }
        return result
    }
}
