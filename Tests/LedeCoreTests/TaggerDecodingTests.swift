import Foundation
import Testing
@testable import LedeCore

/// `Tagger.tag` takes word and word-pair scores from a cache and scores a token only when
/// the greedy pass needs it; the trainer learns from `FeatureTemplate.staticFeatures`.
/// The two must add up the same features, or the shipped model tags what it never learnt.
@Suite struct TaggerDecodingTests {
    static let models = EntityModels.shared

    static let texts: [String] = {
        let seeds = CorpusLoader().load(paths: [EntitySeedTests.seedsFolder]).articles.map(\.body)
        return seeds + [
            "The Hague said on Tuesday that de Gaulle's heirs met officials of the Bank of England in New York.",
            "iPhone sales rose 12% to $4.5 billion, Apple Inc. said; \u{201C}We are pleased,\u{201D} Tim Cook told CNN.",
            "a lower-case sentence with no names at all, and then Angela Merkel arrives at 10 Downing Street.",
            "Kim Jong-un met Moon Jae-in near the DMZ. \u{5317}\u{4EAC} was quiet.",
        ]
    }()

    /// Sums every feature from scratch, token by token, with the same rule for plain words.
    static func referenceTags(_ tagger: Tagger, _ seq: TaggerSequence) -> [Int] {
        var tags: [Int] = []
        var prev = FeatureTemplate.start, prev2 = FeatureTemplate.start
        for i in seq.tokens.indices {
            if prev == 0, seq.isPlain(i) {
                tags.append(0)
                prev2 = 0
                continue
            }
            var keys: [UInt64] = []
            FeatureTemplate.staticFeatures(seq, i, into: &keys)
            let d = FeatureTemplate.dynamicFeatures(seq.tokens[i], prev: prev, prev2: prev2)
            keys += [d.0, d.1, d.2, d.3]
            let acc = keys.reduce(SIMD8<Int32>()) { $0 &+ tagger.score($1) }
            let best = (0..<FeatureTemplate.tagCount).filter { FeatureTemplate.allowed($0, after: prev) }
                .max { acc[$0] < acc[$1] || acc[$0] == acc[$1] && $0 > $1 }!
            tags.append(best)
            prev2 = prev
            prev = best
        }
        return tags
    }

    static func sequences(_ text: String) -> [TaggerSequence] {
        let scalars = text.scalarArray
        let tokens = Tokenizer.tokenize(scalars)
        let infos = tokens.map { TokenInfo(scalars[$0.start..<$0.end]) }
        return TaggerSequence.sequences(infos: infos, sentences: Tokenizer.sentences(tokens), gazetteer: models.gazetteer)
    }

    @Test func cachedScoringTagsAsEveryFeatureSummedFromScratch() throws {
        let tagger = try #require(Self.models.tagger)
        var cache = TaggerWordCache()
        var tagged = 0
        for text in Self.texts {
            for seq in Self.sequences(text) {
                let want = Self.referenceTags(tagger, seq)
                #expect(tagger.tag(seq, cache: &cache) == want)
                // A cold cache too: what it held from other sentences changes nothing.
                #expect(tagger.tag(seq) == want)
                tagged += want.filter { $0 != 0 }.count
            }
        }
        // The texts are full of names: a tagger that tags nothing would pass the rest.
        #expect(tagged > 40)
    }

    @Test func plainLowerCaseWordsAreTheOnesSkipped() {
        let seq = Self.sequences("officials of the Bank of England said in a statement")[0]
        let plain = seq.tokens.indices.filter { seq.isPlain($0) }
        // `of` between two capitalised words is part of the run `Bank of England`.
        #expect(plain == [0, 1, 2, 6, 7, 8, 9])
    }
}
