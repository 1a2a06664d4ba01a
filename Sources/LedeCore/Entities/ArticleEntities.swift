/// One mention before canonical names are chosen: token range and scalar span.
struct RawMention {
    var start: Int  // token index
    var end: Int
    var type: EntityType
    var resolvedDate: String?
    /// For an acronym defined in the text (`... Enforcement (ICE)`), the index of the
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
    private(set) var mentions: [RawMention] = []

    init(body: String, date: Day?, models: EntityModels) {
        text = Array(body.unicodeScalars)
        tokens = Tokenizer.tokenize(text)
        var infos: [TokenInfo] = []
        infos.reserveCapacity(tokens.count)
        for t in tokens { infos.append(TokenInfo(text[t.start..<t.end])) }
        self.infos = infos

        let rules = NumericEntityFinder(text: text, tokens: tokens, infos: infos, articleDate: date).find()
        var covered = [Bool](repeating: false, count: tokens.count)
        for r in rules { for i in r.start..<r.end { covered[i] = true } }
        var found = rules.map { RawMention(start: $0.start, end: $0.end, type: $0.type, resolvedDate: $0.resolvedDate) }

        var sentences: [Range<Int>] = []
        var s = 0
        for i in tokens.indices where i > s && tokens[i].startsSentence {
            sentences.append(s..<i)
            s = i
        }
        if s < tokens.count { sentences.append(s..<tokens.count) }
        let seqs = TaggerSequence.sequences(infos: infos, sentences: sentences, gazetteer: models.gazetteer)
        if let tagger = models.tagger {
            for (range, seq) in zip(sentences, seqs) {
                let tags = tagger.tag(seq)
                var i = 0
                while i < tags.count {
                    guard tags[i] != 0 else { i += 1; continue }
                    let kind = (tags[i] - 1) / 2
                    var j = i + 1
                    while j < tags.count, tags[j] == tags[i] + (tags[i] & 1) { j += 1 }
                    let type: EntityType = kind == 0 ? .person : kind == 1 ? .org : .place
                    if let m = clean(RawMention(start: range.lowerBound + i, end: range.lowerBound + j, type: type),
                                     gazetteer: seq, offset: range.lowerBound),
                       !(m.start..<m.end).contains(where: { covered[$0] }) {
                        found.append(m)
                        for k in m.start..<m.end { covered[k] = true }
                    }
                    i = j
                }
            }
        }
        found.sort { $0.start < $1.start }
        mentions = found
        defineAcronyms(&covered)
        propagate(&covered)
        addGroups(&covered, seqs: seqs, sentences: sentences)
        mentions.sort { $0.start < $1.start }
    }

    // MARK: Helpers over tokens

    func string(_ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        return String(String.UnicodeScalarView(text[tokens[start].start..<tokens[end - 1].end]))
    }

    func tokenText(_ i: Int) -> String { string(i, i + 1) }

    private func isPunctuation(_ i: Int) -> Bool {
        tokens[i].end - tokens[i].start == 1 && !Tokenizer.isWordScalar(text[tokens[i].start])
    }

    private func isPossessive(_ i: Int) -> Bool {
        let len = tokens[i].end - tokens[i].start
        guard len <= 2, Tokenizer.isApostrophe(text[tokens[i].start]) else { return false }
        return len == 1 || text[tokens[i].start + 1] == "s" || text[tokens[i].start + 1] == "S"
    }

    private func isAllCaps(_ i: Int) -> Bool {
        var letters = 0
        for j in tokens[i].start..<tokens[i].end {
            let c = text[j]
            if c == "." || c == "&" { continue }
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
    ]

    /// Trims a tagger span: titles before a person, possessive and punctuation at the end,
    /// a lower-case `the` at the start; takes in a capitalised `The` mid-sentence before an
    /// organisation (`The Seattle Times`).
    private func clean(_ m0: RawMention, gazetteer seq: TaggerSequence, offset: Int) -> RawMention? {
        var m = m0
        while m.end > m.start, isPossessive(m.end - 1) || isPunctuation(m.end - 1) && text[tokens[m.end - 1].start] != "." {
            m.end -= 1
        }
        while m.start < m.end, isPunctuation(m.start) || tokenText(m.start) == "the" { m.start += 1 }
        if m.type == .person {
            while m.end - m.start > 1, Self.roleWords.contains(tokenText(m.start).lowercased()) { m.start += 1 }
            if m.end - m.start == 1, Self.roleWords.contains(tokenText(m.start).lowercased()) { return nil }
        }
        guard m.start < m.end else { return nil }
        // A name starts with a capital, a digit or is an acronym; the tagger's lower-case
        // guesses are mostly wrong on edited news.
        let first = text[tokens[m.start].start]
        if !(infos[m.start].capitalized || Tokenizer.isDigit(first)) { return nil }
        if m.type == .org, m.start > 0, !tokens[m.start].startsSentence, tokenText(m.start - 1) == "The",
           !tokens[m.start - 1].startsSentence, m.start - 1 > 0, !isPunctuation(m.start - 2) || tokenText(m.start - 2) == "," {
            m.start -= 1
        }
        return m
    }

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
        let count = mentions.count
        for k in 0..<count {
            let m = mentions[k]
            guard m.type == .org || m.type == .place || m.type == .person, m.end + 2 < tokens.count,
                  tokenText(m.end) == "(", tokenText(m.end + 2) == ")", isAllCaps(m.end + 1) else { continue }
            let acronym = tokenText(m.end + 1).filter { $0 != "." }
            guard acronym == initials(m.start, m.end) || acronym.count >= 2 && initials(m.start, m.end).hasPrefix(acronym)
                    || Self.looseInitialsMatch(acronym, words: (m.start..<m.end).map(tokenText)) else { continue }
            let a = m.end + 1
            if let existing = mentions.firstIndex(where: { $0.start == a }) {
                mentions[existing].type = m.type
                mentions[existing].expands = k
            } else if !covered[a] {
                covered[a] = true
                mentions.append(RawMention(start: a, end: a + 1, type: m.type, expands: k))
            }
        }
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

    /// Names found once are names everywhere in the article: another occurrence of the
    /// same words (same capitalisation), or of a person's surname, gets the same type.
    private mutating func propagate(_ covered: inout [Bool]) {
        var known: [String: EntityType] = [:]
        var maxLength = 0
        for m in mentions where m.type == .person || m.type == .org || m.type == .place {
            let length = m.end - m.start
            guard length <= 6 else { continue }
            known[string(m.start, m.end)] = known[string(m.start, m.end)] ?? m.type
            maxLength = max(maxLength, length)
            if m.type == .person, length >= 2, infos[m.end - 1].capitalized {
                let surname = tokenText(m.end - 1)
                if known[surname] == nil { known[surname] = .person }
            }
        }
        guard !known.isEmpty else { return }
        var i = 0
        while i < tokens.count {
            guard !covered[i], infos[i].capitalized || isAllCaps(i) else { i += 1; continue }
            var matched = 0
            var type = EntityType.person
            var len = min(maxLength, tokens.count - i)
            while len >= 1 {
                if (i..<(i + len)).allSatisfy({ !covered[$0] }), let t = known[string(i, i + len)] {
                    matched = len
                    type = t
                    break
                }
                len -= 1
            }
            if matched > 0 {
                mentions.append(RawMention(start: i, end: i + matched, type: type))
                for k in i..<(i + matched) { covered[k] = true }
                i += matched
            } else {
                i += 1
            }
        }
    }

    // MARK: Groups

    static let partyMembers: Set<String> = ["Democrat", "Democrats", "Republican", "Republicans", "Tories", "Tory"]

    /// Nationalities, religions and party members (`Mexican`, `Muslim`, `Democrats`).
    private mutating func addGroups(_ covered: inout [Bool], seqs: [TaggerSequence], sentences: [Range<Int>]) {
        let demonymBit = UInt16(1) << UInt16(Gazetteer.List.demonym.rawValue)
        for (range, seq) in zip(sentences, seqs) {
            for (k, i) in range.enumerated() where !covered[i] && infos[i].capitalized {
                let isGroup = seq.gazBegin[k] & demonymBit != 0 && (k + 1 >= seq.gazInside.count || seq.gazInside[k + 1] & demonymBit == 0)
                    || Self.partyMembers.contains(tokenText(i))
                if isGroup {
                    covered[i] = true
                    mentions.append(RawMention(start: i, end: i + 1, type: .group))
                }
            }
        }
    }
}
