import Testing
@testable import LedeCore

@Suite struct QueryCompletionTests {
    let seeds = QueryIndex(articles: QueryFixtures.seeds())

    @Test func prefixesOfCanonicalNamesVariantsAndLaterWordsComplete() {
        #expect(seeds.entityCompletions(.org, prefix: "mic").map(\.canonical) == ["Microsoft"])
        #expect(seeds.entityCompletions(.org, prefix: "ic").map(\.canonical) == ["Immigration and Customs Enforcement"])
        #expect(seeds.entityCompletions(.org, prefix: "ic").first?.matchedName == "ICE")
        #expect(seeds.entityCompletions(.person, prefix: "smi").map(\.canonical) == ["Brad Smith"])
        #expect(seeds.entityCompletions(.place, prefix: "mic").isEmpty)
    }

    @Test func entitiesInMoreArticlesComeFirst() {
        let people = seeds.entityCompletions(.person, prefix: "")
        // Two people are in both seeds; equal counts go alphabetically.
        #expect(people.prefix(3).map(\.canonical) == ["Donald Trump", "Satya Nadella", "Brad Smith"])
        #expect(people.prefix(3).map(\.articleCount) == [2, 2, 1])
        #expect(seeds.entityCompletions(.person, prefix: "", limit: 2).count == 2)
    }

    @Test func insertionsQuoteNamesWithSpaces() {
        let smith = seeds.entityCompletions(.person, prefix: "brad")[0]
        #expect(smith.insertion(field: .person) == "person:\"Brad Smith\"")
        #expect(seeds.entityCompletions(.org, prefix: "giz")[0].insertion(field: .org) == "org:Gizmodo")
    }

    @Test func theTermUnderTheCursorIsFound() {
        let text = "date:2018 org:mic cloud"
        let c = seeds.completions(in: text, cursor: 17)
        #expect(c?.field == .org)
        #expect(c?.typed == "mic")
        #expect(c?.range == 10..<17)
        #expect(c?.candidates.first?.canonical == "Microsoft")
        #expect(seeds.completions(in: text, cursor: 4) == nil)
        #expect(seeds.completions(in: text, cursor: 23) == nil)
    }

    @Test func quotedValuesBeingTypedComplete() {
        let text = "-person:\"Brad Sm"
        let c = seeds.completions(in: text, cursor: text.count)
        #expect(c?.typed == "Brad Sm")
        #expect(c?.range == 1..<16)
        #expect(c?.candidates.map(\.canonical) == ["Brad Smith"])
    }
}
