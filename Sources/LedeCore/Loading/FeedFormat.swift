import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// RSS 2.0 (and 1.0) and Atom feeds: one article per item or entry. The feed's title is the
/// source; item HTML is reduced to readable text.
public enum FeedFormat {
    public static func parse(_ data: Data, path: String, format: ArticleFormat) -> ParsedFile {
        let reader = FeedReader(path: path)
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = reader
        let ok = parser.parse() && reader.firstError == nil && parser.parserError == nil
        var file = ParsedFile(format: format)
        for item in reader.items.prefix(reader.itemsBeforeError ?? reader.items.count) {
            switch item.record(source: reader.feedTitle) {
            case .success(let r): file.records.append(r)
            case .failure(let reason):
                file.problems.append(LoadProblem(path: path, reason: reason.description, line: item.line, record: item.position))
            }
        }
        if !ok {
            // libxml2 (Linux) recovers and goes on after an error; Darwin stops. Either way
            // only the items that ended before the first error are trusted.
            let line = reader.firstError?.line ?? parser.lineNumber
            let code = reader.firstError?.code ?? (parser.parserError as NSError?)?.code ?? 0
            let detail = XMLParser.ErrorCode(rawValue: code).map { "\($0)" } ?? "error \(code)"
            let kept = (reader.itemsBeforeError ?? reader.items.count) == 0 ? "" : "; items before it were kept"
            file.problems.append(LoadProblem(path: path, reason: "malformed XML (\(detail))\(kept)", line: line))
        } else if reader.items.isEmpty {
            file.problems.append(LoadProblem(path: path, reason: "feed has no items"))
        }
        return file
    }
}

/// What one `<item>` or `<entry>` held, as text.
struct FeedItem {
    var position: Int
    var line: Int
    var fields: [String: String] = [:]
    var link: String?

    /// The outlet an aggregator's item names (`<source url="...">Reuters</source>` in RSS,
    /// `<source><title>Reuters</title></source>` in Atom): it, not the aggregator's feed
    /// title, is where the story is from.
    var itemSource: String? {
        guard var raw = fields["source"] else { return nil }
        if let open = raw.range(of: "<title>"), let close = raw.range(of: "</title>", range: open.upperBound..<raw.endIndex) {
            raw = String(raw[open.upperBound..<close.lowerBound])
        } else if raw.contains("<") {
            return nil
        }
        let name = HTMLText.readable(raw).trimmingWhitespace()
        return name.isEmpty || name.count > 100 || name.contains("\n") ? nil : name
    }

    func record(source: String?) -> Result<ParsedRecord, ReasonText> {
        let content = ["content:encoded", "content", "description", "summary", "media:description"]
            .lazy.compactMap { fields[$0] }.first { !$0.allSatisfy(\.isWhitespace) }
        guard let content else { return .failure("item has no content or description") }
        let body = HTMLText.readable(content)
        if body.isEmpty { return .failure("item content holds no text") }
        let dateText = ["pubDate", "dc:date", "published", "issued", "updated", "modified"].lazy.compactMap { fields[$0] }.first { !$0.allSatisfy(\.isWhitespace) }
        let date = dateText.flatMap { DateParsing.anyDate($0) }
        if let dateText, date == nil {
            return .failure(ReasonText("unreadable date \(dateText.trimmingWhitespace()) (\(DateParsing.expectedForms))"))
        }
        let title = fields["title"].map { HTMLText.readable($0).replacingOccurrences(of: "\n", with: " ") }
        return .success(ParsedRecord(
            position: position,
            ownID: (fields["guid"] ?? fields["id"]).map { $0.trimmingWhitespace() },
            title: title?.isEmpty == false ? title : nil,
            date: date,
            source: itemSource ?? source,
            url: link ?? fields["link"]?.trimmingWhitespace(),
            author: (fields["dc:creator"] ?? fields["author"])?.trimmingWhitespace(),
            body: body))
    }
}

final class FeedReader: NSObject, XMLParserDelegate {
    let path: String
    var items: [FeedItem] = []
    var feedTitle: String?

    private var stack: [String] = []
    private var item: FeedItem?
    private var itemDepth = 0
    /// The item child whose text is being collected, and its text so far. Markup nested in
    /// it (Atom `type="xhtml"`) is kept as tags for the HTML reducer.
    private var field: String?
    private var buffer = ""
    private var feedTitleBuffer: String?
    private var inAuthorName = false

    /// The first syntax error, and how many items had ended before it.
    var firstError: (code: Int, line: Int)?
    var itemsBeforeError: Int?

    init(path: String) { self.path = path }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        guard firstError == nil else { return }
        firstError = ((parseError as NSError).code, parser.lineNumber)
        itemsBeforeError = items.count
    }

    /// `atom:entry` and `entry` are the same element; other prefixes (`dc:`, `content:`) matter.
    private func key(_ qName: String) -> String {
        qName.hasPrefix("atom:") ? String(qName.dropFirst(5)) : qName
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String] = [:]) {
        let name = key(elementName)
        stack.append(name)
        if item == nil {
            if name == "item" || name == "entry" {
                item = FeedItem(position: items.count + 1, line: parser.lineNumber)
                itemDepth = stack.count
            } else if name == "title", stack.count >= 2, ["channel", "feed"].contains(stack[stack.count - 2]) {
                feedTitleBuffer = ""
            }
            return
        }
        if field != nil {
            if field == "author" { inAuthorName = name == "name" }
            else { buffer += "<\(name)>" }
            return
        }
        guard stack.count == itemDepth + 1 else { return }
        if name == "link", let href = attributes["href"] {
            let rel = attributes["rel"] ?? "alternate"
            if rel == "alternate" && item?.link == nil { item?.link = href }
            return
        }
        field = name
        buffer = ""
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        let name = key(elementName)
        defer { stack.removeLast() }
        if item == nil {
            if name == "title", let t = feedTitleBuffer {
                let title = HTMLText.readable(t)
                if feedTitle == nil && !title.isEmpty { feedTitle = title }
                feedTitleBuffer = nil
            }
            return
        }
        if stack.count == itemDepth {
            items.append(item!)
            item = nil
            return
        }
        if let f = field {
            if stack.count == itemDepth + 1 {
                if item?.fields[f] == nil { item?.fields[f] = buffer }
                field = nil
                buffer = ""
            } else if f == "author" {
                inAuthorName = false
            } else {
                buffer += "</\(name)>"
            }
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        collect(string)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        collect(String(decoding: CDATABlock, as: UTF8.self))
    }

    private func collect(_ text: String) {
        if field != nil {
            if field == "author" && stack.count > itemDepth + 1 && !inAuthorName { return }
            buffer += text
        } else if feedTitleBuffer != nil {
            feedTitleBuffer! += text
        }
    }
}
