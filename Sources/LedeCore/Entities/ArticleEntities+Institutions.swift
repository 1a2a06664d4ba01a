/// Offices and bodies whose names hold a possessive: `the Pinellas County Sheriff's Office`,
/// `the Manhattan District Attorney's Office`, `the Department of Veterans' Affairs`,
/// `the Women's March`, `St Mary's Hospital`. The tagger learnt names that end at a
/// possessive (`Obama's`), so it breaks these in two or types their halves as places.
extension ArticleEntities {
    /// Each such name in the article, as an organisation (a place for a `Republic`).
    func possessiveInstitutions() -> [RawMention] {
        var out: [RawMention] = []
        var i = 1
        while i + 1 < tokens.count {
            if let hall = pluralHoldersBuilding(possessive: i) { out.append(hall); i = hall.end; continue }
            guard isPossessive(i), adjacent(i - 1, i), infos[i - 1].capitalized, !tokens[i + 1].startsSentence,
                  Self.institutionHolders.contains(infos[i - 1].lower) || isSaintsName(i - 1),
                  let end = institutionNameEnd(after: i)
            else { i += 1; continue }
            let start = institutionNameStart(before: i - 1)
            let isRepublic = (i + 1..<end).contains { infos[$0].lower == Self.republicHash }
            out.append(RawMention(start: start, end: end, type: isRepublic ? .place : .org))
            i = end
        }
        return out
    }

    /// `Fishmongers' Hall`, `Carpenters' Hall`: a plural's bare apostrophe and a building's
    /// word make a place (the tagger took `Hall` alone for a person).
    private func pluralHoldersBuilding(possessive i: Int) -> RawMention? {
        guard tokens[i].end - tokens[i].start == 1, isPossessive(i), adjacent(i - 1, i), infos[i - 1].capitalized,
              text[tokens[i - 1].end - 1] == "s", !tokens[i + 1].startsSentence, adjacentBySpace(i, i + 1), infos[i + 1].capitalized,
              Self.facilityWords.contains(infos[i + 1].lower)
        else { return nil }
        return RawMention(start: institutionNameStart(before: i - 1), end: i + 2, type: .place)
    }

    /// `Mary` of `St Mary's`: a saint's name, which any institution may be named after.
    private func isSaintsName(_ k: Int) -> Bool {
        k > 0 && Self.saintHashes.contains(infos[k - 1].lower) && infos[k - 1].capitalized
    }

    /// Where the name runs to after the possessive at `i`: over capitalised words and an
    /// `of` between two (`Office of Inspector General`); nil unless those words include
    /// what an institution is called (`Office`, `Hospital`, `Affairs`).
    private func institutionNameEnd(after i: Int) -> Int? {
        var end = i + 1
        var named = false
        while end < tokens.count, !tokens[end].startsSentence {
            if infos[end].capitalized, !isPunctuation(end), !isPossessive(end), end == i + 1 || adjacentBySpace(end - 1, end) {
                named = named || Self.institutionHeads.contains(infos[end].lower)
                end += 1
            } else if end > i + 1, isWord(end, Self.ofHash), end + 1 < tokens.count, infos[end + 1].capitalized,
                      !tokens[end + 1].startsSentence, !isPunctuation(end + 1) {
                end += 1
            } else {
                break
            }
        }
        return named ? end : nil
    }

    /// Where the name starts before its holder word at `k`: back over the capitalised words
    /// in front (`Cook County Medical`) and an `of` after a body's name (`Department of`), then without
    /// a leading `The`, a role that is not part of it (`Former`) or a sentence's first word
    /// that is mostly written lower-case (`Yesterday`).
    private func institutionNameStart(before k: Int) -> Int {
        // A saint's name takes its `St.` whatever the sentence splitter made of the period.
        var start = isSaintsName(k) ? k - 1 : k
        while start > 0, !tokens[start].startsSentence {
            let p = start - 1
            if infos[p].capitalized, !isPunctuation(p), !isPossessive(p), adjacentBySpace(p, start) {
                start = p
            } else if isWord(p, Self.ofHash), p > 0, !tokens[p].startsSentence,
                      Self.institutionHeads.contains(infos[p - 1].lower) || onList(p - 1, .orgCue) {
                // `Department of`, `Ministry of`; not a person's `of` (`Eunice Yung of`).
                start = p - 1
            } else {
                break
            }
        }
        while start < k {
            let lower = infos[start].lower
            let stray = Self.leadingFunctionWords.contains(lower)
                || isRole(start) && !Self.institutionHolders.contains(lower) && !Self.saintHashes.contains(lower)
                || tokens[start].startsSentence && onList(start, .commonWord)
            guard stray else { break }
            start += 1
        }
        return start
    }

    /// Words one space apart on one line (a name does not run over a line break).
    func adjacentBySpace(_ a: Int, _ b: Int) -> Bool {
        tokens[b].start == tokens[a].end + 1 && text[tokens[a].end] == " "
    }

    /// The holders such names are made with (`Sheriff's`, `Veterans'`, `People's`).
    static let institutionHolders = HashSet64([
        "sheriff", "sheriffs", "attorney", "attorneys", "examiner", "examiners", "prosecutor", "prosecutors",
        "coroner", "governor", "mayor", "marshal", "marshals", "comptroller", "controller", "treasurer",
        "auditor", "assessor", "clerk", "solicitor", "chancellor", "commissioner", "general", "children",
        "women", "men", "people", "workers", "veterans", "citizens", "farmers", "teachers", "nurses",
        "students", "lawyers", "employers", "consumers", "writers", "journalists", "mothers", "parents",
        "king", "queen", "magistrates",
    ].map(hash))

    /// What an institution is called, one of which its name must hold.
    static let institutionHeads = HashSet64([
        "office", "offices", "department", "hospital", "college", "university", "school", "academy", "party",
        "union", "association", "league", "army", "church", "court", "fund", "council", "commission",
        "bureau", "service", "services", "affairs", "march", "republic", "daily", "theatre", "theater",
        "museum", "foundation", "trust", "society", "institute", "centre", "center", "club", "cathedral",
        "organization", "organisation", "federation", "movement", "alliance", "front", "congress",
        "assembly", "network", "agency", "committee", "board", "guard", "militia", "brigade", "corps",
        "forces", "bank", "campaign", "coalition",
    ].map(hash))

    /// `Britain's biggest water company, Thames Water, has been fined`, `the carmaker, Stellantis.`,
    /// `the French start-up Mistral`: one to four capitalised words right after a noun for a
    /// company, set off by commas or ending before a lower-case word (not a day: `the company
    /// Tuesday said`).
    func appositiveCompanies() -> [RawMention] {
        var out: [RawMention] = []
        for n in tokens.indices where isCompanyNoun(n) {
            let comma = n + 1 < tokens.count && isChar(n + 1, ",")
            let c = comma ? n + 1 : n
            var end = c + 1
            while end < tokens.count, end - c <= 4, infos[end].capitalized, !isPunctuation(end), !isAllCaps(end) || end > c + 1,
                  !tokens[end].startsSentence, !isRole(end), !onList(end, .dateWord) { end += 1 }
            guard end > c + 1, end < tokens.count else { continue }
            if comma {
                guard isChar(end, ",") || isChar(end, ".") || isChar(end, ")") else { continue }
            } else {
                // Without commas, not a noun that is also a person's trade (`video game developer
                // Perttu Ahola`, `its alleged operator Jong Woo Son`, `publisher Rupert Murdoch`),
                // and not a name that runs on (`utility Pacific Gas and Electric Company`).
                guard namesTheCompanyAfterIt(n),
                      infos[end].lowercaseInitial || isChar(end, ",") || isChar(end, "."),
                      !(end + 1 < tokens.count && Self.nameJoinerHashes.contains(infos[end].lower) && infos[end + 1].capitalized)
                else { continue }
            }
            out.append(RawMention(start: c + 1, end: end, type: .org))
        }
        return out
    }

    /// A lower-case noun for a company (`carmaker`, `start-up`, which is three tokens).
    func isCompanyNoun(_ n: Int) -> Bool {
        guard infos[n].lowercaseInitial else { return false }
        if infos[n].lower == Self.upHash {
            return n >= 2 && isChar(n - 1, "-") && isWord(n - 2, Self.startHash) && adjacent(n - 2, n - 1) && adjacent(n - 1, n)
        }
        return Self.companyNouns.contains(infos[n].lower)
    }
    /// A noun for a company that names it right after itself, without commas (`the start-up
    /// Mistral`): not a trade a person has too (`video game developer Perttu Ahola`).
    func namesTheCompanyAfterIt(_ n: Int) -> Bool {
        isCompanyNoun(n) && !Self.personsTradeNouns.contains(infos[n].lower)
    }
    static let personsTradeNouns = HashSet64(["operator", "developer", "publisher", "broadcaster", "giant", "maker", "supplier", "miner", "brewer"].map(hash))
    static let upHash = hash("up")
    static let startHash = hash("start")

    static let companyNouns = HashSet64([
        "company", "firm", "carmaker", "automaker", "chipmaker", "retailer", "supermarket", "airline", "carrier",
        "lender", "insurer", "bank", "broadcaster", "publisher", "startup", "start-up", "conglomerate", "giant",
        "manufacturer", "operator", "utility", "supplier", "group", "maker", "developer", "brewer", "miner",
        // Bodies named the same way (`the energy regulator, Ofgem,`, `the charity Oxfam`).
        "regulator", "watchdog", "charity", "newspaper", "tabloid",
    ].map(hash))

    /// `St. Ignatius of Loyola Church`: a name with `of` in it that ends in a body's head
    /// word is the body, not a person (the tagger had `Ignatius of Loyola Church`), with the
    /// saint it is named for; so is `Church of St. Mary` (a body and a person `Mary`).
    mutating func bodiesNamedForSaints() {
        // `Church of St. Mary`: the name runs on through the saint's (found as a person).
        var k = 0
        while k + 1 < mentions.count {
            defer { k += 1 }
            let m = mentions[k], next = mentions[k + 1]
            guard m.type == .org || m.type == .place, m.end - m.start >= 3, Self.saintHashes.contains(infos[m.end - 1].lower),
                  isWord(m.end - 2, Self.ofHash), next.start == m.end, next.type == .person, next.end - next.start <= 2 else { continue }
            mentions[k].end = next.end
            mentions.remove(at: k + 1)
        }
        for k in mentions.indices where mentions[k].type == .person && mentions[k].end - mentions[k].start >= 3 {
            let m = mentions[k]
            guard Self.organisationHeads.contains(infos[m.end - 1].lower),
                  (m.start + 1..<m.end - 1).contains(where: { isWord($0, Self.ofHash) }) else { continue }
            mentions[k].type = .org
            if m.start > 0, Self.saintHashes.contains(infos[m.start - 1].lower), infos[m.start - 1].capitalized,
               !mentions.contains(where: { $0.end == m.start }) {
                mentions[k].start = m.start - 1
            }
        }
    }

    static let saintHashes = HashSet64(["st", "st.", "saint"].map(hash))
    static let republicHash = hash("republic")
}
