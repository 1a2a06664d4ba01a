/// News names people after their title: `German Chancellor Olaf Scholz`, `Conservative MP
/// Jacob Rees-Mogg`, `Rep. Kevin McCarthy`, `Health Secretary Victoria Atkins`. The tagger,
/// whose training text rarely stacks a description, a title and a name, misses many of these
/// (`Olaf Scholz`), cuts them (`McCarthy` as an organisation) or takes the title for the name
/// (`MP` as an organisation, `Victoria` as a place). The capitalised words right after a title
/// are a person when each of them reads as a name and nothing else.
extension ArticleEntities {
    /// Each name that follows a title, as a person (the title left out).
    func titledPersonNames(gazetteer: Gazetteer) -> [RawMention] {
        var out: [RawMention] = []
        // (The capital after it first: that rules out most tokens without a look-up.)
        for i in tokens.indices.dropLast() where (infos[i + 1].capitalized || Self.officePrepositions.contains(infos[i + 1].lower))
            && out.last.map({ $0.end <= i }) ?? true {
            if !infos[i + 1].capitalized {
                guard isNameTitle(i) else { continue }
                if let (place, name) = nameAfterPlace(i, gazetteer: gazetteer) {
                    out.append(place)
                    out.append(RawMention(start: name.lowerBound, end: name.upperBound, type: .person))
                } else if infos[i + 1].lower != Self.toHash, let name = nameAfterOffice(i) {
                    out.append(RawMention(start: name.lowerBound, end: name.upperBound, type: .person))
                }
            } else if isNameTitle(i) {
                // `Det Supt Mark Whitehead`: the name follows the last title.
                guard !isNameTitle(i + 1), let end = titledNameEnd(after: i) else { continue }
                // `DUP leader Jeffrey Donaldson`, `SNP MP Mhairi Black`: the body they serve.
                if i > 0, isAcronymOfABody(i - 1), out.last.map({ $0.end <= i - 1 }) ?? true {
                    out.append(RawMention(start: i - 1, end: i, type: .org))
                } else if let company = companyBefore(title: i), out.last.map({ $0.end <= company.start }) ?? true {
                    out.append(company)
                }
                out.append(RawMention(start: i + 1, end: end, type: .person))
            } else if isChar(i, ","), let end = appositiveNameEnd(after: i) {
                out.append(RawMention(start: i + 1, end: end, type: .person))
            }
        }
        return out
    }

    /// `Valdis Dombrovskis, the commissioner for the economy, said`: two to four capitalised
    /// words that each read as a name, set off by an apposition giving a job, are a person's
    /// name even where the tagger found nothing (an unfamiliar name opening a sentence).
    /// Only a whole run of capitals (not the end of `European Commission President X`).
    func personsBeforeAJob(besides names: [RawMention]) -> [RawMention] {
        var out: [RawMention] = []
        let n = tokens.count
        for comma in tokens.indices where comma >= 2 && comma + 2 < n && isChar(comma, ",") {
            var start = comma
            while start > 0, comma - start < 4, infos[start - 1].capitalized, !isPunctuation(start - 1),
                  adjacentBySpace(start - 1, start) || start == comma {
                start -= 1
                if tokens[start].startsSentence { break }
            }
            guard tokens[start].startsSentence || !infos[start - 1].capitalized || isPunctuation(start - 1) else { continue }
            // `Democrat Spearman, a minister and former Army colonel,`: the party is no part of the name.
            let party = Self.partyWords.contains(infos[start].lower)
            if party { start += 1 }
            guard comma - start >= (party ? 1 : 2),
                  (start..<comma).allSatisfy({ isPlainNameWord($0, first: $0 == start) }),
                  !names.contains(where: { $0.start < comma && $0.end > start }),
                  appositionNamesAJob(from: comma + 1)
            else { continue }
            out.append(RawMention(start: start, end: comma, type: .person))
        }
        return out
    }

    /// `Labour's Rachel Reeves`, `Google's Sundar Pichai`: a known given name and one or two
    /// name words after a possessive are a person's name, where the tagger took the name
    /// for the owner's or missed it (it does so most where the owner opens the sentence).
    func namesAfterAPossessive(besides names: [RawMention]) -> [RawMention] {
        var out: [RawMention] = []
        for p in tokens.indices where p >= 1 && p + 2 < tokens.count && isPossessive(p) {
            let start = p + 1
            guard infos[p - 1].capitalized, !isPunctuation(p - 1), adjacentBySpace(p, start),
                  isCommonGivenName(start), isPlainNameWord(start, first: true)
            else { continue }
            var end = start + 1
            while end < tokens.count, end - start < 3, infos[end].capitalized, adjacentBySpace(end - 1, end),
                  isPlainNameWord(end, first: false),
                  // (A surname, or a word no list knows and the article never writes in lower
                  // case: not `NASA's James Webb Telescope`.)
                  onList(end, .lastName)
                    { end += 1 }
            guard end - start >= 2, end == tokens.count || !infos[end].capitalized || isPunctuation(end),
                  !names.contains(where: { $0.start < end && $0.end > start && ($0.start < start || $0.end > end) })
            else { continue }
            out.append(RawMention(start: start, end: end, type: .person))
        }
        return out
    }

    /// `Author J.K. Rowling`, `P. J. Harvey`: initials with full stops (one token or several)
    /// and a surname after them name a person, where the tagger found nothing there; not a
    /// listed place's initials (`U.S. Steel`).
    func initialledNames(besides names: [RawMention]) -> [RawMention] {
        var out: [RawMention] = []
        var k = 0
        while k < tokens.count {
            defer { k += 1 }
            guard infos[k].capitalized, isInitials(k), gazetteerLists[k] == 0,
                  k == 0 || !infos[k - 1].capitalized || isPunctuation(k - 1) || isRole(k - 1)
                    || tokens[k - 1].startsSentence && onList(k - 1, .commonWord)
            else { continue }
            var e = k + 1
            while e < tokens.count, e - k < 3, isInitial(e), adjacentBySpace(e - 1, e) { e += 1 }
            // (`Part I. These …`: a numeral ending a sentence and a function word opening the next.)
            guard e < tokens.count, adjacentBySpace(e - 1, e), infos[e].capitalized, !isAllCaps(e), !isRole(e),
                  !Self.leadingFunctionWords.contains(infos[e].lower),
                  gazetteerLists[e] & Self.otherKindsOfWord == 0,
                  text[tokens[e].start..<tokens[e].end].allSatisfy({ Tokenizer.isLetter($0) || Tokenizer.isApostrophe($0) || $0 == "-" }),
                  // (The tagger's guess at the surname alone gives way: `J.K. Rowling` had been ORG `Rowling`.)
                  !names.contains(where: { $0.start <= e && $0.end > k && !($0.start == e && $0.end == e + 1) })
            else { continue }
            out.append(RawMention(start: k, end: e + 1, type: .person))
            k = e
        }
        return out
    }

    /// One initial (`J.`) or several in one token (`J.K.`, `J.R.R.`).
    private func isInitials(_ k: Int) -> Bool {
        let n = tokens[k].end - tokens[k].start
        guard n >= 2, n % 2 == 0, n <= 8 else { return false }
        for j in stride(from: tokens[k].start, to: tokens[k].end, by: 2) {
            guard text[j].properties.isUppercase, text[j + 1] == "." else { return false }
        }
        return true
    }

    /// `Minister of Foreign Affairs Sergey Lavrov`, `Director of National Intelligence Avril
    /// Haines`: after a title, `of` and the office's field (words such as `Foreign`,
    /// `Affairs`, `Intelligence`, joined by `and`), two or three capitalised words that read
    /// as a name are its holder. The tagger sees one run of capitals and finds no one, or
    /// only the surname.
    private func nameAfterOffice(_ title: Int) -> Range<Int>? {
        let n = tokens.count
        var k = title + 2
        if k < n, isWord(k, Self.theHash) { k += 1 }
        let fieldStart = k
        while k < n, Self.officeFields.contains(infos[k].lower), infos[k].capitalized, adjacentBySpace(k - 1, k) {
            k += 1
            if k + 1 < n, isWord(k, Self.andHash), Self.officeFields.contains(infos[k + 1].lower) { k += 1 }
        }
        // The field ends in a noun (`National Intelligence`; not `National` of `Director of the
        // National Iodine Nutrition study`).
        guard k > fieldStart, k < n, adjacentBySpace(k - 1, k), !Self.officeFieldModifiers.contains(infos[k - 1].lower)
        else { return nil }
        var end = k
        while end < n, end - k < 3, !tokens[end].startsSentence, infos[end].capitalized, !isPunctuation(end),
              end == k || adjacentBySpace(end - 1, end), isPlainNameWord(end, first: end == k) {
            end += 1
        }
        // Not when the name runs on (`Prince George's County`, `Trump-backed`); a day may follow.
        guard end - k >= 2, end == n || !(infos[end].capitalized && !onList(end, .dateWord)) && !isChar(end, "-")
            && !(isPossessive(end) && end + 1 < n && infos[end + 1].capitalized) else { return nil }
        return k..<end
    }
    static let officePrepositions: HashSet64 = HashSet64(["of", "for", "to"].map(hash))

    /// `President of Ukraine Volodymyr Zelensky`, `Ambassador to the UN Linda Thomas-Greenfield`,
    /// `Mayor of London Sadiq Khan`: after a title, `of` or `to` and the place or body the office
    /// is in (a listed place, or a body's acronym), two to four capitalised words that read as
    /// a name are its holder. The tagger sees one run of capitals: it had found a place
    /// `India Philip Green`, a place `Kejriwal`, or no one. The place, and the name's range.
    private func nameAfterPlace(_ title: Int, gazetteer: Gazetteer) -> (RawMention, Range<Int>)? {
        let n = tokens.count
        guard infos[title + 1].lower != Self.forHash else { return nil }
        var k = title + 2
        if k < n, isWord(k, Self.theHash) { k += 1 }
        guard k + 2 < n, infos[k].capitalized, adjacentBySpace(k - 1, k) else { return nil }
        var placeEnd = k, type = EntityType.place
        gazetteer.walkPhrases(limit: min(4, n - k), word: { infos[k + $0].lower }) { length, flags in
            // (One word only if it is a country, a region or a big city: `Roman` is a town too.)
            if flags & (length > 1 ? Self.placeLists : Self.countryOrRegion | Gazetteer.List.bigCity.bit) != 0,
               (k..<k + length).allSatisfy({ infos[$0].capitalized }) { placeEnd = k + length }
        }
        // (A body's acronym may also be a town's name: `UN`, `Un` in Gujarat.)
        if placeEnd == k, isAllCaps(k), (2...5).contains(tokens[k].end - tokens[k].start), !isRole(k),
           text[tokens[k].start..<tokens[k].end].allSatisfy({ $0.value &- 0x41 < 26 }) { placeEnd = k + 1; type = .org }
        guard placeEnd > k, placeEnd < n, tokens[placeEnd].start == tokens[placeEnd - 1].end + 1,
              let end = nameEnd(from: placeEnd), end - placeEnd >= 2 else { return nil }
        return (RawMention(start: k, end: placeEnd, type: type), placeEnd..<end)
    }
    static let forHash = hash("for")

    /// What a minister's or secretary's office is for, as it is written after `of`.
    static let officeFields: HashSet64 = HashSet64([
        "foreign", "affairs", "external", "home", "internal", "defence", "defense", "state", "health", "justice",
        "interior", "finance", "economy", "economic", "education", "energy", "transport", "transportation",
        "commerce", "trade", "industry", "labor", "labour", "employment", "environment", "agriculture",
        "homeland", "security", "treasury", "national", "intelligence", "public", "human", "services",
        "veterans", "housing", "urban", "development", "culture", "tourism", "information", "communications",
        "science", "technology", "immigration", "police", "planning", "works", "mines", "petroleum", "oil",
        "water", "fisheries", "women", "youth", "sport", "sports", "social", "welfare", "local", "government",
        "war", "navy", "army", "budget", "revenue", "customs", "prisons", "children", "families", "family",
    ].map(hash))
    static let officeFieldModifiers: HashSet64 = HashSet64([
        "foreign", "external", "home", "internal", "economic", "national", "public", "human", "urban", "local",
        "social", "homeland",
    ].map(hash))
    static let andHash = hash("and")

    /// `Russia's ambassador to the UN, Vassily Nebenzia, called`, `its chief executive, Tim
    /// Cook.`: a name of two or more words set off by commas right after a phrase with a title
    /// in it. Where the name ends, or nil.
    private func appositiveNameEnd(after comma: Int) -> Int? {
        var j = comma - 1, hasTitle = false
        while j >= 0, comma - j <= 7, !isPunctuation(j) {
            if isNameTitle(j) { hasTitle = true; break }
            if tokens[j].startsSentence { break }
            j -= 1
        }
        guard hasTitle, let end = titledNameEnd(after: comma), end - comma >= 2,
              end == tokens.count || isChar(end, ",") || isChar(end, ".") else { return nil }
        return end
    }

    /// `Activision chief executive Bobby Kotick`, `Acme Widgets spokeswoman Jane Roe`: the
    /// capitalised words before a company's title that no list knows (not `Texas`, `German`,
    /// `Labour`, `Presidential`), up to three, are the company.
    private func companyBefore(title i: Int) -> RawMention? {
        guard Self.companyTitles.contains(infos[i].lower) else { return nil }
        var end = i
        while end > 0, isRole(end - 1), infos[end - 1].lowercaseInitial { end -= 1 }
        var start = end
        while start > 0, end - start < 3, tokens[start].start == tokens[start - 1].end + 1,
              // On no list, not even the common words' (`Presidential Spokesperson Harry Roque`).
              infos[start - 1].capitalized, !isAllCaps(start - 1), !isRole(start - 1), gazetteerLists[start - 1] == 0,
              text[tokens[start - 1].start..<tokens[start - 1].end].allSatisfy(Tokenizer.isLetter) {
            start -= 1
        }
        // The whole run of capitals, or none of it (`Goldman Sachs`, where `Goldman` is listed);
        // and not after `the`, which goes with an office's adjective (`the Presidential Spokesperson`).
        guard start < end, start == 0 || tokens[start].startsSentence || !infos[start - 1].capitalized || isPunctuation(start - 1),
              start == 0 || infos[start - 1].lower != Self.theHash
        else { return nil }
        return RawMention(start: start, end: end, type: .org)
    }

    static let theHash = hash("the")
    /// A company's officers' titles, which no one but a company has (`Nordwind chief executive`).
    static let officerTitleWords = ["ceo", "executive", "chairman", "chairwoman", "founder", "co-founder"]
    static let companyTitles: HashSet64 = HashSet64((officerTitleWords + ["spokesman", "spokeswoman", "spokesperson",
                                                     // `Wedbush analyst Dan Ives`
                                                     "analyst", "economist", "strategist"]).map(hash))

    /// Two to five capitals standing for a body: no country, region or title (`US`, `UK`,
    /// `CEO`), nor the start of the sentence's run of capitals (`BREAKING`).
    private func isAcronymOfABody(_ k: Int) -> Bool {
        let length = tokens[k].end - tokens[k].start
        guard (2...5).contains(length), isAllCaps(k), !isRole(k), tokens[k].start == tokens[k + 1].start - length - 1,
              gazetteerLists[k] & (Self.placeLists | Gazetteer.List.title.bit) == 0,
              text[tokens[k].start..<tokens[k].end].allSatisfy({ $0.value &- 0x41 < 26 })
        else { return false }
        return k == 0 || !isAllCaps(k - 1)
    }

    /// A title that stands before a name. `General`, `Executive` and `-elect` only after
    /// another title (`Attorney General`, `Secretary-General`, `Chief Executive`,
    /// `President-elect`): alone they open other names (`General Motors`, `Executive Yuan`).
    private func isNameTitle(_ i: Int) -> Bool {
        if Self.nameTitles.contains(infos[i].lower) { return true }
        guard Self.titleEndings.contains(infos[i].lower), i > 0 else { return false }
        let before = isChar(i - 1, "-") && i > 1 && adjacent(i - 1, i) ? i - 2 : i - 1
        return isRole(before)
    }

    /// Where the name after the title at `i` ends, or nil when the capitalised words there are
    /// not plainly a name: each a word of letters that the lists know as no place, body,
    /// title or common word (a first name that is also a town, `Victoria`, still counts),
    /// one to four of them, hyphens (`Rees-Mogg`) and middle initials (`George W. Bush`)
    /// joining them.
    private func titledNameEnd(after i: Int) -> Int? {
        // `Prince Edward Island`, `St. Louis`: a place named after a title.
        guard gazetteerLists[i] & Self.placeLists == 0, tokens[i + 1].start == tokens[i].end + 1 else { return nil }
        return nameEnd(from: i + 1)
    }

    /// Where a name that starts at `start` ends, as `titledNameEnd(after:)` reads it.
    private func nameEnd(from start: Int) -> Int? {
        let n = tokens.count
        var k = start, words = 0
        while k < n, !tokens[k].startsSentence {
            if isInitial(k), words > 0, k + 1 < n, tokens[k + 1].start == tokens[k].end + 1 {
                k += 1
                continue
            }
            guard infos[k].capitalized, !isPunctuation(k) else { break }
            // (`spokesperson Mao Ning`: a family name written first and a given name, either of
            // them also a town's.)
            guard isPlainNameWord(k, first: words == 0) || isFamilyNameFirst(k, words: words) else { return nil }
            words += 1
            k += 1
            if k + 1 < n, isChar(k, "-"), adjacent(k - 1, k), adjacent(k, k + 1), infos[k + 1].capitalized { k += 1 }
            else if k < n, tokens[k].start != tokens[k - 1].end + 1 { break }
        }
        guard (1...4).contains(words), !isInitial(k - 1) else { return nil }
        if k < n {
            // `President Trump-backed`: a compound. `Mark Seidenberg Image: AIP.`: a caption.
            if isChar(k, "-") || isChar(k, ":") { return nil }
            // `Justice Alexandre de Moraes`, `General Charles de Gaulle`: a particle and the
            // capitalised surname after it are the name's (the tagger had found no one there).
            if words <= 2, infos[k].lowercaseInitial, Self.nameParticles.contains(infos[k].lower) {
                var p = k + 1
                // (`Ursula von der Leyen`: two particles.)
                if p < n, infos[p].lowercaseInitial, Self.nameParticles.contains(infos[p].lower), tokens[p].start == tokens[p - 1].end + 1 { p += 1 }
                guard p < n, tokens[p].start == tokens[p - 1].end + 1, infos[p].capitalized, isPlainNameWord(p, first: false)
                else { return nil }
                let e = p + 1
                if e < n, isChar(e, "-") || infos[e].capitalized && !isPunctuation(e) && !tokens[e].startsSentence { return nil }
                return e
            }
            // `President Bashar al-Assad`, `Mohammad bin Salman`: the name goes on in lower case,
            // as the tagger and the rules for particles read it.
            if infos[k].lowercaseInitial, Self.nameParticles.contains(infos[k].lower) || Self.patronymics.contains(infos[k].lower)
                || k + 1 < n && isChar(k + 1, "-") && adjacent(k, k + 1) { return nil }
        }
        // `Prince George's County`: the name belongs to a place or body named after it.
        if k + 1 < n, isPossessive(k), infos[k + 1].capitalized, onList(k + 1, .orgCue) || onList(k + 1, .locCue) { return nil }
        return k
    }

    private func isFamilyNameFirst(_ k: Int, words: Int) -> Bool {
        guard words <= 1, infos[k].capitalized, !isAllCaps(k), !isRole(k), gazetteerLists[k] & Self.notANameLists == 0 else { return false }
        if words == 1 { return onList(k - 1, .lastName) }
        return onList(k, .lastName) && k + 1 < tokens.count && tokens[k + 1].start == tokens[k].end + 1
            && infos[k + 1].capitalized && !isPunctuation(k + 1)
    }

    /// Letters and apostrophes only, not all capitals, no title or function word, and on no
    /// list but the names' own (and, after the first, the common words'). A place's name
    /// only where it is also a name: first as a given name with a surname after it
    /// (`Victoria Atkins`), later as a surname (`George Washington`).
    private func isPlainNameWord(_ k: Int, first: Bool) -> Bool {
        guard !isAllCaps(k), !isRole(k), !Self.leadingFunctionWords.contains(infos[k].lower),
              !Self.facilityWords.contains(infos[k].lower),  // `Queen Victoria Market`
              text[tokens[k].start..<tokens[k].end].allSatisfy({ Tokenizer.isLetter($0) || Tokenizer.isApostrophe($0) })
        else { return false }
        let lists = gazetteerLists[k]
        // After a first word that is plainly a name, a surname may be a common word too
        // (`Jürgen Stock`, `Ali Bongo Ondimba`).
        // A given name that is also a word (`Mark`, `Will`, `Rose`) is a name when it is
        // known as a given name and a capitalised word follows.
        let givenNameAndWord = first && onList(k, .firstName) && NameGenders.shared.gender(ofLowerHash: infos[k].lower) != nil
            && k + 1 < tokens.count && tokens[k + 1].start == tokens[k].end + 1 && infos[k + 1].capitalized
        if lists & Self.notANameLists & (first && !givenNameAndWord ? ~0 : ~Gazetteer.List.commonWord.bit) != 0 { return false }
        guard lists & Self.townLists != 0 else { return true }
        if !first { return onList(k, .lastName) }
        return onList(k, .firstName) && NameGenders.shared.gender(ofLowerHash: infos[k].lower) != nil
            && k + 1 < tokens.count && tokens[k + 1].start == tokens[k].end + 1 && infos[k + 1].capitalized
    }

    static let townLists: UInt16 = [Gazetteer.List.city, .bigCity, .region].reduce(0) { $0 | $1.bit }
    /// Lists whose words are something other than a person's name (towns are asked apart).
    static let notANameLists: UInt16 = otherKindsOfWord & ~townLists

    /// Titles written before a person's name, in either case (`former president Donald
    /// Trump`). Not the words that only qualify a title (`former`, `deputy`, `chief`), nor
    /// those that also open other names (`General Motors`, `Major League`, `Private Eye`,
    /// `First Nations`, `Candidate Master`).
    static let nameTitles: HashSet64 = HashSet64([
        "president", "chancellor", "minister", "secretary", "senator", "sen.", "representative", "rep.",
        "congressman", "congresswoman", "governor", "gov.", "mayor", "judge", "justice", "king", "queen",
        "prince", "princess", "emperor", "pope", "cardinal", "archbishop", "bishop", "colonel", "col.",
        "lieutenant", "lt.", "captain", "capt.", "sergeant", "sgt.", "admiral", "adm.", "commander", "cmdr.",
        "corporal", "cpl.", "pvt.", "ambassador", "sheriff", "detective", "det.", "officer", "inspector",
        "insp.", "chairman", "chairwoman", "ceo", "director", "spokesman", "spokeswoman", "spokesperson",
        "coach", "speaker", "premier", "mp", "mep", "msp", "mla", "councillor", "councilor", "councilman",
        "councilwoman", "alderman", "alderwoman", "lawmaker", "legislator", "dr.", "dr", "mr.", "mr", "mrs.",
        "mrs", "ms.", "ms", "mx.", "prof.", "professor", "sir", "dame", "lord", "rev.", "reverend", "pastor",
        "rabbi", "imam", "sheikh", "emir", "ayatollah", "commissioner", "superintendent", "supt.", "hon.",
        "administrator", "attorney", "leader", "founder", "co-founder", "gen.", "maj.", "whip",
        // British police ranks and councillors, written without a full stop.
        "det", "supt", "insp", "sgt", "cllr", "cllr.", "taoiseach", "tánaiste",
        "manager", "boss", "striker", "midfielder", "defender", "goalkeeper", "winger", "quarterback", "pitcher",
        "analyst", "economist", "strategist",
    ].map(hash))

    static let titleEndings: HashSet64 = HashSet64(["general", "elect", "executive"].map(hash))

    /// Titles that follow the party or body a person sits for (`Labour MP Diane Abbott`).
    static let seatTitles: HashSet64 = HashSet64([
        "mp", "mep", "msp", "mla", "senator", "sen.", "representative", "rep.", "congressman", "congresswoman",
        "councillor", "councilor", "councilman", "councilwoman", "lawmaker", "legislator", "leader",
    ].map(hash))

    /// `Labour` of `Labour MP Diane Abbott`, which the tagger calls a person: one word that
    /// no list has as a name, before a seat's title and a name, is the party or body.
    mutating func partiesBeforeSeatTitles() {
        for k in mentions.indices where mentions[k].type == .person && mentions[k].end - mentions[k].start == 1 {
            let m = mentions[k].start, title = m + 1
            guard title + 1 < tokens.count, Self.seatTitles.contains(infos[title].lower),
                  tokens[title].start == tokens[m].end + 1, infos[title + 1].capitalized, !isPunctuation(title + 1),
                  !onList(m, .firstName), !onList(m, .lastName)
            else { continue }
            mentions[k].type = .org
        }
    }
}
