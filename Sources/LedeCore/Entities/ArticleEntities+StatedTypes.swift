/// Types the text states outright, which outweigh the tagger's guesses at the same name
/// elsewhere in the article: a name followed by an apposition that gives someone's job
/// (`Koji Sato, Toyota's president,`, `Takaki Nakanishi, an analyst at …`) is a person's (an
/// unfamiliar name right after a quotation is often tagged a place), and a name right after
/// a noun for a company (`the French start-up Mistral`) is an organisation's, however often
/// the tagger calls it a person.
extension ArticleEntities {
    mutating func typesStatedByTheText() {
        var stated: [String: EntityType] = [:]
        var wordsOfPeopleNamedInFull: HashSet64?
        // (Not `Biden spokesman`, `Trump's chief of staff`: someone named in full here.)
        func namesSomeoneNamedInFull(_ m: RawMention) -> Bool {
            if wordsOfPeopleNamedInFull == nil {
                var words = HashSet64()
                for p in mentions where p.type == .person && p.end - p.start >= 2 { for t in p.start..<p.end { words.insert(infos[t].lower) } }
                wordsOfPeopleNamedInFull = words
            }
            return (m.start..<m.end).contains { wordsOfPeopleNamedInFull!.contains(infos[$0].lower) }
        }
        for m in mentions {
            if m.type == .place || m.type == .org, m.end - m.start <= 3, m.end + 2 < tokens.count, isChar(m.end, ","),
               (m.start..<m.end).allSatisfy(mayBeAPersonsNameInAnApposition), !isWellKnownOrganization(m.start, m.end),
               appositionNamesAJob(from: m.end + 1) {
                stated[string(m.start, m.end)] = .person
            } else if m.type == .org, m.start > 0, namesTheCompanyAfterIt(m.start - 1) {
                stated[string(m.start, m.end)] = .org
            } else if m.type == .person, m.end - m.start <= 3, m.end + 3 < tokens.count, isChar(m.end, ","),
                      appositionNamesABody(from: m.end + 1), !namesSomeoneNamedInFull(m) {
                stated[string(m.start, m.end)] = .org
            } else if m.type == .person, isFirmNamedForSomeone(m) {
                stated[string(m.start, m.end)] = .org
            } else if m.type != .org, m.end - m.start <= 3, isEmployer(m) {
                stated[string(m.start, m.end)] = .org
            } else if m.type == .person, m.end - m.start <= 3, hasOfficersOrShares(m), !namesSomeoneNamedInFull(m) {
                stated[string(m.start, m.end)] = .org
            } else if m.type == .person, let type = typeOfANameAfterThe(m) {
                stated[string(m.start, m.end)] = type
            }
        }
        guard !stated.isEmpty else { return }
        for k in mentions.indices where mentions[k].type == .place || mentions[k].type == .org || mentions[k].type == .person {
            if let t = stated[string(mentions[k].start, mentions[k].end)] { mentions[k].type = t }
        }
    }

    /// `an analyst at Barclays`, `chief economic adviser at Allianz`: where someone with a job
    /// works is an organisation, unless a list knows it as a place (`a reporter at Kyiv`) or
    /// it names a building.
    private func isEmployer(_ m: RawMention) -> Bool {
        guard m.type == .place || m.type == .person, m.start >= 2, isWord(m.start - 1, Self.atHash),
              Self.jobHashes.contains(infos[m.start - 2].lower), infos[m.start - 2].lowercaseInitial else { return false }
        return (m.start..<m.end).allSatisfy { gazetteerLists[$0] & Self.placeOrKindOfPlace == 0 && !Self.facilityWords.contains(infos[$0].lower) }
    }

    /// `Nordwind chief executive Anna Berg`, `Nordwind's founder and chairman`, `Nordwind
    /// shares`, `shares of Nordwind`: a company has officers and shares.
    private func hasOfficersOrShares(_ m: RawMention) -> Bool {
        if m.start >= 2, isWord(m.start - 1, Self.ofHash), Self.shareWords.contains(infos[m.start - 2].lower) { return true }
        var k = m.end
        if k < tokens.count, isPossessive(k) { k += 1 }
        guard k < tokens.count, !tokens[k].startsSentence else { return false }
        if infos[k].lowercaseInitial, Self.shareWords.contains(infos[k].lower) { return true }
        if isAllCaps(k), Self.officerTitles.contains(infos[k].lower) { return true }
        var j = k
        while j < tokens.count, j - k < 3, infos[j].lowercaseInitial {
            if Self.officerTitles.contains(infos[j].lower) { return true }
            guard isRole(j) else { return false }
            j += 1
        }
        return false
    }
    /// `at the Beverly Hilton in Beverly Hills`, `the 2027 Golden Globes on Monday`, `mediating
    /// the Abraham Accords that …`: a name that looks like a person's, after `the` and heading
    /// its phrase, is no one. After `at the`, `in the` … it is a place (a venue, as the GUM
    /// conventions have buildings); otherwise a body, unless it ends in a listed name. (Not `the
    /// George W. Bush administration`, `the Johan Sverdrup oil field`: a name as a modifier.)
    private func typeOfANameAfterThe(_ m: RawMention) -> EntityType? {
        guard m.end - m.start >= 2, m.start >= 1 else { return nil }
        var the = m.start - 1
        if the >= 1, isYear(the) { the -= 1 }
        guard isWord(the, Self.theHash), m.end < tokens.count,
              isPunctuation(m.end) && !isPossessive(m.end) && !isChar(m.end, "-") || Self.phraseEnders.contains(infos[m.end].lower)
        else { return nil }
        if the >= 1, Self.placePrepositions.contains(infos[the - 1].lower) || isWord(the - 1, Self.atHash) { return .place }
        return onList(m.end - 1, .lastName) || onList(m.end - 1, .firstName) ? nil : .org
    }
    private func isYear(_ i: Int) -> Bool {
        tokens[i].end - tokens[i].start == 4 && text[tokens[i].start..<tokens[i].end].allSatisfy(Tokenizer.isDigit)
    }
    /// Words after which a name heads its phrase.
    static let phraseEnders: HashSet64 = HashSet64(["in", "on", "at", "for", "with", "and", "to", "of", "by", "from", "that",
                                                    "which", "where", "was", "is", "were", "are", "has", "had", "will"].map(hash))

    /// `Gavi, the Vaccine Alliance,`, `Uber, the ride-hailing company,`: an apposition whose
    /// head is a body's (not `Smith, the head of the group,`, `Roe, a developer,`).
    private func appositionNamesABody(from j: Int) -> Bool {
        guard Self.articles.contains(infos[j].lower) else { return false }
        var k = j + 1
        while k < tokens.count, k - j <= 5, !isPunctuation(k) || isChar(k, "-"), !Self.relativeWords.contains(infos[k].lower) {
            if isWord(k, Self.ofHash) { return false }
            k += 1
        }
        guard k > j + 1, k < tokens.count, isPunctuation(k) || Self.relativeWords.contains(infos[k].lower) else { return false }
        let head = k - 1
        if infos[head].capitalized {
            return Self.organisationHeads.contains(infos[head].lower) && !Self.headsThatAreSurnames.contains(infos[head].lower)
        }
        return namesTheCompanyAfterIt(head)
    }

    /// `law firm Maurice Blackburn`, `investment bank Evercore`: a firm of a trade named right
    /// after it, whoever it is named for (not `the company Elon Musk founded`).
    private func isFirmNamedForSomeone(_ m: RawMention) -> Bool {
        m.start >= 2 && Self.firmNouns.contains(infos[m.start - 1].lower) && Self.firmTrades.contains(infos[m.start - 2].lower)
            && (infos[m.start - 2].lowercaseInitial || tokens[m.start - 2].startsSentence)
    }
    static let firmNouns: HashSet64 = HashSet64(["firm", "bank", "consultancy", "house", "agency"].map(hash))
    static let firmTrades: HashSet64 = HashSet64(["law", "legal", "accounting", "accountancy", "investment", "consulting",
        "advertising", "pr", "equity", "architecture", "architectural", "auction", "fashion", "design", "engineering",
        "recruitment", "security", "brokerage", "research", "lobbying", "insurance", "talent", "publishing"].map(hash))

    static let shareWords: HashSet64 = HashSet64(["shares", "stock", "shareholders"].map(hash))
    static let officerTitles: HashSet64 = HashSet64((officerTitleWords + ["cfo", "coo"]).map(hash))

    static let atHash = hash("at")
    static let placeOrKindOfPlace: UInt16 = placeLists | Gazetteer.List.bigCity.bit | Gazetteer.List.locCue.bit

    /// A word a person's name can hold: capitalised, not in capitals only, on no list of
    /// countries, regions, bigger cities, peoples or kinds of place or body, and no body's
    /// head word. (Many surnames are towns too: only the bigger places count against.)
    func mayBeInAPersonsName(_ i: Int) -> Bool {
        infos[i].capitalized && !isAllCaps(i) && gazetteerLists[i] & Self.notInPersonsNames == 0
            && !Self.organisationHeads.contains(infos[i].lower)
    }

    /// The same, and no building's word either (`Hall`): an apposition's name.
    private func mayBeAPersonsNameInAnApposition(_ i: Int) -> Bool {
        mayBeInAPersonsName(i) && !isPunctuation(i) && !Self.facilityWords.contains(infos[i].lower)
    }

    static let notInPersonsNames: UInt16 = [Gazetteer.List.country, .region, .demonym, .orgCue, .locCue, .orgSuffix, .bigCity]
        .reduce(0) { $0 | $1.bit }

    /// Whether the words from `j` are `the`, `a`, `an` or a possessive name (`Toyota's`), at
    /// most three lower-case words, and a job that ends the apposition or takes `of`, `at`,
    /// `for`, `in` (`the company's chief executive,`, `a spokesman for the ministry`).
    func appositionNamesAJob(from j: Int) -> Bool {
        var k = j
        if Self.articles.contains(infos[k].lower) {
            k += 1
        } else {
            while k < tokens.count, k - j < 3, infos[k].capitalized, !isPunctuation(k) { k += 1 }
            guard k > j, k < tokens.count, isPossessive(k) else { return false }
            k += 1
        }
        var words = 0
        while k < tokens.count, words <= 3, infos[k].lowercaseInitial, !tokens[k].startsSentence {
            // `Kherson, a city whose mayor`: a place or body described, not a person.
            if Self.relativeWords.contains(infos[k].lower) || gazetteerLists[k] & Self.kindsOfPlaceOrBody != 0 { return false }
            if Self.jobHashes.contains(infos[k].lower) {
                let next = k + 1
                return next >= tokens.count || isChar(next, ",") || isChar(next, ".") || isChar(next, ";")
                    || Self.jobLinks.contains(infos[next].lower)
            }
            words += 1
            k += 1
        }
        return false
    }

    static let jobHashes: HashSet64 = HashSet64([
        "president", "chairman", "chairwoman", "chair", "ceo", "founder", "co-founder", "owner", "executive",
        "officer", "director", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "senator",
        "governor", "mayor", "judge", "ambassador", "commissioner", "chancellor", "premier", "attorney", "lawyer",
        "manager", "coach", "captain", "leader", "candidate", "lawmaker", "legislator", "councillor", "councilor",
        "analyst", "economist", "researcher", "scientist", "professor", "lecturer", "historian", "expert",
        "author", "writer", "journalist", "reporter", "editor", "columnist", "correspondent", "photographer",
        "actor", "actress", "singer", "musician", "artist", "director", "producer", "player", "striker",
        "midfielder", "defender", "goalkeeper", "quarterback", "doctor", "surgeon", "nurse", "teacher",
        "student", "resident", "activist", "campaigner", "official", "adviser", "advisor", "aide",
        "consultant", "engineer", "entrepreneur", "investor", "banker", "farmer", "mother", "father",
        "widow", "son", "daughter", "wife", "husband", "brother", "sister", "grandmother", "grandfather",
    ].map(hash))
    static let relativeWords: HashSet64 = HashSet64(["whose", "which", "where", "that", "who", "when"].map(hash))
    static let kindsOfPlaceOrBody: UInt16 = Gazetteer.List.locCue.bit | Gazetteer.List.orgCue.bit
    static let jobLinks: HashSet64 = HashSet64(["of", "at", "for", "in", "with", "and", "who", "from"].map(hash))
}
