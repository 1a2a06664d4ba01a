/// A span found by rules over tokens: token indices `[start, end)`.
struct RuleSpan {
    var start: Int
    var end: Int
    var type: EntityType
    var resolvedDate: String?
}

/// Words the money, percent and date rules look for, by lower-case hash.
enum Keyword: Sendable {
    case month(Int)
    case weekday(Int)  // ISO: 1 = Monday
    case scale
    case currencyWord
    /// An ISO code or `Rs`: before the number (`USD 5 million`, `Rs 500 crore`) or after it.
    case currencyCode
    case percentWord
    case per
    case cent
    case relativeDay(Int)  // yesterday -1, today 0, tomorrow 1
    case last, next, this, past, coming
    case unit(DateUnit)
    case dayPart
    case yearPreposition
    case futureCue
    case the, of

    enum DateUnit: Sendable { case week, month, year, weekend }

    static let table: [UInt64: Keyword] = {
        var t: [UInt64: Keyword] = [:]
        func add(_ words: [String], _ k: Keyword) {
            for w in words { t[TokenInfo(Array(w.unicodeScalars)[...]).lower] = k }
        }
        let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                      "september", "october", "november", "december"]
        for (i, m) in months.enumerated() { add([m], .month(i + 1)) }
        for (i, m) in ["jan.", "feb.", "mar.", "apr.", "may.", "jun.", "jul.", "aug.", "sep.", "oct.", "nov.", "dec."].enumerated() {
            add([m], .month(i + 1))
        }
        add(["sept.", "sept"], .month(9))
        for (i, d) in ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].enumerated() {
            add([d], .weekday(i + 1))
        }
        add(["thousand", "million", "billion", "trillion", "bn", "mn", "m", "k", "tn", "crore", "crores",
             "lakh", "lakhs"], .scale)
        add(["dollar", "dollars", "euro", "euros", "pound", "pounds", "yen", "yuan", "renminbi",
             "rupee", "rupees", "peso", "pesos", "franc", "francs", "rubles", "roubles", "ruble",
             "won", "cents", "pence", "shekels", "rand", "dinars", "riyals",
             "lira", "krona", "kronor", "baht", "ringgit",
             // More currencies, spelt out (not those that are also English words: `real`,
             // `dong`, `kip`, `som`).
             "shilling", "shillings", "naira", "cedi", "cedis", "kwacha", "birr", "dirham", "dirhams",
             "riyal", "dinar", "shekel", "rupiah", "taka", "rial", "rials", "hryvnia", "hryvnias",
             "zloty", "zlotys", "kroner", "krone", "forint", "forints", "reais", "bolivar", "bolivars",
             "lire", "liras", "kyat", "tenge", "manat", "escudos"], .currencyWord)
        add(["usd", "eur", "gbp", "inr", "rs", "jpy", "cny", "chf", "aud", "cad", "hkd", "sgd"], .currencyCode)
        add(["percent", "pct", "percentage"], .percentWord)
        add(["per"], .per)
        add(["cent"], .cent)
        add(["yesterday"], .relativeDay(-1))
        add(["today", "tonight"], .relativeDay(0))
        add(["tomorrow"], .relativeDay(1))
        add(["last"], .last)
        add(["next"], .next)
        add(["this"], .this)
        add(["past", "previous"], .past)
        add(["coming"], .coming)
        add(["week"], .unit(.week))
        add(["month"], .unit(.month))
        add(["year"], .unit(.year))
        add(["weekend"], .unit(.weekend))
        add(["morning", "afternoon", "evening", "night"], .dayPart)
        add(["in", "since", "by", "until", "till", "during", "from", "before", "after", "early",
             "late", "mid", "through", "throughout", "between", "and"], .yearPreposition)
        // (`would`: in news, what someone said would happen: `said her government would boost
        // spending by March`.)
        add(["will", "'ll", "\u{2019}ll", "shall", "would", "upcoming", "scheduled", "expected", "due", "plans", "planned", "set",
             // `the fiscal year that begins July 1`: what a timetable says is ahead.
             "begins", "starts", "opens", "resumes", "expires"], .futureCue)
        add(["the"], .the)
        add(["of"], .of)
        return t
    }()
}

/// MONEY, PERCENT and DATE by rules over tokens; DATE values resolved against the
/// article date.
struct NumericEntityFinder {
    let text: [Unicode.Scalar]
    let tokens: [Token]
    let infos: [TokenInfo]
    let articleDate: Day?

    private func keyword(_ i: Int) -> Keyword? {
        guard i >= 0 && i < tokens.count else { return nil }
        let h = infos[i].lower
        // Most words are no keyword: a 4096-bit filter answers that without hashing again.
        let bit = Int(truncatingIfNeeded: h >> 52)
        guard Keyword.filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        return Keyword.lookup(h)
    }

    private func scalar(_ i: Int) -> Unicode.Scalar? {
        i >= 0 && i < tokens.count && tokens[i].end - tokens[i].start == 1 ? text[tokens[i].start] : nil
    }

    private func isNumber(_ i: Int) -> Bool {
        i >= 0 && i < tokens.count && Tokenizer.isDigit(text[tokens[i].start])
    }

    /// A number token with a scale glued on (`5m`, `2bn`).
    private func isNumberWithScale(_ i: Int) -> Bool {
        guard isNumber(i) else { return false }
        var j = tokens[i].start
        while j < tokens[i].end, Tokenizer.isDigit(text[j]) || text[j] == "." || text[j] == "," { j += 1 }
        let rest = Tokenizer.string(text[j..<tokens[i].end]).lowercased()
        return ["m", "bn", "mn", "k", "b", "tn"].contains(rest)
    }

    /// The integer value of an all-digit token.
    private func intValue(_ i: Int) -> Int? {
        guard i >= 0, i < tokens.count, tokens[i].end - tokens[i].start <= 4 else { return nil }
        var v = 0
        for j in tokens[i].start..<tokens[i].end {
            guard Tokenizer.isDigit(text[j]) else { return nil }
            v = v * 10 + Int(text[j].value - 48)
        }
        return v
    }

    /// 1-31 written as `19` or `19th`.
    private func dayOfMonth(_ i: Int) -> Int? {
        guard i >= 0, i < tokens.count else { return nil }
        let s = Tokenizer.string(text[tokens[i].start..<tokens[i].end]).lowercased()
        var digits = s
        for suffix in ["st", "nd", "rd", "th"] where s.hasSuffix(suffix) { digits = String(s.dropLast(2)) }
        guard let d = Int(digits), (1...31).contains(d), digits.count <= 2 else { return nil }
        return d
    }

    private func year(_ i: Int) -> Int? {
        guard let v = intValue(i), tokens[i].end - tokens[i].start == 4, (1000...2999).contains(v) else { return nil }
        return v
    }

    func find() -> [RuleSpan] {
        var out: [RuleSpan] = []
        var i = 0
        let n = tokens.count
        while i < n {
            // Every rule starts at a digit, a currency sign or a keyword: skip the other
            // tokens (most of them) without asking each rule.
            if !Tokenizer.isDigit(text[tokens[i].start]), keyword(i) == nil, !isCurrencySign(i) {
                i += 1
                continue
            }
            if let s = money(at: i) ?? percent(at: i) ?? date(at: i) {
                out.append(s)
                i = s.end
            } else {
                i += 1
            }
        }
        return out
    }

    // MARK: Money and percent

    /// Token `i` is a currency sign alone (compared directly: hashing every comma and
    /// period into a set showed in profiles).
    private func isCurrencySign(_ i: Int) -> Bool {
        guard let c = scalar(i) else { return false }
        switch c {
        case "$", "£", "€", "¥", "₹", "₩", "₽": return true
        default: return false
        }
    }

    private func money(at i: Int) -> RuleSpan? {
        if isCurrencySign(i), isNumber(i + 1) {
            var start = i
            // US$, A$, C$, HK$ written together.
            if i > 0, tokens[i - 1].end == tokens[i].start, infos[i - 1].capitalized,
               tokens[i - 1].end - tokens[i - 1].start <= 2 { start = i - 1 }
            return RuleSpan(start: start, end: afterScales(i + 2), type: .money)
        }
        // `USD 5 million`, `Rs 500 crore`: a code written in capitals (`Rs` as it is).
        if case .currencyCode? = keyword(i), infos[i].capitalized,
           let number = isNumber(i + 1) ? i + 1 : (scalar(i + 1) == "." && tokens[i].end == tokens[i + 1].start && isNumber(i + 2) ? i + 2 : nil) {
            // (`Rs. 20 lakh`: the abbreviation's stop is a token of its own)
            return RuleSpan(start: i, end: afterScales(number + 1), type: .money)
        }
        if isNumber(i) {
            let end = afterScales(i + 1)
            if case .currencyCode? = keyword(end), infos[end].capitalized { return RuleSpan(start: i, end: end + 1, type: .money) }
            // `300,000 Swiss francs`, `5 million Hong Kong dollars`: whose currency, before it.
            if keyword(end) == nil, infos.indices.contains(end), infos[end].capitalized {
                var word = end
                while word < end + 2, infos.indices.contains(word + 1), infos[word + 1].capitalized, keyword(word + 1) == nil { word += 1 }
                if case .currencyWord? = keyword(word + 1) { return RuleSpan(start: i, end: word + 2, type: .money) }
            }
            if case .currencyWord? = keyword(end) {
                // "won" is a verb far more often than a currency.
                if infos[end].lower == Keyword.wonHash, end == i + 1, !isNumberWithScale(i) { return nil }
                return RuleSpan(start: i, end: end + 1, type: .money)
            }
        }
        return nil
    }

    /// Past the scale words from `i` on, up to two (`20 lakh`, `1.2 lakh crore`).
    private func afterScales(_ i: Int) -> Int {
        var end = i
        while end < i + 2, case .scale? = keyword(end) { end += 1 }
        return end
    }

    private func percent(at i: Int) -> RuleSpan? {
        guard isNumber(i) else { return nil }
        if scalar(i + 1) == "%" { return RuleSpan(start: i, end: i + 2, type: .percent) }
        if case .percentWord? = keyword(i + 1) {
            // `5 percentage points` whole.
            let points = i + 2 < tokens.count && (infos[i + 2].lower == Keyword.pointsHash || infos[i + 2].lower == Keyword.pointHash)
            return RuleSpan(start: i, end: points ? i + 3 : i + 2, type: .percent)
        }
        if case .per? = keyword(i + 1), case .cent? = keyword(i + 2) { return RuleSpan(start: i, end: i + 3, type: .percent) }
        return nil
    }

    // MARK: Dates

    private func date(at i: Int) -> RuleSpan? {
        // (`4 July 1996`: a day first.)
        guard let k = keyword(i) else { return monthDate(at: i) ?? numericDate(at: i) ?? bareYear(at: i) }
        switch k {
        case .weekday(let w) where infos[i].capitalized:
            // "Tuesday night" is marked as "Tuesday" (the part of the day is not a date).
            let end = i + 1
            // "Tuesday, June 19, 2018" is one date.
            if scalar(end) == ",", let full = monthDate(at: end + 1) {
                return RuleSpan(start: i, end: full.end, type: .date, resolvedDate: full.resolvedDate)
            }
            if let full = monthDate(at: end) {
                return RuleSpan(start: i, end: full.end, type: .date, resolvedDate: full.resolvedDate)
            }
            return RuleSpan(start: i, end: end, type: .date, resolvedDate: resolveWeekday(w, at: i))
        case .month where infos[i].capitalized:
            return monthDate(at: i)
        case .relativeDay(let d) where !(i + 1 < tokens.count && isPossessive(i + 1)):
            var end = i + 1
            if case .dayPart? = keyword(end) { end += 1 }
            return RuleSpan(start: i, end: end, type: .date, resolvedDate: articleDate?.adding(days: d).description)
        case .last, .next, .this, .past, .coming:
            guard case .unit(let u)? = keyword(i + 1) else {
                if case .weekday(let w)? = keyword(i + 1), infos[i + 1].capitalized {
                    return RuleSpan(start: i, end: i + 2, type: .date, resolvedDate: resolveWeekday(w, at: i + 1, modifier: k))
                }
                return nil
            }
            return RuleSpan(start: i, end: i + 2, type: .date, resolvedDate: resolveRelative(k, u))
        default:
            return numericDate(at: i) ?? bareYear(at: i)
        }
    }

    private func isPossessive(_ i: Int) -> Bool {
        tokens[i].end - tokens[i].start == 2 && Tokenizer.isApostrophe(text[tokens[i].start])
    }

    /// `June 19, 2018`, `June 19`, `June 2018`, `June`; also `19 June 2018`.
    private func monthDate(at i: Int) -> RuleSpan? {
        if let d = dayOfMonth(i), case .month(let m)? = keyword(i + 1), infos[i + 1].capitalized {
            if let y = year(i + 2) { return RuleSpan(start: i, end: i + 3, type: .date, resolvedDate: Self.format(y, m, d)) }
            return RuleSpan(start: i, end: i + 2, type: .date, resolvedDate: resolveMonthDay(m, d, at: i))
        }
        guard case .month(let m)? = keyword(i), infos[i].capitalized else { return nil }
        if let d = dayOfMonth(i + 1) {
            if scalar(i + 2) == ",", let y = year(i + 3) {
                return RuleSpan(start: i, end: i + 4, type: .date, resolvedDate: Self.format(y, m, d))
            }
            if let y = year(i + 2) { return RuleSpan(start: i, end: i + 3, type: .date, resolvedDate: Self.format(y, m, d)) }
            return RuleSpan(start: i, end: i + 2, type: .date, resolvedDate: resolveMonthDay(m, d, at: i))
        }
        if let y = year(i + 1) {
            return RuleSpan(start: i, end: i + 2, type: .date, resolvedDate: Self.format(y, m))
        }
        if scalar(i + 1) == ",", let y = year(i + 2) {
            return RuleSpan(start: i, end: i + 3, type: .date, resolvedDate: Self.format(y, m))
        }
        // "May" and "March" alone are also a verb, a name and a noun: ask for a date word
        // before them (`in May`, `the end of March`, `mid-March`).
        if m == 5 || m == 3 {
            guard let k = keyword(i - 1) ?? (scalar(i - 1) == "-" ? keyword(i - 2) : nil) else { return nil }
            switch k {
            case .yearPreposition, .last, .next, .this, .past, .coming, .of: break
            default: return nil
            }
        }
        return RuleSpan(start: i, end: i + 1, type: .date, resolvedDate: resolveMonth(m, at: i))
    }

    /// `2018-06-19` and `6/19/2018`.
    private func numericDate(at i: Int) -> RuleSpan? {
        if let y = year(i), scalar(i + 1) == "-", let m = intValue(i + 2), scalar(i + 3) == "-", let d = intValue(i + 4),
           tokens[i + 4].end - tokens[i + 2].start == 5, Day(year: y, month: m, day: d) != nil {
            return RuleSpan(start: i, end: i + 5, type: .date, resolvedDate: Self.format(y, m, d))
        }
        if let m = intValue(i), scalar(i + 1) == "/", let d = intValue(i + 2), scalar(i + 3) == "/", let y = year(i + 4),
           Day(year: y, month: m, day: d) != nil {
            return RuleSpan(start: i, end: i + 5, type: .date, resolvedDate: Self.format(y, m, d))
        }
        return nil
    }

    static let partsOfAYear: HashSet64 = HashSet64(["half", "quarter", "end", "start", "beginning", "middle",
        "summer", "winter", "spring", "autumn", "fall", "months", "rest", "remainder", "part"].map(ArticleEntities.hash))

    static let amountNouns: HashSet64 = HashSet64(["total", "sum", "maximum", "minimum", "average", "crowd",
        "population", "score", "tally", "count", "number", "figure", "height", "depth", "length", "distance",
        "capacity", "budget", "cost", "price", "value", "fine", "increase", "decrease", "rise", "fall", "drop",
        "loss", "gain", "deficit", "surplus", "record", "estimate", "turnout", "attendance", "out", "some",
        "lot", "group", "team", "force", "army", "workforce", "staff", "fleet", "series"].map(ArticleEntities.hash))
    static let clauseEnds: Set<Unicode.Scalar> = [",", ".", ";", ":", "!", "?", ")", "\u{201D}", "\""]

    /// A year after `in`, `since`, `by` ... (`in 2016`), as `2016`.
    private func bareYear(at i: Int) -> RuleSpan? {
        guard let y = year(i), (1900...2100).contains(y), i > 0 else { return nil }
        switch keyword(i - 1) {
        case .yearPreposition?: break
        // `the second half of 2027`, `the end of 2025`; not a count (`a total of 2025 votes`).
        case .of? where i >= 2 && Self.partsOfAYear.contains(infos[i - 2].lower): break
        // `It reminded me of 2011.`, `the floods of 2011,`: closing its clause after `of`, a
        // year, not a count (`a total of 2025.`).
        case .of? where i >= 2 && !Self.amountNouns.contains(infos[i - 2].lower)
            && (i + 1 == tokens.count || tokens[i + 1].startsSentence || Self.clauseEnds.contains(scalar(i + 1) ?? " ")): break
        default: return nil
        }
        if scalar(i + 1) == "%" { return nil }
        return RuleSpan(start: i, end: i + 1, type: .date, resolvedDate: String(y))
    }

    // MARK: Resolution

    static func format(_ y: Int, _ m: Int, _ d: Int? = nil) -> String {
        let base = String(y) + "-" + (m < 10 ? "0" : "") + String(m)
        guard let d else { return base }
        guard Day(year: y, month: m, day: d) != nil else { return base }
        return base + "-" + (d < 10 ? "0" : "") + String(d)
    }

    /// A future tense word earlier in the sentence (`will`, `next`, `scheduled`).
    private func futureCue(before i: Int) -> Bool {
        var j = i - 1
        while j >= 0, j >= i - 10 {
            if tokens[j + 1].startsSentence { return false }
            switch keyword(j) {
            case .futureCue?, .next?, .coming?: return true
            case .last?, .past?: return false
            default:
                // `The ceremony takes place on January 10`: a timetable's present tense.
                if infos[j].lower == Self.placeHash, j > 0, Self.takeHashes.contains(infos[j - 1].lower) { return true }
                // `a trial across 40 hospitals starting in September`: what is to begin, unless
                // the sentence tells of the past (`I was in Bulgaria for five months, starting in October`).
                // (Not the noun: `At the beginning of May`.)
                if Self.startingHashes.contains(infos[j].lower), infos[j + 1].lower != ArticleEntities.ofHash { return !tellsOfThePast(before: j) }
            }
            j -= 1
        }
        return false
    }
    /// A past-tense auxiliary between the sentence's start and token `j`.
    private func tellsOfThePast(before j: Int) -> Bool {
        var k = j - 1
        while k >= 0 {
            if Self.pastAuxiliaries.contains(infos[k].lower) { return true }
            if tokens[k].startsSentence { break }
            k -= 1
        }
        return false
    }
    static let startingHashes: HashSet64 = HashSet64(["starting", "beginning"].map(ArticleEntities.hash))
    static let pastAuxiliaries: HashSet64 = HashSet64(["was", "were", "had", "did", "began", "started"].map(ArticleEntities.hash))
    static let placeHash = ArticleEntities.hash("place")
    static let takeHashes: HashSet64 = HashSet64(["takes", "take"].map(ArticleEntities.hash))

    private func resolveWeekday(_ w: Int, at i: Int, modifier: Keyword? = nil) -> String? {
        guard let day = articleDate else { return nil }
        let today = day.isoWeekday
        let back = (today - w + 7) % 7
        let ahead = (w - today + 7) % 7
        switch modifier {
        case .last?, .past?: return day.adding(days: back == 0 ? -7 : -back).description
        case .next?, .coming?: return day.adding(days: ahead == 0 ? 7 : ahead).description
        case .this?: return day.adding(days: futureCue(before: i) ? ahead : -back).description
        default: return day.adding(days: futureCue(before: i) ? ahead : -back).description
        }
    }

    private func resolveMonth(_ m: Int, at i: Int) -> String? {
        guard let day = articleDate else { return nil }
        if case .last? = keyword(i - 1) { return Self.format(m < day.month ? day.year : day.year - 1, m) }
        if case .next? = keyword(i - 1) { return Self.format(m > day.month ? day.year : day.year + 1, m) }
        // The month right after the article's is the coming one (`a cut in June` on 2 May),
        // as a month-and-day date within 31 days is; any other later month, the last one.
        // (Not across the new year: `January of this year` is often written in December.)
        let future = futureCue(before: i) || m == day.month + 1
        let y = m == day.month ? day.year : (m < day.month ? (future ? day.year + 1 : day.year) : (future ? day.year : day.year - 1))
        return Self.format(y, m)
    }

    private func resolveMonthDay(_ m: Int, _ d: Int, at i: Int) -> String? {
        guard let day = articleDate else { return nil }
        let thisYear = Day(year: day.year, month: m, day: d)
        let future = futureCue(before: i)
        guard let candidate = thisYear else { return Self.format(day.year, m) }
        if candidate > day, !future, candidate.ordinal - day.ordinal > 31 { return Self.format(day.year - 1, m, d) }
        if candidate < day, future, day.ordinal - candidate.ordinal > 31 { return Self.format(day.year + 1, m, d) }
        return Self.format(day.year, m, d)
    }

    /// `last week` -> the ISO week before (`2018-W24`); `last month` -> `2018-05`;
    /// `last year` -> `2017`; likewise `this` and `next`.
    private func resolveRelative(_ k: Keyword, _ unit: Keyword.DateUnit) -> String? {
        guard let day = articleDate else { return nil }
        let offset: Int
        switch k {
        case .last, .past: offset = -1
        case .next, .coming: offset = 1
        default: offset = 0
        }
        switch unit {
        case .week, .weekend:
            let target = day.adding(days: 7 * offset)
            if unit == .weekend {
                // The weekend before (or after) the article's week: its Saturday.
                let saturday = target.adding(days: 6 - target.isoWeekday)
                return saturday.description
            }
            return Self.isoWeek(target)
        case .month:
            var y = day.year, m = day.month + offset
            if m < 1 { m += 12; y -= 1 }
            if m > 12 { m -= 12; y += 1 }
            return Self.format(y, m)
        case .year:
            return String(day.year + offset)
        }
    }

    /// ISO 8601 week of a day: `2018-W25`.
    static func isoWeek(_ d: Day) -> String {
        let thursday = d.adding(days: 4 - d.isoWeekday)
        let jan1 = Day(year: thursday.year, month: 1, day: 1)!
        let week = (thursday.ordinal - jan1.ordinal) / 7 + 1
        return "\(thursday.year)-W" + (week < 10 ? "0" : "") + String(week)
    }
}

extension Keyword {
    static let filter: [UInt64] = {
        var f = [UInt64](repeating: 0, count: 64)
        for h in table.keys {
            let bit = Int(truncatingIfNeeded: h >> 52)
            f[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        return f
    }()

    /// `table` as open addressing over the hashes' own bits (the keys are already mixed):
    /// `Dictionary` hashed them again, for every `the`, `of` and `in` of the text.
    private static let slots: (keys: [UInt64], values: [Keyword?]) = {
        var keys = [UInt64](repeating: 0, count: 1024)
        var values = [Keyword?](repeating: nil, count: 1024)
        for (h, k) in table {
            var i = Int(truncatingIfNeeded: h >> 20) & 1023
            while values[i] != nil { i = (i + 1) & 1023 }
            keys[i] = h
            values[i] = k
        }
        return (keys, values)
    }()

    @inline(__always) static func lookup(_ h: UInt64) -> Keyword? {
        let s = slots
        var i = Int(truncatingIfNeeded: h >> 20) & 1023
        while let v = s.values[i] {
            if s.keys[i] == h { return v }
            i = (i + 1) & 1023
        }
        return nil
    }

    static let wonHash = TokenInfo(Array("won".unicodeScalars)[...]).lower
    static let pointHash = TokenInfo(Array("point".unicodeScalars)[...]).lower
    static let pointsHash = TokenInfo(Array("points".unicodeScalars)[...]).lower
}
