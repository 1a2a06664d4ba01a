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
        text.hasPrefix(" date ") || text.hasPrefix("date ")
    }

    /// Splits header from body. The body is everything after the 17-character header, so
    /// offsets into it agree with the gold files.
    public static func parse(_ text: String) throws(ParseError) -> (date: Day, body: String) {
        if text.allSatisfy(\.isWhitespace) { throw .empty }
        let scalars = text.unicodeScalars
        guard text.hasPrefix(" date "), scalars.count >= headerLength - 1 else { throw .missingDateHeader }
        let dateStart = scalars.index(scalars.startIndex, offsetBy: 6)
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
