/// Places the text says are places: `the eastern city of Sievierodonetsk`, `the town of
/// Bakhmut`, `the province of Idlib`. The tagger misses names it never saw, or takes them
/// for people (`the town of Paradise`); the words before them settle it.
extension ArticleEntities {
    mutating func placesNamedAsSuch(_ covered: inout [Bool]) {
        var added = false
        for of in ofs where of >= 1 && of + 1 < tokens.count {
            let kind = of - 1
            guard infos[kind].lowercaseInitial, Self.kindsOfPlace.contains(infos[kind].lower),
                  tokens[of + 1].start == tokens[of].end + 1, isPlaceNameWord(of + 1) else { continue }
            var end = of + 2
            while end < tokens.count, end - of <= 3, tokens[end].start == tokens[end - 1].end + 1, isPlaceNameWord(end) { end += 1 }
            let start = of + 1
            if let k = mentions.firstIndex(where: { $0.start < end && $0.end > start }) {
                // A name found there already: only the tagger's guess of another type is corrected.
                if mentions[k].start == start, mentions[k].end == end, mentions[k].type == .person || mentions[k].type == .org {
                    mentions[k].type = .place
                }
                continue
            }
            mentions.append(RawMention(start: start, end: end, type: .place))
            for k in start..<end { covered[k] = true }
            added = true
        }
        if added { mentions.sort { $0.start < $1.start } }
    }

    private func isPlaceNameWord(_ k: Int) -> Bool {
        infos[k].capitalized && !isPunctuation(k) && !isPossessive(k) && !tokens[k].startsSentence
            && !isAllCaps(k) && !onList(k, .dateWord) && !isRole(k)
            && !Self.leadingFunctionWords.contains(infos[k].lower)
    }

    static let kindsOfPlace: HashSet64 = HashSet64([
        "city", "town", "village", "hamlet", "province", "region", "district", "county", "state", "port",
        "island", "islands", "municipality", "suburb", "neighbourhood", "neighborhood", "commune",
        "prefecture", "governorate", "oblast", "enclave", "settlement", "archipelago", "emirate", "canton",
    ].map(hash))

    /// `beat Wall Street's expectations`, where the tagger found a person `Street`: a street's
    /// name cut to its last word takes back the capitalised word before it, as a place.
    mutating func streetsCutShort(_ covered: inout [Bool]) {
        for k in mentions.indices where mentions[k].end - mentions[k].start == 1 {
            let m = mentions[k], before = m.start - 1
            guard before >= 0, Self.streetWords.contains(infos[m.start].lower), infos[m.start].capitalized,
                  !covered[before], infos[before].capitalized, !isPunctuation(before), !isAllCaps(before),
                  tokens[m.start].start == tokens[before].end + 1, !Self.leadingFunctionWords.contains(infos[before].lower)
            else { continue }
            mentions[k].start = before
            mentions[k].type = .place
            covered[before] = true
        }
    }
    static let streetWords: HashSet64 = HashSet64(["street", "avenue", "road", "boulevard", "lane"].map(hash))

    /// `The Hague`, `The Gambia`, `The Bronx` (and `THE HAGUE` of a dateline): a place whose
    /// listed name has its `The`, which the span the tagger gave leaves out.
    mutating func placesNamedWithThe(gazetteer: Gazetteer, covered: inout [Bool]) {
        for k in mentions.indices where mentions[k].type == .place || mentions[k].type == .org {
            let m = mentions[k], the = m.start - 1
            guard the >= 0, !covered[the], infos[the].capitalized, infos[the].lower == Self.theHash,
                  m.end - m.start <= 2, tokens[m.start].start == tokens[the].end + 1 else { continue }
            let flags = gazetteer.flags(ofPhrase: Gazetteer.phraseHash(infos[the..<m.end].lazy.map(\.lower)))
            guard flags & Self.placeLists != 0 else { continue }
            mentions[k].start = the
            mentions[k].type = .place
            covered[the] = true
        }
    }
}
