/// Reduces the HTML of a feed item (or a JSON `content` field) to readable text in the
/// shape every article body has: paragraphs separated by one blank line, whitespace inside
/// a paragraph collapsed, entities decoded, scripts and styles dropped.
public enum HTMLText {
    /// Tags that end one paragraph and start another.
    static let blockTags: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre",
        "table", "tr", "section", "article", "header", "footer", "aside", "figure",
        "figcaption", "hr", "dl", "dt", "dd", "main", "nav", "address", "center",
    ]
    /// Tags whose content is not text for a reader.
    static let skippedTags: Set<String> = ["script", "style", "head", "title", "noscript", "template", "svg"]

    /// True when `text` holds markup worth reducing (so plain text is left exactly as is).
    public static func looksLikeHTML(_ text: String) -> Bool {
        guard text.containsByte(UInt8(ascii: "<")) else { return false }
        return text.containsBytes("<p") || text.containsBytes("<P") || text.containsBytes("<br")
            || text.containsBytes("<BR") || text.containsBytes("</") || text.containsBytes("<div")
            || text.containsBytes("<img") || text.containsBytes("<a ")
    }

    /// `skipping` names more tags whose content is not text (a page's navigation).
    public static func text(fromHTML html: String, skipping extra: Set<String> = []) -> String {
        var paragraphs: [String] = []
        var current = String.UnicodeScalarView()
        var pendingSpace = false
        var skipping: String?  // the tag whose content is being skipped

        func flushParagraph() {
            if !current.isEmpty { paragraphs.append(String(current)) }
            current = String.UnicodeScalarView()
            pendingSpace = false
        }
        func append(text: Substring.UnicodeScalarView) {
            for s in text {
                if s == " " || s == "\n" || s == "\t" || s == "\r" || s == "\u{0C}" {
                    pendingSpace = !current.isEmpty
                } else {
                    if pendingSpace { current.append(" "); pendingSpace = false }
                    current.append(s)
                }
            }
        }

        let scalars = Substring(html).unicodeScalars
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let c = scalars[i]
            if c == "<" {
                // Comments and CDATA.
                let rest = scalars[i...]
                if rest.starts(with: "<!--".unicodeScalars) {
                    i = find("-->", in: scalars, from: i) ?? scalars.endIndex
                    continue
                }
                guard let close = scalars[i...].firstIndex(of: ">") else {
                    if skipping == nil { append(text: scalars[i...]) }
                    break
                }
                let inner = String(String.UnicodeScalarView(scalars[scalars.index(after: i)..<close]))
                i = scalars.index(after: close)
                let (name, isEnd) = tagName(inner)
                guard !name.isEmpty else {
                    if skipping == nil { append(text: Substring("<" + inner + ">").unicodeScalars) }
                    continue
                }
                if let s = skipping {
                    if isEnd && name == s { skipping = nil }
                    continue
                }
                if skippedTags.contains(name) || extra.contains(name) {
                    if !isEnd && !inner.hasSuffix("/") { skipping = name }
                    continue
                }
                if name == "br" {
                    current.append("\n")
                    pendingSpace = false
                } else if blockTags.contains(name) {
                    flushParagraph()
                }
                continue
            }
            if skipping != nil { i = scalars.index(after: i); continue }
            let next = scalars[i...].firstIndex(of: "<") ?? scalars.endIndex
            append(text: Substring(Entities.decode(String(String.UnicodeScalarView(scalars[i..<next])))).unicodeScalars)
            i = next
        }
        flushParagraph()
        return paragraphs
            .map { $0.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }.joined(separator: "\n").trimmingWhitespace() }
            .filter { !$0.isEmpty }
            .joined(separator: "\n\n")
    }

    /// Text with no tags but maybe entities and hard-wrapped lines: entities decoded,
    /// paragraphs (blank-line separated) kept.
    public static func text(fromPlain text: String) -> String {
        let decoded = Entities.decode(text).replacingCRLF()
        var paragraphs: [String] = []
        var lines: [String] = []
        for line in decoded.split(separator: "\n", omittingEmptySubsequences: false) {
            let t = line.trimmingWhitespace()
            if t.isEmpty {
                if !lines.isEmpty { paragraphs.append(lines.joined(separator: " ")); lines = [] }
            } else {
                lines.append(t)
            }
        }
        if !lines.isEmpty { paragraphs.append(lines.joined(separator: " ")) }
        return paragraphs.joined(separator: "\n\n")
    }

    /// Either of the above, by what the text looks like.
    public static func readable(_ text: String) -> String {
        looksLikeHTML(text) ? self.text(fromHTML: text) : self.text(fromPlain: text)
    }

    private static func tagName(_ inner: String) -> (String, Bool) {
        var s = Substring(inner)
        var isEnd = false
        if s.first == "/" { isEnd = true; s = s.dropFirst() }
        let name = s.prefix(while: { $0.isLetter || $0.isNumber || $0 == ":" || $0 == "-" })
        return (name.lowercased(), isEnd)
    }

    private static func find(_ needle: String, in scalars: Substring.UnicodeScalarView,
                             from start: Substring.UnicodeScalarView.Index) -> Substring.UnicodeScalarView.Index? {
        let n = Array(needle.unicodeScalars)
        var i = start
        while i < scalars.endIndex {
            if scalars[i...].starts(with: n) { return scalars.index(i, offsetBy: n.count) }
            i = scalars.index(after: i)
        }
        return nil
    }
}

extension String {
    func replacingCRLF() -> String {
        guard contains("\r") else { return self }
        var out = String.UnicodeScalarView()
        var lastWasCR = false
        for s in unicodeScalars {
            if s == "\r" { out.append("\n"); lastWasCR = true; continue }
            if s == "\n" && lastWasCR { lastWasCR = false; continue }
            lastWasCR = false
            out.append(s)
        }
        return String(out)
    }
}

/// HTML character references.
public enum Entities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "mdash": "—", "ndash": "–", "hellip": "…", "lsquo": "‘", "rsquo": "’",
        "ldquo": "“", "rdquo": "”", "sbquo": "‚", "bdquo": "„", "laquo": "«", "raquo": "»",
        "lsaquo": "‹", "rsaquo": "›", "copy": "©", "reg": "®", "trade": "™", "deg": "°",
        "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "sect": "§", "para": "¶",
        "middot": "·", "bull": "•", "times": "×", "divide": "÷", "plusmn": "±",
        "frac12": "½", "frac14": "¼", "frac34": "¾", "shy": "", "zwj": "\u{200D}",
        "zwnj": "\u{200C}", "thinsp": " ", "ensp": " ", "emsp": " ", "prime": "′", "Prime": "″",
        "iexcl": "¡", "iquest": "¿", "ordm": "º", "ordf": "ª", "micro": "µ", "dagger": "†",
        "aacute": "á", "Aacute": "Á", "agrave": "à", "Agrave": "À", "acirc": "â", "auml": "ä",
        "Auml": "Ä", "atilde": "ã", "aring": "å", "aelig": "æ", "ccedil": "ç", "Ccedil": "Ç",
        "eacute": "é", "Eacute": "É", "egrave": "è", "Egrave": "È", "ecirc": "ê", "euml": "ë",
        "iacute": "í", "Iacute": "Í", "igrave": "ì", "icirc": "î", "iuml": "ï", "ntilde": "ñ",
        "Ntilde": "Ñ", "oacute": "ó", "Oacute": "Ó", "ograve": "ò", "ocirc": "ô", "ouml": "ö",
        "Ouml": "Ö", "otilde": "õ", "oslash": "ø", "Oslash": "Ø", "szlig": "ß", "uacute": "ú",
        "Uacute": "Ú", "ugrave": "ù", "ucirc": "û", "uuml": "ü", "Uuml": "Ü", "yacute": "ý",
        "yuml": "ÿ", "scaron": "š", "Scaron": "Š", "zcaron": "ž", "Zcaron": "Ž", "oelig": "œ",
    ]

    /// Decodes `&amp;`, `&#8217;`, `&#x2019;`; leaves anything unknown as written.
    public static func decode(_ text: String) -> String {
        guard text.containsByte(UInt8(ascii: "&")) else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            guard s == "&" else { out.append(s); i += 1; continue }
            var j = i + 1
            while j < scalars.count, j - i <= 32, scalars[j] != ";", scalars[j] != "&", scalars[j] != " " { j += 1 }
            guard j < scalars.count, scalars[j] == ";" else { out.append(s); i += 1; continue }
            let name = String(String.UnicodeScalarView(scalars[(i + 1)..<j]))
            if let decoded = decodeReference(name) {
                out.append(contentsOf: decoded.unicodeScalars)
                i = j + 1
            } else {
                out.append(s)
                i += 1
            }
        }
        return String(out)
    }

    private static func decodeReference(_ name: String) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value: UInt32?
            if digits.first == "x" || digits.first == "X" {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits, radix: 10)
            }
            guard let v = value, let scalar = Unicode.Scalar(v), v != 0 else { return nil }
            return String(Character(scalar))
        }
        return named[name]
    }
}
