/// A parsed filter: what `QueryParser.parse` returns and `QueryIndex` evaluates.
/// Terms side by side are ANDed; `OR` binds looser than that; `-` negates.
public indirect enum Query: Sendable, Hashable {
    /// The empty query: every article.
    case all
    case term(QueryTerm)
    case not(Query)
    case and([Query])
    case or([Query])

    /// Parses the query language; see `docs/query.md`.
    public static func parse(_ text: String) -> Result<Query, QueryError> {
        QueryParser.parse(text)
    }

    /// Terms that count towards relevance and highlighting: those not under a negation.
    public var positiveTerms: [QueryTerm] {
        switch self {
        case .all, .not: []
        case .term(let t): [t]
        case .and(let qs), .or(let qs): qs.flatMap(\.positiveTerms)
        }
    }
}

/// Which kinds of entity a field selects.
public enum EntityField: String, Sendable, Hashable, CaseIterable {
    case org, person, place, entity

    public var types: Set<EntityType> {
        switch self {
        case .org: [.org]
        case .person: [.person]
        case .place: [.place]
        case .entity: Set(EntityType.allCases)
        }
    }

    /// What the user calls one of these, for messages.
    public var noun: String {
        switch self {
        case .org: "organization"
        case .person: "person"
        case .place: "place"
        case .entity: "entity"
        }
    }
}

/// Inclusive day bounds; a nil bound is open.
public struct DateBounds: Sendable, Hashable, CustomStringConvertible {
    public var from: Day?
    public var through: Day?

    public init(from: Day?, through: Day?) {
        self.from = from
        self.through = through
    }

    public func contains(_ day: Day) -> Bool {
        if let from, day < from { return false }
        if let through, day > through { return false }
        return true
    }

    public var description: String {
        "\(from.map(String.init(describing:)) ?? "")..\(through.map(String.init(describing:)) ?? "")"
    }
}

/// One leaf of a query, with where it was written so errors found later (an ambiguous
/// entity prefix) can point at it.
public struct QueryTerm: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// One word or a quoted phrase, as normalized terms that must stand in a row.
        case text([String])
        /// A word typed with a trailing `*`: any term starting with this.
        case prefix(String)
        /// An entity by canonical name, variant or unique prefix of either.
        case entity(EntityField, String)
        /// The outlet (`Article.source`).
        case source(String)
        case date(DateBounds)
    }

    public var kind: Kind
    /// What the user typed for this term.
    public var written: String
    /// Character offsets (0-based, in `Character`s) of the term in the query text.
    public var range: Range<Int>

    public init(kind: Kind, written: String, range: Range<Int>) {
        self.kind = kind
        self.written = written
        self.range = range
    }
}

/// Why a query was refused, and where: `offset` counts `Character`s from 0, `column` from 1.
public struct QueryError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var offset: Int

    public init(_ message: String, at offset: Int) {
        self.message = message
        self.offset = offset
    }

    public var column: Int { offset + 1 }

    /// `month 13 does not exist (at column 11)`.
    public var description: String { "\(message) (at column \(column))" }
}

/// Writing query text from code, e.g. when the sidebar turns an entity into a filter.
public enum QueryText {
    /// The field that selects entities of `type`: `org`, `person`, `place`, else `entity`.
    public static func field(for type: EntityType) -> EntityField {
        switch type {
        case .org: .org
        case .person: .person
        case .place: .place
        default: .entity
        }
    }

    /// `org:Microsoft`, `person:"Brad Smith"`: a term selecting exactly this entity.
    public static func entity(_ type: EntityType, _ canonical: String) -> String {
        "\(field(for: type).rawValue):\(value(canonical))"
    }

    /// A field value, quoted when it holds spaces, parentheses or quotes (inner double
    /// quotes cannot be escaped, so they are dropped).
    public static func value(_ text: String) -> String {
        let plain = !text.isEmpty && !text.contains { $0.isWhitespace || "()\"\u{201C}\u{201D}\u{201E}".contains($0) }
        if plain && !text.hasPrefix("-") { return text }
        return "\"" + text.filter { !"\"\u{201C}\u{201D}\u{201E}".contains($0) } + "\""
    }

    /// `existing` narrowed by `term`; an existing query with a top-level OR is parenthesized
    /// so the new term applies to all of it.
    public static func narrowing(_ existing: String, with term: String) -> String {
        let trimmed = existing.trimmingWhitespace()
        guard !trimmed.isEmpty else { return term }
        if case .success(.or) = Query.parse(trimmed) { return "(\(trimmed)) \(term)" }
        return "\(trimmed) \(term)"
    }
}
