import Testing
@testable import LedeCore

/// Organisations named by a phrase around a word like `Bank` or `Department`, and people
/// whose first name is also a place.
@Suite struct EntityNamePhraseTests {
    func mentions(_ body: String) -> [String: EntityType] { entityTypes(in: body, date: Day(year: 2023, month: 10, day: 12)) }

    @Test func anOrganisationPhraseIsOneNameNotThePlaceInsideIt() {
        let m = mentions("""
            The Bank of England raised rates on Thursday. The Office for National Statistics said output fell. \
            The Department of Justice sued the company. Officials at the Uvalde Consolidated Independent School \
            District said classes were canceled. The Department of Health and Human Services agreed.
            """)
        #expect(m["Bank of England"] == .org)
        #expect(m["England"] == nil)
        #expect(m["Office for National Statistics"] == .org)
        #expect(m["Department of Justice"] == .org)
        #expect(m["Department of"] == nil)
        #expect(m["Uvalde Consolidated Independent School District"] == .org)
        #expect(m["Department of Health and Human Services"] == .org)
    }

    @Test func aCompanysLastWordMayBeItsTrade() {
        let m = mentions("""
            Its telecom arm, Jio Platforms, will list next year. Isha Ambani said Reliance Retail had opened \
            1,800 stores. Howard Lutnick told Fox Business on Monday that he was watching.
            """)
        #expect(m["Jio Platforms"] == .org)
        #expect(m["Reliance Retail"] == .org)
        #expect(m["Fox Business"] == .org)
    }

    /// Utilities, railways and public surveys, even where the tagger made a person of one
    /// (`Chubu Electric Power`) or the name opens its sentence with a word no list knows.
    @Test func aUtilityARailwayOrASurveyIsAnOrganisation() {
        let m = mentions("""
            Tohoku Electric Power said its plant was operating normally. The U.S. Geological Survey put the \
            depth at 40 kilometres. Chubu Electric Power also reported. Indian Railways cancelled trains, and \
            Pacific Gas and Electric cut power. Samantha Power criticised the plan.
            """)
        #expect(m["Tohoku Electric Power"] == .org)
        #expect(m["U.S. Geological Survey"] == .org)
        #expect(m["Chubu Electric Power"] == .org)
        #expect(m["Indian Railways"] == .org)
        #expect(m["Pacific Gas and Electric"] == .org)
        #expect(m["Samantha Power"] == .person)
    }

    @Test func aTeamOrAUnitOfABodyIsAnOrganisation() {
        let m = mentions("""
            The county's Disease Surveillance Team traced the cases. Detectives from the Counter Terrorism \
            Unit said so, as did Detective Chief Inspector Sarah Holt, of the Major Enquiry Team.
            """)
        #expect(m["Disease Surveillance Team"] == .org)
        #expect(m["Counter Terrorism Unit"] == .org)
        #expect(m["Enquiry Team"] != .person && m["Major Enquiry Team"] != .person)
        #expect(m["Sarah Holt"] == .person)
    }

    @Test func anOrganisationPhraseGoesOnWithWhatTheBodyIsFor() {
        let m = mentions("""
            The Committee to Protect Journalists and Reporters Without Borders condemned the arrest. Nonpartisan \
            analyst Maya MacGuineas of the Committee for a Responsible Federal Budget disagreed, as did the Union \
            of Concerned Scientists. The bill went from the Senate to House Republicans.
            """)
        #expect(m["Committee to Protect Journalists"] == .org)
        #expect(m["Reporters Without Borders"] == .org)  // a well-known name
        #expect(m["Committee for a Responsible Federal Budget"] == .org)
        #expect(m["Union of Concerned Scientists"] == .org)
        #expect(m["Senate"] == .org)
        #expect(!m.keys.contains { $0.hasPrefix("Senate to") })
    }

    @Test func twoNamesJoinedByAnAmpersandAreOneCompany() {
        let m = mentions("""
            JPMorgan Chase & Co. and Procter & Gamble Co. reported earnings, as did Johnson & Johnson. \
            R & D spending rose. And Smith & Wesson sold guns to Wyatt & Zach near the Evergreen Aviation \
            & Space Museum.
            """)
        #expect(m["JPMorgan Chase & Co."] == .org)
        #expect(m["Procter & Gamble Co."] == .org)
        #expect(m["Johnson & Johnson"] == .org)
        #expect(m["Smith & Wesson"] == .org)
        #expect(m["Co."] == nil && m["Gamble"] == nil)
        #expect(m["R & D"] == nil && m["Wyatt & Zach"] == nil)
        #expect(m["Evergreen Aviation & Space Museum"] == .place)
    }

    @Test func aSiteNamedByItsAddressIsAnOrganisation() {
        let m = mentions("Data were found on Amazon.com web servers, Znak.com and CBC.ca reported. Dr. Smith agreed.")
        #expect(m["Amazon.com"] == .org)
        #expect(m["Znak.com"] == .org)
        #expect(m["CBC.ca"] == .org)
        #expect(m["Dr."] == nil)
    }

    @Test func aPlaceTheTextCallsACityOrATownIsAPlace() {
        let m = mentions("""
            Russian forces pounded the eastern city of Sievierodonetsk on Friday. Residents of the town of \
            Paradise fled. The province of Idlib was hit. Britain's Prince Charles visited. It declared a state \
            of emergency.
            """)
        #expect(m["Sievierodonetsk"] == .place)
        #expect(m["Paradise"] == .place)
        #expect(m["Idlib"] == .place)
        #expect(m["Britain"] == .place && m["Britain's"] == nil)
    }

    @Test func aDescriptionOpeningTheSentenceIsNotPartOfTheName() {
        let m = mentions("Nonpartisan Paul Tse won. Democrat Chuck Schumer objected. MP Jacob Rees-Mogg agreed.")
        #expect(m["Paul Tse"] == .person)
        #expect(m["Nonpartisan Paul Tse"] == nil)
        #expect(m["Chuck Schumer"] == .person)
        #expect(m["Jacob Rees-Mogg"] == .person)
    }

    @Test func aLowerCaseParticleCarriesAPersonsNameOn() {
        let m = mentions("""
            He met Leonardo da Vinci and Charles de Gaulle. Outgoing Mayor Bill de Blasio spoke, and economist \
            John de Graaf agreed. Graaf said so. Flights to Rio de Janeiro resumed.
            """)
        for name in ["Leonardo da Vinci", "Charles de Gaulle", "Bill de Blasio", "John de Graaf"] {
            #expect(m[name] == .person, "\(name)")
        }
        #expect(m["Graaf"] == .person)
        #expect(m["Vinci"] == nil && m["Bill"] == nil)
        #expect(m["Rio de Janeiro"] == .place)
    }

    @Test func anOrganisationPhraseStopsAtPeopleRolesAndListedPlaces() {
        let m = mentions("""
            Google ended its contract with the Department of Defense and CEO Sundar Pichai said so. \
            Governor Andrew Bailey of the Bank of England spoke. She flew from the United States to the West Bank and \
            then to the District of Columbia. White House Press Secretary Karine Jean-Pierre declined.
            """)
        #expect(m["Department of Defense"] == .org)
        #expect(m["Sundar Pichai"] == .person)
        #expect(m["Bank of England"] == .org)
        #expect(m["Andrew Bailey"] == .person)
        #expect(m["United States"] == .place)
        #expect(m["West Bank"] == .place)
        #expect(m["District of Columbia"] == .place)
        #expect(m["White House Press"] == nil)
    }

    @Test func aPartyHoldsALegislatureWithoutNamingIt() {
        let m = mentions("""
            The bill stalled in the Republican Senate, said a spokesman for the Republican National Committee. \
            The Conservative Cabinet met on Monday.
            """)
        #expect(m["Senate"] == .org)
        #expect(m["Cabinet"] == .org)
        #expect(m["Conservative Cabinet"] == nil)
        #expect(m["Republican Senate"] == nil)
        #expect(m["Republican National Committee"] == .org)
    }

    @Test func aFirstNameThatIsAlsoAPlaceBeforeASurnameIsAPerson() {
        let m = mentions("""
            The shooter, Salvador Ramos, was 18. Victoria Beckham spoke at the launch. \
            Flights to San Francisco and Sierra Leone were cancelled. New People Party's Regina Ip won \
            in the Hong Kong Island constituency. Lincoln Chafee endorsed him. The Charlotte Hornets lost.
            """)
        #expect(m["Regina Ip"] == .person)
        #expect(m["Lincoln Chafee"] == .person)
        #expect(m["Charlotte Hornets"] != .person)
        #expect(m["Salvador Ramos"] == .person)
        #expect(m["Victoria Beckham"] == .person)
        #expect(m["San Francisco"] == .place)
        #expect(m["Sierra Leone"] == .place)
    }

    @Test func aSurnameAndAHyphenatedGivenNameAreOnePerson() {
        let m = mentions("""
            Councillor Wu Chi-wai of the Democratic Party lost to Youngspiration's Yau Wai-ching, and \
            Lau Siu-lai won. Seoul mayor Park Won-soon met Tsai Ing-wen. The Saudi-led coalition and \
            the Donald Trump-backed candidate lost; the Yemen-based group and the Booker Prize-winner did not.
            """)
        for name in ["Wu Chi-wai", "Yau Wai-ching", "Lau Siu-lai", "Park Won-soon", "Tsai Ing-wen"] {
            #expect(m[name] == .person, "\(name)")
        }
        #expect(m["Chi-wai"] == nil)
        #expect(m["Lau Siu-"] == nil)
        #expect(m.keys.allSatisfy { !$0.hasSuffix("-led") && !$0.hasSuffix("-backed") && !$0.hasSuffix("-based") })
        #expect(m["Prize-winner"] == nil && m["Booker Prize-winner"] == nil)
    }
}
