/// Dates as article formats write them, reduced to the calendar day as written.
///
/// The day is taken in the writer's own time zone (`2019-01-04T23:30:00-05:00` is
/// 2019-01-04), because that is the dateline a reader expects, not the UTC day. Forms
/// whose day and month could be either way round (`04/01/2019`) are not guessed at.
public enum DateParsing {
    /// What a message about an unreadable date says is expected.
    public static let expectedForms = "expected e.g. 2019-01-04, 2019-01-04T10:00:00Z, Fri, 04 Jan 2019, January 4, 2019"

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

    /// `2019/01/04` or `2019.01.04`, optionally followed by a time: year first is never
    /// ambiguous.
    public static func yearFirst(_ text: some StringProtocol) -> Day? {
        let t = text.trimmingWhitespace()
        let date = t.prefix { $0 != " " && $0 != "T" }
        for separator: Character in ["/", "."] {
            let parts = date.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
                  let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { continue }
            return Day(year: y, month: m, day: d)
        }
        return nil
    }

    /// Month names, in full and abbreviated (`Sept` too), lower-case, to 1...12.
    static let months: [String: Int] = {
        let full = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december"]
        var names: [String: Int] = [:]
        for (i, name) in full.enumerated() {
            names[name] = i + 1
            names[String(name.prefix(3))] = i + 1
        }
        names["sept"] = 9
        return names
    }()

    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    private static func words(_ text: some StringProtocol) -> [Substring] {
        var words = String(text).split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" })
        if let first = words.first, weekdays.contains(lowerWithoutDot(first)) {
            words.removeFirst()
        }
        return words
    }

    /// The month a word names (`January`, `Jan`, `Jan.`, `Sept.`), any case.
    static func month(_ word: some StringProtocol) -> Int? {
        months[lowerWithoutDot(word)]
    }

    private static func lowerWithoutDot(_ word: some StringProtocol) -> String {
        var w = word.lowercased()
        if w.hasSuffix(".") { w.removeLast() }
        return w
    }

    /// A day of the month as written in prose: `4`, `04`, `4th`.
    static func dayNumber(_ word: some StringProtocol) -> Int? {
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count), let day = Int(digits), (1...31).contains(day) else { return nil }
        let rest = word.dropFirst(digits.count).lowercased()
        guard ["", "st", "nd", "rd", "th", "."].contains(rest) else { return nil }
        return day
    }

    private static func year(_ word: Substring) -> Int? {
        guard word.allSatisfy({ $0.isASCII && $0.isNumber }), let y = Int(word) else { return nil }
        switch word.count {
        case 4: return y
        case 2: return y + (y < 50 ? 2000 : 1900)
        default: return nil
        }
    }

    /// RFC 822 / RFC 2822 as RSS writes them: `Fri, 04 Jan 2019 10:00:00 +0000`, also
    /// without the weekday, with a two-digit year, or with full month names (`4 January 2019`).
    public static func rfc822(_ text: some StringProtocol) -> Day? {
        let w = words(text)
        guard w.count >= 3, let d = dayNumber(w[0]), let m = month(w[1]), let y = year(w[2]) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    /// Month first, as American prose and many sites write it: `January 4, 2019`,
    /// `Jan. 4 2019 10:00 AM`, `Friday, January 4th, 2019`.
    public static func monthFirst(_ text: some StringProtocol) -> Day? {
        let w = words(text)
        guard w.count >= 3, let m = month(w[0]), let d = dayNumber(w[1]), w[2].count == 4, let y = year(w[2]) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    /// Unix time in seconds, or in milliseconds when too large for seconds (as
    /// JavaScript writes it); the day in UTC, the only zone such a number has. Only
    /// 1973–2286 is taken, so small numbers (a year, a count) are not read as dates.
    public static func unixTime(_ value: Double) -> Day? {
        guard value.isFinite else { return nil }
        var seconds = value
        if seconds >= 1e11 { seconds /= 1000 }
        guard (1e8..<1e10).contains(seconds) else { return nil }
        return Day(ordinal: Int((seconds / 86_400).rounded(.down)))
    }

    /// Whatever a feed or header holds: ISO 8601 first, then the other written forms, then
    /// a Unix time spelt as 10 or 13 digits.
    public static func anyDate(_ text: some StringProtocol) -> Day? {
        if let day = iso8601(text) ?? yearFirst(text) ?? rfc822(text) ?? monthFirst(text) { return day }
        let t = text.trimmingWhitespace()
        if t.count == 10 || t.count == 13, t.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Double(t) {
            return unixTime(n)
        }
        return nil
    }
}
