import Foundation
import Testing
@testable import LedeCore

/// The two seed articles (the repo's `seeds/`): every entity the issue names, with one
/// canonical name per entity across both articles and dates resolved against 2018-06-19.
@Suite struct EntitySeedTests {
    static let seedsFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds").path

    static let analysed: (articles: [Article], mentions: [[EntityMention]]) = {
        let articles = CorpusLoader().load(paths: [seedsFolder]).articles
        return (articles, EntityExtractor().mentions(in: articles))
    }()

    var all: [EntityMention] { Self.analysed.mentions.flatMap { $0 } }

    func mentions(_ text: String) -> [EntityMention] { all.filter { $0.text == text } }

    @Test func theModelLoaded() {
        #expect(EntityExtractor().hasTagger)
        #expect(Self.analysed.articles.count == 2)
    }

    /// The indexer's workers keep one word cache from batch to batch: what it holds from
    /// other articles must not change what is found.
    @Test func aWarmWordCacheFindsTheSameMentions() {
        let articles = Self.analysed.articles
        let cache = EntityExtractor.WordCache()
        let warmUp = EntityExtractor().mentions(in: articles.reversed(), reusing: cache)
        #expect(warmUp.reversed().map { $0.map(\.span) } == Self.analysed.mentions.map { $0.map(\.span) })
        let again = EntityExtractor().mentions(in: articles, reusing: cache)
        #expect(again.map { $0.map(\.span) } == Self.analysed.mentions.map { $0.map(\.span) })
        #expect(again.map { $0.map(\.canonical) } == Self.analysed.mentions.map { $0.map(\.canonical) })
        #expect(again.map { $0.map(\.type) } == Self.analysed.mentions.map { $0.map(\.type) })
    }

    @Test func spansAreSortedAndPointAtTheirText() {
        for (article, ms) in zip(Self.analysed.articles, Self.analysed.mentions) {
            let scalars = Array(article.body.unicodeScalars)
            #expect(ms.map(\.span) == ms.map(\.span).sorted())
            for m in ms {
                #expect(String(String.UnicodeScalarView(scalars[m.span.start..<m.span.end])) == m.text)
            }
        }
    }

    @Test func iceAndItsSpellingsAreOneOrganization() {
        let forms = all.filter { ["ICE", "Immigration and Customs Enforcement", "Immigrations and Customs Enforcement"].contains($0.text) }
        #expect(forms.count >= 15)
        #expect(Set(forms.map(\.type)) == [.org])
        #expect(Set(forms.map(\.canonical)) == ["Immigration and Customs Enforcement"])
        #expect(Set(forms.map(\.text)).count == 3)
    }

    @Test func peopleLoseTheirTitlesAndSurnamesPointToTheFullName() {
        let nadella = mentions("Satya Nadella")
        #expect(nadella.count == 2 && nadella.allSatisfy { $0.type == .person })
        #expect(!all.contains { $0.text.contains("CEO") })
        let smith = mentions("Smith")
        #expect(!smith.isEmpty && smith.allSatisfy { $0.canonical == "Brad Smith" && $0.type == .person })
        let trump = all.filter { $0.text == "Trump" || $0.text == "Donald Trump" }
        #expect(trump.count >= 2 && Set(trump.map(\.canonical)) == ["Donald Trump"])
    }

    @Test func organizationsAndMoney() {
        let microsoft = mentions("Microsoft")
        #expect(microsoft.count >= 20 && microsoft.allSatisfy { $0.type == .org && $0.canonical == "Microsoft" })
        let money = all.filter { $0.type == .money }
        #expect(money.map(\.text) == ["$19.4 million", "$19.4 million"])
        let times = all.filter { $0.text.hasSuffix("New York Times") }
        #expect(times.count == 2 && Set(times.map(\.canonical)) == ["The New York Times"])
    }

    @Test func weekdaysAndMonthsResolveAgainstTheArticleDate() {
        #expect(mentions("Tuesday").allSatisfy { $0.type == .date && $0.resolvedDate == "2018-06-19" })
        #expect(mentions("Tuesday").count == 4)
        #expect(!mentions("Monday").isEmpty && mentions("Monday").allSatisfy { $0.resolvedDate == "2018-06-18" })
        #expect(!mentions("January").isEmpty && mentions("January").allSatisfy { $0.resolvedDate == "2018-01" })
        #expect(mentions("March").first?.resolvedDate == "2018-03")
    }

    @Test func seedGoldIsMetWhenTheSharedFolderIsThere() throws {
        let gold = Self.seedsFolder + "/../../shared/eval/seeds-gold.jsonl"
        guard FileManager.default.fileExists(atPath: gold) else { return }
        let ev = EntityEvaluation.score(gold: try GoldArticle.load(path: gold), predicted: Self.analysed.mentions)
        let overlap = EntityEvaluation.total(ev.overlap, types: ev.types)
        #expect(overlap.falseNegatives == 0)
        #expect(overlap.precision >= 0.95)
        #expect(ev.datesResolved == ev.datesWithGoldValue)
    }
}
