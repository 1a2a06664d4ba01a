import Testing
@testable import LedeCore

/// Speaker attribution from reporting clauses, pronouns and entity mentions.
@Suite struct QuoteSpeakerTests {
    func quotes(_ body: String, mentions: [EntityMention] = []) -> [Quote] {
        QuoteExtractor().quotes(in: Article(id: "a", path: "a", date: nil, title: "t", body: body), mentions: mentions)
    }

    /// Quotes with person mentions of each `(words, canonical)` pair (its first occurrence).
    func quotes(_ body: String, people: [(String, String)]) -> [Quote] {
        quotes(body, mentions: people.map { mention($0.0, in: body, canonical: $0.1) })
    }

    /// A mention of `words` (its first occurrence) with the given canonical name.
    func mention(_ words: String, in body: String, canonical: String, type: EntityType = .person) -> EntityMention {
        let s = Array(body.unicodeScalars), w = Array(words.unicodeScalars)
        let start = (0...(s.count - w.count)).first { Array(s[$0..<($0 + w.count)]) == w }!
        return EntityMention(span: TextSpan(start, start + w.count), text: words, type: type, canonical: canonical)
    }

    /// `Keiko Sato, 67, said`: a person whose age is set off before the verb is doing
    /// something, so a later `she` can mean her rather than the man quoted before.
    @Test func aPersonWithAnAgeSetOffActs() {
        let body = """
            Chief Cabinet Secretary Yoshimasa Hayashi told reporters a task force was set up. "We are doing everything we can," he said.

            In Sendai, resident Keiko Sato, 67, said the shaking lasted nearly a minute. "It reminded me of 2011," she said.
            """
        let q = quotes(body, people: [("Yoshimasa Hayashi", "Yoshimasa Hayashi"), ("Keiko Sato", "Keiko Sato")])
        #expect(q.map(\.speakerEntity) == ["Yoshimasa Hayashi", "Keiko Sato"])
    }

    /// `claim` after a noun is a noun (`the nation's asylum claim`), not a verb with a subject.
    @Test func aClaimAfterANounIsNoReportingVerb() {
        let q = quotes("The forms are part of an effort to clear the nation's 92,000 asylum claim- \"legacy backlog\" by year end.")
        #expect(q.map(\.speaker) == [nil])
        #expect(quotes("Critics claim \"the plan will fail\".").map(\.speaker) == ["Critics"])
    }

    /// A short quotation that ends a long reported clause as what something `was` is the
    /// reporter's words; a name given (`the theme of which is`) is not.
    @Test func aShortQuotationEndingTheReportedClauseAsItsPredicateIsTheSpeakers() {
        let q = quotes("""
            Director-General Tedros Adhanom Ghebreyesus said the spread of a new strain, known as clade Ib, \
            in the Democratic Republic of Congo and neighbouring countries was "very worrying".
            """, people: [("Tedros Adhanom Ghebreyesus", "Tedros Adhanom Ghebreyesus")])
        #expect(q.map(\.speakerEntity) == ["Tedros Adhanom Ghebreyesus"])
        let theme = quotes("As I told you, we have a ten-day campaign running for International Women's Day, the theme of which is \"Each for Equal\".")
        #expect(theme.map(\.speaker) == [nil])
    }

    @Test func theSpeakerIsNamedWithoutTheSentencesOpeningPhraseOrAHangingWord() {
        let debate = quotes("Once, when Trump interjected, Biden said \"Will you shut up, man?\" During the course of the debate, Biden called Trump a clown.")
        #expect(debate.map(\.speaker) == ["Biden"])
        let told = quotes("He was told by Emergencies Minister Yevgeny Zinichev of \"presumably between 36 and 40 people under the rubble\", officials said.")
        #expect(told.first?.speaker == "Emergencies Minister Yevgeny Zinichev")
        let saying = quotes("It is like the saying \"Failure is the success in life\". Be confident.")
        #expect(saying.map(\.speaker) == [nil])
    }

    @Test func aPronounAfterSomeoneNewAndUnnamedIsNotTheLastPersonQuoted() {
        let body = """
            "The risk is real," Tedros Adhanom Ghebreyesus told a briefing in Geneva.

            In Cambodia, a farmer whose daughter died of the virus told reporters the family had handled sick \
            chickens. "We did not know," he said.

            The actress Denise Crosby spoke next. The actress recalled her first season. "It was hard," she said.
            """
        let q = quotes(body, people: [("Tedros Adhanom Ghebreyesus", "Tedros Adhanom Ghebreyesus"), ("Denise Crosby", "Denise Crosby")])
        #expect(q.map(\.speakerEntity) == ["Tedros Adhanom Ghebreyesus", nil, "Denise Crosby"])
    }

    @Test func aDocumentTheWordsAreFoundInIsNotWhoSaidThem() {
        let body = """
            Chief executive Tim Cook told CNBC that demand in India was "off the charts," according to a \
            transcript of the interview.
            """
        let q = quotes(body, people: [("Tim Cook", "Tim Cook")])
        #expect(q.first?.speaker == "Chief executive Tim Cook")
        #expect(q.first?.speakerEntity == "Tim Cook")
    }

    @Test func aWireStorysDatelineIsNotTheSubjectOfItsFirstSentence() {
        let body = """
            CANBERRA, Australia \u{2014} Prime Minister Anthony Albanese on Wednesday defended the plan, saying \
            parents "want their kids off their phones."

            PARIS \u{2014} French President Emmanuel Macron defended the reform, calling it "necessary."
            """
        let q = quotes(body, people: [("Anthony Albanese", "Anthony Albanese"), ("Emmanuel Macron", "Emmanuel Macron")])
        #expect(q.map(\.speaker) == ["Prime Minister Anthony Albanese", "French President Emmanuel Macron"])
        #expect(q.map(\.speakerEntity) == ["Anthony Albanese", "Emmanuel Macron"])
    }

    @Test func aPronounMeansSomeoneNamedWithWhereTheyAreFrom() {
        let body = """
            "These are encouraging results," said Dr Maria Lopez. But Professor James Whitfield of King's College \
            London cautioned that the findings needed to be replicated. "It's too early," he said.
            """
        let q = quotes(body, mentions: [mention("Maria Lopez", in: body, canonical: "Maria Lopez"),
                                        mention("James Whitfield", in: body, canonical: "James Whitfield"),
                                        mention("King's College London", in: body, canonical: "King's College London", type: .org)])
        #expect(q.map(\.speakerEntity) == ["Maria Lopez", "James Whitfield"])
    }

    @Test func aBodyDescribedInAClauseCallsSomethingSo() {
        let body = """
            The far-right Alternative for Germany (AfD) party, which came second in the election, called the deal \
            "a betrayal of voters."
            """
        let q = quotes(body, mentions: [mention("Alternative for Germany", in: body, canonical: "Alternative for Germany", type: .org),
                                        mention("AfD", in: body, canonical: "AfD", type: .org)])
        #expect(q.first?.speaker?.hasPrefix("The far-right Alternative for Germany (AfD) party") == true)
        #expect(q.first?.speakerEntity != nil)
    }

    @Test func someoneDescribedWhereTheyWorkIsTheSpeakerNotThePlace() {
        let body = """
            "People are tired," one nurse at St Thomas' Hospital told the BBC. "We will appeal," an official \
            from TfL said. "It was loud," a resident in Paris said.
            """
        let q = quotes(body, mentions: [mention("St Thomas' Hospital", in: body, canonical: "St Thomas' Hospital", type: .org),
                                        mention("TfL", in: body, canonical: "TfL", type: .org),
                                        mention("Paris", in: body, canonical: "Paris", type: .place)])
        #expect(q.map(\.speaker) == ["one nurse at St Thomas' Hospital", "an official from TfL", "a resident in Paris"])
        #expect(q.map(\.speakerEntity) == [nil, "TfL", nil])
    }

    @Test func aPronounSkipsAPersonWhoseFirstNameIsOfTheOtherGender() {
        let body = "Jane Cobb studied the data. Walter Munk explained the tides of the Pacific. She said \"It was fun.\""
        let q = quotes(body, people: [("Jane Cobb", "Jane Cobb"), ("Walter Munk", "Walter Munk")])
        #expect(q.first?.speakerEntity == "Jane Cobb")
        // What the article shows wins over the name: here Munk is called `she`.
        let shown = "Jane Cobb studied the data. Walter Munk explained that she was sure of the Pacific. She said \"It was fun.\""
        let q2 = quotes(shown, people: [("Jane Cobb", "Jane Cobb"), ("Walter Munk", "Walter Munk")])
        #expect(q2.first?.speakerEntity == "Walter Munk")
        #expect(NameGenders.shared.gender(ofFirstName: "Walter") == .male)
        #expect(NameGenders.shared.gender(ofFirstName: "Jordan") == nil)  // given to both
    }

    @Test func aPronounMeansThePersonLastDoingSomethingThroughAnApposition() {
        // The subject of the sentence before, though an apposition stands between it and its verb.
        let body = """
            Jamie Dimon said rates could rise. Dr. Tedros Adhanom Ghebreyesus, the WHO director-general, urged \
            countries to act. "This is not over," he said.
            """
        let q = quotes(body, people: [("Jamie Dimon", "Jamie Dimon"), ("Tedros Adhanom Ghebreyesus", "Tedros Adhanom Ghebreyesus")])
        #expect(q.first?.speakerEntity == "Tedros Adhanom Ghebreyesus")
        // A sentence's subject, even when the apposition after it is left unclosed.
        let unclosed = """
            Luk had suffered a long illness. Michael Makuei, the Information Minister paid tribute to Luk. He said \
            "It is a great loss."
            """
        let q2 = quotes(unclosed, people: [("Luk", "John Luk"), ("Michael Makuei", "Michael Makuei")])
        #expect(q2.first?.speakerEntity == "Michael Makuei")
        // The name is itself the apposition: the description's verb is the person's.
        let renamed = """
            Springfield Mayor Fred Lane resigned. The new mayor of Springfield, Jane Porter, announced new rules \
            on Tuesday. "We will not tolerate this," she said.
            """
        let q3 = quotes(renamed, people: [("Fred Lane", "Fred Lane"), ("Jane Porter", "Jane Porter")])
        #expect(q3.first?.speakerEntity == "Jane Porter")
    }

    @Test func aPronounMeansAMemberOfCongressSetOffByTheirPartyAndState() {
        let body = """
            Chuck Schumer spoke first. Senate Majority Leader John Thune, R-S.D., blamed Democrats. "They walked \
            away," he said. Rep. Marjorie Taylor Greene, R-Ga., criticized the plan. "It is a disgrace," she said.
            """
        let q = quotes(body, people: [("Chuck Schumer", "Chuck Schumer"), ("John Thune", "John Thune"),
                                      ("Marjorie Taylor Greene", "Marjorie Taylor Greene")])
        #expect(q.map(\.speakerEntity) == ["John Thune", "Marjorie Taylor Greene"])
    }

    @Test func aDescriptionMeansWhomTheArticleNamedSo() {
        let body = """
            Finance Minister Nirmala Sitharaman spoke on Monday. "Growth is strong," the minister said. Apple \
            reported results. "Demand held up," the company said. United coach Ruben Amorim admitted his side \
            had been second best. "It is hard to explain," the 40-year-old said. "We will improve," the \
            Portuguese said.
            """
        let q = quotes(body, mentions: [mention("Nirmala Sitharaman", in: body, canonical: "Nirmala Sitharaman"),
                                        mention("Apple", in: body, canonical: "Apple", type: .org),
                                        mention("Ruben Amorim", in: body, canonical: "Ruben Amorim"),
                                        mention("Portuguese", in: body, canonical: "Portuguese", type: .group)])
        #expect(q.map(\.speakerEntity) == ["Nirmala Sitharaman", "Apple", "Ruben Amorim", "Ruben Amorim"])
    }

    @Test func aDescriptionNamesNoOneItWasNotWrittenOf() {
        // The title of someone else in the sentence; another minister; a demonym before a noun.
        let body = """
            President Trump, who appointed Emily Murphy, praised her. "We keep fighting," the president said. \
            Civil Aviation Minister Hardeep Puri said 18 people died. "They were rushed to hospital," the health \
            minister said. Alexei Navalny was flown to Berlin. The German government said there was "unequivocal" \
            proof.
            """
        let q = quotes(body, mentions: [mention("Trump", in: body, canonical: "Donald Trump"),
                                        mention("Emily Murphy", in: body, canonical: "Emily Murphy"),
                                        mention("Hardeep Puri", in: body, canonical: "Hardeep Puri"),
                                        mention("Alexei Navalny", in: body, canonical: "Alexei Navalny"),
                                        mention("German", in: body, canonical: "German", type: .group)])
        let speakers = q.map(\.speakerEntity)
        #expect(speakers.count == 3)
        #expect(speakers.first == "Donald Trump")
        #expect(!speakers.contains("Hardeep Puri") && !speakers.contains("Alexei Navalny"))
    }

    @Test func anAllegationAndAStatementWhichSaidHaveTheirAuthorsAsSpeakers() {
        let body = """
            Sharif Hotak described the blast. Hotak also alleged the government was "hiding accurate casualty \
            figures from the public". Police found the alleged "hit list" in a car. Facebook released a statement \
            which read, in part, "This judgment raises critical questions."
            """
        let q = quotes(body, mentions: [mention("Sharif Hotak", in: body, canonical: "Sharif Hotak"),
                                        mention("Facebook", in: body, canonical: "Facebook", type: .org)])
        #expect(q.map(\.speakerEntity) == ["Sharif Hotak", nil, "Facebook"])
    }

    @Test func aPassiveJudgementNamesItsAgentAsTheSpeaker() {
        let q = quotes(
            "Mancini has been described by the Daily Hive as a \"squirrel whisperer\". A tool called \"Rekognition\" was sold.",
            mentions: [])
        #expect(q.map(\.speaker) == ["the Daily Hive", nil])
    }

    @Test func whoeverAccusesSomeoneOfSomethingSaysIt() {
        let q = quotes(
            "Opposition leader Sussan Ley disagreed, accusing the government of \"economic mismanagement\". Jones was accused of \"misconduct\".",
            people: [("Sussan Ley", "Sussan Ley"), ("Jones", "Jones")])
        #expect(q.map(\.speakerEntity) == ["Sussan Ley", nil])
    }

    @Test func aBodyThatCallsSomethingSoIsItsSpeakerButAGroupCalledSoIsNot() {
        let q = quotes("""
            Israel's foreign ministry called the case "baseless and morally repugnant." Two women were part of a \
            sex worker's group called "Ashodaya Samithi" in Mysore.
            """)
        #expect(q.map(\.speaker) == ["Israel's foreign ministry", nil])
    }

    @Test func aParticipleAfterAButClauseIsThatClausesSubjects() {
        let body = """
            French President Emmanuel Macron welcomed the proposal, but Dutch Prime Minister Dick Schoof was more \
            cautious, telling broadcaster NOS that any fund must be "fair to taxpayers." Merz defended the plan, \
            saying "Europe must defend itself."
            """
        let q = quotes(body, people: [("Emmanuel Macron", "Emmanuel Macron"), ("Dick Schoof", "Dick Schoof"), ("Merz", "Friedrich Merz")])
        #expect(q.map(\.speakerEntity) == ["Dick Schoof", "Friedrich Merz"])
    }

    @Test func aTimeBetweenTheSubjectAndItsVerbIsNotTheSpeaker() {
        let body = """
            President Andrés Manuel López Obrador on Tuesday criticized the decision, calling it "an error." \
            One activist, Nur Khan Liton, last week said the law was used "as a weapon against the poor."
            """
        let q = quotes(body, people: [("Andrés Manuel López Obrador", "Andrés Manuel López Obrador"), ("Nur Khan Liton", "Nur Khan Liton")])
        #expect(q.map(\.speakerEntity) == ["Andrés Manuel López Obrador", "Nur Khan Liton"])
        #expect(!q.contains { $0.speaker?.contains("Tuesday") ?? false || $0.speaker?.contains("week") ?? false })
    }

    @Test func aVerbOfNamingAfterAnAppositionHasTheNamedPersonAsSubject() {
        let body = """
            The Sinn Féin leader, Mary Lou McDonald, called the agreement "a step in the right direction." \
            Biden, while campaigning in Michigan, called it "a betrayal of the American people."
            """
        let q = quotes(body, people: [("Mary Lou McDonald", "Mary Lou McDonald"), ("Biden", "Joe Biden")])
        #expect(q.map(\.speakerEntity) == ["Mary Lou McDonald", "Joe Biden"])
        // Not a thing called something.
        let tool = quotes("Amazon sells a tool, Rekognition, called \"the best in its class.\"")
        #expect(tool.first?.speaker == nil)
    }

    @Test func thePersonBeforeAnAppositionSpeaksNotOneNamedInIt() {
        let cooper = "Anderson Cooper, of CNN, one of Vanderbilt's four sons, stated, \"Gloria Vanderbilt was an extraordinary woman.\""
        let q1 = quotes(cooper, people: [("Anderson Cooper", "Anderson Cooper"), ("Vanderbilt", "Gloria Vanderbilt")])
        #expect(q1.first?.speaker == "Anderson Cooper, of CNN, one of Vanderbilt's four sons")
        #expect(q1.first?.speakerEntity == "Anderson Cooper")
        let romney = "Senator Mitt Romney, a sometime Trump critic, said \"The American people will decide this election.\""
        let q2 = quotes(romney, people: [("Mitt Romney", "Mitt Romney"), ("Trump", "Donald Trump")])
        #expect(q2.first?.speakerEntity == "Mitt Romney")
        // A possessive before the comma names someone else: the name after it speaks.
        let lawyer = "Trump's lawyer, Rudy Giuliani, said \"It is over.\""
        let q3 = quotes(lawyer, people: [("Trump", "Donald Trump"), ("Rudy Giuliani", "Rudy Giuliani")])
        #expect(q3.first?.speakerEntity == "Rudy Giuliani")
    }

    @Test func aNameBeforeAnAppositionSpeaksNotTheBodyInIt() {
        let body = "Khaled Al-Maeena, editor at large at the Saudi Gazette, said: \"Had it happened an hour later it would have been much worse.\""
        let q = quotes(body, mentions: [mention("Saudi Gazette", in: body, canonical: "Saudi Gazette", type: .org)])
        #expect(q.first?.speaker == "Khaled Al-Maeena, editor at large at the Saudi Gazette")
        #expect(q.first?.speakerEntity == "Khaled Al-Maeena")
    }

    @Test func aParticipleAfterAnotherDeedIsTheSentenceSubjects() {
        let whilst = quotes("Sunak defended the government's record whilst promising a \"formal update\" from Braverman.")
        #expect(whilst.first?.speaker == "Sunak")
        let shouting = quotes("Members of the House of Commons protested by shouting \"shame on you!\" and holding signs.")
        #expect(shouting.first?.speaker == "Members of the House of Commons")
        let them = quotes("Each side will attack them saying, \"Oh, but we're not like that, my sister is gay.\"")
        #expect(them.first?.speaker != "Each side will attack them")
        let pronoun = quotes("The likelihood is that any questions they ask the answer would be \"Don't question God, ever, at all.\"")
        #expect(pronoun.first?.speaker == "they")
    }

    @Test func theSubjectRunsOnToWhatItIsOfAndTheNameBesideIt() {
        let body = "The mayor of London, Sadiq Khan, gave his condolences via Twitter, adding, \"An urgent enquiry into what happened is underway.\""
        let q = quotes(body, mentions: [mention("London", in: body, canonical: "London", type: .place),
                                        mention("Sadiq Khan", in: body, canonical: "Sadiq Khan")])
        #expect(q.first?.speaker == "The mayor of London, Sadiq Khan")
        #expect(q.first?.speakerEntity == "Sadiq Khan")
        let one = quotes("One of them recalled the school: \"Although it may not have been the best way of raising us, I am glad.\"")
        #expect(one.first?.speaker == "One of them")
    }

    @Test func clauseAfterTheQuote() {
        let q = quotes("“We refuse to be complicit,” the employees said in the letter. “We appreciate it,” Smith wrote.")
        #expect(q.map(\.speaker) == ["the employees", "Smith"])
    }

    @Test func invertedClauseKeepsTheRelativeClauseButNotThePlace() {
        let q = quotes("“I’m very hopeful,” said one employee who signed Tuesday’s letter. \"It was a hard call,\" said Bolden to the gathered crowd.")
        #expect(q.map(\.speaker) == ["one employee who signed Tuesday’s letter", "Bolden"])
    }

    @Test func aQuotationAfterAClauseWithAStateAbbreviationContinuesIt() {
        // AP style: `D-Mass.,` ends no sentence, so the next quotation is still Warren's.
        let q = quotes("\"This is not the end of the story,\" warned Elizabeth Warren, D-Mass., who has criticized the bank. \"Families are hurting.\"")
        #expect(q.map(\.speaker) == ["Elizabeth Warren", "Elizabeth Warren"])
        // A real sentence between them still breaks the chain.
        let r = quotes("\"This is not the end of the story,\" warned Elizabeth Warren. Her rival disagreed. \"Families are fine.\"")
        #expect(r.map(\.speaker) == ["Elizabeth Warren", nil])
    }

    @Test func aParagraphOpeningWithAQuotationAndAClauseNotUnderstoodInheritsNoSpeaker() {
        let body = """
            "We have no comment on the matter," a Google spokesperson said in an email.

            "I'm not going anywhere at all" — those were the words of the embattled coach.

            "Thai Raksa Chart party complies with the royal command," the party informed the press.
            """
        let q = quotes(body)
        #expect(q.map(\.speaker) == ["a Google spokesperson", nil, "the party"])
    }

    @Test func aLowerCaseRoleBeforeTheNameInTheClauseAfter() {
        let q = quotes("\"The economy is returning to full health,\" finance minister Jeremy Hunt said. \"We agree with that view,\" some economists said.")
        #expect(q.map(\.speaker) == ["finance minister Jeremy Hunt", "some economists"])
        #expect(q[0].speakerEntity == "Jeremy Hunt")
        // The first verb after the name belongs to a relative clause, not the reporting one.
        let r = quotes("\"Nobody knows,\" one official, who spoke on condition of anonymity, told Reuters.")
        #expect(r.map(\.speaker) == ["one official"])
    }

    @Test func clauseBeforeTheQuote() {
        let q = quotes("After the match, Tunisia's coach Nabil Maaloul said, \"We were playing against a strong team.\" Mayor Ann Lee told reporters: \"The bridge will open in June.\"")
        #expect(q.map(\.speaker) == ["Tunisia's coach Nabil Maaloul", "Mayor Ann Lee"])
        #expect(q.map(\.speakerEntity) == ["Nabil Maaloul", "Ann Lee"])
    }

    @Test func appositionAfterTheNameIsNotTheSpeaker() {
        let q = quotes("\"Prices will rise,\" said John Smith, the chief economist of Acme Bank. \"It is a good day,\" according to the Red Cross.")
        #expect(q[0].speaker == "John Smith")
        #expect(q[1].speaker == "the Red Cross")
        #expect(q[1].speakerEntity == "Red Cross")
    }

    @Test func appositionBeforeTheVerb() {
        let q = quotes("Jane Roe, a researcher at Imperial College London, explained, \"The data is clear and we cannot ignore it.\"")
        #expect(q.first?.speaker?.contains("Jane Roe") == true)
        #expect(q.first?.speakerEntity == "Jane Roe")
    }

    @Test func quoteContinuingAfterTheAttributionInTheMiddle() {
        let q = quotes("“We are providing the technical undergirding,” the letter read. “These are powerful capabilities.”")
        #expect(q.map(\.speaker) == ["the letter", "the letter"])
    }

    @Test func participleAfterACommaTakesTheClauseSubject() {
        let q = quotes("The American Civil Liberties Union asked Amazon last month to stop selling the software, saying “people should be free to walk down the street.”")
        #expect(q.first?.speaker == "The American Civil Liberties Union")
        #expect(q.first?.speakerEntity == "American Civil Liberties Union")
    }

    @Test func partialQuoteTakesTheSubjectOfItsSentence() {
        let q = quotes("In an open letter to the chief executive, employees said they were “dismayed” to learn of the contract.")
        #expect(q.first?.speaker == "employees")
    }

    @Test func surnameResolvesToTheFullNameUsedEarlierWithoutMentions() {
        let body = "Microsoft President Brad Smith posted a blog. “We appreciate it,” Smith wrote."
        let q = quotes(body)
        #expect(q.first?.speaker == "Smith")
        #expect(q.first?.speakerEntity == "Brad Smith")
    }

    @Test func speakerEntityComesFromTheMentionWhenThereIsOne() {
        let body = "The company said little. “We appreciate it,” Smith wrote."
        let m = mention("Smith", in: body, canonical: "Bradford L. Smith")
        #expect(quotes(body, mentions: [m]).first?.speakerEntity == "Bradford L. Smith")
    }

    @Test func pronounsResolveToTheLastNamedSpeaker() {
        let body = """
            “Immigration matters to us,” said Microsoft President Brad Smith.

            The company employs people from 120 countries. “We are proud of them,” he noted.

            “It was a hard week,” the company said. “We listened,” it added.
            """
        let q = quotes(body)
        #expect(q[1].speaker == "he")
        #expect(q[1].speakerEntity == "Brad Smith")
        #expect(q[3].speaker == "it")
        #expect(q[3].speakerEntity == nil)  // `the company` is no named entity
    }

    @Test func pronounsSkipAPersonOfTheOtherGender() {
        let body = """
            “We will win,” said Mayor Ann Lee. She has led the city since 2010.

            Coach Tom Brown said his team was tired. “We need a rest,” Brown said.

            “They played well,” she said.
            """
        let q = quotes(body)
        #expect(q.map(\.speakerEntity) == ["Ann Lee", "Tom Brown", "Ann Lee"])
    }

    @Test func pronounsWithMentionsTakeThePersonActing() {
        let body = "Harry Kane won the award over Kyle Walker. He said, “It felt good out there today.”"
        let ms = [mention("Harry Kane", in: body, canonical: "Harry Kane"),
                  mention("Kyle Walker", in: body, canonical: "Kyle Walker")]
        #expect(quotes(body, mentions: ms).first?.speakerEntity == "Harry Kane")
    }

    @Test func possessiveWordsSpeakForTheirAuthor() {
        let body = "Microsoft President Brad Smith posted a blog on Tuesday. His post called on Congress to remember the “fundamental decency and humanitarian spirit that defines us.”"
        let q = quotes(body)
        #expect(q.first?.speaker == "His post")
        #expect(q.first?.speakerEntity == "Brad Smith")
    }

    @Test func unattributedQuotesHaveNoSpeaker() {
        let q = quotes("The software, called “Rekognition,” is sold to police. Critics worry about so-called “smart” cameras in public places.")
        #expect(q.count == 2)
        #expect(q.allSatisfy { $0.speaker == nil && $0.speakerEntity == nil })
    }

    @Test func aClauseLeadingIntoTheNextQuoteIsNotTheFirstOnes() {
        let q = quotes("Cardinal Marc Ouellet said, \"Why should the bishops be exempt?\" Archbishop Charles Scicluna said, \"People must know.\"")
        #expect(q.map(\.speakerEntity) == ["Marc Ouellet", "Charles Scicluna"])
    }

    @Test func aParticipleAfterAnOpeningPhraseWithoutItsCommaIsTheClauseSubjects() {
        let q = quotes("Ford sued its supplier. In the filing itself Ford also made this point, writing \"the supplier knew the parts were faulty.\"")
        #expect(q.first?.speaker == "Ford")
        // With its comma, the opening phrase is left out as before.
        let q2 = quotes("After the vote, Smith was blunt, saying \"this is the end.\"")
        #expect(q2.first?.speaker == "Smith")
    }

    @Test func whereOrHowSomeoneSpokeIsNoPartOfTheSpeaker() {
        let body = """
            The Transport Ministry urged drivers to stay home. The union, in a letter to members, said the deal \
            was "the best we could get." Philippine Red Cross chair Richard Gordon, in remarks to the BBC, said \
            "A lot of people have lost their homes."
            """
        let q = quotes(body, mentions: [mention("Transport Ministry", in: body, canonical: "Transport Ministry", type: .org),
                                        mention("Richard Gordon", in: body, canonical: "Richard Gordon")])
        #expect(q.map(\.speaker) == ["The union", "Philippine Red Cross chair Richard Gordon"])
        // A union is not whichever body came last: only one whose name says it is a union.
        #expect(q.first?.speakerEntity == nil)
        #expect(q.last?.speakerEntity == "Richard Gordon")
    }

    @Test func aBodyThatHasInAStatementCalledOnPeopleSpeaks() {
        let body = "The Emergencies Ministry has, in a statement, called on drivers to \"avoid all unnecessary travel.\""
        let q = quotes(body, mentions: [mention("Emergencies Ministry", in: body, canonical: "Emergencies Ministry", type: .org)])
        #expect(q.first?.speaker == "The Emergencies Ministry")
        #expect(q.first?.speakerEntity == "Emergencies Ministry")
    }

    @Test func aNewSentenceAfterAQuoteIsNoReportingClause() {
        let q = quotes("The company said its work did not include “any projects related to separating children.” It also urged the administration to act.")
        #expect(q.first?.speaker?.contains("company") == true)
    }

    @Test func aNewSpeakerInTheSameParagraphIsNotInherited() {
        let q = quotes("“Taxes will rise,” said Ann Lee. Bob Stone disagreed: “Taxes will fall next year.”")
        #expect(q.map(\.speakerEntity) == ["Ann Lee", "Bob Stone"])
    }

    @Test func aQuoteIntroducedByTheSentenceOrParagraphBefore() {
        let body = """
            Mayor Ann Lee was blunt. “The bridge will not open this year.”

            In a statement, the council said:

            “We regret the delay and apologise to residents.”
            """
        let q = quotes(body)
        #expect(q.map(\.speakerEntity) == ["Ann Lee", nil])
        #expect(q.map(\.speaker) == ["Mayor Ann Lee", "the council"])
    }

    @Test func aShortQuoteInTheReportedClauseOfAVerbFarBeforeIt() {
        let body = """
            Tom Reilly told investors on a conference call that the repairs were "a one-off" and that \
            the company remained "fundamentally sound".
            """
        let q = quotes(body, people: [("Tom Reilly", "Tom Reilly")])
        #expect(q.map(\.speakerEntity) == ["Tom Reilly", "Tom Reilly"])
        // Far from its verb and in no clause of it, a short quotation is a scare quote.
        let far = quotes("Reilly spoke for an hour about the platforms, the storms and the repairs of the summer and its \"one-off\" costs.")
        #expect(far.map(\.speaker) == [nil])
        // A question's clause and a relative `that` report nothing the subject said.
        let asked = quotes("John Baird has asked officials how documents that are supposed to be stored in \"approved security cabinets\" wound up on the street.")
        #expect(asked.map(\.speaker) == [nil])
    }

    @Test func theJudgeIsThePersonTitledJudgeNotThePersonTheJudgeSpokeTo() {
        let body = """
            Judge Patricia Howell told Daniel Kerr, 54, that he had "betrayed the trust of every donor."

            "You treated the charity's accounts as your personal bank," the judge said.
            """
        let q = quotes(body, people: [("Patricia Howell", "Patricia Howell"), ("Daniel Kerr", "Daniel Kerr")])
        #expect(q.map(\.speakerEntity) == ["Patricia Howell", "Patricia Howell"])
    }

    @Test func heIsThePersonWhoseAppositionAndRelativeClauseComeBeforeTheVerb() {
        let body = """
            "This is a really exciting step," said Professor Kevin Mills, one of the study's authors.

            Dr Michael Okun, medical director of the Parkinson's Foundation in the United States, who was not \
            involved in the research, cautioned that the study was small. "We need to see this repeated," he said.
            """
        let q = quotes(body, people: [("Kevin Mills", "Kevin Mills"), ("Michael Okun", "Michael Okun")])
        #expect(q.map(\.speakerEntity) == ["Kevin Mills", "Michael Okun"])
        let according = """
            Mike Ryan told the press: "What will stop Ebola, under professor Muyembe's leadership, is surveillance." \
            According to Muyembe, many people do not seek treatment. "Now that most patients come out cured," he told the press.
            """
        // (Muyembe named where `According to` names him, not inside the quotation.)
        let source = mention("According to Muyembe", in: according, canonical: "Jean-Jacques Muyembe")
        let muyembe = EntityMention(span: TextSpan(source.span.start + 13, source.span.end), text: "Muyembe", type: .person,
                                    canonical: "Jean-Jacques Muyembe")
        let q2 = quotes(according, mentions: [mention("Mike Ryan", in: according, canonical: "Mike Ryan"),
                                              mention("Ebola", in: according, canonical: "Ebola"), muyembe])
        #expect(q2.map(\.speakerEntity) == ["Mike Ryan", "Jean-Jacques Muyembe"])
    }

    @Test func whoeverAccusesSomeoneOfSomethingSaysItButTheAccusedDoesNot() {
        let q = quotes("Kemi Badenoch accused the prime minister of \"dodging the question\". He was accused of \"lying to Parliament\".",
                       people: [("Kemi Badenoch", "Kemi Badenoch")])
        #expect(q.map(\.speakerEntity) == ["Kemi Badenoch", nil])
        #expect(quotes("The accused denied \"any wrongdoing\" at all.").first?.speaker != "The accused")
    }

    @Test func aRelationOfSomeoneNamedIsNotThatPerson() {
        let body = "Ms Clarke's sister, Rebecca, paid tribute, describing her as \"the kindest person you could ever meet\". "
            + "Donald Trump's statement called it \"a hoax\"."
        let q = quotes(body, people: [("Clarke", "Amanda Clarke"), ("Donald Trump", "Donald Trump")])
        #expect(q.map(\.speakerEntity) == [nil, "Donald Trump"])
    }

    @Test func aNumbersSignEndsNoSentence() {
        let q = quotes("Tim Henman, the former British No. 1, told the BBC that the rivalry was \"the best thing to happen to tennis\".",
                       people: [("Tim Henman", "Tim Henman")])
        #expect(q.first?.speakerEntity == "Tim Henman")
        #expect(q.first?.speaker?.hasPrefix("Tim Henman") == true)
    }

    @Test func aBodysPersonNounAndTheNameBesideItAreTheSubjectOfEveryVerbOfTheSentence() {
        let body = "A senior Hamas official, Khalil al-Hayya, told Al Jazeera that the group was ready for \"a serious deal\" "
            + "but accused Israel of \"moving the goalposts\"."
        let q = quotes(body, people: [("Khalil al-Hayya", "Khalil al-Hayya")])
        #expect(q.map(\.speakerEntity) == ["Khalil al-Hayya", "Khalil al-Hayya"])
    }

    @Test func aNamingParticipleAfterACommaTakesTheMainClausesSubject() {
        let q = quotes("The agency said on Tuesday that the world was on track, calling current plans \"woefully inadequate.\"")
        #expect(q.first?.speaker == "The agency")
    }

    @Test func thePlatformSomeoneSpokeOnIsNoPartOfTheirName() {
        let q = quotes("The next day on Twitter West accused his wife of attempting to \"lock me up\" over his comments.")
        #expect(q.first?.speaker == "West")
    }

    @Test func aPartyOrAPeopleBeforeATitleIsNotTheSpeaker() {
        let body = "\"Australians are worse off,\" the Liberal leader said. \"It is a disgrace,\" the French president said."
        let q = quotes(body, mentions: [mention("Liberal", in: body, canonical: "Liberal", type: .org),
                                        mention("French", in: body, canonical: "French", type: .group)])
        #expect(q.map(\.speaker) == ["the Liberal leader", "the French president"])
        #expect(q.map(\.speakerEntity) == [nil, nil])
    }

    @Test func aPronounAfterSomeoneUnnamedMeansThemNotAPersonNamedBefore() {
        let body = """
            Det Supt Mark Whitehead said: "Our thoughts are with the family."

            A neighbour, who asked not to be named, said she had heard shouting. "It went on for hours," she said.

            In a post on X, the senator wrote: "Shameful." Later, he added: "I will be voting no."
            """
        let q = quotes(body, people: [("Mark Whitehead", "Mark Whitehead")])
        #expect(q.map(\.speakerEntity) == ["Mark Whitehead", nil, nil, nil])
        #expect(q.map(\.speaker) == ["Det Supt Mark Whitehead", "she", "the senator", "he"])
    }

    /// Common wire and newspaper styles, each with the words its speaker must contain.
    @Test(arguments: [
        ("\"We will keep fighting,\" Smith, a Democrat from Ohio, said Tuesday.", "Smith"),
        ("\"We will keep fighting\", said Jane Smith, the party's leader in the state senate.", "Jane Smith"),
        ("White House press secretary Sarah Sanders told reporters: \"The president is confident.\"", "Sarah Sanders"),
        ("\"The plan will fail,\" she told Reuters, declining to be identified.", "she"),
        ("Asked whether he would resign, the minister said: \"Absolutely not, never.\"", "the minister"),
        ("The ministry said in a statement that the strike was \"a grave violation of our sovereignty.\"", "ministry"),
        ("\"Prices will keep rising for months,\" according to a report from the central bank.", "central bank"),
        ("\"It was a disaster from start to finish,\" Smith later said of the decision.", "Smith"),
        ("Trump called the investigation \"a witch hunt against me and my family.\"", "Trump"),
        ("\"This is the end of an era,\" said a spokesman for the ministry.", "spokesman for the ministry"),
        ("\"It's over,\" a source close to the talks told Reuters on condition of anonymity.", "a source close to the talks"),
        ("\"It is over,\" said a source close to the talks.", "a source close to the talks"),
        ("\"It is over,\" people familiar with the matter said.", "people familiar with the matter"),
        ("Jane Doe, 42, who has lived in the area for decades, said: \"It used to be quiet here.\"", "Jane Doe"),
    ])
    func newsStyles(_ sample: (String, String)) {
        let q = quotes(sample.0)
        #expect(q.count == 1)
        #expect(q.first?.speaker?.contains(sample.1) == true, "speaker \(q.first?.speaker ?? "nil") for: \(sample.0)")
    }
}
