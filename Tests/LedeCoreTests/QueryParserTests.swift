import Testing
@testable import LedeCore

@Suite struct QueryParserTests {
    func parsed(_ text: String) throws -> Query {
        try Query.parse(text).get()
    }

    func error(_ text: String) -> QueryError? {
        if case .failure(let e) = Query.parse(text) { return e }
        return nil
    }

    func term(_ text: String) throws -> QueryTerm.Kind {
        guard case .term(let t) = try parsed(text) else {
            Issue.record("\(text) did not parse to a single term")
            return .text([])
        }
        return t.kind
    }

    func day(_ s: String) -> Day { Day(iso: s)! }

    // MARK: Entity and source fields

    @Test func entityFieldsTakeBareAndQuotedNames() throws {
        #expect(try term("org:Microsoft") == .entity(.org, "Microsoft"))
        #expect(try term("person:\"Brad Smith\"") == .entity(.person, "Brad Smith"))
        #expect(try term("place:Mexico") == .entity(.place, "Mexico"))
        #expect(try term("entity:ICE") == .entity(.entity, "ICE"))
        #expect(try term("source:Gizmodo") == .source("Gizmodo"))
    }

    @Test func fieldNamesAreCaseInsensitiveAndHaveLongForms() throws {
        #expect(try term("ORG:ice") == .entity(.org, "ice"))
        #expect(try term("Organization:ICE") == .entity(.org, "ICE"))
        #expect(try term("Person:\u{201C}Brad Smith\u{201D}") == .entity(.person, "Brad Smith"))
    }

    // MARK: Dates

    @Test func datePointsCoverTheirWholeDayMonthOrYear() throws {
        #expect(try term("date:2018-06-19") == .date(DateBounds(from: day("2018-06-19"), through: day("2018-06-19"))))
        #expect(try term("date:2018-06") == .date(DateBounds(from: day("2018-06-01"), through: day("2018-06-30"))))
        #expect(try term("date:2016-02") == .date(DateBounds(from: day("2016-02-01"), through: day("2016-02-29"))))
        #expect(try term("date:2018") == .date(DateBounds(from: day("2018-01-01"), through: day("2018-12-31"))))
    }

    @Test func dateRangesMayBeOpenAtEitherEnd() throws {
        #expect(try term("date:2018-06-01..2018-06-30") == .date(DateBounds(from: day("2018-06-01"), through: day("2018-06-30"))))
        #expect(try term("date:2018-06-15..") == .date(DateBounds(from: day("2018-06-15"), through: nil)))
        #expect(try term("date:..2018-06-15") == .date(DateBounds(from: nil, through: day("2018-06-15"))))
        #expect(try term("date:2017..2018-02") == .date(DateBounds(from: day("2017-01-01"), through: day("2018-02-28"))))
    }

    @Test func dateComparisons() throws {
        #expect(try term("date:>=2018-06-15") == .date(DateBounds(from: day("2018-06-15"), through: nil)))
        #expect(try term("date:>2018-06-15") == .date(DateBounds(from: day("2018-06-16"), through: nil)))
        #expect(try term("date:<2018-06-15") == .date(DateBounds(from: nil, through: day("2018-06-14"))))
        #expect(try term("date:<=2018-06-15") == .date(DateBounds(from: nil, through: day("2018-06-15"))))
        #expect(try term("date:>2018-06") == .date(DateBounds(from: day("2018-07-01"), through: nil)))
        #expect(try term("date:<=2018") == .date(DateBounds(from: nil, through: day("2018-12-31"))))
    }

    @Test func afterIsOnOrAfterAndBeforeIsStrictlyBefore() throws {
        #expect(try term("after:2018-06-15") == .date(DateBounds(from: day("2018-06-15"), through: nil)))
        #expect(try term("before:2018-06-15") == .date(DateBounds(from: nil, through: day("2018-06-14"))))
        #expect(try term("before:2018-07") == .date(DateBounds(from: nil, through: day("2018-06-30"))))
    }

    // MARK: Text, negation, OR, parentheses

    @Test func freeWordsAndPhrasesBecomeNormalizedTerms() throws {
        #expect(try term("Microsoft's") == .text(["microsoft"]))
        #expect(try term("\"Facial Recognition\"") == .text(["facial", "recognition"]))
        #expect(try term("facial-recognition") == .text(["facial", "recognition"]))
        #expect(try term("immigra*") == .prefix("immigra"))
    }

    @Test func termsSideBySideAreAnded() throws {
        guard case .and(let parts) = try parsed("org:ICE date:2018 cloud") else {
            Issue.record("not an AND"); return
        }
        #expect(parts.count == 3)
    }

    @Test func orBindsLooserThanAnd() throws {
        guard case .or(let sides) = try parsed("a b OR c") else { Issue.record("not an OR"); return }
        #expect(sides.count == 2)
        if case .and(let left) = sides[0] { #expect(left.count == 2) } else { Issue.record("left side not an AND") }
        #expect(try parsed("a or c") == parsed("a OR c"))
        #expect(try parsed("a || c") == parsed("a OR c"))
    }

    @Test func minusAndNotNegateAnyTerm() throws {
        guard case .and(let parts) = try parsed("microsoft -org:ICE -\"open letter\" NOT cloud") else {
            Issue.record("not an AND"); return
        }
        #expect(parts.count == 4)
        for p in parts.dropFirst() {
            guard case .not = p else { Issue.record("\(p) is not negated"); continue }
        }
        // Lower-case "not" is a word people search for.
        guard case .and(let words) = try parsed("did not comment") else { Issue.record("not an AND"); return }
        #expect(words.count == 3)
    }

    @Test func parenthesesGroup() throws {
        guard case .and(let parts) = try parsed("(org:ICE OR org:Microsoft) -(date:2017 OR date:2016)") else {
            Issue.record("not an AND"); return
        }
        guard case .or = parts[0], case .not(.or) = parts[1] else { Issue.record("grouping lost: \(parts)"); return }
    }

    @Test func emptyAndUnsearchableQueriesMatchEverything() throws {
        #expect(try parsed("") == .all)
        #expect(try parsed("   ") == .all)
        #expect(try parsed("— $") == .all)
    }

    @Test func proseWithAColonIsWords() throws {
        #expect(try parsed("update: storm") == .and([
            .term(QueryTerm(kind: .text(["update"]), written: "update:", range: 0..<7)),
            .term(QueryTerm(kind: .text(["storm"]), written: "storm", range: 8..<13)),
        ]))
    }

    // MARK: Errors say what and where

    @Test func impossibleDatesAreRefusedAtTheBadPart() {
        #expect(error("date:2018-13-01") == QueryError("month 13 does not exist", at: 10))
        #expect(error("date:2018-02-30") == QueryError("February 2018 has only 28 days", at: 13))
        #expect(error("date:2018-00") == QueryError("month 0 does not exist", at: 10))
        #expect(error("x date:June")?.offset == 7)
        #expect(error("date:18-06-01")?.message.contains("four digits") == true)
        #expect(error("date:2018-06-30..2018-06-01")?.message.contains("before it starts") == true)
        #expect(error("date:..")?.message == "a date range needs at least one end")
        #expect(error("date:>=")?.offset == 7)
        #expect(error("after:2018-06..")?.offset == 6)
    }

    @Test func unclosedQuotesPointAtTheOpeningQuote() {
        #expect(error("cloud \"open letter") == QueryError("unclosed quote", at: 6))
        #expect(error("person:\"Brad Smith") == QueryError("unclosed quote", at: 7))
    }

    @Test func fieldsWithNothingAfterTheColonAreRefused() {
        #expect(error("org:") == QueryError("org: needs a name after the colon", at: 4))
        #expect(error("org: microsoft") == QueryError("org: needs a name after the colon", at: 4))
        #expect(error("date:")?.message == "date: needs a date after the colon")
        #expect(error("person:\"\"")?.offset == 8)
    }

    @Test func unbalancedParenthesesAreRefused() {
        #expect(error("(org:ICE OR cloud") == QueryError("unclosed '('", at: 0))
        #expect(error("org:ICE) cloud") == QueryError("')' without a matching '('", at: 7))
        #expect(error("a ()") == QueryError("empty parentheses", at: 2))
    }

    @Test func unknownFieldsAreRefused() {
        let e = error("company:Microsoft")
        #expect(e?.offset == 0)
        #expect(e?.message.hasPrefix("unknown field 'company:'") == true)
    }

    @Test func danglingOperatorsAreRefused() {
        #expect(error("OR cloud") == QueryError("OR needs a term before it", at: 0))
        #expect(error("cloud OR") == QueryError("OR needs a term after it", at: 6))
        #expect(error("(cloud OR) x") == QueryError("OR needs a term after it", at: 7))
        #expect(error("cloud NOT") == QueryError("'NOT' needs a term after it", at: 6))
        #expect(error("cloud -)")?.offset == 6)
    }

    @Test func errorsDescribeThemselvesWithAColumn() {
        #expect(error("date:2018-13-01")?.description == "month 13 does not exist (at column 11)")
    }
}
