import Foundation

/// A saved web page holding one article. The metadata comes from what news sites publish
/// for sharing and search (Open Graph and `article:` meta tags, schema.org JSON-LD, `<time>`),
/// the text from the article's element (`itemprop="articleBody"`, else the largest
/// `<article>`, else `<main>`, else the body) without its navigation, header, asides and
/// footer.
public enum HTMLPageFormat {
    public static func parse(_ html: String, path: String) -> ParsedFile {
        let page = HTMLTags(html)
        let meta = Meta(page)
        let title = meta.first(["og:title", "twitter:title"]) ?? meta.linkedData("headline")
            ?? meta.firstHeading ?? meta.documentTitle.map { withoutSiteName($0, site: meta.siteName) }
        var body = bodyText(page, title: title)
        if let full = meta.linkedData("articleBody").map(HTMLText.readable), full.count > body.count * 2 {
            body = full  // the page shows a teaser; its data holds the story
        }
        guard !body.isEmpty else {
            return ParsedFile(format: .htmlPage, problems: [LoadProblem(path: path, reason: "web page holds no article text")])
        }
        return ParsedFile(format: .htmlPage, records: [ParsedRecord(
            position: 1,
            title: title.map { HTMLText.text(fromPlain: $0) }.flatMap { $0.isEmpty ? nil : $0 },
            date: meta.date,
            source: meta.siteName,
            url: meta.first(["og:url"]) ?? meta.canonical ?? meta.linkedData("url"),
            author: meta.first(["author", "article:author", "sailthru.author", "parsely-author"]).flatMap { $0.hasPrefix("http") ? nil : $0 }
                ?? meta.linkedData("author"),
            body: body)])
    }

    /// Elements around the story that are not part of it.
    static let furniture: Set<String> = ["nav", "header", "footer", "aside", "form", "button", "figure", "iframe",
                                         "select", "menu", "dialog", "noscript"]
    /// Paragraphs that are the site talking, not the story.
    static let boilerplate: Set<String> = ["advertisement", "advertisements", "share", "share this article", "share this",
                                           "read more", "continue reading", "skip to content", "related", "related articles",
                                           "subscribe", "sign up", "comments", "more on this story", "top stories"]

    /// The story's text: the first place it may be that holds any (the largest of several
    /// `<article>`s), reduced to paragraphs, a first paragraph that repeats the headline
    /// dropped.
    static func bodyText(_ page: HTMLTags, title: String?) -> String {
        var paragraphs: [Substring] = []
        for group in candidates(page) {
            for range in group {
                let text = HTMLText.text(fromHTML: page.text(range), skipping: furniture)
                let kept = text.split(separator: "\n\n").filter {
                    !boilerplate.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters.union(.whitespaces)))
                }
                if kept.reduce(0, { $0 + $1.count }) > paragraphs.reduce(0, { $0 + $1.count }) { paragraphs = kept }
            }
            if !paragraphs.isEmpty { break }
        }
        if let title, let first = paragraphs.first, first.trimmingWhitespace() == title.trimmingWhitespace() {
            paragraphs.removeFirst()
        }
        return paragraphs.joined(separator: "\n\n")
    }

    /// Where the story may be, best first: the `articleBody` elements, the `<article>`s,
    /// `<main>`, `<body>`, the whole page.
    static func candidates(_ page: HTMLTags) -> [[Range<Int>]] {
        var groups: [[Range<Int>]] = [[], [], [], [], [0..<page.bytes.count]]
        // Open elements of interest: the tag name, how many of that name are open inside it,
        // where its content starts, and its group.
        var open: [(name: String, depth: Int, start: Int, group: Int)] = []
        for tag in page.tags {
            if tag.isEnd {
                for k in open.indices.reversed() where open[k].name == tag.name {
                    open[k].depth -= 1
                    if open[k].depth == 0 { groups[open[k].group].append(open[k].start..<tag.start) }
                }
                open.removeAll { $0.depth == 0 }
                continue
            }
            for k in open.indices where open[k].name == tag.name { open[k].depth += 1 }
            let group: Int? = tag.attributes["itemprop"]?.lowercased() == "articlebody" ? 0
                : tag.name == "article" ? 1 : tag.name == "main" ? 2 : tag.name == "body" ? 3 : nil
            // An `<article>` inside another (a related story) is part of the outer one.
            if let group, group == 0 || !open.contains(where: { $0.name == tag.name }) {
                open.append((tag.name, 1, tag.end, group))
            }
        }
        // An element left open runs to the end of the page.
        for o in open { groups[o.group].append(o.start..<page.bytes.count) }
        return groups
    }

    /// `Storm hits coast | The Herald` → `Storm hits coast` when the site is The Herald.
    static func withoutSiteName(_ title: String, site: String?) -> String {
        guard let site = site?.lowercased() else { return title }
        for separator in [" | ", " - ", " – ", " — ", " :: ", " · "] {
            var parts = title.components(separatedBy: separator)
            guard parts.count > 1 else { continue }
            if parts.last?.trimmingWhitespace().lowercased() == site { parts.removeLast() }
            else if parts.first?.trimmingWhitespace().lowercased() == site { parts.removeFirst() }
            else { continue }
            return parts.joined(separator: separator).trimmingWhitespace()
        }
        return title
    }
}

extension HTMLPageFormat {
    /// What the page's head (and its JSON-LD) says about the article.
    struct Meta {
        /// `<meta property|name|itemprop=... content=...>`, by lower-cased key, first wins.
        var tags: [String: String] = [:]
        var canonical: String?
        var documentTitle: String?
        var firstHeading: String?
        /// `datetime` of the `<time>` elements, in order.
        var times: [String] = []
        /// The schema.org object describing the article, from the page's JSON-LD.
        var linked: [String: Any]?

        init(_ page: HTMLTags) {
            var titleStart: Int?
            var headingStart: Int?
            for tag in page.tags {
                switch (tag.name, tag.isEnd) {
                case ("meta", false):
                    guard let content = tag.attributes["content"], !content.allSatisfy(\.isWhitespace) else { break }
                    for attribute in ["property", "name", "itemprop"] {
                        if let key = tag.attributes[attribute]?.lowercased(), tags[key] == nil { tags[key] = content.trimmingWhitespace() }
                    }
                case ("link", false):
                    if canonical == nil, tag.attributes["rel"]?.lowercased() == "canonical" { canonical = tag.attributes["href"] }
                case ("time", false):
                    if let t = tag.attributes["datetime"] { times.append(t) }
                case ("title", false): titleStart = tag.end
                case ("title", true):
                    if let s = titleStart, documentTitle == nil { documentTitle = Self.plain(page, s..<tag.start) }
                case ("h1", false): headingStart = tag.end
                case ("h1", true):
                    if let s = headingStart, firstHeading == nil { firstHeading = Self.plain(page, s..<tag.start) }
                case ("script", false):
                    guard linked == nil, tag.attributes["type"]?.lowercased() == "application/ld+json", let raw = tag.rawText,
                          let json = try? JSONSerialization.jsonObject(with: Data(raw.utf8)) else { break }
                    linked = Self.article(in: json)
                default: break
                }
            }
        }

        static func plain(_ page: HTMLTags, _ range: Range<Int>) -> String? {
            guard range.lowerBound <= range.upperBound else { return nil }
            let t = HTMLText.text(fromHTML: page.text(range)).replacingOccurrences(of: "\n", with: " ")
            return t.isEmpty ? nil : t
        }

        /// The first object of an article type in JSON-LD (a list, or an `@graph`).
        static func article(in json: Any) -> [String: Any]? {
            if let list = json as? [Any] { return list.lazy.compactMap { article(in: $0) }.first }
            guard let object = json as? [String: Any] else { return nil }
            if let graph = object["@graph"] { return article(in: graph) }
            let types = (object["@type"] as? [String]) ?? [(object["@type"] as? String) ?? ""]
            return types.contains { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" } ? object : nil
        }

        func first(_ keys: [String]) -> String? { keys.lazy.compactMap { tags[$0] }.first }

        /// A field of the JSON-LD article as text: a name for a publisher or author (or a
        /// list of them), the text of a string.
        func linkedData(_ key: String) -> String? {
            guard let value = linked?[key] else { return nil }
            if let list = value as? [Any] {
                let names = list.compactMap { JSONFormat.string($0) }
                return names.isEmpty ? nil : names.joined(separator: ", ")
            }
            return JSONFormat.string(value)
        }

        var siteName: String? { first(["og:site_name", "application-name"]) ?? linkedData("publisher") }

        /// The publication date: the `article:` and other common meta tags, the JSON-LD,
        /// then the first `<time>` on the page.
        var date: Day? {
            let keys = ["article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
                        "publish-date", "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date",
                        "sailthru.date", "parsely-pub-date", "article.published", "published_time", "publication_date"]
            let candidates = keys.compactMap { tags[$0] } + [linkedData("datePublished"), linkedData("dateCreated")].compactMap { $0 } + times
            return candidates.lazy.compactMap { DateParsing.anyDate($0) }.first
        }
    }
}
