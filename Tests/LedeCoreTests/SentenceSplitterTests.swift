import Testing
@testable import LedeCore

@Suite struct SentenceSplitterTests {
    @Test func doesNotBreakOnTitlesInitialsOrDecimals() {
        let text = "Mr. Smith met Dr. J. R. Jones about a $19.4 million deal. It failed."
        #expect(SentenceSplitter.sentences(in: text) == [
            "Mr. Smith met Dr. J. R. Jones about a $19.4 million deal.", "It failed.",
        ])
    }

    @Test func keepsUSInsideASentenceButEndsOneBeforeANewSentence() {
        #expect(SentenceSplitter.sentences(in: "The U.S. Department of Defense agreed. Later it did not.").count == 2)
        #expect(SentenceSplitter.sentences(in: "They came to the U.S. The rest stayed.") == [
            "They came to the U.S.", "The rest stayed.",
        ])
    }

    /// An AP dateline's state abbreviation is followed by a dash, and dotted initials by a
    /// name: neither ends a sentence.
    @Test func aDatelinesStateAndDottedInitialsEndNoSentence() {
        #expect(SentenceSplitter.sentences(in: "CAPE CANAVERAL, Fla. — NASA's mission will launch in April. It slipped.") == [
            "CAPE CANAVERAL, Fla. — NASA's mission will launch in April.", "It slipped.",
        ])
        #expect(SentenceSplitter.sentences(in: "It was acquired by A.P. Moller-Maersk for cash. The deal closed.").count == 2)
        #expect(SentenceSplitter.sentences(in: "He spoke to the A.P. The rest stayed.").count == 2)
    }

    @Test func closingQuotesStayWithTheirSentence() {
        #expect(SentenceSplitter.sentences(in: "“We refuse,” she said. “No.” Then silence.") == [
            "“We refuse,” she said.", "“No.”", "Then silence.",
        ])
    }

    @Test func blankLinesEndSentencesEvenWithoutPunctuation() {
        #expect(SentenceSplitter.sentences(in: "A headline\n\nThe body starts here.") == [
            "A headline", "The body starts here.",
        ])
    }

    @Test func headlineIsTheFirstSentence() {
        #expect(Headline.from(body: "Outraged by the U.S. policy, Microsoft staff wrote. More follows.")
                == "Outraged by the U.S. policy, Microsoft staff wrote.")
    }

    /// The list's date column already shows the date, and a caption names no story.
    @Test func headlinePassesOverADatelineAndAPhotoCaption() {
        let body = "Thursday, February 23, 2023\n\nBraverman (left) and Sunak (right) on October 25, 2022. Image: UK Government.\n\nThe Home Office today is to begin issuing questionnaires. More follows."
        #expect(Headline.from(body: body) == "The Home Office today is to begin issuing questionnaires.")
        #expect(Headline.from(body: "Thursday, May 7, 2015 On Tuesday, the government announced a vote. Then more.")
                == "On Tuesday, the government announced a vote.")
        #expect(Headline.from(body: "23 February 2023 — Storms closed the port. Later.") == "Storms closed the port.")
        #expect(Headline.from(body: "2023-02-23\nFloods hit the coast.") == "Floods hit the coast.")
    }

    /// A wire story's place dateline only delays the story.
    @Test func headlinePassesOverAPlaceDateline() {
        #expect(Headline.from(body: "CAPE CANAVERAL, Fla. — NASA's mission will launch in April. More.")
                == "NASA's mission will launch in April.")
        #expect(Headline.from(body: "NAIROBI, Kenya (AP) — Kenya's electoral commission declared a winner. More.")
                == "Kenya's electoral commission declared a winner.")
        #expect(Headline.from(body: "MUMBAI: Reliance will invest Rs 75,000 crore. More.") == "Reliance will invest Rs 75,000 crore.")
        #expect(Headline.from(body: "WASHINGTON (Reuters) - The Senate voted. More.") == "The Senate voted.")
        #expect(Headline.from(body: "SÃO PAULO — Rain fell. More.") == "Rain fell.")
        // Capitals that are the story, not a place before it.
        #expect(Headline.from(body: "NASA launched a probe. More.") == "NASA launched a probe.")
        #expect(Headline.from(body: "US - China talks resume. More.") == "US - China talks resume.")
    }

    @Test func headlineKeepsLeadsThatOnlyLookLikeDatesOrCaptions() {
        #expect(Headline.from(body: "May the best team win, the coach said.") == "May the best team win, the coach said.")
        #expect(Headline.from(body: "March 2023 was the wettest on record. More.") == "March 2023 was the wettest on record.")
        #expect(Headline.from(body: "Image: the agency released a photograph of the comet taken from its probe on Monday.")
                == "Image: the agency released a photograph of the comet taken from its probe on Monday.")
        // Nothing but a dateline: that is still better than no title.
        #expect(Headline.from(body: "Friday, July 21, 2017\n") == "Friday, July 21, 2017")
        #expect(Headline.from(body: "") == "")
    }
}

@Suite struct SanitizerTests {
    @Test func escapeSequencesAndControlsBecomeVisiblePlaceholders() {
        let hostile = "a\u{1B}[31mred\u{07}\u{9B}2J\tb\nc"
        let shown = Sanitizer.display(hostile)
        #expect(!shown.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(!shown.unicodeScalars.contains { (0x80..<0xA0).contains($0.value) })
        #expect(shown == "a␛[31mred␇\u{FFFD}2J b\nc")
        // One scalar in, one out: entity offsets still point at the same characters.
        #expect(shown.unicodeScalars.count == hostile.unicodeScalars.count)
    }
}

@Suite struct DayTests {
    @Test func weekdaysAndArithmetic() throws {
        let day = try #require(Day(iso: "2018-06-19"))
        #expect(day.isoWeekday == 2)  // a Tuesday
        #expect(day.adding(days: -1).description == "2018-06-18")
        #expect(day.adding(days: 13).description == "2018-07-02")
        #expect(Day(ordinal: day.ordinal) == day)
    }

    @Test func rejectsImpossibleDates() {
        #expect(Day(iso: "2018-02-30") == nil)
        #expect(Day(iso: "2018-13-01") == nil)
        #expect(Day(iso: "2020-02-29") != nil)
        #expect(Day(iso: "2019-02-29") == nil)
        #expect(Day(iso: "18-06-19") == nil)
    }
}
