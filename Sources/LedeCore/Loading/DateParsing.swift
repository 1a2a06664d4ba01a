/// Dates as article formats write them, reduced to the calendar day as written.
///
/// The day is taken in the writer's own time zone (`2019-01-04T23:30:00-05:00` is
/// 2019-01-04), because that is the dateline a reader expects, not the UTC day.
public enum DateParsing {
    /// `2019-01-04`, `2019-01-04T10:00:00Z`, `2019-01-04 10:00:00+01:00`, `20190104`.
    public static func iso8601(_ text: some StringProtocol) -> Day? {
        let t = text.trimmingWhitespace()
        let scalars = Array(t.unicodeScalars.prefix(10))
        if scalars.count == 10, let day = Day(iso: String(String.UnicodeScalarView(scalars))) {
            let rest = t.unicodeScalars.dropFirst(10)
            guard let next = rest.first else { return day }
            return next == "T" || next == "t" || next == " " ? day : nil
        }
        // Basic format, date only.
        if t.count == 8, t.allSatisfy({ $0.isASCII && $0.isNumber }) {
            let digits = Array(t)
            return Day(iso: "\(String(digits[0..<4]))-\(String(digits[4..<6]))-\(String(digits[6..<8]))")
        }
        return nil
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun",
                                 "jul", "aug", "sep", "oct", "nov", "dec"]

    /// RFC 822 / RFC 2822 as RSS writes them: `Fri, 04 Jan 2019 10:00:00 +0000`, also
    /// without the weekday, with a two-digit year, or with full month names.
    public static func rfc822(_ text: some StringProtocol) -> Day? {
        var words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" })
        if let first = words.first, first.first?.isLetter == true { words.removeFirst() }  // weekday
        guard words.count >= 3, let d = Int(words[0]) else { return nil }
        let monthWord = words[1].lowercased().prefix(3)
        guard let m = months.firstIndex(of: String(monthWord)), var y = Int(words[2]) else { return nil }
        if words[2].count == 2 { y += y < 50 ? 2000 : 1900 }
        return Day(year: y, month: m + 1, day: d)
    }

    /// Whatever a feed or header holds: ISO 8601 first, then RFC 822.
    public static func anyDate(_ text: some StringProtocol) -> Day? {
        iso8601(text) ?? rfc822(text)
    }
}
