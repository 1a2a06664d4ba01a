import Foundation

/// Builds the gazetteer from the lists in `../shared/ner/gazetteers/` (see LICENSES.md there).
enum GazetteerBuilder {
    /// How many of the most frequent US Census surnames to keep (the tail is mostly rare
    /// names that are also ordinary words).
    static let lastNameCount = 30_000
    static let bigCityPopulation = 1_000_000

    static let dateWords = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
        "Friday", "Saturday", "Sunday", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.",
        "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
    ]

    static func build(gazetteerFolder dir: String) throws -> [UInt64: UInt16] {
        var entries: [UInt64: UInt16] = [:]
        func add(_ phrase: some StringProtocol, _ list: Gazetteer.List) {
            let scalars = Array(String(phrase).unicodeScalars)
            let tokens = Tokenizer.tokenize(scalars)
            guard !tokens.isEmpty, tokens.count <= Gazetteer.maxWords else { return }
            let hashes = tokens.map { TokenInfo(scalars[$0.start..<$0.end]).lower }
            entries[Gazetteer.phraseHash(hashes), default: 0] |= list.bit
            for k in 1..<hashes.count { entries[Gazetteer.phraseHash(hashes[0..<k]), default: 0] |= Gazetteer.prefixBit }
        }
        func lines(_ name: String) throws -> [Substring] {
            let text = try String(contentsOfFile: dir + "/" + name, encoding: .utf8)
            return text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces)[...] }
                .filter { !$0.isEmpty }
        }
        func tsv(_ name: String) throws -> [[Substring]] {
            try lines(name).dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        }

        for l in try lines("first_names.txt") { add(l, .firstName) }
        for l in try lines("last_names_census1990.txt").prefix(lastNameCount) { add(l, .lastName) }
        for l in try lines("countries.txt") { add(l, .country) }
        for r in try tsv("countries.tsv") where r.count > 3 { add(r[2], .country); add(r[3], .city) }
        for l in try lines("cities_major.txt") { add(l, .city) }
        for r in try tsv("cities_geonames15000.tsv") where r.count > 3 {
            add(r[0], .city)
            add(r[1], .city)
            if let pop = Int(r[3]), pop >= bigCityPopulation { add(r[0], .bigCity); add(r[1], .bigCity) }
        }
        for l in try lines("regions_world.txt") { add(l, .region) }
        for r in try tsv("regions_admin1_major.tsv") where r.count > 1 { add(r[1], .region) }
        for l in try lines("us_states.txt") { add(l, .region) }
        for r in try tsv("us_states.tsv") where r.count > 2 { add(r[0], .region); add(r[2], .region) }
        for l in try lines("demonyms.txt") { add(l, .demonym) }
        for l in try lines("org_cue_words.txt") { add(l, .orgCue) }
        for l in try lines("loc_cue_words.txt") { add(l, .locCue) }
        for l in try lines("person_titles.txt") { add(l, .title) }
        for l in try lines("org_legal_suffixes.txt") { add(l, .orgSuffix) }
        for w in dateWords { add(w, .dateWord) }
        return entries
    }

    /// Words of the training text written lower-case at least `minimum` times and in at
    /// least 80% of their occurrences.
    static func addCommonWords(from docs: [CoNLLDocument], to entries: inout [UInt64: UInt16], minimum: Int = 5) {
        var lower: [String: Int] = [:]
        var total: [String: Int] = [:]
        for d in docs {
            for s in d.sentences {
                for (tok, _) in s {
                    let key = tok.lowercased()
                    total[key, default: 0] += 1
                    if tok.first?.isLowercase == true { lower[key, default: 0] += 1 }
                }
            }
        }
        for (w, n) in lower where n >= minimum && n * 5 >= total[w]! * 4 {
            let h = Gazetteer.phraseHash([TokenInfo(Array(w.unicodeScalars)[...]).lower])
            entries[h, default: 0] |= Gazetteer.List.commonWord.bit
        }
    }
}
