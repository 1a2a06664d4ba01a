/// Recursive descent over lexer tokens:
///
///     query   := orExpr
///     orExpr  := andExpr (OR andExpr)*
///     andExpr := unary (AND? unary)*
///     unary   := ('-' | NOT) unary | '(' orExpr ')' | term
///
/// A word with nothing searchable in it (`—`, `$`) constrains nothing and is dropped.
public enum QueryParser {
    public static func parse(_ text: String) -> Result<Query, QueryError> {
        do {
            let tokens = try QueryLexer(text).tokens()
            var parser = Parser(tokens: tokens, length: text.count)
            return .success(try parser.parseAll() ?? .all)
        } catch {
            return .failure(error)
        }
    }

    static let fieldNames: [String: String] = [
        "org": "org", "organization": "org", "organisation": "org",
        "person": "person", "people": "person",
        "place": "place", "location": "place",
        "entity": "entity",
        "source": "source", "outlet": "source",
        "date": "date", "after": "after", "before": "before",
    ]

    static let fieldList = "org, person, place, entity, source, date, after, before"
}

private struct Parser {
    let tokens: [QueryLexer.Token]
    let length: Int
    var pos = 0

    init(tokens: [QueryLexer.Token], length: Int) {
        self.tokens = tokens
        self.length = length
    }

    var current: QueryLexer.Token? { pos < tokens.count ? tokens[pos] : nil }
    var offsetHere: Int { current?.range.lowerBound ?? length }

    mutating func parseAll() throws(QueryError) -> Query? {
        let q = try parseOr()
        if let t = current {
            // parseOr only stops early at a ')'.
            throw QueryError("')' without a matching '('", at: t.range.lowerBound)
        }
        return q
    }

    mutating func parseOr() throws(QueryError) -> Query? {
        if let t = current, t.kind == .or {
            throw QueryError("OR needs a term before it", at: t.range.lowerBound)
        }
        var parts: [Query?] = [try parseAnd()]
        while let t = current, t.kind == .or {
            pos += 1
            guard let next = current, next.kind != .close, next.kind != .or else {
                throw QueryError("OR needs a term after it", at: t.range.lowerBound)
            }
            parts.append(try parseAnd())
        }
        let kept = parts.compactMap { $0 }
        // `a OR —`: the unsearchable side drops out rather than widening to everything.
        if kept.isEmpty { return nil }
        return kept.count == 1 ? kept[0] : .or(kept)
    }

    mutating func parseAnd() throws(QueryError) -> Query? {
        var parts: [Query] = []
        while let t = current {
            switch t.kind {
            case .close, .or:
                return combine(parts)
            case .and:
                if parts.isEmpty { throw QueryError("AND needs a term before it", at: t.range.lowerBound) }
                pos += 1
                guard let next = current, next.kind != .close, next.kind != .or, next.kind != .and else {
                    throw QueryError("AND needs a term after it", at: t.range.lowerBound)
                }
            default:
                if let q = try parseUnary() { parts.append(q) }
            }
        }
        return combine(parts)
    }

    func combine(_ parts: [Query]) -> Query? {
        parts.isEmpty ? nil : parts.count == 1 ? parts[0] : .and(parts)
    }

    mutating func parseUnary() throws(QueryError) -> Query? {
        guard let t = current else { return nil }
        switch t.kind {
        case .minus, .not:
            pos += 1
            guard let next = current, next.kind != .close, next.kind != .or, next.kind != .and else {
                throw QueryError("'\(t.text)' needs a term after it", at: t.range.lowerBound)
            }
            return try parseUnary().map { .not($0) }
        case .open:
            pos += 1
            if let c = current, c.kind == .close {
                throw QueryError("empty parentheses", at: t.range.lowerBound)
            }
            let inner = try parseOr()
            guard let c = current, c.kind == .close else {
                throw QueryError("unclosed '('", at: t.range.lowerBound)
            }
            pos += 1
            return inner
        case .close:
            throw QueryError("')' without a matching '('", at: t.range.lowerBound)
        case .word(let w):
            pos += 1
            return textTerm(w, token: t)
        case .phrase(let p):
            pos += 1
            return textTerm(p, token: t, phrase: true)
        case .field(let name, let value, let valueOffset):
            pos += 1
            return try fieldTerm(name: name, value: value, valueOffset: valueOffset, token: t)
        case .or, .and:
            return nil  // handled by the callers
        }
    }

    func textTerm(_ text: String, token: QueryLexer.Token, phrase: Bool = false) -> Query? {
        if !phrase, text.hasSuffix("*") {
            let stem = TextTokenizer.terms(in: String(text.dropLast()))
            if stem.count == 1 {
                return .term(QueryTerm(kind: .prefix(stem[0]), written: token.text, range: token.range))
            }
        }
        let terms = TextTokenizer.terms(in: text)
        if terms.isEmpty { return nil }
        return .term(QueryTerm(kind: .text(terms), written: token.text, range: token.range))
    }

    func fieldTerm(name: String, value: String, valueOffset: Int,
                   token: QueryLexer.Token) throws(QueryError) -> Query? {
        let trimmed = value.trimmingWhitespace()
        guard let field = QueryParser.fieldNames[name] else {
            // `Note: ...` typed as prose is words, not a field.
            if trimmed.isEmpty { return textTerm(name, token: token) }
            throw QueryError("unknown field '\(name):' (fields: \(QueryParser.fieldList))",
                             at: token.range.lowerBound)
        }
        guard !trimmed.isEmpty else {
            let what = field == "date" || field == "after" || field == "before" ? "a date" : "a name"
            throw QueryError("\(name): needs \(what) after the colon", at: valueOffset)
        }
        let kind: QueryTerm.Kind
        switch field {
        case "source":
            kind = .source(trimmed)
        case "date", "after", "before":
            kind = .date(try DateValueParser.parse(value, field: field, offset: valueOffset))
        default:
            kind = .entity(EntityField(rawValue: field)!, trimmed)
        }
        return .term(QueryTerm(kind: kind, written: token.text, range: token.range))
    }
}
