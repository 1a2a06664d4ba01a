/// An entity offered while typing `org:mic`.
public struct EntityCompletion: Sendable, Hashable {
    public var type: EntityType
    public var canonical: String
    /// The name (canonical or variant) that starts with what was typed.
    public var matchedName: String
    public var articleCount: Int

    /// `org:Microsoft` or `person:"Brad Smith"`: what replaces the term being typed.
    public func insertion(field: EntityField) -> String {
        "\(field.rawValue):\(QueryText.value(canonical))"
    }
}

/// Completions for the term under the cursor of a query being typed.
public struct QueryCompletions: Sendable, Hashable {
    public var field: EntityField
    /// What was typed after the colon.
    public var typed: String
    /// Character offsets of the whole `field:value` term, to replace with an insertion.
    public var range: Range<Int>
    public var candidates: [EntityCompletion]
}

extension QueryIndex {
    /// Entities of `field`'s types with a name, or a word-initial tail of one, starting with
    /// `prefix`; most articles first. An empty prefix lists the most covered entities.
    public func entityCompletions(_ field: EntityField, prefix: String, limit: Int = 10) -> [EntityCompletion] {
        let name = EntityIndex.normalizedName(prefix)
        var best: [Int32: String] = [:]
        if name.isEmpty {
            for (i, r) in entities.records.enumerated() where field.types.contains(r.key.type) {
                best[Int32(i)] = r.key.canonical
            }
        } else {
            for e in entities.entries(withPrefix: name, types: field.types) {
                // Prefer showing a whole name that matched over a tail.
                if best[e.entity] == nil || e.isWholeName { best[e.entity] = e.name }
            }
        }
        let ranked = best.keys.sorted {
            let (a, b) = (entities.articleCount($0), entities.articleCount($1))
            return a != b ? a > b : entities.records[Int($0)].key.canonical < entities.records[Int($1)].key.canonical
        }
        return ranked.prefix(limit).map { id in
            let r = entities.records[Int(id)]
            let matched = ([r.key.canonical] + r.variants).first {
                EntityIndex.normalizedName($0) == best[id]
            } ?? r.key.canonical
            return EntityCompletion(type: r.key.type, canonical: r.key.canonical, matchedName: matched,
                                    articleCount: r.docs.count)
        }
    }

    /// When the cursor (a `Character` offset) sits in or right after an `org:`/`person:`/
    /// `place:`/`entity:` term, the entities that could complete it.
    public func completions(in queryText: String, cursor: Int, limit: Int = 10) -> QueryCompletions? {
        let chars = Array(queryText)
        guard cursor >= 0, cursor <= chars.count else { return nil }
        // The term runs back from the cursor to whitespace or '(' (a quoted value may hold
        // spaces: `person:"Brad Sm`), and forward to whitespace or ')'.
        var start = cursor
        var inQuote = chars[..<cursor].filter { $0 == "\"" }.count % 2 == 1
        while start > 0 {
            let c = chars[start - 1]
            if c == "\"" { inQuote.toggle() }
            if !inQuote && (c.isWhitespace || c == "(") { break }
            start -= 1
        }
        if start < chars.count, chars[start] == "-" { start += 1 }
        var end = cursor
        while end < chars.count, !chars[end].isWhitespace, chars[end] != ")" { end += 1 }
        let term = String(chars[start..<cursor])
        guard let colon = term.firstIndex(of: ":"),
              let canonicalField = QueryParser.fieldNames[term[..<colon].lowercased()],
              let field = EntityField(rawValue: canonicalField) else { return nil }
        var typed = String(term[term.index(after: colon)...])
        if typed.hasPrefix("\"") { typed.removeFirst() }
        if typed.hasSuffix("\"") { typed.removeLast() }
        return QueryCompletions(field: field, typed: typed, range: start..<end,
                                candidates: entityCompletions(field, prefix: typed, limit: limit))
    }
}
