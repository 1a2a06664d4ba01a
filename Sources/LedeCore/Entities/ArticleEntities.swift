/// One mention before canonical names are chosen: token range and scalar span.
struct RawMention {
    var start: Int  // token index
    var end: Int
    var type: EntityType
    var resolvedDate: String?
    /// For an acronym defined in the text (`... Enforcement (ICE)`), the first token of the
    /// mention it stands for.
    var expands: Int?
}

/// Finds the mentions of one article: tagger names, rule-based numbers and dates,
/// nationality groups; then cleans the name spans (titles, possessives, `The`) and
/// spreads names the tagger found to their other occurrences in the article.
struct ArticleEntities {
    let text: [Unicode.Scalar]
    let tokens: [Token]
    let infos: [TokenInfo]
    var mentions: [RawMention] = []
    /// Per token, the gazetteer lists of a phrase starting there.
    private(set) var gazetteerLists: [UInt16] = []
    /// Per token, whether it is capitalised and the article also writes it in lower case
    /// (`Ivory` opening a sentence of an article about ivory).
    private(set) var writtenInLowerCase: [Bool] = []
    /// Words the article writes right after another name (`Warhol` of `Andy Warhol`).
    private var wordsAfterANameSeen = HashSet64()
    /// The few tokens some rules start from, found while the tokens are read, so that those
    /// rules need not scan every token: hyphens, ampersands, `of`, and capitalised words of
    /// four or more letters ending in a lower-case ASCII one (`Amazon.com` among them).
    private(set) var hyphens: [Int] = [], ampersands: [Int] = [], ofs: [Int] = [], capitalizedEndingLowerCase: [Int] = []

    init(body: String, date: Day?, models: EntityModels) {
        var cache = TaggerWordCache()
        self.init(body: body, date: date, models: models, cache: &cache)
    }

    init(body: String, date: Day?, models: EntityModels, cache: inout TaggerWordCache) {
        let scalars = body.scalarArray
        let tokens = Tokenizer.tokenize(scalars)
        text = scalars
        self.tokens = tokens
        var infos: [TokenInfo] = []
        infos.reserveCapacity(tokens.count)
        var hyphens: [Int] = [], ampersands: [Int] = [], ofs: [Int] = [], capitalizedEndingLowerCase: [Int] = []
        let ofHash = Self.ofHash
        scalars.withUnsafeBufferPointer { all in
            for (k, t) in tokens.enumerated() {
                let info = cache.tokenInfo(UnsafeBufferPointer(rebasing: all[t.start..<t.end]))
                infos.append(info)
                let length = t.end - t.start
                if length == 1 {
                    if all[t.start] == "-" { hyphens.append(k) } else if all[t.start] == "&" { ampersands.append(k) }
                } else if info.lower == ofHash {
                    ofs.append(k)
                } else if length >= 4, all[t.end - 1].value &- 0x61 < 26, info.capitalized {
                    capitalizedEndingLowerCase.append(k)
                }
            }
        }
        self.infos = infos
        (self.hyphens, self.ampersands, self.ofs, self.capitalizedEndingLowerCase) = (hyphens, ampersands, ofs, capitalizedEndingLowerCase)

        let rules = NumericEntityFinder(text: text, tokens: tokens, infos: infos, articleDate: date).find()
        var covered = [Bool](repeating: false, count: tokens.count)
        for r in rules { for i in r.start..<r.end { covered[i] = true } }
        var found = rules.map { RawMention(start: $0.start, end: $0.end, type: $0.type, resolvedDate: $0.resolvedDate) }

        let sentences = Tokenizer.sentences(tokens)
        let seqs = TaggerSequence.sequences(infos: infos, sentences: sentences, gazetteer: models.gazetteer,
                                            cache: &cache)
        var lists = [UInt16](repeating: 0, count: tokens.count)
        var lowerCase = [Bool](repeating: false, count: tokens.count)
        for (range, seq) in zip(sentences, seqs) {
            for (k, i) in range.enumerated() { lists[i] = seq.gazBegin[k]; lowerCase[i] = seq.seenLowercase[k] }
        }
        gazetteerLists = lists
        writtenInLowerCase = lowerCase
        wordsAfterANameSeen = wordsWrittenAfterAName()
        var names: [RawMention] = []
        if let tagger = models.tagger {
            for (range, seq) in zip(sentences, seqs) {
                let tags = tagger.tag(seq, cache: &cache)
                var i = 0
                while i < tags.count {
                    guard tags[i] != 0 else { i += 1; continue }
                    let kind = (tags[i] - 1) / 2
                    var j = i + 1
                    // Two names of one type side by side are one name (`Silicon` `Valley`).
                    let inside = tags[i] + (tags[i] & 1), begin = inside - 1
                    let type: EntityType = kind == 0 ? .person : kind == 1 ? .org : .place
                    while j < tags.count {
                        if tags[j] == inside || tags[j] == begin { j += 1; continue }
                        // `Jean-Luc Mélenchon`, `Recep Tayyip Erdoğan`: the tagger left a hyphen
                        // or a middle name out of a person's name it found on both sides.
                        if type == .person, j + 1 < tags.count, tags[j + 1] == inside || tags[j + 1] == begin,
                           bridgesPersonName(range.lowerBound + j) { j += 2; continue }
                        // `Sub-Saharan Africa`: a hyphen inside a place's name.
                        if type == .place, j + 1 < tags.count, tags[j + 1] == inside || tags[j + 1] == begin,
                           !isCommonGivenName(range.lowerBound + i),
                           isChar(range.lowerBound + j, "-"), adjacent(range.lowerBound + j - 1, range.lowerBound + j),
                           adjacent(range.lowerBound + j, range.lowerBound + j + 1) { j += 2; continue }
                        // `William S. Saturn`: after a middle initial the surname is the
                        // person's, whatever the tagger took it for.
                        if type == .person, let n = surnameAfterInitials(range.lowerBound + j), j + n <= tags.count { j += n; continue }
                        // `Leonardo da Vinci`, `Charles de Gaulle`: a lower-case particle and the
                        // surname after it, whatever the tagger took that for.
                        if type == .person, let n = particleSurname(range.lowerBound + j), j + n <= tags.count { j += n; continue }
                        // `Tamim bin Hamad Al Thani`: a patronymic carries the name on through the
                        // capitalised words after it, whatever the tagger took them for.
                        if type == .person, j + 1 < tags.count, Self.patronymics.contains(infos[range.lowerBound + j].lower),
                           infos[range.lowerBound + j + 1].capitalized, !isPunctuation(range.lowerBound + j + 1) {
                            j += 2
                            while j < tags.count, infos[range.lowerBound + j].capitalized, !isPunctuation(range.lowerBound + j),
                                  !tokens[range.lowerBound + j].startsSentence, !isRole(range.lowerBound + j) { j += 1 }
                            continue
                        }
                        break
                    }
                    // `Saudi` of `Saudi Arabia`: a place runs on to the end of the listed place
                    // name it starts, through its joining words (`Bosnia and Herzegovina`,
                    // tagged as two places) to its last capitalised word.
                    if type == .place {
                        var k = j
                        while k < tags.count, tags[k] == 0 || tags[k] >= 5, seq.gazInside[k] & Self.placeLists != 0 {
                            let w = range.lowerBound + k
                            if infos[w].capitalized { j = k + 1 } else if !Self.nameJoinerHashes.contains(infos[w].lower) { break }
                            k += 1
                        }
                    }
                    if j < tags.count, tags[j] == 0, endsNameLeftShort(range.lowerBound + i, range.lowerBound + j, type) { j += 1 }
                    names.append(contentsOf: refine(RawMention(start: range.lowerBound + i, end: range.lowerBound + j, type: type)))
                    i = j
                }
            }
        }
        for m in possessiveInstitutions() + hyphenatedGivenNames() + titledPersonNames(gazetteer: models.gazetteer) + appositiveCompanies()
                    + personsBeforeAJob(besides: names) + initialledNames(besides: names)
                    + namesAfterAPossessive(besides: names) where !(m.start..<m.end).contains(where: { covered[$0] }) {
            found.append(m)
            for k in m.start..<m.end { covered[k] = true }
        }
        for m in webAddressNames(besides: &names) where !covered[m.start] {
            found.append(m)
            covered[m.start] = true
        }
        for name in names {
            // The tagger sometimes runs a name on into a date the rules found (`Paris on
            // Monday`): the name is what comes before it.
            guard let m = (name.start..<name.end).contains(where: { covered[$0] }) ? uncoveredStart(of: name, covered) : name
            else { continue }
            found.append(m)
            for k in m.start..<m.end { covered[k] = true }
        }
        found.sort { $0.start < $1.start }
        mentions = found
        dropEponymousDiseases()
        applyWellKnownNames(&covered)
        partiesBeforeSeatTitles()
        placesNamedAsSuch(&covered)
        streetsCutShort(&covered)
        reconcileTypes()
        teamsNamedForPlaces(gazetteer: models.gazetteer)
        placesNamedWithThe(gazetteer: models.gazetteer, covered: &covered)
        dropSentenceOpenersWrittenLowerCase()
        personsNamedLikePlaces(gazetteer: models.gazetteer)
        typesStatedByTheText()
        organisationPhrases(&covered, gazetteer: models.gazetteer)
        bodiesNamedForSaints()
        splitCompaniesJoinedByAnd()
        ampersandNames(&covered)
        acronymsJoinedByHyphens(&covered)
        defineAcronyms(&covered)
        propagate(&covered, gazetteer: models.gazetteer)
        givenNamesStandingAlone()
        countriesActingAsOrganizations(gazetteer: models.gazetteer, covered: &covered)
        placesBeforeTheirCountry()
        addRecurringNames(&covered)
        addGroups(&covered, seqs: seqs, sentences: sentences)
        mentions.sort { $0.start < $1.start }
    }

    // MARK: Helpers over tokens

    func string(_ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        return Tokenizer.string(text[tokens[start].start..<tokens[end - 1].end])
    }

    func tokenText(_ i: Int) -> String { string(i, i + 1) }

    /// Whether token `i` is the single character `c` (no string built).
    @inline(__always) func isChar(_ i: Int, _ c: Unicode.Scalar) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].end - tokens[i].start == 1 && text[tokens[i].start] == c
    }

    /// Whether token `i` is `word`, compared by lower-case hash (no string built).
    @inline(__always) func isWord(_ i: Int, _ hash: UInt64) -> Bool {
        i >= 0 && i < tokens.count && infos[i].lower == hash
    }

    static func hash(_ word: String) -> UInt64 { TokenInfo(Array(word.unicodeScalars)[...]).lower }

    func isPunctuation(_ i: Int) -> Bool {
        tokens[i].end - tokens[i].start == 1 && !Tokenizer.isWordScalar(text[tokens[i].start])
    }

    func isPossessive(_ i: Int) -> Bool {
        let len = tokens[i].end - tokens[i].start
        guard len <= 2, Tokenizer.isApostrophe(text[tokens[i].start]) else { return false }
        return len == 1 || text[tokens[i].start + 1] == "s" || text[tokens[i].start + 1] == "S"
    }

    func isAllCaps(_ i: Int) -> Bool {
        guard infos[i].capitalized else { return false }
        var letters = 0
        for j in tokens[i].start..<tokens[i].end {
            let c = text[j]
            if c == "." || c == "&" { continue }
            let v = c.value
            if v >= 0x41 && v <= 0x5A { letters += 1; continue }
            if v < 0x80 { return false }
            guard c.properties.isUppercase else { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// Roles and titles stripped from the front of a person's name (`CEO Satya Nadella`).
    static let roleWords: Set<String> = [
        "ceo", "cfo", "coo", "cto", "chief", "executive", "founder", "co-founder", "chairman",
        "chairwoman", "president", "vice", "secretary", "minister", "prime", "senator", "sen.",
        "rep.", "gov.", "governor", "mayor", "judge", "justice", "general", "gen.", "dr.", "dr",
        "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "prof.", "professor", "sir", "dame", "lord",
        "lady", "king", "queen", "prince", "princess", "pope", "rev.", "reverend", "father",
        "officer", "detective", "sergeant", "sgt.", "captain", "capt.", "lieutenant", "lt.",
        "colonel", "col.", "commander", "admiral", "ambassador", "spokesman", "spokeswoman",
        "director", "coach", "speaker", "chancellor", "premier", "attorney", "representative",
        "congressman", "congresswoman", "sheriff", "inspector", "chair", "deputy", "former",
        "first", "lady", "senior", "assistant", "manager", "leader", "candidate", "st.", "saint",
        "sheikh", "imam", "rabbi", "pastor", "bishop", "archbishop", "cardinal", "emperor",
        "mx.", "miss", "mister", "madam", "agent", "trooper", "corporal", "private", "major",
        "maj.", "cpl.", "pvt.", "adm.", "cmdr.", "insp.", "det.", "hon.", "pres.", "supt.",
        "superintendent", "commissioner", "headmaster", "principal", "emeritus", "acting", "interim",
        "emir", "amir", "ayatollah", "administrator", "councillor", "councilor", "councilman",
        "councilwoman", "alderman", "alderwoman", "lawmaker", "legislator", "mp", "mep", "msp", "mla",
        "whip", "det", "supt", "insp", "sgt", "cllr", "cllr.", "taoiseach", "tánaiste",
    ]

    static let roleHashes: HashSet64 = HashSet64(roleWords.map(hash))
    static let pluralTitles: HashSet64 = HashSet64(["justices", "judges", "senators", "sens.", "reps.", "drs."].map(hash))
    /// Role words that modify a name or another role (`General Motors`, `former`, `St.`).
    static let roleModifiers: HashSet64 = HashSet64(["first", "former", "general", "major", "private", "acting", "interim",
                                                     "senior", "st.", "saint", "vice", "prime", "deputy", "assistant",
                                                     "emeritus", "chief", "executive", "lady", "lord"].map(hash))

    func isRole(_ i: Int) -> Bool { Self.roleHashes.contains(infos[i].lower) }

    func adjacent(_ a: Int, _ b: Int) -> Bool { tokens[a].end == tokens[b].start }

    /// The tagger stops a word short of names that look unlike its training text
    /// (`Beto O'Rourke` before `on Friday`, `Narendra Modi`, `Las Estrellas`): the capitalised
    /// word after a person that is only a listed first name or a word no list knows as a
    /// surname, or after a place that is only a leading
    /// `Las` or `San`, belongs to the name when it is a plain word nothing else the lists
    /// know and the name ends with it.
    private func endsNameLeftShort(_ start: Int, _ end: Int, _ type: EntityType) -> Bool {
        guard end - start == 1,
              // (A given name the census also lists as a surname, `Rasmus`, before a word no list
              // knows at all, `Hojlund`, counts too.)
              type == .person && (onList(start, .firstName) || (!onList(start, .lastName) || gazetteerLists[end] == 0)
                                  && !isOrgOrPlaceWord(start) && !writtenAsSurname(start))
                || type == .place && Self.placeArticles.contains(infos[start].lower),
              !tokens[end].startsSentence, tokens[end].start == tokens[end - 1].end + 1,
              infos[end].capitalized, !isAllCaps(end), !isRole(end),
              text[tokens[end].start..<tokens[end].end].allSatisfy({ Tokenizer.isLetter($0) || Tokenizer.isApostrophe($0) }),
              // A capital inside only after a short prefix (`McCartney`, `DeJoy`, `O'Regan`),
              // not two words run together (`CollinsImage`).
              !text[(tokens[end].start + 4)..<max(tokens[end].start + 4, tokens[end].end)].contains(where: { $0.properties.isUppercase })
        else { return false }
        guard gazetteerLists[end] & Self.otherKindsOfWord == 0 else { return false }
        // A longer run of capitals was split on purpose (`Obama White House`).
        return end + 1 == tokens.count || !infos[end + 1].capitalized || isPunctuation(end + 1)
    }

    /// Whether the article writes word `i` after another name (`Andy Warhol`), so that it is
    /// a surname there, not a first name that a surname may follow (`Warhol Polaroids`).
    private func writtenAsSurname(_ i: Int) -> Bool { wordsAfterANameSeen.contains(infos[i].lower) }

    /// One pass, so asking is cheap however many names there are.
    private func wordsWrittenAfterAName() -> HashSet64 {
        var seen = HashSet64()
        for k in tokens.indices.dropFirst() where infos[k].capitalized && !tokens[k].startsSentence
            && tokens[k].start == tokens[k - 1].end + 1 && infos[k - 1].capitalized && !isPunctuation(k - 1)
            && !isRole(k - 1) && !onList(k - 1, .title) {
            seen.insert(infos[k].lower)
        }
        return seen
    }

    /// Token `i`, between two parts of a person's name, belongs to it: a hyphen joining them
    /// (`Jean-Luc`), or a capitalised plain word (`Tayyip`) that the lists know as nothing
    /// else, all on one line with single spaces.
    private func bridgesPersonName(_ i: Int) -> Bool {
        guard i > 0, i + 1 < tokens.count, !tokens[i].startsSentence, !tokens[i + 1].startsSentence else { return false }
        // Not when a side reads as something else (`Tropical Storm Barry`, `Mysore
        // Divisional Railway`, `Superintendent Graciano`).
        if [i - 1, i + 1].contains(where: { isOrgOrPlaceWord($0) || isRole($0) || onList($0, .commonWord) }) { return false }
        if isChar(i, "-") { return adjacent(i - 1, i) && adjacent(i, i + 1) }
        return tokens[i].start == tokens[i - 1].end + 1 && tokens[i + 1].start == tokens[i].end + 1
            && infos[i].capitalized && !isAllCaps(i) && !isRole(i)
            && text[tokens[i].start..<tokens[i].end].allSatisfy({ Tokenizer.isLetter($0) })
            && gazetteerLists[i] & Self.otherKindsOfWord == 0
    }

    /// A word of letters with a capital after a lower-case letter, where what comes before
    /// that capital is not a prefix names are made with (`Mc`, `De`, `Van`).
    func isCamelCase(_ k: Int) -> Bool {
        let word = text[tokens[k].start..<tokens[k].end]
        guard infos[k].capitalized, word.count >= 4, word.allSatisfy(Tokenizer.isLetter) else { return false }
        var i = word.startIndex + 1
        while i < word.endIndex {
            if word[i].properties.isUppercase, word[i - 1].properties.isLowercase {
                return !Self.namePrefixes.contains(String(String.UnicodeScalarView(word[word.startIndex..<i])))
            }
            i += 1
        }
        return false
    }
    static let namePrefixes: Set<String> = ["Mc", "Mac", "De", "Di", "Da", "Du", "Del", "Della", "La", "Le", "Van",
                                            "Von", "Fitz", "Ja", "Ke", "Al", "El", "St"]

    /// A capital and a full stop (`S.` of `William S. Saturn`).
    func isInitial(_ k: Int) -> Bool {
        tokens[k].end - tokens[k].start == 2 && text[tokens[k].start + 1] == "." && text[tokens[k].start].properties.isUppercase
    }

    /// `PG&E`: the tokenizer keeps initials joined by an ampersand as one token.
    func hasAmpersand(_ k: Int) -> Bool { text[tokens[k].start..<tokens[k].end].contains("&") }

    /// Initials from `i` on (`S.`, `J. R.`, each one token) and a capitalised word after
    /// them that reads as a surname: how many tokens they take, or nil.
    private func surnameAfterInitials(_ i: Int) -> Int? {
        guard i > 0 else { return nil }
        var k = i
        while k < tokens.count, k - i < 3, isInitial(k) { k += 1 }
        guard k > i, k < tokens.count, tokens[k].start == tokens[k - 1].end + 1, infos[k].capitalized, !isAllCaps(k),
              !isOrgOrPlaceWord(k), !isRole(k), !onList(k, .commonWord), gazetteerLists[k] & Self.otherKindsOfWord == 0
        else { return nil }
        return k + 1 - i
    }

    static let placeLists: UInt16 = [Gazetteer.List.country, .city, .region].reduce(0) { $0 | $1.bit }

    /// Lists whose words are something other than a name's last word.
    static let otherKindsOfWord: UInt16 = [Gazetteer.List.country, .city, .region, .demonym, .orgCue, .locCue,
                                           .orgSuffix, .title, .dateWord, .commonWord]
        .reduce(0) { $0 | $1.bit }

    static let patronymics: HashSet64 = HashSet64(["bin", "ibn", "bint", "ben"].map(hash))

    static let nameParticles: HashSet64 = HashSet64(["de", "da", "di", "del", "della", "van", "von", "der", "den", "du",
                                                     "dos", "das", "ter", "ten"].map(hash))

    /// At `i`, one or two lower-case particles and a capitalised surname, each after a single
    /// space: how many tokens they take, or nil.
    private func particleSurname(_ i: Int) -> Int? {
        var k = i
        while k < tokens.count, k - i < 2, infos[k].lowercaseInitial, Self.nameParticles.contains(infos[k].lower),
              tokens[k].start == tokens[k - 1].end + 1 { k += 1 }
        guard k > i, k < tokens.count, tokens[k].start == tokens[k - 1].end + 1, infos[k].capitalized, !isAllCaps(k),
              !isPunctuation(k), !isRole(k), !onList(k, .country), !onList(k, .region)
        else { return nil }
        return k + 1 - i
    }

    static let placeArticles: HashSet64 = HashSet64(["las", "los", "la", "el", "san", "santa", "santo", "puerto", "porto"].map(hash))

    /// The tokens of `m` before the first one `covered`, cleaned as a tagger span, if they
    /// still name something.
    private func uncoveredStart(of m: RawMention, _ covered: [Bool]) -> RawMention? {
        guard let firstCovered = (m.start..<m.end).first(where: { covered[$0] }), firstCovered > m.start else { return nil }
        let kept = refine(RawMention(start: m.start, end: firstCovered, type: m.type))
        return kept.count == 1 && !(kept[0].start..<kept[0].end).contains(where: { covered[$0] }) ? kept[0] : nil
    }

    /// `Parkinson's disease`, `Down's syndrome`: the name is the illness's, and so is the same
    /// word elsewhere in the article (`Parkinson's UK`, `the Parkinson's Foundation`), not a person's.
    private mutating func dropEponymousDiseases() {
        var illnesses = Set<UInt64>()
        for m in mentions where m.type == .person && m.end - m.start == 1 && m.end + 1 < tokens.count
            && isPossessive(m.end) && Self.illnessNouns.contains(infos[m.end + 1].lower) {
            illnesses.insert(infos[m.start].lower)
        }
        guard !illnesses.isEmpty else { return }
        mentions.removeAll { $0.type == .person && $0.end - $0.start == 1 && illnesses.contains(infos[$0.start].lower) }
    }

    static let dayHash = hash("Day")
    static let illnessNouns = HashSet64(["disease", "syndrome", "palsy", "sarcoma", "lymphoma", "disorder"].map(hash))

    /// `97th`, `1st`, `22nd`, `3rd`.
    func isOrdinal(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.end - t.start >= 3, Tokenizer.isDigit(text[t.start]) else { return false }
        var i = t.start
        while i < t.end, Tokenizer.isDigit(text[i]) { i += 1 }
        guard t.end - i == 2 else { return false }
        let suffix = String(String.UnicodeScalarView(text[i..<t.end])).lowercased()
        return ["st", "nd", "rd", "th"].contains(suffix)
    }

    /// Digits, a hyphen or dash, digits: `40-22`, `1990–1995`.
    func isNumberRange(at k: Int) -> Bool {
        func digits(_ i: Int) -> Bool {
            i < tokens.count && (tokens[i].start..<tokens[i].end).allSatisfy { Tokenizer.isDigit(text[$0]) }
        }
        return digits(k) && k + 2 < tokens.count && (isChar(k + 1, "-") || isChar(k + 1, "\u{2013}")) && digits(k + 2)
    }

    static let postNominals: HashSet64 = HashSet64(["kc", "qc", "mp", "msp", "ms", "mla", "mep", "mbe", "obe", "cbe",
        "kbe", "dbe", "frs", "phd"].map(hash))

    /// Acronyms news writes for things and ideas, which the tagger, seeing capitals, takes for
    /// organisations.
    static let acronymsForThings: HashSet64 = HashSet64([
        "ai", "agi", "gdp", "gnp", "cpi", "ipo", "ceo", "cfo", "coo", "cto", "dna", "rna", "mrna", "hiv", "aids",
        "covid", "covid-19", "sars", "gps", "tv", "pc", "vpn", "ev", "evs", "suv", "suvs", "atm", "vat", "gst",
        "ppe", "icu", "iq", "lgbt", "lgbtq", "vip", "mvp", "nft", "nfts", "gmo", "ufo", "ufos", "api", "pdf",
        "url", "usb", "cpu", "gpu", "gpus", "mri", "adhd", "ptsd", "ivf", "etf", "etfs", "esg", "hr", "pr",
        "rsvp", "diy", "faq", "ok", "q1", "q2", "q3", "q4", "h1", "h2", "5g", "4g", "lng", "co2", "icbm", "icbms",
        "wmd", "wmds", "rpg", "ied", "ieds", "dui",
    ].map(hash))

    /// Cleans a tagger span: possessive and punctuation off the end, a lower-case `the` off
    /// the start, hyphenated name parts joined (`Kim Jong-un`), titles and roles split off a
    /// person (`NASA Administrator Charles Bolden` -> ORG `NASA`, PERSON `Charles Bolden`),
    /// a capitalised `The` mid-sentence taken into an organisation (`The Seattle Times`).
    private func refine(_ m0: RawMention) -> [RawMention] {
        var m = m0
        // `MANCHESTER, England —`: a town and its country are two places, not one with a comma.
        if m.type == .place, m.end - m.start >= 3, let comma = (m.start + 1..<m.end - 1).first(where: { isChar($0, ",") }) {
            return refine(RawMention(start: m.start, end: comma, type: .place))
                + refine(RawMention(start: comma + 1, end: m.end, type: .place))
        }
        // `the Kansas City Chiefs 40-22`: a score or a range of years after a name is no part of it.
        if let k = (m.start + 1..<m.end).first(where: { isNumberRange(at: $0) }) { m.end = k }
        // `the 97th Academy Awards`: an ordinal counts the event, it does not name it.
        while m.start < m.end, isOrdinal(m.start) { m.start += 1 }
        while m.end > m.start, isPossessive(m.end - 1) || isPunctuation(m.end - 1) && text[tokens[m.end - 1].start] != "." {
            m.end -= 1
        }
        while m.start < m.end, isPunctuation(m.start) || Self.leadingFunctionWords.contains(infos[m.start].lower) { m.start += 1 }
        while m.end > m.start + 1, infos[m.end - 1].lowercaseInitial || Self.leadingFunctionWords.contains(infos[m.end - 1].lower) {
            m.end -= 1
        }
        // `Lau Siu-lai` tagged without its last syllable: the hyphen goes too, and is joined
        // back below with what follows it when that belongs to the name.
        while m.end > m.start + 1, isChar(m.end - 1, "-") { m.end -= 1 }
        // `Nonpartisan Paul Tse`: a long word opening the sentence that no list has as a name,
        // before a listed first name, describes the person.
        if m.type == .person, m.end - m.start >= 3, tokens[m.start].startsSentence, tokens[m.start].end - tokens[m.start].start >= 7,
           !onList(m.start, .firstName), !onList(m.start, .lastName), onList(m.start + 1, .firstName), infos[m.start + 1].capitalized {
            m.start += 1
        }
        // `Democrat Spearman`, `Republican Lisa Murkowski`: the party says whose side, not who.
        if m.type == .person, m.end - m.start >= 2, Self.partyWords.contains(infos[m.start].lower) { m.start += 1 }
        // `Melbourne Inman KC`, `Keir Starmer KC MP`: letters after a name are an honour or an
        // office, not the name.
        if m.type == .person {
            while m.end - m.start >= 3, Self.postNominals.contains(infos[m.end - 1].lower), isAllCaps(m.end - 1) { m.end -= 1 }
        }
        // `Justices Clarence Thomas, Samuel Alito and …`: a plural title before a list of names.
        if m.type == .person, m.end - m.start >= 3, Self.pluralTitles.contains(infos[m.start].lower) { m.start += 1 }
        guard m.start < m.end else { return [] }
        if let place = placeWithPrefix(m) { return [place] }
        while m.end + 1 < tokens.count, isChar(m.end, "-"), adjacent(m.end - 1, m.end), adjacent(m.end, m.end + 1),
              Tokenizer.isWordScalar(text[tokens[m.end + 1].start]), m.type == .person || !infos[m.end + 1].capitalized,
              !Self.compoundHeads.contains(infos[m.end + 1].lower),
              // `the Trump-Ukraine call`: a country after the hyphen makes a compound, not a name.
              !onList(m.end + 1, .country) {
            m.end += 2
        }
        if isGluedToAWord(m.start, m.end, type: m.type) { return [] }
        // A faith is a group (`Islam's holiest site`), not a person or a place.
        if m.end - m.start == 1, Self.religions.contains(infos[m.start].lower) { return [] }
        // `AI`, `GDP`, `IPO`: an acronym for a thing, not a body's name.
        if m.end - m.start == 1, Self.acronymsForThings.contains(infos[m.start].lower), isAllCaps(m.start) { return [] }
        // Initials joined by an ampersand name a company (`PG&E`, `S&P`), whatever the
        // tagger made of a word shape it rarely saw.
        if m.end - m.start == 1, hasAmpersand(m.start) { m.type = .org }
        // `CentOS`, `GitHub`, `LibrePlanet`: a capital inside a word, after no name's prefix
        // (`McCarthy`, `DeWine`, `LeBron`), is a product's or a company's way of writing; and
        // a word with digits (`H1N1`) is nobody's name.
        if m.type == .person {
            if (m.start..<m.end).contains(where: { text[tokens[$0].start..<tokens[$0].end].contains(where: Tokenizer.isDigit) }) { return [] }
            if isCamelCase(m.start) { m.type = .org }
        }
        // A lone initial (`E.` of `E. coli`) names nothing by itself.
        if m.end - m.start == 1, tokens[m.start].end - tokens[m.start].start == 2, text[tokens[m.start].start + 1] == "." {
            return []
        }
        // A name starts with a capital, a digit or is an acronym; the tagger's lower-case
        // guesses are mostly wrong on edited news.
        let first = text[tokens[m.start].start]
        if !(infos[m.start].capitalized || Tokenizer.isDigit(first)) { return [] }
        // `Manhattan District Attorney`: the title is two words.
        if m.type != .person, m.end - m.start > 1 {
            if isWord(m.end - 1, Self.districtHash), isWord(m.end, Self.attorneyHash) {
                m.end -= 1
            } else if m.end - m.start > 2, isWord(m.end - 1, Self.attorneyHash), isWord(m.end - 2, Self.districtHash) {
                m.end -= 2
            }
        }
        // `NASA Administrator`, `State Department Spokesperson`: the role is not the name.
        if m.type != .person, isRole(m.end - 1), infos[m.end - 1].capitalized {
            while m.end - m.start > 1, isRole(m.end - 1), infos[m.end - 1].capitalized { m.end -= 1 }
            // `City Councillor`, `County Commissioner`: what is left says what kind of place.
            if m.end - m.start == 1, onList(m.start, .locCue) { return [] }
        }
        // `Senate Majority Leader`: the side of the house qualifies the title, not the body.
        if m.type != .person, m.end - m.start > 1, Self.houseSides.contains(infos[m.end - 1].lower),
           m.end < tokens.count, isRole(m.end) {
            m.end -= 1
        }
        // A lone word that is mostly written lower-case (`Image`, `Space`, `In`, the `City` of
        // `City Councillor`) is rarely a name; acronyms are exempt (`US`).
        if m.end - m.start == 1, onList(m.start, .commonWord), !isAllCaps(m.start) { return [] }
        if m.type == .person, m.end - m.start == 2, isRole(m.end - 1), infos[m.end - 1].capitalized, !isRole(m.start),
           isAllCaps(m.start) || hasAmpersand(m.start) {
            // `PG&E President`, `NASA Administrator` called a person: no name ends in a role.
            m.end -= 1
            m.type = .org
        }
        // `General Motors`, `General Electric`: a well-known company whose name starts with a
        // title (which the tagger may have left out).
        if m.start > 0, isRole(m.start - 1), infos[m.start - 1].capitalized, isWellKnownOrganization(m.start - 1, m.end) {
            m.start -= 1
        }
        if m.end - m.start >= 2, isRole(m.start), isWellKnownOrganization(m.start, m.end) {
            m.type = .org
            return [m]
        }
        // `Prince George's County`, `St. John's University`: named after someone, not them.
        if m.end - m.start >= 3, infos[m.end - 1].capitalized, onList(m.end - 1, .orgCue) || onList(m.end - 1, .locCue),
           ((m.start + 1)..<(m.end - 1)).contains(where: isPossessive) {
            m.type = onList(m.end - 1, .orgCue) ? .org : .place
            return [m]
        }
        var out: [RawMention] = []
        // `Alvin Yeung of Civic Party`: a person, then the organisation they belong to.
        if m.type != .person, let of = (m.start..<m.end).first(where: { isWord($0, Self.ofHash) }),
           of - m.start == 2 || of - m.start == 3, of + 1 < m.end, startsPersonName(m.start),
           (m.start..<of).allSatisfy({ infos[$0].capitalized && !isOrgOrPlaceWord($0) && !isRole($0) }) {
            return [RawMention(start: m.start, end: of, type: .person)]
                + refine(RawMention(start: of + 1, end: m.end, type: m.type))
        }
        if m.end - m.start >= 2, let k = (m.start..<(m.end - 1)).last(where: { isRole($0) && infos[$0].capitalized || isRole($0) && $0 > m.start }),
           infos[k + 1].capitalized {
            // `Premier League`, `General Assembly`: a title and a body's word is the body, unless
            // the article names someone with that surname (`Frank Church` … `Senator Church`).
            if k + 2 == m.end, onList(k + 1, .orgCue), !onList(k + 1, .firstName),
               !onList(k + 1, .lastName) || !isSurnameOfSomeoneNamed(k + 1) {
                m.type = .org
                return [m]
            }
            // Words before the role name the organisation or place it belongs to.
            if k > m.start, !isRole(m.start) {
                out.append(contentsOf: refine(RawMention(start: m.start, end: k, type: m.type == .person ? .org : m.type)))
            }
            m = RawMention(start: k + 1, end: m.end, type: .person)
        } else if m.end - m.start == 1, isRole(m.start),
                  m.type == .person || m.type == .place || m.end < tokens.count && infos[m.end].capitalized && !isPunctuation(m.end) {
            // A title alone names nobody, and no place (`Ireland's Taoiseach,`); before a name
            // (`MP Jacob Rees-Mogg`) it is no body either.
            return []
        }
        // `Conservative leader Kemi Badenoch`: a name right after a role is its holder's.
        if m.type != .person, (2...3).contains(m.end - m.start), m.start > 0, isRole(m.start - 1),
           !Self.roleModifiers.contains(infos[m.start - 1].lower), !isWellKnownOrganization(m.start, m.end),
           (m.start..<m.end).allSatisfy(mayBeInAPersonsName) {
            m.type = .person
        }
        if m.type != .person, m.end - m.start >= 3, startsPersonName(m.end - 2) || m.end - m.start >= 4 && isCommonGivenName(m.end - 2),
           infos[m.end - 1].capitalized, !isOrgOrPlaceWord(m.end - 1) {
            // `University of Texas Arlington Amneh Jafari`, `ambassador to the United Nations
            // Nikki Haley`: a person named after an organisation.
            out.append(contentsOf: refine(RawMention(start: m.start, end: m.end - 2, type: m.type)))
            out.append(RawMention(start: m.end - 2, end: m.end, type: .person))
            return out
        }
        if m.type == .org, m.start > 1, !tokens[m.start].startsSentence, tokenText(m.start - 1) == "The",
           !tokens[m.start - 1].startsSentence, !isPunctuation(m.start - 2) || tokenText(m.start - 2) == "," {
            m.start -= 1
        }
        out.append(m)
        return out
    }

    func onList(_ i: Int, _ list: Gazetteer.List) -> Bool {
        gazetteerLists[i] & list.bit != 0
    }

    /// A first name that is not also a place or an organisation word.
    private func startsPersonName(_ i: Int) -> Bool {
        onList(i, .firstName) && infos[i].capitalized && !isOrgOrPlaceWord(i)
    }

    /// A listed first name that many children are given, nearly all of one sex (`Nikki`,
    /// though a town in Benin is called that too; not `India`, a country first).
    func isCommonGivenName(_ i: Int) -> Bool {
        onList(i, .firstName) && infos[i].capitalized && !isAllCaps(i) && !onList(i, .country) && !onList(i, .region)
            && NameGenders.shared.gender(ofLowerHash: infos[i].lower) != nil
    }

    private func isOrgOrPlaceWord(_ i: Int) -> Bool {
        onList(i, .country) || onList(i, .city) || onList(i, .region) || onList(i, .orgCue)
            || onList(i, .locCue) || onList(i, .orgSuffix) || onList(i, .demonym)
    }

    /// Whether the word at `k` also comes right after a capitalised first name in the article.
    private func isSurnameOfSomeoneNamed(_ k: Int) -> Bool {
        tokens.indices.contains { j in
            j > 0 && j != k && infos[j].lower == infos[k].lower && infos[j - 1].capitalized && onList(j - 1, .firstName)
        }
    }

    // MARK: One type per name in an article

    /// The tagger may call the same name a person in one sentence and a place in the next
    /// (`Montalvo`, `Paris`): a surname of someone named in full is a person; otherwise
    /// the type most of the name's mentions got wins.
    private mutating func reconcileTypes() {
        // An acronym of a name spelled out in the article (`USI` after `University of
        // Southern Indiana`) is whatever that name is.
        var spelledOut: [String: EntityType?] = [:]
        for m in mentions where m.end - m.start >= 2 && (m.type == .org || m.type == .place) {
            let a = initials(m.start, m.end)
            guard a.unicodeScalars.count >= 2 else { continue }
            // Two names with the same initials and different types: no evidence either way.
            if let seen = spelledOut[a], seen != m.type { spelledOut[a] = .some(nil) } else { spelledOut[a] = m.type }
        }
        for k in mentions.indices where mentions[k].end - mentions[k].start == 1 && isAllCaps(mentions[k].start) {
            let m = mentions[k]
            guard m.type == .person || m.type == .org || m.type == .place,
                  !onList(m.start, .country), !onList(m.start, .region) else { continue }
            if let t = spelledOut[tokenText(m.start).filter { $0 != "." }] ?? nil { mentions[k].type = t }
        }
        for k in mentions.indices where mentions[k].type == .place || mentions[k].type == .org {
            if looksLikeAPersonsName(mentions[k]), !isWellKnownOrganization(mentions[k].start, mentions[k].end) {
                mentions[k].type = .person
            }
        }
        // `Rep. Brad Wenstrup, R-Ohio,`: the state of a party label.
        for k in mentions.indices where mentions[k].type == .person && mentions[k].start >= 2 {
            let m = mentions[k]
            if isChar(m.start - 1, "-"), adjacent(m.start - 2, m.start - 1), adjacent(m.start - 1, m.start),
               isChar(m.start - 2, "R") || isChar(m.start - 2, "D") || isChar(m.start - 2, "I"),
               gazetteerLists[m.start] & (Gazetteer.List.region.bit | Gazetteer.List.city.bit) != 0 {
                mentions[k].type = .place
            }
        }
        // Buildings and sites are places (`Kennedy Space Center`, `Museum of Flight`).
        for k in mentions.indices where mentions[k].end - mentions[k].start >= 2 {
            let m = mentions[k]
            if m.type == .person {
                if Self.unmistakableFacilityWords.contains(infos[m.end - 1].lower) { mentions[k].type = .place }
                continue
            }
            // `Stuart Hall`, `Shirley Temple`: a given name and a surname that is also a building's word.
            if m.type == .org || m.type == .place, m.end - m.start == 2, isCommonGivenName(m.start), onList(m.start + 1, .lastName),
               Self.surnameFacilityWords.contains(infos[m.start + 1].lower) {
                mentions[k].type = .person
                continue
            }
            if m.type == .org, Self.facilityWords.contains(infos[m.end - 1].lower)
                || m.end - m.start >= 3 && isWord(m.start + 1, Self.ofHash) && Self.facilityWords.contains(infos[m.start].lower) {
                mentions[k].type = .place
            }
        }
        var surnames = Set<String>()
        var votes: [String: TypeVotes] = [:]
        for m in mentions where m.type == .person && m.end - m.start >= 2 { surnames.insert(tokenText(m.end - 1)) }
        for m in mentions where m.type == .person || m.type == .org || m.type == .place {
            let s = string(m.start, m.end)
            // A lone word the tagger calls a person, after `in`, `into` or `near` and with no
            // full name to be the surname of, is more likely a place (`pilgrims arrive in Mecca`).
            if m.type == .person, m.end - m.start == 1, m.start > 0, Self.placePrepositions.contains(infos[m.start - 1].lower),
               !surnames.contains(s) {
                votes[s, default: TypeVotes()][.place] += 2
                continue
            }
            votes[s, default: TypeVotes()][m.type] += 1
        }
        for k in mentions.indices {
            let m = mentions[k]
            guard m.type == .person || m.type == .org || m.type == .place else { continue }
            let s = string(m.start, m.end)
            if m.end - m.start == 1, surnames.contains(s) {
                mentions[k].type = .person
                continue
            }
            // A tie goes one way too, so the name is listed once, in one colour: a country
            // or region to place (`deals with Albania and France` beside `France's
            // minister`), anything else to the first type by raw value.
            guard let v = votes[s] else { continue }
            let best = v[.place] == v.best.votes && (onList(m.start, .country) || onList(m.start, .region)) ? EntityType.place : v.best.type
            if best != m.type, v[best] >= v[m.type] { mentions[k].type = best }
        }
    }

    /// `Jordan Ellis` … `Jordan's mother`: a place's name standing alone that is the given
    /// name of someone named in full is them, unless written as a place (`in Jordan`, `the
    /// king of Jordan`).
    private mutating func givenNamesStandingAlone() {
        var givenNames = Set<UInt64>()
        for m in mentions where m.type == .person && m.end - m.start >= 2 && onList(m.start, .firstName) {
            givenNames.insert(infos[m.start].lower)
        }
        guard !givenNames.isEmpty else { return }
        for k in mentions.indices where mentions[k].type == .place || mentions[k].type == .org {
            let m = mentions[k]
            guard m.end - m.start == 1, givenNames.contains(infos[m.start].lower), !isAllCaps(m.start) else { continue }
            if m.start > 0, Self.placePrepositions.contains(infos[m.start - 1].lower) || Self.placeMarkers.contains(infos[m.start - 1].lower) {
                continue
            }
            mentions[k].type = .person
        }
    }

    /// `Los Angeles Lakers`, `Chicago Bulls`: a listed place's name and then a plural that no
    /// list but the common words knows is a team, not the place; not a place whose own
    /// listed name ends in a plural (`United States`, `Los Angeles`).
    mutating func teamsNamedForPlaces(gazetteer: Gazetteer) {
        var isSportsReport: Bool?
        for k in mentions.indices where mentions[k].type == .place {
            if isTeamName(mentions[k], gazetteer) { mentions[k].type = .org; continue }
            // `Davao City`, `Melbourne City's Lord Mayor`: a city's formal name outside sport.
            if isClubName(mentions[k], gazetteer) {
                if isSportsReport == nil { isSportsReport = reportsAMatch() }
                if isSportsReport! { mentions[k].type = .org }
            }
        }
        // `Tottenham boss Ange Postecoglou` after `Tottenham Hotspur`: in a match report, a
        // town's name alone that opens a club's name found in the article is the club.
        let clubs = mentions.filter { $0.type == .org && $0.end - $0.start >= 2 && gazetteerLists[$0.start] & Self.placeLists != 0
            && (Self.clubWords.contains(infos[$0.end - 1].lower) || isWellKnownOrganization($0.start, $0.end)) }
        guard !clubs.isEmpty else { return }
        for k in mentions.indices where mentions[k].type == .place && mentions[k].end - mentions[k].start == 1
            && !onList(mentions[k].start, .country) && !onList(mentions[k].start, .region)
            && clubs.contains(where: { infos[$0.start].lower == infos[mentions[k].start].lower }) {
            if isSportsReport == nil { isSportsReport = reportsAMatch() }
            guard isSportsReport! else { return }
            mentions[k].type = .org
        }
    }

    /// Whether the article gives a score (`3-0`) and talks of a league, a match or a season
    /// (not only of a `goal` or a `club`, as politics does).
    private func reportsAMatch() -> Bool {
        tokens.indices.contains { isScore($0) } && tokens.indices.contains { Self.sportsWords.contains(infos[$0].lower) }
    }

    static let sportsWords: HashSet64 = HashSet64(["league", "match", "season", "coach", "scored", "striker",
                                                   "midfielder", "goalkeeper", "cup", "fixture", "derby", "defeat",
                                                   "draw", "penalty", "relegation", "playoff", "playoffs", "touchdown",
                                                   "innings", "semi-final", "quarter-final"].map(hash))

    private func isTeamName(_ m: RawMention, _ gazetteer: Gazetteer) -> Bool {
        let last = m.end - 1, length = m.end - m.start
        guard length >= 2, length <= Gazetteer.maxWords, gazetteerLists[m.start] & Self.placeLists != 0, infos[last].capitalized,
              gazetteerLists[last] & ~Gazetteer.List.commonWord.bit == 0, !isAllCaps(last), tokens[last].end - tokens[last].start >= 4,
              !Self.landformPlurals.contains(infos[last].lower) else { return false }
        let word = text[tokens[last].start..<tokens[last].end]
        guard word.last == "s", word.dropLast().last != "s", word.allSatisfy(Tokenizer.isLetter) else { return false }
        return isPlaceAndMore(m, gazetteer)
    }

    /// `Manchester City`, `Leicester City`, `Bolton Wanderers`: a listed place and a word clubs
    /// are named with; not a place listed under the whole name (`Mexico City`, `Kansas City`).
    private func isClubName(_ m: RawMention, _ gazetteer: Gazetteer) -> Bool {
        m.end - m.start >= 2 && m.end - m.start <= Gazetteer.maxWords && gazetteerLists[m.start] & Self.placeLists != 0
            && infos[m.end - 1].capitalized && Self.clubWords.contains(infos[m.end - 1].lower) && isPlaceAndMore(m, gazetteer)
    }

    /// Whether the words but the last are a listed place and all of them are not.
    private func isPlaceAndMore(_ m: RawMention, _ gazetteer: Gazetteer) -> Bool {
        let length = m.end - m.start
        var placeBefore = false, placeWhole = false
        gazetteer.walkPhrases(limit: length, word: { infos[m.start + $0].lower }) { n, f in
            if f & Self.placeLists != 0 {
                if n == length - 1 { placeBefore = true } else if n == length { placeWhole = true }
            }
        }
        return placeBefore && !placeWhole
    }

    static let clubWords: HashSet64 = HashSet64(["city", "united", "rovers", "athletic", "wanderers", "albion",
                                                  "hotspur", "fc", "rangers", "celtic"].map(hash))

    /// Plurals that name land, not a team (`Florida Keys`, `Scottish Highlands`).
    static let landformPlurals: HashSet64 = HashSet64(["keys", "highlands", "lowlands", "midlands", "plains", "everglades",
                                                       "dunes", "glades", "flats", "narrows", "rockies", "alps"].map(hash))

    /// A lone word called a person but written before its country or state (`near Mecca,
    /// Saudi Arabia`) is a place, wherever the article names it; not the surname of a
    /// person named in full (`Paxton, Texas's attorney general`).
    private mutating func placesBeforeTheirCountry() {
        var surnames = Set<UInt64>()
        for m in mentions where m.type == .person && m.end - m.start >= 2 { surnames.insert(infos[m.end - 1].lower) }
        var places = Set<UInt64>()
        for m in mentions where m.type == .person && m.end - m.start == 1 && !surnames.contains(infos[m.start].lower) {
            if isChar(m.end, ","), m.end + 1 < tokens.count, infos[m.end + 1].capitalized,
               onList(m.end + 1, .country) || onList(m.end + 1, .region) {
                places.insert(infos[m.start].lower)
            }
        }
        guard !places.isEmpty else { return }
        for k in mentions.indices where mentions[k].type == .person && mentions[k].end - mentions[k].start == 1
            && places.contains(infos[mentions[k].start].lower) {
            mentions[k].type = .place
        }
    }

    /// Votes for a name's type among person, organisation and place (a struct, not a
    /// `[EntityType: Int]`: that hashed the types' raw-value Strings).
    struct TypeVotes {
        private var counts = (org: 0, person: 0, place: 0)

        subscript(_ t: EntityType) -> Int {
            get { t == .org ? counts.org : t == .person ? counts.person : t == .place ? counts.place : 0 }
            set {
                switch t {
                case .org: counts.org = newValue
                case .person: counts.person = newValue
                case .place: counts.place = newValue
                default: break
                }
            }
        }

        /// The type with the most votes; on a tie the first by raw value (ORG, PERSON,
        /// PLACE), as `max` over the dictionary's (votes, raw value) pairs chose.
        var best: (type: EntityType, votes: Int) {
            var b: (type: EntityType, votes: Int) = (.org, counts.org)
            if counts.person > b.votes { b = (.person, counts.person) }
            if counts.place > b.votes { b = (.place, counts.place) }
            return b
        }
    }

    /// `Jessica Anderson` (a common first name, then a capitalised word that names no kind
    /// of place or organisation) or `Lam Cheuk-ting` (a hyphenated lower-case given name).
    private func looksLikeAPersonsName(_ m: RawMention) -> Bool {
        let n = m.end - m.start
        // Many surnames are also towns (`Anderson`, `Wai`): only kinds-of-place words count against.
        func nameLike(_ i: Int) -> Bool {
            infos[i].capitalized && !onList(i, .orgCue) && !onList(i, .locCue) && !onList(i, .orgSuffix)
                && !onList(i, .country) && !onList(i, .region) && !onList(i, .demonym)
                && !Self.facilityWords.contains(infos[i].lower)
        }
        if n >= 4, n <= 5, isChar(m.end - 2, "-"), infos[m.end - 1].lowercaseInitial,
           (m.start..<(m.end - 2)).allSatisfy(nameLike) {
            return true
        }
        // A first name that is also a town (`Regina Ip`, `Nancy Pelosi`) starts a person's
        // name too when a listed surname follows, or, after a first name many are given, a
        // word no list knows (not a plural a team is called by, `Charlotte Hornets`); not a
        // big city's (`London Marathon`).
        let cityFirstName = onList(m.start, .firstName) && onList(m.start, .city) && !onList(m.start, .bigCity)
            && nameLike(m.start) && !onList(m.end - 1, .city)
            && (onList(m.end - 1, .lastName) || n == 2 && isCommonGivenName(m.start) && gazetteerLists[m.end - 1] == 0
                && (m.type == .place || text[tokens[m.end - 1].end - 1] != "s"))
        // `Alexandria Ocasio-Cortez`: a double-barrelled surname counts as one word, and after a
        // given name it is a person's even when that name is a city's too.
        let doubleBarrelled = n == 4 && isChar(m.start + 2, "-") && adjacent(m.start + 1, m.start + 2) && adjacent(m.start + 2, m.start + 3)
            && infos[m.start + 3].capitalized
        guard n == 2 || n == 3 || doubleBarrelled,
              startsPersonName(m.start) || cityFirstName || doubleBarrelled && onList(m.start, .firstName) && !onList(m.start, .country),
              !onList(m.start, .commonWord),
              !Self.compassWords.contains(infos[m.start].lower) else { return false }
        return (m.start + 1..<m.end).allSatisfy { doubleBarrelled && $0 == m.start + 2 || nameLike($0) && !onList($0, .commonWord) }
    }

    // MARK: Countries as actors

    /// Verbs after which a country is an actor (a government or a team), which the GUM
    /// guidelines (and the news benchmarks that follow them) call an organisation.
    static let agentVerbs: Set<String> = [
        "said", "says", "stated", "announced", "fired", "evacuated", "defeated", "faced", "beat",
        "lost", "won", "drew", "scored", "led", "opened", "threatened", "warned", "accused",
        "agreed", "signed", "condemned", "rejected", "launched", "attacked", "responded",
        "denied", "claimed", "demanded", "refused", "vowed", "insisted", "imposed", "retaliated",
        "urged", "criticised", "criticized", "recognized", "recognised", "declared", "invaded",
        "sanctioned", "deployed", "withdrew", "pledged", "offered", "proposed", "ordered",
        "wants", "plans", "hopes", "expelled", "summoned", "protested", "blamed", "vetoed",
        "voted", "ratified", "banned", "arrested", "executed", "tested", "conducted", "struck",
        "bombed", "shelled", "captured", "seized", "sent", "asked", "called", "told", "confirmed",
        "will", "would", "must", "should",
    ]
    static let destinationWords: Set<String> = ["to", "into", "in", "from", "of", "at", "for", "on", "toward", "towards"]
    static let opponentWords: Set<String> = ["defeated", "beat", "faced", "against", "versus", "vs", "vs.", "played"]

    /// A country that acts (`North Korea fired ...`, `Sweden defeated South Korea`) is an
    /// organisation, not a place; so is a town that plays as a side in a match (`drew 1-1 with
    /// Chelsea`).
    private mutating func countriesActingAsOrganizations(gazetteer: Gazetteer, covered: inout [Bool]) {
        let countryBit = Gazetteer.List.country.bit
        var actors: [String: Int] = [:]
        var isSportsReport: Bool?
        for k in mentions.indices where mentions[k].type == .place {
            let m = mentions[k]
            guard m.end - m.start <= 3 else { continue }
            let flags = gazetteer.flags(ofPhrase: Gazetteer.phraseHash(infos[m.start..<m.end].lazy.map(\.lower)))
            let next = m.end < tokens.count ? tokenText(m.end).lowercased() : ""
            let before = m.start > 0 ? tokenText(m.start - 1).lowercased() : ""
            // (Not the place something goes to: `the deployment to Haiti would go ahead`.)
            var acts = flags & countryBit != 0
                ? Self.agentVerbs.contains(next) && !Self.destinationWords.contains(before) || Self.opponentWords.contains(before)
                : isTeamInAMatch(m, next: next, before: before)
            // `Liverpool boss Arne Slot`, `Leeds fans`: in a match report, a town before a
            // side's people is the side.
            if !acts, Self.sidesPeople.contains(next) {
                if isSportsReport == nil { isSportsReport = reportsAMatch() }
                acts = isSportsReport!
            }
            if acts {
                mentions[k].type = .org
                actors[string(m.start, m.end), default: 0] += 1
            }
        }
        // `Environment Canada`, `Team Estonia`: an ordinary capitalised word before a country
        // in mid-sentence makes an organisation's name.
        for k in mentions.indices where mentions[k].type == .place && mentions[k].start > 0 {
            let m = mentions[k], w = m.start - 1
            guard !tokens[m.start].startsSentence, !tokens[w].startsSentence, infos[w].capitalized, onList(w, .commonWord),
                  !isRole(w), !onList(w, .title), !onList(w, .demonym), !Self.leadingFunctionWords.contains(infos[w].lower),
                  !Self.directionWords.contains(infos[w].lower), !covered[w] else { continue }
            let flags = gazetteer.flags(ofPhrase: Gazetteer.phraseHash(infos[m.start..<m.end].lazy.map(\.lower)))
            guard flags & countryBit != 0 else { continue }
            covered[w] = true
            mentions[k].start = w
            mentions[k].type = .org
        }
        // A country that acts twice in an article is an actor all through it (a team in a
        // match report, a government in a diplomatic row).
        for k in mentions.indices where mentions[k].type == .place {
            if let n = actors[string(mentions[k].start, mentions[k].end)], n >= 2 { mentions[k].type = .org }
        }
    }

    /// A town or district named as a side in a match (`Chelsea beat Spurs`, `drew 1-1 with
    /// Chelsea`, `lost 2-0 to Burnley`); fewer cues than a country's, since a town that
    /// `said` or `played` is more often its council or a venue.
    private func isTeamInAMatch(_ m: RawMention, next: String, before: String) -> Bool {
        if Self.matchVerbs.contains(next) || Self.matchOpponentWords.contains(before) { return true }
        if next == "won" || next == "lost" { return m.end + 1 < tokens.count && isScore(m.end + 1) }
        return Self.scoreLinks.contains(before) && m.start >= 4 && isScore(m.start - 4)
    }

    /// A score, `3-0` or `1–1`, starting at token `k`.
    private func isScore(_ k: Int) -> Bool {
        guard k + 2 < tokens.count, (isChar(k + 1, "-") || isChar(k + 1, "–")), adjacent(k, k + 1), adjacent(k + 1, k + 2)
        else { return false }
        // (One or two digits a side: `2019-20` is a season, `1-800` a phone number.)
        return [k, k + 2].allSatisfy { i in
            tokens[i].end - tokens[i].start <= 2 && text[tokens[i].start..<tokens[i].end].allSatisfy(Tokenizer.isDigit)
        }
    }

    static let sidesPeople: Set<String> = [
        "boss", "manager", "coach", "captain", "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger",
        "forward", "fans", "supporters", "squad", "players", "player", "skipper",
    ]
    static let matchVerbs: Set<String> = ["beat", "defeated", "drew", "thrashed", "edged", "routed", "hammered"]
    static let matchOpponentWords: Set<String> = ["beat", "defeated", "versus", "vs", "vs.", "thrashed", "edged"]
    static let scoreLinks: Set<String> = ["with", "to", "against", "over", "at"]

    // MARK: Acronyms

    /// Initials of the capitalised words of a name (`Immigration and Customs Enforcement`
    /// -> `ICE`).
    func initials(_ start: Int, _ end: Int) -> String {
        var s = String.UnicodeScalarView()
        for i in start..<end where infos[i].capitalized {
            s.append(text[tokens[i].start])
        }
        return String(s)
    }

    /// `Long Name (ACR)`: the acronym becomes a mention of the same type, expanding to the
    /// long name.
    private mutating func defineAcronyms(_ covered: inout [Bool]) {
        findSpelledOutAcronyms(&covered)
        let count = mentions.count
        var byStart: [Int: Int] = [:]
        for (k, m) in mentions.enumerated() { byStart[m.start] = k }
        for k in 0..<count {
            let m = mentions[k]
            // `WWE (World Wrestling Entertainment)`
            if m.type == .org || m.type == .place, m.start >= 2,
               let span = spelledOutAfter(acronymAt: m.start - 2), span == (m.start, m.end) {
                let a = m.start - 2
                if let existing = byStart[a], mentions[existing].end == a + 1 {
                    mentions[existing].type = m.type
                    mentions[existing].expands = m.start
                } else if !covered[a] {
                    covered[a] = true
                    mentions.append(RawMention(start: a, end: a + 1, type: m.type, expands: m.start))
                }
                continue
            }
            guard m.type == .org || m.type == .place || m.type == .person, m.end + 2 < tokens.count,
                  isChar(m.end, "("), isChar(m.end + 2, ")"), isAllCaps(m.end + 1) else { continue }
            let acronym = tokenText(m.end + 1).filter { $0 != "." }
            guard acronym == initials(m.start, m.end) || acronym.count >= 2 && initials(m.start, m.end).hasPrefix(acronym)
                    || Self.looseInitialsMatch(acronym, words: (m.start..<m.end).map(tokenText)) else { continue }
            let a = m.end + 1
            if let existing = byStart[a] {
                mentions[existing].type = m.type
                mentions[existing].expands = m.start
            } else if !covered[a] {
                covered[a] = true
                mentions.append(RawMention(start: a, end: a + 1, type: m.type, expands: m.start))
            }
        }
    }

    /// `DRM (digital rights management)`, `gross domestic product (GDP)`: the article spells
    /// the acronym out in common words, so it means that here, whatever it stands for elsewhere.
    func isSpelledOutInLowerCase(_ m: RawMention) -> Bool {
        guard m.end - m.start == 1 else { return false }
        let letters = Array(tokenText(m.start).lowercased().unicodeScalars.filter { $0 != "." })
        func spells(_ words: Range<Int>) -> Bool {
            let initials = words.filter { !Self.acronymFillers.contains(infos[$0].lower) || words.count == letters.count }
                .map { text[tokens[$0].start] }
            return initials.count == letters.count && words.allSatisfy { infos[$0].lowercaseInitial }
                && zip(initials, letters).allSatisfy { $0.properties.lowercaseMapping == String($1) }
        }
        // `DRM (digital rights management`: the words after the bracket up to its close or a comma.
        if isChar(m.end, "(") {
            var e = m.end + 1
            while e < tokens.count, e - m.end <= letters.count + 3, !isPunctuation(e) { e += 1 }
            if e > m.end + 1, spells((m.end + 1)..<e) { return true }
        }
        // `gross domestic product (GDP)`
        if m.start >= 2, isChar(m.start - 1, "("), isChar(m.end, ")") {
            for n in letters.count...(letters.count + 2) where m.start - 1 - n >= 0 && spells((m.start - 1 - n)..<(m.start - 1)) {
                return true
            }
        }
        return false
    }

    static let acronymFillers: HashSet64 = HashSet64(["of", "and", "the", "for", "on", "in", "&"].map(hash))

    /// `pro-Beijing`, `anti-Trump`, `Seattle-based`: a word built on a name, not a mention
    /// of it (one token in the annotation the evaluations follow).
    /// (A person's name may go on with a hyphen, `Lam Cheuk-ting`, but not into `Trump-backed`.)
    private func isGluedToAWord(_ start: Int, _ end: Int, type: EntityType) -> Bool {
        if start >= 2, isChar(start - 1, "-"), adjacent(start - 2, start - 1), adjacent(start - 1, start),
           infos[start - 2].lowercaseInitial { return true }
        if end + 1 < tokens.count, isChar(end, "-"), adjacent(end - 1, end), adjacent(end, end + 1),
           infos[end + 1].lowercaseInitial, type != .person || Self.compoundHeads.contains(infos[end + 1].lower) { return true }
        return false
    }

    static let facilityWords: HashSet64 = HashSet64(["Airport", "Arena", "Base", "Bridge", "Hall",
        "Hotel", "Mosque", "Stadium", "Station", "Museum", "Square", "Tower", "Palace", "Cathedral", "Temple",
        "Castle", "Prison", "Terminal", "Pad", "Observatory", "Market", "Mall"].map(hash))
    /// Facility words no one has as a surname (unlike `Hall`, `Temple`, `Castle`): a name
    /// ending in one is a place even when it starts like a person's (`Reagan National Airport`).
    static let unmistakableFacilityWords: HashSet64 = HashSet64(["Airport", "Arena", "Stadium", "Station",
        "Museum", "Hotel", "Mosque", "Cathedral", "Terminal", "Observatory", "Mall", "Prison"].map(hash))
    static let surnameFacilityWords: HashSet64 = HashSet64(["Hall", "Temple", "Castle", "Tower"].map(hash))
    /// Words before a place's name that a person's seldom follows.
    static let placeMarkers: HashSet64 = HashSet64(["of", "to", "from", "at", "visit", "visited", "across"].map(hash))
    static let houseSides: HashSet64 = HashSet64(["majority", "minority"].map(hash))
    static let ofHash = hash("of")
    static let attorneyHash = hash("attorney"), districtHash = hash("district")
    /// (Not `to`: `according to Trump`, `wrote to Smith`.)
    static let placePrepositions: HashSet64 = HashSet64(["in", "into", "near", "across", "throughout", "outside",
                                                     "inside"].map(hash))
    static let directionWords: HashSet64 = HashSet64(["North", "South", "East", "West", "Northern", "Southern", "Eastern",
        "Western", "Central", "Greater", "Upper", "Lower", "New", "Old", "Democratic", "Republic"].map(hash))

    /// Words that open a sentence, never a name (`In the New Territories ...`).
    static let leadingFunctionWords: HashSet64 = HashSet64(["the", "in", "on", "at", "a", "an", "for", "but", "and", "if", "when",
        "while", "after", "before", "as", "by", "with", "from", "to", "of", "this", "that", "these", "those", "it",
        "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "its", "during", "since", "although",
        "because", "under", "over", "between", "according", "across", "through", "within", "without", "towards",
        "toward", "against", "around", "about", "into", "onto", "upon", "via", "throughout", "beyond"].map(hash))

    static let nameJoinerHashes: HashSet64 = HashSet64(["of", "and", "for", "the", "on", "&", "de", "in"].map(hash))

    /// `Immigration and Customs Enforcement (ICE)` names an organisation even when the
    /// tagger missed it: the capitalised words before a bracketed acronym that spells their
    /// initials become a mention (replacing any tagger pieces inside).
    private mutating func findSpelledOutAcronyms(_ covered: inout [Bool]) {
        // Which mention covers each token, so every check below is constant time.
        var owner = [Int](repeating: -1, count: tokens.count)
        for (k, m) in mentions.enumerated() { for t in m.start..<m.end { owner[t] = k } }
        var dropped = Set<Int>()
        var added: [RawMention] = []
        var i = 0
        while i + 1 < tokens.count {
            defer { i += 1 }
            guard let (s, end) = spelledOutBefore(acronymAt: i) ?? spelledOutAfter(acronymAt: i) else { continue }
            if owner[s] >= 0, mentions[owner[s]].start == s, mentions[owner[s]].end == end { continue }
            // A mention reaching across either edge: leave the tagger's reading alone.
            if owner[s] >= 0 && mentions[owner[s]].start < s || owner[end - 1] >= 0 && mentions[owner[end - 1]].end > end { continue }
            var type = EntityType.org
            var inside = Set<Int>()
            for t in s..<end where owner[t] >= 0 { inside.insert(owner[t]) }
            if let first = inside.sorted().first(where: { mentions[$0].type == .org || mentions[$0].type == .place }) {
                type = mentions[first].type
            }
            dropped.formUnion(inside)
            added.append(RawMention(start: s, end: end, type: type))
            for k in s..<end { covered[k] = true }
        }
        guard !added.isEmpty else { return }
        mentions = mentions.enumerated().filter { !dropped.contains($0.offset) }.map(\.element) + added
        mentions.sort { $0.start < $1.start }
    }

    /// `MP (Member of Parliament)`, `MVP (Most Valuable Player)`: a role spelled out, not a body.
    static let spelledOutRoles: HashSet64 = {
        var roles = jobHashes
        for w in ["member", "members"] { roles.insert(hash(w)) }
        return roles
    }()

    /// `Immigration and Customs Enforcement (ICE)`: the words spelling out the bracketed
    /// acronym at `i`, if any.
    private func spelledOutBefore(acronymAt i: Int) -> (Int, Int)? {
        guard i >= 2, isChar(i - 1, "("), isChar(i + 1, ")"), isAllCaps(i) else { return nil }
        let acronym = tokenText(i).filter { $0 != "." }
        var start = i - 1
        var best: Int?
        while start > 0, i - 1 - start < 12 {
            let w = start - 1
            if infos[w].capitalized { start = w } else if Self.nameJoinerHashes.contains(infos[w].lower) { start = w } else { break }
            if infos[start].capitalized, initials(start, i - 1) == acronym { best = start }
            if tokens[start].startsSentence { break }
        }
        guard let s = best, i - 1 - s >= 2 else { return nil }
        return (s, i - 1)
    }

    /// `WWE (World Wrestling Entertainment)`: the bracketed words after the acronym at `i`
    /// that spell it out, if any.
    func spelledOutAfter(acronymAt i: Int) -> (Int, Int)? {
        guard i + 4 < tokens.count, isChar(i + 1, "("), infos[i + 2].capitalized, isAllCaps(i) else { return nil }
        var end = i + 2
        while end < tokens.count, end - i < 14, infos[end].capitalized || Self.nameJoinerHashes.contains(infos[end].lower) {
            end += 1
        }
        guard end - (i + 2) >= 2, isChar(end, ")"), infos[end - 1].capitalized,
              !Self.spelledOutRoles.contains(infos[end - 1].lower), !Self.spelledOutRoles.contains(infos[i + 2].lower),
              initials(i + 2, end) == tokenText(i).filter({ $0 != "." }) else { return nil }
        return (i + 2, end)
    }

    /// `NASA` for `National Aeronautics and Space Administration`: the acronym's letters
    /// appear in order as word starts or inside words, its first letter starting the name.
    static func looseInitialsMatch(_ acronym: String, words: [String]) -> Bool {
        let a = Array(acronym.lowercased())
        let w = words.joined(separator: " ").lowercased()
        guard let first = a.first, w.first == first, a.count >= 2 else { return false }
        var ai = 1
        for c in w.dropFirst() where ai < a.count && c == a[ai] { ai += 1 }
        return ai == a.count && a.count <= words.count * 2
    }

    // MARK: Spreading names across the article

    /// `ProPublica` written `Propublica`: same letters, capital first.
    static func sameName(_ a: String, _ b: String) -> Bool {
        // Native strings: the ASCII test on their bytes in place (the generic walk over
        // `utf8` below costs ~1,000 instructions a call, and propagation makes many).
        if let r = a.utf8.withContiguousStorageIfAvailable({ x in
            b.utf8.withContiguousStorageIfAvailable({ y in sameASCIIName(x, y) }) ?? nil
        }) ?? nil {
            return r
        }
        if a.utf8.allSatisfy({ $0 < 0x80 }) && b.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: the same test on bytes (a capital first, equal but for case).
            guard let f = a.utf8.first, a.utf8.count == b.utf8.count else { return a.isEmpty && b.isEmpty }
            if a.utf8.elementsEqual(b.utf8) { return true }
            guard f >= 0x41 && f <= 0x5A else { return false }
            return a.utf8.elementsEqual(b.utf8) { x, y in
                (x >= 0x41 && x <= 0x5A ? x | 0x20 : x) == (y >= 0x41 && y <= 0x5A ? y | 0x20 : y)
            }
        }
        return a == b || a.first?.isUppercase == true && a.count == b.count && a.lowercased() == b.lowercased()
    }

    /// `sameName` of two ASCII names given as bytes; nil when either is not ASCII.
    private static func sameASCIIName(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        for x in a where x >= 0x80 { return nil }
        for y in b where y >= 0x80 { return nil }
        guard let f = a.first, a.count == b.count else { return a.isEmpty && b.isEmpty }
        if a.elementsEqual(b) { return true }
        guard f >= 0x41 && f <= 0x5A else { return false }
        return a.elementsEqual(b) { x, y in
            (x >= 0x41 && x <= 0x5A ? x | 0x20 : x) == (y >= 0x41 && y <= 0x5A ? y | 0x20 : y)
        }
    }

    /// A mention written like a well-known organisation is one (`Pentagon`, `Gizmodo`).
    private mutating func applyWellKnownNames(_ covered: inout [Bool]) {
        for k in mentions.indices where mentions[k].type == .person || mentions[k].type == .place {
            if isWellKnownOrganization(mentions[k].start, mentions[k].end) { mentions[k].type = .org }
        }
        // `Manchester United sacked …`, which the tagger cut to the place `Manchester`: a name it
        // found that a well-known one runs on from, through words no other name holds or
        // through whole names it found there (`Toronto` and a person `Maple Leafs`).
        var absorbed: [Int] = []
        for k in mentions.indices where [.person, .place, .org, .group].contains(mentions[k].type) && absorbed.last.map({ $0 < k }) ?? true {
            let m = mentions[k]
            guard let candidates = WellKnownOrganizations.byFirstWord[infos[m.start].lower] else { continue }
            for c in candidates where c.length > m.end - m.start && m.start + c.length <= tokens.count {
                let end = m.start + c.length
                guard !(m.end..<end).contains(where: { tokens[$0].startsSentence }),
                      end == tokens.count || !infos[end].capitalized || isPunctuation(end),
                      Self.sameName(string(m.start, end), c.name) else { continue }
                var next = k + 1
                while next < mentions.count, mentions[next].start < end { next += 1 }
                guard next == k + 1 || mentions[next - 1].end <= end,
                      (k + 1..<next).allSatisfy({ [.person, .place, .org, .group].contains(mentions[$0].type) }) else { continue }
                absorbed.append(contentsOf: k + 1..<next)
                for t in m.start..<end { covered[t] = true }
                mentions[k].end = end
                mentions[k].type = .org
                break
            }
        }
        for k in absorbed.reversed() { mentions.remove(at: k) }
        wellKnownNamesAroundAName(&covered)
    }

    /// `The far-right Alternative for Germany (AfD)`, where the tagger found only the place: a
    /// well-known name of two or more words, opening on a word no name holds, over whole
    /// names found inside it.
    private mutating func wellKnownNamesAroundAName(_ covered: inout [Bool]) {
        var found: [RawMention] = []
        var i = 0
        while i < tokens.count {
            defer { i += 1 }
            // (Not from a `The` the tagger left out: `Globe and Mail` is the name's span.)
            guard !covered[i], infos[i].capitalized, infos[i].lower != Self.theHash,
                  WellKnownOrganizations.firstWords.contains(infos[i].lower),
                  let candidates = WellKnownOrganizations.byFirstWord[infos[i].lower] else { continue }
            for c in candidates where c.length >= 2 && i + c.length <= tokens.count {
                let end = i + c.length
                guard (i + 1..<end).contains(where: { covered[$0] }),
                      !(i + 1..<end).contains(where: { tokens[$0].startsSentence }),
                      end == tokens.count || !infos[end].capitalized || isPunctuation(end),
                      Self.sameName(string(i, end), c.name),
                      // Only whole names inside it, and nothing else the rules found (a date).
                      (i + 1..<end).allSatisfy({ t in !covered[t] || mentions.contains { $0.start <= t && t < $0.end
                          && $0.start > i && $0.end <= end && [.person, .place, .org, .group].contains($0.type) } })
                else { continue }
                found.append(RawMention(start: i, end: end, type: .org))
                i = end - 1
                break
            }
        }
        guard !found.isEmpty else { return }
        mentions.removeAll { m in found.contains { $0.start <= m.start && m.end <= $0.end } }
        for m in found { for t in m.start..<m.end { covered[t] = true } }
        mentions += found
        mentions.sort { $0.start < $1.start }
    }

    func isWellKnownOrganization(_ start: Int, _ end: Int) -> Bool {
        guard let candidates = WellKnownOrganizations.byFirstWord[infos[start].lower] else { return false }
        let text = string(start, end)
        return candidates.contains(where: { $0.length == end - start && Self.sameName(text, $0.name) })
    }

    /// Names found once are names everywhere in the article: the same words elsewhere (or
    /// a person's surname) get the same type, when they stand alone: not inside a longer
    /// run of capitalised words (`Space` in an untagged `Johnson Space Center`), though a
    /// title or an ordinary sentence-opening word may sit beside them (`Some Microsoft
    /// employees`, `Microsoft President Brad Smith`). Well-known organisations and
    /// countries or states standing alone are found the same way.
    private mutating func propagate(_ covered: inout [Bool], gazetteer models: Gazetteer) {
        var known: [String: EntityType] = [:]
        var byFirstWord: [UInt64: [Int]] = [:]  // first token's lower-case hash -> name lengths
        var firstWords = HashSet64()  // its keys, asked first (no Dictionary hashing for most tokens)
        func learn(_ name: String, _ first: UInt64, _ length: Int, _ type: EntityType) {
            guard length <= 6, known[name] == nil else { return }
            known[name] = type
            firstWords.insert(first)
            // Distinct lengths only (at most six), so each token costs a bounded number
            // of look-ups however many names the article has.
            if !(byFirstWord[first]?.contains(length) ?? false) { byFirstWord[first, default: []].append(length) }
        }
        for m in mentions where m.type == .person || m.type == .org || m.type == .place {
            learn(string(m.start, m.end), infos[m.start].lower, m.end - m.start, m.type)
            if m.type == .person, m.end - m.start >= 2, infos[m.end - 1].capitalized {
                learn(tokenText(m.end - 1), infos[m.end - 1].lower, 1, .person)
            }
        }
        for k in byFirstWord.keys { byFirstWord[k]!.sort(by: >) }
        func freeNeighbour(_ k: Int) -> Bool {
            k < 0 || k >= tokens.count || !infos[k].capitalized || isRole(k)
                || onList(k, .commonWord) && !isAllCaps(k) || onList(k, .title)
        }
        // A well-known name is not the start of a longer name (`Labour Day`, `Who Gives a
        // Crap`, though `Day` is a common word): the word after it capitalised mid-sentence,
        // and no role, title, date or amount.
        func startsLongerName(_ end: Int) -> Bool {
            end < tokens.count && infos[end].capitalized && !isPunctuation(end) && !tokens[end].startsSentence
                && !covered[end] && !isRole(end) && !onList(end, .title)
        }
        func standsAlone(_ i: Int, _ end: Int) -> Bool {
            guard !(i..<end).contains(where: { covered[$0] }), !isGluedToAWord(i, end, type: .place) else { return false }
            return (tokens[i].startsSentence || freeNeighbour(i - 1))
                && (end == tokens.count || tokens[end].startsSentence || freeNeighbour(end))
        }
        func add(_ i: Int, _ end: Int, _ t: EntityType) {
            mentions.append(RawMention(start: i, end: end, type: t))
            for k in i..<end { covered[k] = true }
        }
        let placeLists = Self.countryOrRegion
        var i = 0
        while i < tokens.count {
            guard !covered[i], infos[i].capitalized else { i += 1; continue }
            var matched = 0
            for length in firstWords.contains(infos[i].lower) ? byFirstWord[infos[i].lower] ?? [] : []
                where i + length <= tokens.count {
                // (A name the article uses before another capitalised word may still be itself,
                // `NASA T-shirt`, `SpaceX Crew Dragon`; but not a day's name, `Labour Day`.)
                if let t = known[string(i, i + length)], standsAlone(i, i + length), !isWord(i + length, Self.dayHash) {
                    add(i, i + length, t)
                    matched = length
                    break
                }
            }
            if matched == 0, WellKnownOrganizations.firstWords.contains(infos[i].lower),
               let candidates = WellKnownOrganizations.byFirstWord[infos[i].lower] {
                for c in candidates where i + c.length <= tokens.count
                    && Self.sameName(string(i, i + c.length), c.name) && standsAlone(i, i + c.length)
                    && !startsLongerName(i + c.length) {
                    add(i, i + c.length, .org)
                    matched = c.length
                    break
                }
            }
            if matched == 0 {
                // A country or state standing alone (`the southern U.S. border`).
                var best = 0
                models.walkPhrases(limit: min(3, tokens.count - i), word: { infos[i + $0].lower }) { length, f in
                    if f & placeLists != 0 { best = length }
                }
                if best > 0, standsAlone(i, i + best), !onList(i, .firstName) || best > 1,
                   !onList(i, .commonWord) || isAllCaps(i), infos[i + best - 1].capitalized {
                    add(i, i + best, .place)
                    matched = best
                }
            }
            i += max(matched, 1)
        }
    }

    // MARK: Names the tagger never saw

    /// A single capitalised word the tagger left alone but the article writes capitalised
    /// mid-sentence again and again, and never lower-case, is a name (`Scientology` ×27).
    /// With no other clue it is taken as an organisation: people and places have first
    /// names, gazetteers and context words the tagger does use.
    private mutating func addRecurringNames(_ covered: inout [Bool]) {
        var lowercase = HashSet64(capacity: tokens.count)
        var midSentence: [UInt64: Int] = [:]
        for i in tokens.indices {
            if infos[i].lowercaseInitial { lowercase.insert(infos[i].lower); continue }
            // Words only: no digits (`IE6`), no acronyms (`STS`), no labels (`Image:`).
            guard infos[i].capitalized, !covered[i], !tokens[i].startsSentence, tokens[i].end - tokens[i].start >= 3,
                  !Self.religions.contains(infos[i].lower),
                  !isAllCaps(i), !text[tokens[i].start..<tokens[i].end].contains(where: Tokenizer.isDigit), !isChar(i + 1, ":"),
                  i > 0, !isChar(i - 1, "\""), !isChar(i - 1, "\u{201C}") else { continue }
            midSentence[infos[i].lower, default: 0] += 1
        }
        let excluded: [Gazetteer.List] = [.commonWord, .title, .dateWord, .demonym, .firstName, .orgCue, .locCue,
                                          .country, .region, .city]
        var names = HashSet64()
        var anyName = false
        for (h, n) in midSentence where n >= 6 && !lowercase.contains(h) { names.insert(h); anyName = true }
        // `Polaroids` beside `Polaroid`: things named after a name, not the name.
        guard anyName else { return }
        var singulars = HashSet64(capacity: tokens.count)
        for i in tokens.indices where infos[i].capitalized { singulars.insert(infos[i].lower) }
        for i in tokens.indices where !covered[i] && infos[i].capitalized && names.contains(infos[i].lower) {
            let last = text[tokens[i].end - 1]
            if last == "s", singulars.contains(TokenInfo(text[tokens[i].start..<(tokens[i].end - 1)]).lower) { continue }
            guard !excluded.contains(where: { onList(i, $0) }),
                  i + 1 >= tokens.count || !infos[i + 1].capitalized || tokens[i + 1].startsSentence,
                  i == 0 || !infos[i - 1].capitalized || tokens[i].startsSentence,
                  !isGluedToAWord(i, i + 1, type: .org) else { continue }
            covered[i] = true
            mentions.append(RawMention(start: i, end: i + 1, type: .org))
        }
    }

    // MARK: Groups

    static let religions: HashSet64 = HashSet64(["Islam", "Christianity", "Judaism", "Hinduism", "Buddhism", "Sikhism",
        "Catholicism", "Protestantism", "Shinto", "Taoism", "Jainism", "Mormonism"].map(hash))
    static let partyMemberHashes: HashSet64 = HashSet64(["Democrat", "Democrats", "Republican", "Republicans", "Tories", "Tory"].map(hash))

    /// Nationalities, religions and party members (`Mexican`, `Muslim`, `Democrats`).
    private mutating func addGroups(_ covered: inout [Bool], seqs: [TaggerSequence], sentences: [Range<Int>]) {
        let demonymBit = Gazetteer.List.demonym.bit
        for (range, seq) in zip(sentences, seqs) {
            for (k, i) in range.enumerated() where !covered[i] && infos[i].capitalized {
                let isGroup = seq.gazBegin[k] & demonymBit != 0 && (k + 1 >= seq.gazInside.count || seq.gazInside[k + 1] & demonymBit == 0)
                    || Self.partyMemberHashes.contains(infos[i].lower) || Self.religions.contains(infos[i].lower)
                if isGroup {
                    covered[i] = true
                    mentions.append(RawMention(start: i, end: i + 1, type: .group))
                }
            }
        }
    }
}
