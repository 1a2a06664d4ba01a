/// Gives every mention the canonical name of its entity, agreeing across a batch of
/// articles: acronyms to what they stand for, surnames to the full name, near-misspellings
/// to the common spelling, `the`, possessives and titles off.
struct Canonicalizer {
    struct Item {
        var article: Int
        var index: Int
        var type: EntityType
        var text: String
        /// The mention's own name: `the`, line breaks and possessive removed.
        var name: String
        var key: String
        /// The key of the entity it refers to (after acronym and surname resolution).
        var target: String
        var resolved = false
        var resolvedDate: String?
        /// Where the mention is in its article's text.
        var span: TextSpan
        /// The article's first token (a dateline, even after blank lines).
        var opensArticle = false
    }

    /// Lower case, without periods, curly apostrophes straightened (`U.S.` ~ `US`).
    static func key(_ name: String) -> String {
        // Mostly ASCII: lower-case the bytes straight into the new string.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = name.utf8
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                var n = 0
                for b in bytes where b != 0x2E {
                    out[n] = (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b
                    n += 1
                }
                return n
            }
        }
        var out = String.UnicodeScalarView()
        for u in name.unicodeScalars where u != "." {
            let v = u.value
            if v < 0x80 {
                out.append((v >= 0x41 && v <= 0x5A) ? Unicode.Scalar(v | 0x20)! : u)
            } else if v == 0x2019 {
                out.append("'")
            } else if u.properties.isUppercase {
                out.append(contentsOf: u.properties.lowercaseMapping.unicodeScalars)
            } else {
                out.append(u)
            }
        }
        return String(out)
    }

    /// The mention text with line breaks as spaces and a final possessive removed.
    static func name(of text: String, type: EntityType) -> String {
        let scalars = text.unicodeScalars
        var s = text
        if scalars.contains(where: { $0 == "\n" || $0 == "\t" || $0 == "\r" }) || text.containsASCII("  ") {
            s = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        guard let last = s.unicodeScalars.last, last == "s" || last == "'" || last == "\u{2019}" else { return s }
        for suffix in ["'s", "\u{2019}s", "'", "\u{2019}"] where s.hasSuffix(suffix) && s.count > suffix.count + 1 {
            s = String(s.dropLast(suffix.count))
            break
        }
        return s
    }

    static func keyName(_ name: String) -> String {
        name.hasPrefix("The ") || name.hasPrefix("the ") || name.hasPrefix("THE ") ? String(name.dropFirst(4)) : name
    }

    func canonicalize(_ articles: [ArticleEntities]) -> [[EntityMention]] {
        canonicalize(items: articles.enumerated().map { a, art in items(of: art, article: a) })
    }

    /// The first, per-article half: each mention's name and key, acronyms and surnames
    /// resolved within the article. What it returns is all the second half needs, so the
    /// article's tokens and text can go (a batch of whole articles would hold them all).
    func items(of art: ArticleEntities, article a: Int) -> [Item] {
        var items: [Item] = []
        items.reserveCapacity(art.mentions.count)
        for (i, m) in art.mentions.enumerated() {
            let text = art.string(m.start, m.end)
            let name = Self.name(of: text, type: m.type)
            let key = Self.key(Self.keyName(name))
            items.append(Item(article: a, index: i, type: m.type, text: text, name: name, key: key,
                              target: key, resolvedDate: m.resolvedDate,
                              span: TextSpan(art.tokens[m.start].start, art.tokens[m.end - 1].end), opensArticle: m.start == 0))
        }
        resolveWithinArticle(&items[...], article: art)
        return items
    }

    /// The second half, over the whole batch: one canonical name per entity. `perArticle`
    /// holds `items(of:article:)` of each article, in article order.
    func canonicalize(items perArticle: [[Item]]) -> [[EntityMention]] {
        var items = perArticle.flatMap { $0 }
        resolveAcrossCorpus(&items)
        let display = displayNames(items)
        var out: [[EntityMention]] = perArticle.map { _ in [] }
        for it in items {
            let canonical: String
            switch it.type {
            case .date: canonical = it.resolvedDate ?? it.name
            case .money, .percent: canonical = it.name
            default: canonical = display[Group(type: it.type, key: it.target)] ?? it.name
            }
            out[it.article].append(EntityMention(span: it.span, text: it.text, type: it.type,
                                                 canonical: canonical, resolvedDate: it.resolvedDate))
        }
        return out
    }

    struct Group: Hashable {
        var type: EntityType
        var key: String

        /// By a small number for the type, not its raw-value String (the synthesized way).
        func hash(into hasher: inout Hasher) {
            let t: UInt8
            switch type {
            case .person: t = 1
            case .org: t = 2
            case .place: t = 3
            case .money: t = 4
            case .date: t = 5
            case .percent: t = 6
            case .group: t = 7
            }
            hasher.combine(t)
            hasher.combine(key)
        }
    }

    private static func isAcronym(_ s: String) -> Bool {
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: capitals, digits and `&` are single characters; nothing else passes.
            var count = 0
            for b in s.utf8 where b != 0x2E {
                guard (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x26 else { return false }
                count += 1
            }
            return count >= 2 && count <= 8
        }
        let letters = s.filter { $0 != "." }
        return letters.count >= 2 && letters.count <= 8 && letters.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "&" }
    }

    static func isASCII(_ s: String) -> Bool {
        s.utf8.withContiguousStorageIfAvailable { b in !b.contains { $0 >= 0x80 } } ?? s.utf8.allSatisfy { $0 < 0x80 }
    }

    /// `s.split(separator: " ")`; for ASCII text by bytes (every byte but CR LF is its own
    /// Character there, and a space never joins another), skipping grapheme breaking.
    static func words(_ s: String, ascii: Bool) -> [Substring] {
        guard ascii else { return s.split(separator: " ") }
        var out: [Substring] = []
        let u = s.utf8
        var start = u.startIndex, i = start
        while i != u.endIndex {
            if u[i] == 0x20 {
                if start != i { out.append(Substring(u[start..<i])) }
                u.formIndex(after: &i)
                start = i
            } else {
                u.formIndex(after: &i)
            }
        }
        if start != u.endIndex { out.append(Substring(u[start..<u.endIndex])) }
        return out
    }

    /// Acronyms defined or spelled out in the article; surnames of people named in full.
    private func resolveWithinArticle(_ items: inout ArraySlice<Item>, article: ArticleEntities) {
        // The item of the mention starting at each token (-1: none); an array, not a
        // dictionary, since every mention gets an entry.
        var byStart = [Int](repeating: -1, count: article.tokens.count)
        var spelledOut: [String: String] = [:]  // initials -> key of the first such name
        var fullNamesBySurname: [Substring: [Int]] = [:]
        var fullNamesByFirstWord: [Substring: [Int]] = [:]
        var fullNamesByInnerWord: [Substring: [Int]] = [:]
        var shortForms: [String: String] = [:]  // `unity party` -> `unity party of america` ("": two names)
        var organisations: [String: Int] = [:]  // key -> its first item
        for j in items.indices {
            let it = items[j]
            byStart[article.mentions[it.index].start] = j
            if it.type == .org, organisations[it.key] == nil { organisations[it.key] = j }
            // No space byte, no " " character: one word (saves the split for most names).
            guard it.name.utf8.contains(0x20) else { continue }
            let ascii = Self.isASCII(it.name)
            let words = Self.words(it.name, ascii: ascii)
            guard words.count >= 2 else { continue }
            if it.type == .org, let cut = Self.shortForm(of: it.key) {
                shortForms[cut] = shortForms[cut] == nil || shortForms[cut] == it.key ? it.key : ""
            }
            // (Not a town and its state: `Denver, Colorado` spells no `DC`.)
            if it.type == .org || it.type == .place, !it.name.utf8.contains(0x2C) {
                // ASCII: a word's first Character is its first byte, upper-case when A-Z.
                let a = ascii ? String(decoding: words.compactMap { w in w.utf8.first.flatMap { $0 >= 0x41 && $0 <= 0x5A ? $0 : nil } },
                                       as: UTF8.self)
                    : String(words.compactMap { w in w.first.flatMap { $0.isUppercase ? $0 : nil } })
                if spelledOut[a] == nil { spelledOut[a] = it.key }
            } else if it.type == .person {
                fullNamesBySurname[words.last!, default: []].append(j)
                // (`Luiz Inácio Lula da Silva`, then `Lula`: a name known by a middle word.)
                if words.count >= 3 {
                    for w in words.dropFirst().dropLast() where w.first?.isUppercase == true && w.count > 2 && !w.hasSuffix(".") {
                        fullNamesByInnerWord[w, default: []].append(j)
                    }
                }
                // (Only a listed given name or surname first; not a title read as a name: `The God
                // Delusion`, `Barmouth Publicity`.)
                let m = article.mentions[it.index]
                if article.onList(m.start, .firstName) || article.onList(m.start, .lastName), !article.onList(m.end - 1, .commonWord) {
                    fullNamesByFirstWord[words.first!, default: []].append(j)
                }
            }
        }
        for j in items.indices {
            let m = article.mentions[items[j].index]
            if let k = m.expands, k >= 0, k < byStart.count, byStart[k] >= 0 {
                let full = byStart[k]
                items[j].target = items[full].key
                items[j].type = items[full].type
                items[j].resolved = true
            }
        }
        for j in items.indices where !items[j].resolved {
            let it = items[j]
            switch it.type {
            case .org where shortForms[it.key].map({ !$0.isEmpty }) == true:
                items[j].target = shortForms[it.key]!
                items[j].resolved = true
            case .org, .place:
                if it.type == .org, let formal = Self.formalNames(of: it.key).lazy.compactMap({ organisations[$0] }).first {
                    items[j].target = items[formal].target
                    items[j].resolved = true
                    continue
                }
                guard Self.isAcronym(it.name) else { continue }
                if let full = spelledOut[it.name.filter { $0 != "." }] {
                    items[j].target = full
                    items[j].resolved = true
                } else if article.isSpelledOutInLowerCase(article.mentions[it.index]) {
                    // `DRM (digital rights management)`: its own, not another article's `DRM`.
                    items[j].resolved = true
                }
            case .person:
                // `De Wever` after `Bart De Wever`, `von der Leyen` after `Ursula von der Leyen`:
                // a surname with its particle is the one person whose name ends with it.
                if let space = it.name.utf8.firstIndex(of: 0x20) {
                    // (Most names are not: a short Substring looked up as written, no new String.)
                    guard Self.surnameParticles.contains(it.name[..<space]) else { continue }
                    let suffix = " " + it.name
                    let fulls = items.indices.filter { items[$0].type == .person && items[$0].name.hasSuffix(suffix) }
                    guard let f = fulls.first, fulls.allSatisfy({ items[$0].target == items[f].target }) else { continue }
                    items[j].target = items[f].target
                    items[j].resolved = true
                    continue
                }
                // A name written family name first (`Lee Jae-myung`, then `Lee`), or a given
                // name alone in a quotation (`Carlos played ...`): the one person of the
                // article whose name starts with it, when no one's ends with it.
                func onePerson(_ f: [Int]) -> [Int]? { f.allSatisfy({ items[$0].target == items[f[0]].target }) ? f : nil }
                guard let fulls = fullNamesBySurname[Substring(it.name)]
                        ?? fullNamesByFirstWord[Substring(it.name)].flatMap(onePerson)
                        ?? fullNamesByInnerWord[Substring(it.name)].flatMap(onePerson)
                else { continue }
                // The nearest full name before, else the first after.
                var lo = 0, hi = fulls.count  // first index with fulls[index] > j
                while lo < hi { let mid = (lo + hi) / 2; if fulls[mid] < j { lo = mid + 1 } else { hi = mid } }
                let best = lo > 0 ? fulls[lo - 1] : fulls[0]
                items[j].target = Self.salientTarget(nearest: items[best].target, among: fulls, before: j, in: items)
                items[j].resolved = true
            default:
                continue
            }
        }
    }

    static let surnameParticles: Set<Substring> = Set(["de", "del", "della", "van", "von", "le", "la", "da", "di", "du", "ter",
                                                         "ten", "dos", "das"].flatMap { [Substring($0), Substring($0.capitalized)] })

    /// Which of several people sharing a surname a lone surname means. News names its subject
    /// in full and then by surname, and names a relative or a namesake in full each time
    /// (`Ginger Baker died ... confirmed by his daughter Nettie Baker. ... Baker was
    /// hospitalized`; `Mayor of London Sadiq Khan (no relation)` in a story about Usman Khan):
    /// so the one named most so far, the first named on a tie, rather than the nearest. One not
    /// named in the last 40 names gives way (a round-up has moved on to another story).
    static func salientTarget(nearest: String, among fulls: [Int], before j: Int, in items: ArraySlice<Item>) -> String {
        guard fulls.contains(where: { items[$0].target != nearest }) else { return nearest }
        var candidates: [String] = []
        for f in fulls where !candidates.contains(items[f].target) { candidates.append(items[f].target) }
        var counts = [Int](repeating: 0, count: candidates.count), last = counts
        for k in items.startIndex..<j {
            if let c = candidates.firstIndex(of: items[k].target) { counts[c] += 1; last[c] = k }
        }
        var best: Int?
        for c in candidates.indices where counts[c] > 0 && j - last[c] <= 40 && counts[c] > (best.map { counts[$0] } ?? 0) { best = c }
        return best.map { candidates[$0] } ?? nearest
    }

    /// The formal names of a body the article may also call by `key`: `department of
    /// justice` for `justice department`, `ministry of health` for `health ministry`, and
    /// for a few bodies known by their building or street, theirs (`the Pentagon`). Used
    /// only within an article, which names the body both ways: two countries' `Health
    /// Ministry` elsewhere in a corpus are not one.
    static func formalNames(of key: String) -> [String] {
        if let named = knownBy[key] { return named }
        for head in ["department", "ministry"] where key.hasSuffix(" " + head) {
            let field = key.dropLast(head.count + 1)
            guard !field.isEmpty, !field.hasSuffix(" of") else { return [] }
            return ["\(head) of \(field)", "\(head) of the \(field)"]
        }
        return []
    }

    static let knownBy: [String: [String]] = [
        "pentagon": ["department of defense", "defense department", "us department of defense", "united states department of defense"],
        "fed": ["federal reserve", "federal reserve board", "federal reserve system", "us federal reserve"],
        "scotland yard": ["metropolitan police", "metropolitan police service"],
    ]

    /// An organisation's name without what follows its `of` or `for`, as the article names
    /// it again after naming it in full (`Unity Party` for `Unity Party of America`); nil
    /// when that would leave a single word (`Bank` of `Bank of England`).
    static func shortForm(of key: String) -> String? {
        guard let at = key.utf8Offset(of: " of ") ?? key.utf8Offset(of: " for ") else { return nil }
        let head = Substring(key.utf8.prefix(at))
        return head.containsByte(UInt8(ascii: " ")) ? String(head) : nil
    }

    /// Surnames and acronyms not resolved in their own article, by an unambiguous match
    /// elsewhere in the batch; then near-misspellings merged into the commoner spelling.
    private func resolveAcrossCorpus(_ items: inout [Item]) {
        var fullBySurname: [String: Set<String>] = [:]
        var acronymTargets: [Group: Set<String>] = [:]
        for it in items {
            if it.type == .person, it.name.unicodeScalars.contains(" "), let last = Self.words(it.name, ascii: Self.isASCII(it.name)).last {
                fullBySurname[String(last), default: []].insert(it.key)
            }
            if it.resolved, Self.isAcronym(it.name) {
                acronymTargets[Group(type: it.type, key: it.key), default: []].insert(it.target)
            }
        }
        for j in items.indices where !items[j].resolved {
            let it = items[j]
            if it.type == .person, !it.name.unicodeScalars.contains(" "), let c = fullBySurname[it.name], c.count == 1 {
                items[j].target = c.first!
                items[j].resolved = true
            } else if Self.isAcronym(it.name), let c = acronymTargets[Group(type: it.type, key: it.key)], c.count == 1 {
                // (An acronym, not a word with its letters: `Who` opening a question is no `WHO`.)
                items[j].target = c.first!
                items[j].resolved = true
            }
        }
        mergeNearMisspellings(&items)
    }

    /// Union of names one edit apart (`Immigrations and Customs Enforcement`), found through
    /// single-deletion variants so the work stays linear in the number of names. Each set of
    /// names takes the commonest spelling, on a tie the one seen first in the batch: which
    /// one does must not depend on the order unions are made in (a `Dictionary`'s, which
    /// changes from run to run).
    private func mergeNearMisspellings(_ items: inout [Item]) {
        // Per name: how many mentions, and the first one's place in the batch.
        var counts: [Group: (count: Int, first: Int)] = [:]
        for (j, it) in items.enumerated() where it.type == .org || it.type == .place || it.type == .person {
            counts[Group(type: it.type, key: it.target), default: (0, j)].count += 1
        }
        func preferred(_ a: Group, over b: Group) -> Bool {
            let ca = counts[a]!, cb = counts[b]!
            return ca.count != cb.count ? ca.count > cb.count : ca.first < cb.first
        }
        let groups = counts.keys.sorted { ($0.key, $0.type.rawValue) < ($1.key, $1.type.rawValue) }
        var parent = Array(groups.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        // Polynomial hashes of each key and of each one-letter deletion, in O(length) per
        // key from prefix and suffix hashes.
        var byVariant: [UInt64: [Int]] = [:]
        var groupVariants: [(UInt64, Int)] = []
        let p: UInt64 = 1_000_003
        for (g, group) in groups.enumerated() {
            let chars = Array(group.key.unicodeScalars)
            let minLength = group.type == .person ? 12 : 8
            guard chars.count >= minLength else { continue }
            let n = chars.count
            var prefix = [UInt64](repeating: 0, count: n + 1)
            for i in 0..<n { prefix[i + 1] = prefix[i] &* p &+ UInt64(chars[i].value) }
            var suffix = [UInt64](repeating: 0, count: n + 1)  // hash of chars[i...]
            var power = [UInt64](repeating: 1, count: n + 1)
            for i in 1...n { power[i] = power[i - 1] &* p }
            for i in stride(from: n - 1, through: 0, by: -1) {
                suffix[i] = UInt64(chars[i].value) &* power[n - 1 - i] &+ suffix[i + 1]
            }
            let typeSalt = UInt64(group.type.hashValueStable)
            var variants: [UInt64] = [FeatureHash.combine(typeSalt, FeatureHash.combine(prefix[n], UInt64(n)))]
            for d in 0..<n where Tokenizer.isLetter(chars[d]) {
                let h = prefix[d] &* power[n - 1 - d] &+ suffix[d + 1]
                variants.append(FeatureHash.combine(typeSalt, FeatureHash.combine(h, UInt64(n - 1))))
            }
            // Each variant once per group (deleting either of two equal letters gives one).
            variants.sort()
            var last: UInt64? = nil
            for v in variants where v != last {
                groupVariants.append((v, g))
                last = v
            }
        }
        // Only variants that two groups share can merge anything: count them first so the
        // table of members holds just those.
        var seen = HashSet64(capacity: groupVariants.count)
        var shared = HashSet64()
        for (v, _) in groupVariants {
            if seen.contains(v) { shared.insert(v) } else { seen.insert(v) }
        }
        for (v, g) in groupVariants where shared.contains(v) { byVariant[v, default: []].append(g) }
        for (_, members) in byVariant where members.count > 1 {
            for other in members.dropFirst() where Self.similarEnough(groups[members[0]], groups[other]) {
                let a = find(members[0]), b = find(other)
                if a == b { continue }
                if preferred(groups[a], over: groups[b]) { parent[b] = a } else { parent[a] = b }
            }
        }
        var rename: [Group: String] = [:]
        for (g, group) in groups.enumerated() where find(g) != g { rename[group] = groups[find(g)].key }
        for j in items.indices {
            if let r = rename[Group(type: items[j].type, key: items[j].target)] { items[j].target = r }
        }
    }

    private static func similarEnough(_ a: Group, _ b: Group) -> Bool {
        let wa = words(a.key, ascii: isASCII(a.key)), wb = words(b.key, ascii: isASCII(b.key))
        guard wa.count == wb.count, a.key.first == b.key.first else { return false }
        if a.type == .person { return wa.last == wb.last }
        // A British and an American spelling name two bodies, not one misspelt: Australia's
        // `Labor Party` and Britain's `Labour Party`, a `Department of Labor` and of `Labour`.
        return !zip(wa, wb).contains { isRegionalSpelling(String($0), String($1)) }
    }

    /// `labour`/`labor`, `harbour`/`harbor`: the same word as Britain and America spell
    /// it. (Not `-isation`/`-ization` or `centre`/`center`: the press of one country respells
    /// the other's names that way, `World Health Organisation`, and they stay one.)
    static func isRegionalSpelling(_ a: String, _ b: String) -> Bool {
        let (x, y) = (a.lowercased(), b.lowercased())
        guard x.count != y.count else { return false }
        let (british, american) = x.count > y.count ? (x, y) : (y, x)
        return british.contains("our") && british.replacingOccurrences(of: "our", with: "or") == american
    }

    /// For each entity, the longest spelling among the mentions that name it in full
    /// (`The New York Times` over `New York Times`), the most frequent on a tie. A place is
    /// shown as written in running text rather than as a shouted dateline (`Washington`,
    /// not `WASHINGTON (AP) —`), and a place named only in a dateline is title-cased.
    private func displayNames(_ items: [Item]) -> [Group: String] {
        var counts: [Group: [String: Int]] = [:]
        var datelines = Set<Group>()
        for it in items where it.key == it.target {
            let g = Group(type: it.type, key: it.target)
            counts[g, default: [:]][it.name, default: 0] += 1
            if it.type == .place, it.opensArticle { datelines.insert(g) }
        }
        var out: [Group: String] = [:]
        for (g, names) in counts {
            var best = names.count == 1 ? names.first!.key : names.max { a, b in
                let la = a.key.count, lb = b.key.count
                if la != lb { return la < lb }
                if g.type == .place, Self.isShouted(a.key) != Self.isShouted(b.key) { return Self.isShouted(a.key) }
                if a.value != b.value { return a.value < b.value }
                return a.key > b.key
            }!.key
            if datelines.contains(g), Self.isShouted(best) {
                let words = best.split(separator: " ")
                // Words, not initials: `SAN FRANCISCO`, `PARIS`, `KYIV`, but not `U.S.`, `UK`,
                // `USA`, `USSR`.
                if words.allSatisfy({ $0.allSatisfy(\.isLetter) }),
                   words.count == 1 ? best.count >= 5 || best.count == 4 && best.dropFirst().contains(where: { "AEIOUY".contains($0) })
                                    : words.contains(where: { $0.count >= 4 }) {
                    best = words.map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
                }
            }
            out[g] = best
        }
        // Groups reached only through aliases: fall back to a mention's own name.
        for it in items where out[Group(type: it.type, key: it.target)] == nil {
            out[Group(type: it.type, key: it.target)] = it.name
        }
        return out
    }
}

extension Canonicalizer {
    /// Written in capitals only (`WASHINGTON`), as datelines are.
    static func isShouted(_ name: String) -> Bool {
        var upper = false
        for b in name.utf8 {
            if b >= 0x80 {
                return !name.unicodeScalars.contains { $0.properties.isLowercase } && name.unicodeScalars.contains { $0.properties.isUppercase }
            }
            if b >= 0x61 && b <= 0x7A { return false }
            if b >= 0x41 && b <= 0x5A { upper = true }
        }
        return upper
    }
}

extension EntityType {
    /// A small number per type that does not change between runs (unlike `hashValue`).
    var hashValueStable: Int { EntityType.allCases.firstIndex(of: self)! + 1 }
}
