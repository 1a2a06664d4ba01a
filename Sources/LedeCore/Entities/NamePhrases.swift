/// Two corrections to the tagger's spans and types that follow from how names are built,
/// whatever the article: an organisation is named by a phrase around a word such as
/// `Bank`, `Department` or `District` (`Bank of England`, `Office for National Statistics`,
/// `Uvalde Consolidated Independent School District`), and a person's first name may also
/// be a country's or a city's (`Salvador Ramos`, `Victoria Beckham`).
extension ArticleEntities {
    /// Words that make a run of capitalised words an organisation's name. Fewer than the
    /// gazetteer's cue words: not those that also name places (`Center`, `Museum`,
    /// `City`, `United`) or that often stand in other names (`Mission`, `Front`).
    static let organisationHeads: HashSet64 = HashSet64([
        "Agency", "Administration", "Authority", "Bureau", "Board", "Commission", "Committee", "Council",
        "Department", "Directorate", "Division", "Office", "Ministry", "Secretariat", "Service", "Services",
        "Court", "Tribunal", "Parliament", "Congress", "Senate", "Assembly", "Cabinet", "Embassy", "Consulate",
        "Police", "Army", "Navy", "Force", "Forces", "Marines", "Guard", "Corps", "Brigade", "Regiment",
        "University", "College", "Institute", "Institution", "Academy", "School", "Seminary", "Polytechnic",
        "Association", "Federation", "Confederation", "Union", "League", "Alliance", "Coalition", "Society",
        "Club", "Party", "Movement", "Network", "Organization", "Organisation", "Church", "Diocese", "Bank",
        "Exchange", "Reserve", "Fund", "Trust", "Foundation", "Company", "Corporation", "Group", "District",
        "Conference", "Forum", "Inc", "Corp", "Ltd", "Inc.", "Corp.", "Ltd.", "Holdings",
        // A company's plural trade (`Yum Brands`, `Toyota Industries`, `Delta Air Lines`).
        "Brands", "Industries", "Airlines", "Airways", "Motors", "Pharmaceuticals", "Technologies", "Enterprises",
        "Laboratories", "Studios", "Bancorp", "Telecom", "Communications", "Ventures", "Investments", "Securities",
        // And the trades companies take as their last word (`Northwind Energy`, `Cisco Systems`).
        "Energy", "Petroleum", "Mining", "Resources", "Capital", "Partners", "Systems", "Software", "Electronics",
        "Semiconductor", "Pharma", "Therapeutics", "Biosciences", "Logistics", "Foods", "Labs", "Media",
        "Platforms", "Retail", "Business", "Power", "Electric", "Railway", "Railways", "Railroad", "Insurance",
        "Steel", "Chemicals", "Utilities", "Aerospace", "Shipping", "Co.",
        // A public body's survey (`U.S. Geological Survey`, `Ordnance Survey`).
        "Survey",
        // A police force's or an army's parts (`Major Enquiry Team`, `Counter Terrorism Unit`).
        "Team", "Unit", "Squad",
    ].map(hash))
    /// Heads that are also people's surnames (`Margaret Court`, `Frank Church`, `Robert
    /// Service`): a name the tagger calls a person's may end with one.
    static let headsThatAreSurnames: HashSet64 = HashSet64([
        "Court", "Church", "Service", "Guard", "Bank", "Trust", "Fund", "Reserve", "Board", "Exchange", "Union",
        "League", "Network", "Force", "Brigade", "Office", "Division", "Tribunal", "Congress", "Cabinet", "Power", "Steel",
        "Marines", "Conference", "Services", "Regiment",
    ].map(hash))
    /// A party's name before a legislature says who holds it (`the Republican Senate`),
    /// not what it is called.
    static let legislatures: HashSet64 = HashSet64(["Senate", "Congress", "Parliament", "Assembly", "Cabinet", "Legislature"].map(hash))
    static let partyWords: HashSet64 = HashSet64([
        "Republican", "Democratic", "Democrat", "Conservative", "Labour", "Labor", "Liberal", "Tory", "Socialist",
    ].map(hash))
    static let phraseConnectors: HashSet64 = HashSet64(["of", "for", "on", "de"].map(hash))
    static let andHashes: HashSet64 = HashSet64(["and", "&"].map(hash))
    static let toHash = hash("to")
    /// Lists whose words may start a sentence and a name alike.
    static let nameLists: UInt16 = [Gazetteer.List.country, .city, .region, .demonym, .orgCue, .orgSuffix]
        .reduce(0) { $0 | $1.bit }
    static let articles: HashSet64 = HashSet64(["the", "a", "an"].map(hash))
    /// `West Indies`, `North Carolina`: a direction opens a place's name, not a person's.
    static let compassWords: HashSet64 = HashSet64(["north", "south", "east", "west", "northern", "southern",
                                                    "eastern", "western", "upper", "lower", "central"].map(hash))
    static let countryOrRegion: UInt16 = Gazetteer.List.country.bit | Gazetteer.List.region.bit

    /// A run of capitalised words around an organisation head, with what follows it after
    /// `of`, `for` or `on` (`Department of Health and Human Services`), becomes one
    /// organisation, replacing the names the tagger found inside it (`England` of `Bank of
    /// England`, the cut-off `Department of`). Not when the run is a listed place (`United
    /// States`, `District of Columbia`, `West Bank`), holds a person's name or a building's
    /// word, or crosses a name found around it.
    mutating func organisationPhrases(_ covered: inout [Bool], gazetteer: Gazetteer) {
        // Words no organisation's name takes in: people's names, dates and amounts.
        var taken = [Bool](repeating: false, count: tokens.count)
        var inMention = [Bool](repeating: false, count: tokens.count)
        var mentionStarts = Set<Int>()
        for m in mentions {
            mentionStarts.insert(m.start)
            // (A lone head word called a person, `Brands` of `Yum Brands`, is the tagger's slip,
            // and so is a person named after a head no surname is: `West Yorkshire Police`.)
            let blocks = m.type != .org && m.type != .place && m.type != .group
                && !(m.end - m.start == 1 && Self.organisationHeads.contains(infos[m.start].lower))
                && !(m.type == .person && Self.organisationHeads.contains(infos[m.end - 1].lower)
                     && (!Self.headsThatAreSurnames.contains(infos[m.end - 1].lower)
                         // (Nor is anyone called by two head words: `Chubu Electric Power`.)
                         || m.end - m.start >= 3 && Self.organisationHeads.contains(infos[m.end - 2].lower)))
            for k in m.start..<m.end { inMention[k] = true; taken[k] = taken[k] || blocks }
        }
        // After `of` a role word names a field, not a person's title (`Department of Justice`).
        func nameWord(_ k: Int, roleAllowed: Bool = false) -> Bool {
            k >= 0 && k < tokens.count && infos[k].capitalized && !taken[k] && (roleAllowed || !isRole(k)) && !isPunctuation(k)
                && !Self.articles.contains(infos[k].lower) && !onList(k, .dateWord)
                && !(opensClause(k) && onList(k, .commonWord) && !Self.organisationHeads.contains(infos[k].lower))
        }
        // A sentence's first word is in the name only if it reads as a name's (`Uvalde`,
        // `British`, or one the tagger opened a name with: `West Yorkshire Police said`), not
        // as the sentence's (`This Court`, `If Parliament`).
        /// (Or a word no list knows, that reads as no verb's and that the article never writes in
        /// lower case: `Tohoku Electric Power said`, not `Proroguing Parliament`.)
        func startWord(_ k: Int) -> Bool {
            !opensClause(k) || Self.organisationHeads.contains(infos[k].lower) || isAllCaps(k)
                || gazetteerLists[k] & Self.nameLists != 0 || mentionStarts.contains(k)
                || gazetteerLists[k] == 0 && !Self.leadingFunctionWords.contains(infos[k].lower)
                    && text[tokens[k].start..<tokens[k].end].allSatisfy(Tokenizer.isLetter)
                    && !endsLikeAVerb(k) && !writtenInLowerCase[k]
        }
        /// The word `k` before a name's start, joined to it: `People's`, `Export-`, `Food and`.
        func joinedBefore(_ k: Int) -> Int? {
            guard k >= 2, !inMention[k - 2], nameWord(k - 2), startWord(k - 2), gazetteerLists[k - 2] & Self.placeLists == 0 else { return nil }
            if isPossessive(k - 1) || isChar(k - 1, "-") && adjacent(k - 2, k - 1) && adjacent(k - 1, k) { return k - 2 }
            // (Not a name's own head before `and`: `Reliance Industries and HDFC Bank` are two.)
            if Self.andHashes.contains(infos[k - 1].lower), !Self.organisationHeads.contains(infos[k - 2].lower) { return k - 2 }
            return nil
        }
        var found = false
        var i = 0
        while i < tokens.count {
            guard Self.organisationHeads.contains(infos[i].lower), nameWord(i) else { i += 1; continue }
            var start = i
            while start > 0, !tokens[start].startsSentence {
                if nameWord(start - 1), startWord(start - 1) { start -= 1 } else if let k = joinedBefore(start) { start = k } else { break }
            }
            var end = i + 1
            while end < tokens.count, !tokens[end].startsSentence, nameWord(end) { end += 1 }
            // The name ends with its last head word (`Legislative Council`, not `... Complex`;
            // not `The Force Awakens`).
            while !Self.organisationHeads.contains(infos[end - 1].lower) { end -= 1 }
            let headEnd = end
            // `of`, `for`, `on` (then maybe `the`), and after one of them `and`, each followed
            // by capitalised words: a second `of` not before a place (`University of Sheffield`
            // of the UK), `and` not before another name (`University of Bristol and UC Davis`).
            var joined = false, endsAfterNext = false
            while end + 1 < tokens.count, end == headEnd || joined && !endsAfterNext {
                var next = end
                let of = Self.phraseConnectors.contains(infos[next].lower)
                if of {
                    next += 1
                    if Self.articles.contains(infos[next].lower), !infos[next].capitalized { next += 1 }
                } else if !joined, isWord(next, Self.toHash), next + 1 < tokens.count, onList(next + 1, .commonWord),
                          !mentionStarts.contains(next + 1), !Self.organisationHeads.contains(infos[next + 1].lower) {
                    // `Committee to Protect Journalists`: a verb after `to` says what it is for
                    // (not a name after it: `from the Senate to House Republicans`), and ends it
                    // (not `... Journalists and Reporters Without Borders`).
                    next += 1
                    endsAfterNext = true
                } else if joined, Self.andHashes.contains(infos[next].lower) {
                    next += 1
                } else {
                    break
                }
                guard next < tokens.count, !tokens[next].startsSentence, nameWord(next, roleAllowed: of) else { break }
                if of && joined && gazetteerLists[next] & Self.placeLists != 0 { break }
                if !of && mentionStarts.contains(next) { break }
                joined = true
                end = next
                while end < tokens.count, !tokens[end].startsSentence, nameWord(end, roleAllowed: of && end == next) { end += 1 }
            }
            // A role after it (`Office of the UN High Commissioner`, `District judge`): the name
            // runs on in a way not followed here; keep to the head words, or leave it.
            // A lower-case title after a complete `of` phrase is the office held there
            // (`Reserve Bank of Australia governor Michele Bullock`): the name ends before it.
            // So is a capitalised one before a person's name (`Reserve Bank of India Governor
            // Shaktikanta Das`, `Bank of England Governor Andrew Bailey`).
            let titleBeforeAPerson = end + 1 < tokens.count && mentions.contains { $0.start == end + 1 && $0.type == .person }
            if end < tokens.count, isRole(end), !(end > headEnd && (infos[end].lowercaseInitial || titleBeforeAPerson)) {
                if end == headEnd { i = end; continue }
                end = headEnd
            }
            defer { i = max(i + 1, end) }
            guard end - start >= 2, acceptsOrganisationPhrase(start, end, gazetteer: gazetteer) else { continue }
            mentions.removeAll { $0.start >= start && $0.end <= end }
            mentions.append(RawMention(start: start, end: end, type: .org))
            for k in start..<end { covered[k] = true }
            found = true
        }
        if found { mentions.sort { $0.start < $1.start } }
        for k in mentions.indices where mentions[k].type == .org && mentions[k].end - mentions[k].start == 2
            && Self.partyWords.contains(infos[mentions[k].start].lower) && Self.legislatures.contains(infos[mentions[k].start + 1].lower) {
            mentions[k].start += 1
        }
    }

    /// `Mitsubishi Heavy Industries and Kawasaki Heavy Industries`: two companies the tagger ran
    /// into one, the first ending in a company's head (`Deutsche Bank and Lazard`).
    /// (Not `Bank and Trust Company`, one bank's name.)
    mutating func splitCompaniesJoinedByAnd() {
        var k = 0
        while k < mentions.count {
            defer { k += 1 }
            let m = mentions[k]
            guard m.type == .org, m.end - m.start >= 4,
                  let and = (m.start + 2..<m.end - 1).first(where: { isWord($0, Self.andHash) }),
                  Self.companyHeads.contains(infos[and - 1].lower), infos[and + 1].capitalized,
                  // (One word after it only if it is no ordinary word: `Deutsche Bank and Lazard`,
                  // not `Farmers Bank and Savings`.)
                  m.end - and > 2 || !onList(and + 1, .commonWord) && !isPunctuation(and + 1),
                  !(infos[and - 1].lower == Self.bankHash && infos[and + 1].lower == Self.trustHash),
                  !isWellKnownOrganization(m.start, m.end)
            else { continue }
            mentions[k].end = and
            mentions.insert(RawMention(start: and + 1, end: m.end, type: .org), at: k + 1)
        }
    }
    static let companyHeads: HashSet64 = HashSet64([
        "industries", "group", "holdings", "bank", "corp", "corp.", "corporation", "inc", "inc.", "ltd", "ltd.",
        "motors", "airlines", "technologies", "enterprises", "pharmaceuticals", "plc", "llc",
    ].map(hash))
    static let bankHash = hash("bank")
    static let trustHash = hash("trust")

    /// `-ing` or `-ed`: a verb's ending, not a name's.
    private func endsLikeAVerb(_ k: Int) -> Bool {
        let w = text[tokens[k].start..<tokens[k].end]
        return w.count > 4 && (w.suffix(3).elementsEqual("ing".unicodeScalars) || w.suffix(2).elementsEqual("ed".unicodeScalars))
    }

    /// A sentence's first word, or a quotation's or a bracket's (`said: "This Court has`).
    private func opensClause(_ k: Int) -> Bool {
        tokens[k].startsSentence || k > 0 && (Self.clauseOpeners.contains(text[tokens[k - 1].start]) && isPunctuation(k - 1))
    }
    static let clauseOpeners: Set<Unicode.Scalar> = ["\"", "\u{201C}", "\u{2018}", "(", "[", ":", "\u{2014}"]

    private func acceptsOrganisationPhrase(_ start: Int, _ end: Int, gazetteer: Gazetteer) -> Bool {
        // Names found across its edges: the run is not the whole story.
        if mentions.contains(where: { $0.start < end && $0.end > start && ($0.start < start || $0.end > end) }) { return false }
        // The same words already a name: kept, unless the tagger made a place of a body that
        // no kind-of-place word names (`Union of Concerned Scientists`).
        // (A kind of place before a head no surname is still names a body: `Springfield City
        // Council`; not `Earls Court`.)
        let head = (start..<end).last { Self.organisationHeads.contains(infos[$0].lower) }
        let bodysHead = head.map { !Self.headsThatAreSurnames.contains(infos[$0].lower) && !onList($0, .locCue) } ?? false
        if mentions.contains(where: { $0.start == start && $0.end == end
            && ($0.type == .org || $0.type == .place && !bodysHead && (start..<end).contains { onList($0, .locCue) }) }) { return false }
        if (start..<end).contains(where: { Self.facilityWords.contains(infos[$0].lower) }) { return false }
        // A listed place inside it that takes in a head word (`United States`, `West Bank`);
        // one word only if it is a country or a region (`Bank` and `Police` are also towns).
        for a in start..<end {
            var placeTakesInHead = false
            gazetteer.walkPhrases(limit: end - a, word: { infos[a + $0].lower }) { length, flags in
                if flags & (length > 1 ? Self.placeLists : Self.countryOrRegion) != 0,
                   (a..<a + length).contains(where: { Self.organisationHeads.contains(infos[$0].lower) }) {
                    placeTakesInHead = true
                }
            }
            if placeTakesInHead { return false }
        }
        return true
    }

    /// A place of two or three words that reads as a first name and a listed surname, and
    /// is not itself a listed place, is a person (`Salvador Ramos`, `Victoria Beckham`; not
    /// `San Francisco`, `Sierra Leone`).
    mutating func personsNamedLikePlaces(gazetteer: Gazetteer) {
        for k in mentions.indices where mentions[k].type == .place {
            let m = mentions[k]
            let n = m.end - m.start
            // Three words after a place are the place and a name (`London Sadiq Khan`).
            // (`McLaren's Lando Norris`: two plain name words after a body's or a country's
            // possessive are someone of theirs, whatever the lists know of the first.)
            let afterOwner = n == 2 && m.start >= 2 && isPossessive(m.start - 1)
                && mentions.contains { $0.end == m.start - 1 && $0.type != .person }
                && (m.start..<m.end).allSatisfy { mayBeInAPersonsName($0) && !onList($0, .commonWord) && !Self.facilityWords.contains(infos[$0].lower) }
            guard n == 2 || n == 3 && gazetteerLists[m.start] & Self.placeLists == 0,
                  onList(m.start, .firstName) || afterOwner, !isAllCaps(m.start), !Self.compassWords.contains(infos[m.start].lower)
            else { continue }
            let last = m.end - 1
            func surnameLike(_ j: Int) -> Bool {
                infos[j].capitalized && !isAllCaps(j) && !onList(j, .commonWord) && !onList(j, .country) && !onList(j, .region)
                    && !onList(j, .bigCity) && !onList(j, .locCue) && !onList(j, .orgCue) && !onList(j, .demonym)
                    && !Self.facilityWords.contains(infos[j].lower) && !isPunctuation(j)
            }
            guard onList(last, .lastName), (m.start + 1..<m.end).allSatisfy(surnameLike) else { continue }
            // After a country's or a big city's name, a surname that is also a word the article
            // writes in lower case is that word (`London Pride`).
            if onList(m.start, .country) || onList(m.start, .bigCity),
               infos.contains(where: { $0.lower == infos[last].lower && !$0.capitalized }) { continue }
            if gazetteer.flags(ofPhrase: Gazetteer.phraseHash(infos[m.start..<m.end].lazy.map(\.lower))) & Self.placeLists != 0 { continue }
            mentions[k].type = .person
        }
    }
}
