/// The seed format: ` date YYYY-MM-DD ` then the body; paragraphs separated by blank lines.
public enum SeedFormat {
    public static let headerLength = 17  // " date YYYY-MM-DD "

    public enum ParseError: Error, Equatable, CustomStringConvertible {
        case empty
        case missingDateHeader
        case impossibleDate(String)
        case emptyBody

        public var description: String {
            switch self {
            case .empty: "empty file"
            case .missingDateHeader: "no ` date YYYY-MM-DD ` header at the start"
            case .impossibleDate(let s): "impossible date \(s)"
            case .emptyBody: "no article text after the date"
            }
        }
    }

    /// True when `text` looks like the seed format (used to detect the format by content).
    public static func matches(_ text: String) -> Bool {
        let t = text.hasPrefix("\u{FEFF}") ? text.dropFirst() : text[...]
        return t.hasPrefix(" date ") || t.hasPrefix("date ")
    }

    /// Splits header from body. The body is everything after the 17-character header, so
    /// offsets into it agree with the gold files.
    public static func parse(_ text: String) throws(ParseError) -> (date: Day, body: String) {
        if text.allSatisfy(\.isWhitespace) { throw .empty }
        // A byte-order mark, or the header's leading space left out (`date 2019-01-04 `),
        // is not worth refusing the article over.
        var scalars = text.unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        if scalars.first == " " { scalars = scalars.dropFirst() }
        guard scalars.starts(with: "date ".unicodeScalars),
              scalars.index(scalars.startIndex, offsetBy: headerLength - 2, limitedBy: scalars.endIndex) != nil
        else { throw .missingDateHeader }
        let dateStart = scalars.index(scalars.startIndex, offsetBy: 5)
        let dateEnd = scalars.index(dateStart, offsetBy: 10)
        let dateText = String(scalars[dateStart..<dateEnd])
        guard dateText.unicodeScalars.allSatisfy({ $0 == "-" || ("0"..."9").contains($0) }),
              dateText.count == 10 else { throw .missingDateHeader }
        guard let day = Day(iso: dateText) else { throw .impossibleDate(dateText) }
        var bodyStart = dateEnd
        if bodyStart < scalars.endIndex, scalars[bodyStart] == " " { bodyStart = scalars.index(after: bodyStart) }
        let body = String(scalars[bodyStart...])
        if body.allSatisfy(\.isWhitespace) { throw .emptyBody }
        return (day, body)
    }
}
