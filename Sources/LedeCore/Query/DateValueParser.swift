/// Parses the value of `date:`, `after:` and `before:` into inclusive day bounds.
///
/// A point is a year (`2018`), a month (`2018-06`) or a day (`2018-06-19`) and stands for
/// every day in it. `date:` takes a point, a range `A..B` (either end may be left open) or a
/// comparison `>=A`, `>A`, `<A`, `<=A`. `after:A` means on or after A and `before:A` strictly
/// before A, as in mail search, so `after:2018-06 before:2018-07` is June.
enum DateValueParser {
    /// The first and last day a point covers.
    struct Point {
        var first: Day
        var last: Day
    }

    static func parse(_ value: String, field: String, offset: Int) throws(QueryError) -> DateBounds {
        let chars = Array(value)
        if field == "after" || field == "before" {
            let p = try point(chars, offset: offset, field: field)
            return field == "after" ? DateBounds(from: p.first, through: nil)
                                    : DateBounds(from: nil, through: p.first.adding(days: -1))
        }
        for op in [">=", "<=", ">", "<"] where value.hasPrefix(op) {
            let rest = Array(chars.dropFirst(op.count))
            guard !rest.isEmpty else {
                throw QueryError("'\(op)' needs a date after it", at: offset + op.count)
            }
            let p = try point(rest, offset: offset + op.count, field: field)
            switch op {
            case ">=": return DateBounds(from: p.first, through: nil)
            case ">": return DateBounds(from: p.last.adding(days: 1), through: nil)
            case "<": return DateBounds(from: nil, through: p.first.adding(days: -1))
            default: return DateBounds(from: nil, through: p.last)
            }
        }
        if let dots = value.range(of: "..") {
            let split = value.distance(from: value.startIndex, to: dots.lowerBound)
            let left = Array(chars[..<split]), right = Array(chars[(split + 2)...])
            if left.isEmpty && right.isEmpty {
                throw QueryError("a date range needs at least one end", at: offset)
            }
            let from = left.isEmpty ? nil : try point(left, offset: offset, field: field)
            let to = right.isEmpty ? nil : try point(right, offset: offset + split + 2, field: field)
            if let from, let to, to.last < from.first {
                throw QueryError("the range ends (\(to.last)) before it starts (\(from.first))",
                                 at: offset + split + 2)
            }
            return DateBounds(from: from?.first, through: to?.last)
        }
        let p = try point(chars, offset: offset, field: field)
        return DateBounds(from: p.first, through: p.last)
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (month and day may have one digit).
    static func point(_ chars: [Character], offset: Int, field: String) throws(QueryError) -> Point {
        let text = String(chars)
        let shape = "write a day (2018-06-19), a month (2018-06) or a year (2018)"
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else {
            throw QueryError("'\(text)' is not a date: \(shape)", at: offset)
        }
        guard parts[0].count == 4, let year = Int(parts[0]), year >= 1 else {
            throw QueryError("the year must have four digits: \(shape)", at: offset)
        }
        let monthOffset = offset + 5
        guard parts.count > 1 else {
            return Point(first: Day(year: year, month: 1, day: 1)!, last: Day(year: year, month: 12, day: 31)!)
        }
        guard parts[1].count <= 2, let month = Int(parts[1]) else {
            throw QueryError("'\(parts[1])' is not a month", at: monthOffset)
        }
        guard (1...12).contains(month) else {
            throw QueryError("month \(month) does not exist", at: monthOffset)
        }
        let days = Day.daysIn(month: month, year: year)
        guard parts.count > 2 else {
            return Point(first: Day(year: year, month: month, day: 1)!,
                         last: Day(year: year, month: month, day: days)!)
        }
        let dayOffset = monthOffset + parts[1].count + 1
        guard parts[2].count <= 2, let day = Int(parts[2]) else {
            throw QueryError("'\(parts[2])' is not a day of the month", at: dayOffset)
        }
        guard let d = Day(year: year, month: month, day: day) else {
            let message = day == 0 ? "day 0 does not exist"
                : "\(monthNames[month - 1]) \(year) has only \(days) days"
            throw QueryError(message, at: dayOffset)
        }
        return Point(first: d, last: d)
    }
}
