import Testing
@testable import LedeCore

@Suite struct SeedFormatTests {
    @Test func parsesDateAndBodyAfterTheSeventeenCharacterHeader() throws {
        let (day, body) = try SeedFormat.parse(" date 2018-06-19 First sentence. Second.")
        #expect(day.description == "2018-06-19")
        #expect(body == "First sentence. Second.")
    }

    @Test func rejectsImpossibleDates() {
        #expect(throws: SeedFormat.ParseError.impossibleDate("2018-02-30")) {
            try SeedFormat.parse(" date 2018-02-30 Text.")
        }
    }

    @Test func rejectsMissingHeaderAndEmptyFiles() {
        #expect(throws: SeedFormat.ParseError.missingDateHeader) { try SeedFormat.parse("Just text.") }
        #expect(throws: SeedFormat.ParseError.empty) { try SeedFormat.parse("  \n") }
        #expect(throws: SeedFormat.ParseError.emptyBody) { try SeedFormat.parse(" date 2018-06-19 \n") }
    }

    @Test func aByteOrderMarkOrAMissingLeadingSpaceIsForgiven() throws {
        let (day, body) = try SeedFormat.parse("\u{FEFF} date 2018-06-19 With a mark.")
        #expect(day.description == "2018-06-19")
        #expect(body == "With a mark.")
        #expect(try SeedFormat.parse("date 2018-06-19 No space.").body == "No space.")
        #expect(SeedFormat.matches("\u{FEFF} date 2018-06-19 x"))
        // A date still has to be one.
        #expect(throws: SeedFormat.ParseError.missingDateHeader) { try SeedFormat.parse("date 2018/06/19 Text.") }
        #expect(throws: SeedFormat.ParseError.missingDateHeader) { try SeedFormat.parse("date 2018-06") }
    }
}
