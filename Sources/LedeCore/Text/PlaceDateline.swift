/// A wire story's place dateline at the start of its lead: `BAKU, Azerbaijan — `,
/// `NAIROBI, Kenya (AP) — `, `CAPE CANAVERAL, Fla. — `, `MUMBAI: `. As a title it only delays
/// the story, so the headline starts after it.
enum PlaceDateline {
    /// The line after a leading place dateline; the line itself when it has none.
    static func droppingPrefix(of line: Substring) -> Substring {
        // Most leads open with a capital and then a lower-case letter: one look at two bytes.
        let bytes = line.utf8.prefix(2)
        guard bytes.count == 2, isCapital(bytes.first!), isCapital(bytes.last!) || bytes.last! == 0x2E else { return line }
        var i = line.startIndex
        // The place in capitals (`CAPE CANAVERAL`, `ST. LOUIS`, `SÃO PAULO`).
        while i < line.endIndex, line[i].isUppercase || " .'-".contains(line[i]) {
            i = line.index(after: i)
        }
        guard line.distance(from: line.startIndex, to: i) >= 3 else { return line }
        // Its state or country (`, Fla.`, `, Kenya`), and an agency in brackets (`(AP)`).
        if i < line.endIndex, line[i] == "," {
            var words = 0
            var j = line.index(after: i)
            while j < line.endIndex, line[j] == " " { j = line.index(after: j) }
            while words < 3, j < line.endIndex, line[j].isUppercase {
                while j < line.endIndex, line[j].isLetter || line[j] == "." { j = line.index(after: j) }
                words += 1
                while j < line.endIndex, line[j] == " " { j = line.index(after: j) }
            }
            guard words > 0 else { return line }
            i = j
        }
        while i < line.endIndex, line[i] == " " { i = line.index(after: i) }
        if i < line.endIndex, line[i] == "(", let close = line[i...].prefix(24).firstIndex(of: ")") {
            i = line.index(after: close)
            while i < line.endIndex, line[i] == " " { i = line.index(after: i) }
        }
        // Then a dash or a colon, and the story.
        guard i < line.endIndex, "—–-:".contains(line[i]) else { return line }
        var rest = line[line.index(after: i)...]
        if rest.first == "-" { rest = rest.dropFirst() }  // `--`
        rest = rest.trimmingWhitespaceSlice()
        guard let first = rest.first, first.isLetter || first.isNumber || "\"“‘'".contains(first) else { return line }
        return rest
    }

    private static func isCapital(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A || byte >= 0xC3 }
}
