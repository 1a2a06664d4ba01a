import LedeCore

/// One displayed grapheme of the reading pane, already sanitized for the terminal.
public struct Glyph: Hashable, Sendable {
    public var character: Character
    public var width: Int
    /// Code-point offset of its first scalar in the article body; nil for title and dateline.
    public var offset: Int?
    /// The entity mention it belongs to, if any.
    public var entity: EntityType?
    public var inQuote: Bool
}

public struct DocumentLine: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case title, meta, body }
    public var kind: Kind
    public var glyphs: [Glyph]
}

/// An article laid out for a reading pane of a given width: title, dateline, blank line,
/// then the body word-wrapped by display width. Rebuilt when the article or width changes.
public struct ReaderDocument: Hashable, Sendable {
    public let articleIndex: Int
    public let width: Int
    public let lines: [DocumentLine]
    /// Each body line's first offset, in order, for finding the line of an offset.
    private let anchors: [Anchor]
    private struct Anchor: Hashable, Sendable { var line: Int; var offset: Int }

    public init(article: AnalyzedArticle, articleIndex: Int, width: Int) {
        self.articleIndex = articleIndex
        self.width = max(1, width)
        var lines: [DocumentLine] = []
        let a = article.article
        let plain = { (s: String) in Sanitizer.display(s).map { Glyph(character: $0, width: DisplayWidth.of($0), offset: nil, entity: nil, inQuote: false) } }
        if !ReaderDocument.titleIsBodyLead(a) {
            for l in Wrapper.wrap(plain(a.title), width: self.width) { lines.append(DocumentLine(kind: .title, glyphs: l)) }
        }
        var meta = a.date.map { "\($0)" } ?? "undated"
        if let s = a.source, !s.isEmpty { meta += " · " + s }
        for l in Wrapper.wrap(plain(meta), width: self.width) { lines.append(DocumentLine(kind: .meta, glyphs: l)) }
        if let link = a.url?.trimmingCharacters(in: .whitespacesAndNewlines), !link.isEmpty {
            // One line, cut with "…" when too long: `o` opens it whole.
            var glyphs = plain(link)
            let width = self.width
            if glyphs.reduce(0, { $0 + $1.width }) > width {
                var used = 0
                glyphs = Array(glyphs.prefix { used += $0.width; return used <= width - 1 })
                glyphs += plain("…")
            }
            lines.append(DocumentLine(kind: .meta, glyphs: glyphs))
        }
        lines.append(DocumentLine(kind: .meta, glyphs: []))
        for l in Wrapper.wrap(ReaderDocument.bodyGlyphs(article), width: self.width) {
            lines.append(DocumentLine(kind: .body, glyphs: l))
        }
        self.lines = lines
        self.anchors = lines.indices.compactMap { i in
            lines[i].glyphs.first?.offset.map { Anchor(line: i, offset: $0) }
        }
    }

    /// A title made from the body's first sentence (formats without a title field) would be
    /// read twice, once as the title and again as the body's first words: show it once.
    static func titleIsBodyLead(_ article: Article) -> Bool {
        var title = Substring(article.title)
        if title.hasSuffix("…") { title = title.dropLast() }
        guard !title.isEmpty else { return true }
        let body = article.body.drop(while: \.isWhitespace)
        return body.hasPrefix(title)
    }

    /// The body as glyphs with their offsets and analysis marks. A CR before LF is dropped
    /// (Windows line ends), every other control character shows as its control picture.
    static func bodyGlyphs(_ article: AnalyzedArticle) -> [Glyph] {
        let body = article.article.body
        let scalarCount = body.unicodeScalars.count
        var entityAt = [EntityType?](repeating: nil, count: scalarCount)
        for m in article.mentions {
            for i in max(0, m.span.start)..<min(scalarCount, max(m.span.start, m.span.end)) where entityAt[i] == nil {
                entityAt[i] = m.type
            }
        }
        var quoteAt = [Bool](repeating: false, count: scalarCount)
        for q in article.quotes {
            for i in max(0, q.span.start)..<min(scalarCount, max(q.span.start, q.span.end)) { quoteAt[i] = true }
        }
        var out: [Glyph] = []
        out.reserveCapacity(scalarCount)
        let original = Array(body.unicodeScalars)
        var offset = 0
        for c in Sanitizer.display(body) {
            let n = c.unicodeScalars.count
            defer { offset += n }
            if n == 1, original[offset] == "\r", offset + 1 < scalarCount, original[offset + 1] == "\n" { continue }
            out.append(Glyph(character: c, width: DisplayWidth.of(c), offset: offset,
                             entity: entityAt[offset], inQuote: quoteAt[offset]))
        }
        return out
    }

    /// The line showing body offset `offset` (or the nearest line before it).
    public func line(containing offset: Int) -> Int {
        var lo = 0, hi = anchors.count - 1, best = anchors.first?.line ?? 0
        while lo <= hi {
            let mid = (lo + hi) / 2
            if anchors[mid].offset <= offset { best = anchors[mid].line; lo = mid + 1 } else { hi = mid - 1 }
        }
        return best
    }
}

/// Greedy word wrapping by display width. Wide (CJK) characters may break anywhere; a word
/// longer than the line is cut.
enum Wrapper {
    static func wrap(_ glyphs: [Glyph], width: Int) -> [[Glyph]] {
        var lines: [[Glyph]] = []
        var paragraph: [Glyph] = []
        for g in glyphs {
            if g.character == "\n" || g.character == "\r\n" {
                lines.append(contentsOf: wrapParagraph(paragraph, width: width))
                paragraph.removeAll(keepingCapacity: true)
            } else {
                paragraph.append(g)
            }
        }
        lines.append(contentsOf: wrapParagraph(paragraph, width: width))
        return lines
    }

    static func wrapParagraph(_ glyphs: [Glyph], width: Int) -> [[Glyph]] {
        if glyphs.isEmpty { return [[]] }
        var lines: [[Glyph]] = []
        var line: [Glyph] = []
        var lineWidth = 0
        var i = 0
        func flush() {
            while let last = line.last, last.character == " " { line.removeLast() }
            lines.append(line)
            line = []
            lineWidth = 0
        }
        while i < glyphs.count {
            if glyphs[i].character == " " {
                if lineWidth + glyphs[i].width <= width {
                    line.append(glyphs[i])
                    lineWidth += glyphs[i].width
                } // a space at a break is dropped
                i += 1
                continue
            }
            // A word: up to the next space, or a single wide character.
            var j = i
            var w = 0
            repeat {
                w += glyphs[j].width
                j += 1
            } while j < glyphs.count && glyphs[j].character != " " && glyphs[j - 1].width < 2 && glyphs[j].width < 2
            if lineWidth + w <= width {
                line.append(contentsOf: glyphs[i..<j])
                lineWidth += w
            } else if w <= width {
                flush()
                line.append(contentsOf: glyphs[i..<j])
                lineWidth = w
            } else {
                for g in glyphs[i..<j] {
                    if lineWidth + g.width > width { flush() }
                    line.append(g)
                    lineWidth += g.width
                }
            }
            i = j
        }
        if !line.isEmpty || lines.isEmpty { flush() }
        return lines
    }
}
