import Foundation
@testable import LedeCore

/// Hand-made entity annotations, so queries can be tested before the extractor lands.
enum QueryFixtures {
    struct Name {
        var text: String
        var type: EntityType
        var canonical: String
        init(_ text: String, _ type: EntityType, _ canonical: String? = nil) {
            self.text = text
            self.type = type
            self.canonical = canonical ?? text
        }
    }

    /// Mentions for every whole-word occurrence of the names (longer names win overlaps).
    static func annotate(_ article: Article, _ names: [Name]) -> AnalyzedArticle {
        let body = Array(article.body.unicodeScalars)
        var mentions: [EntityMention] = []
        func isWord(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || ("0"..."9").contains(s) }
        for name in names.sorted(by: { $0.text.unicodeScalars.count > $1.text.unicodeScalars.count }) {
            let needle = Array(name.text.unicodeScalars)
            guard needle.count <= body.count else { continue }
            for start in 0...(body.count - needle.count) where Array(body[start..<start + needle.count]) == needle {
                let end = start + needle.count
                if start > 0, isWord(body[start - 1]) { continue }
                if end < body.count, isWord(body[end]) { continue }
                let span = TextSpan(start, end)
                if mentions.contains(where: { $0.span.overlaps(span) }) { continue }
                mentions.append(EntityMention(span: span, text: name.text, type: name.type, canonical: name.canonical))
            }
        }
        return AnalyzedArticle(article: article, mentions: mentions.sorted { $0.span < $1.span })
    }

    static let seedNames: [Name] = [
        Name("Microsoft", .org),
        Name("Immigration and Customs Enforcement", .org),
        Name("Immigrations and Customs Enforcement", .org, "Immigration and Customs Enforcement"),
        Name("ICE", .org, "Immigration and Customs Enforcement"),
        Name("Gizmodo", .org),
        Name("The Seattle Times", .org),
        Name("The New York Times", .org), Name("New York Times", .org, "The New York Times"),
        Name("Google", .org), Name("Amazon", .org), Name("Facebook", .org),
        Name("Department of Homeland Security", .org),
        Name("Brad Smith", .person), Name("Smith", .person, "Brad Smith"),
        Name("Satya Nadella", .person), Name("Jeff Bezos", .person), Name("Sundar Pichai", .person),
        Name("Donald Trump", .person), Name("Trump", .person, "Donald Trump"),
        Name("Mexico", .place), Name("United States", .place),
    ]

    static var repoRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The two seed articles with hand-made mentions merged across them as the extractor
    /// should merge them.
    static func seeds() -> [AnalyzedArticle] {
        let loaded = CorpusLoader().load(paths: [repoRoot.appendingPathComponent("seeds").path])
        precondition(loaded.articles.count == 2, "expected the two seed articles")
        return loaded.articles.map { annotate($0, seedNames) }
    }

    static func article(_ id: String, _ date: String?, _ body: String, source: String? = nil,
                        names: [Name] = []) -> AnalyzedArticle {
        annotate(Article(id: id, path: id, date: date.flatMap { Day(iso: $0) }, title: String(body.prefix(40)),
                         source: source, body: body), names)
    }
}
