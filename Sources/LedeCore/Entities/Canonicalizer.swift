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
    }

    static func key(_ name: String) -> String {
        var out = ""
        for c in name.lowercased() where c != "." {
            out.append(c == "\u{2019}" ? "'" : c)
        }
        return out
    }

    static func name(of text: String, type: EntityType) -> String {
        var s = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for suffix in ["'s", "\u{2019}s", "'", "\u{2019}"] where s.hasSuffix(suffix) && s.count > suffix.count + 1 {
            s = String(s.dropLast(suffix.count))
            break
        }
        return s
    }

    static func keyName(_ name: String) -> String {
        name.hasPrefix("The ") || name.hasPrefix("the ") ? String(name.dropFirst(4)) : name
    }

    func canonicalize(_ articles: [ArticleEntities]) -> [[EntityMention]] {
        var items: [Item] = []
        for (a, art) in articles.enumerated() {
            let firstItem = items.count
            for (i, m) in art.mentions.enumerated() {
                let text = art.string(m.start, m.end)
                let name = Self.name(of: text, type: m.type)
                let key = Self.key(Self.keyName(name))
                items.append(Item(article: a, index: i, type: m.type, text: text, name: name, key: key,
                                  target: key, resolvedDate: m.resolvedDate))
            }
            resolveWithinArticle(&items[firstItem...], article: art)
        }
        resolveAcrossCorpus(&items)
        let display = displayNames(items)
        var out: [[EntityMention]] = articles.map { _ in [] }
        for it in items {
            let m = articles[it.article].mentions[it.index]
            let art = articles[it.article]
            let span = TextSpan(art.tokens[m.start].start, art.tokens[m.end - 1].end)
            let canonical: String
            switch it.type {
            case .date: canonical = it.resolvedDate ?? it.name
            case .money, .percent: canonical = it.name
            default: canonical = display[Group(type: it.type, key: it.target)] ?? it.name
            }
            out[it.article].append(EntityMention(span: span, text: it.text, type: it.type,
                                                 canonical: canonical, resolvedDate: it.resolvedDate))
        }
        return out
    }

    struct Group: Hashable { var type: EntityType; var key: String }

    private static func isAcronym(_ s: String) -> Bool {
        let letters = s.filter { $0 != "." }
        return letters.count >= 2 && letters.count <= 8 && letters.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "&" }
    }

    /// Acronyms defined or spelled out in the article; surnames of people named in full.
    private func resolveWithinArticle(_ items: inout ArraySlice<Item>, article: ArticleEntities) {
        let lo = items.startIndex
        for j in items.indices {
            let m = article.mentions[items[j].index]
            if let k = m.expands, let full = items.firstIndex(where: { article.mentions[$0.index].start == k }) {
                items[j].target = items[full].key
                items[j].type = items[full].type
                items[j].resolved = true
            }
        }
        for j in items.indices where !items[j].resolved {
            let it = items[j]
            switch it.type {
            case .org, .place:
                guard Self.isAcronym(it.name) else { continue }
                let letters = it.name.filter { $0 != "." }
                if let full = items[lo...].first(where: { o in
                    (o.type == .org || o.type == .place) && o.name.split(separator: " ").count >= 2
                        && initials(o.name) == letters
                }) {
                    items[j].target = full.key
                    items[j].resolved = true
                }
            case .person:
                guard !it.name.contains(" ") else { continue }
                // The nearest full name before, else the first after, ending in this word.
                var best: Int?
                for o in items.indices where items[o].type == .person && items[o].name.contains(" ")
                    && items[o].name.hasSuffix(" " + it.name) {
                    if o < j { best = o } else if best == nil { best = o; break }
                }
                if let b = best {
                    items[j].target = items[b].target
                    items[j].resolved = true
                }
            default:
                continue
            }
        }
    }

    private func initials(_ name: String) -> String {
        String(name.split(separator: " ").compactMap { w in w.first.flatMap { $0.isUppercase ? $0 : nil } })
    }

    /// Surnames and acronyms not resolved in their own article, by an unambiguous match
    /// elsewhere in the batch; then near-misspellings merged into the commoner spelling.
    private func resolveAcrossCorpus(_ items: inout [Item]) {
        var fullBySurname: [String: Set<String>] = [:]
        var acronymTargets: [Group: Set<String>] = [:]
        for it in items {
            if it.type == .person, it.name.contains(" "), let last = it.name.split(separator: " ").last {
                fullBySurname[String(last), default: []].insert(it.key)
            }
            if it.resolved, Self.isAcronym(it.name) {
                acronymTargets[Group(type: it.type, key: it.key), default: []].insert(it.target)
            }
        }
        for j in items.indices where !items[j].resolved {
            let it = items[j]
            if it.type == .person, !it.name.contains(" "), let c = fullBySurname[it.name], c.count == 1 {
                items[j].target = c.first!
                items[j].resolved = true
            } else if let c = acronymTargets[Group(type: it.type, key: it.key)], c.count == 1 {
                items[j].target = c.first!
                items[j].resolved = true
            }
        }
        mergeNearMisspellings(&items)
    }

    /// Union of names one edit apart (`Immigrations and Customs Enforcement`), found through
    /// single-deletion variants so the work stays linear in the number of names.
    private func mergeNearMisspellings(_ items: inout [Item]) {
        var counts: [Group: Int] = [:]
        for it in items where it.type == .org || it.type == .place || it.type == .person {
            counts[Group(type: it.type, key: it.target), default: 0] += 1
        }
        let groups = counts.keys.sorted { ($0.key, $0.type.rawValue) < ($1.key, $1.type.rawValue) }
        var parent = Array(groups.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        var byVariant: [String: [Int]] = [:]
        for (g, group) in groups.enumerated() {
            let chars = Array(group.key)
            let minLength = group.type == .person ? 12 : 8
            guard chars.count >= minLength else { continue }
            var variants: Set<String> = [group.type.rawValue + "|" + group.key]
            for d in chars.indices where chars[d].isLetter {
                var v = chars
                v.remove(at: d)
                variants.insert(group.type.rawValue + "|" + String(v))
            }
            for v in variants { byVariant[v, default: []].append(g) }
        }
        for (_, members) in byVariant where members.count > 1 {
            for other in members.dropFirst() where Self.similarEnough(groups[members[0]], groups[other]) {
                let a = find(members[0]), b = find(other)
                if a == b { continue }
                // The commoner spelling is the root.
                if counts[groups[a]]! >= counts[groups[b]]! { parent[b] = a } else { parent[a] = b }
            }
        }
        var rename: [Group: String] = [:]
        for (g, group) in groups.enumerated() where find(g) != g { rename[group] = groups[find(g)].key }
        for j in items.indices {
            if let r = rename[Group(type: items[j].type, key: items[j].target)] { items[j].target = r }
        }
    }

    private static func similarEnough(_ a: Group, _ b: Group) -> Bool {
        let wa = a.key.split(separator: " "), wb = b.key.split(separator: " ")
        guard wa.count == wb.count, a.key.first == b.key.first else { return false }
        if a.type == .person { return wa.last == wb.last }
        return true
    }

    /// For each entity, the longest spelling among the mentions that name it in full
    /// (`The New York Times` over `New York Times`), the most frequent on a tie.
    private func displayNames(_ items: [Item]) -> [Group: String] {
        var counts: [Group: [String: Int]] = [:]
        for it in items where it.key == it.target {
            counts[Group(type: it.type, key: it.target), default: [:]][it.name, default: 0] += 1
        }
        var out: [Group: String] = [:]
        for (g, names) in counts {
            out[g] = names.max { a, b in
                let la = a.key.count, lb = b.key.count
                if la != lb { return la < lb }
                if a.value != b.value { return a.value < b.value }
                return a.key > b.key
            }!.key
        }
        // Groups reached only through aliases: fall back to a mention's own name.
        for it in items where out[Group(type: it.type, key: it.target)] == nil {
            out[Group(type: it.type, key: it.target)] = it.name
        }
        return out
    }
}
