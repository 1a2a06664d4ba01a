import ArgumentParser
import Foundation
import LedeCore

/// `lede entities [--json] [PATH...]`: every entity mention, one per line.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Prints every entity mention (PERSON, ORG, PLACE, MONEY, DATE, PERCENT, GROUP).",
        discussion: "With --json, one JSON object a line: {\"article\", \"path\", \"start\", \"end\", \"text\", "
            + "\"type\", \"entity\"} plus \"date\" for resolved DATEs. start/end count Unicode code points "
            + "into the article body; \"entity\" is the canonical name shared by all mentions of one entity.")

    @Flag(help: "One JSON object a line instead of a table.")
    var json = false

    @OptionGroup var corpus: CorpusOptions

    /// A JSON string literal (RFC 8259 escaping; everything else passes as UTF-8). Written
    /// by hand because JSONEncoder per line is the slowest part of printing big corpora.
    static func json(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    func run() throws {
        let c = try corpus.openCorpus()
        var out = StandardOutput()
        defer { out.flush() }
        if json {
            for a in c.articles {
                for m in a.mentions {
                    var line = "{\"article\":" + Self.json(a.article.id)
                    if let d = m.resolvedDate { line += ",\"date\":" + Self.json(d) }
                    line += ",\"end\":\(m.span.end),\"entity\":" + Self.json(m.canonical)
                    line += ",\"path\":" + Self.json(a.article.path) + ",\"start\":\(m.span.start)"
                    line += ",\"text\":" + Self.json(m.text) + ",\"type\":\"" + m.type.rawValue + "\"}\n"
                    out.write(line)
                }
            }
            return
        }
        var rows: [[String]] = [["ARTICLE", "START", "END", "TYPE", "TEXT", "ENTITY"]]
        for a in c.articles {
            for m in a.mentions {
                let entity = m.resolvedDate.map { m.canonical == $0 ? $0 : "\(m.canonical) (\($0))" } ?? m.canonical
                rows.append([a.article.id, String(m.span.start), String(m.span.end), m.type.rawValue,
                             TableText.clean(m.text), TableText.clean(entity)])
            }
        }
        for line in TableText.align(rows, rightAligned: [1, 2]) { out.write(line + "\n") }
    }
}

/// Buffered stdout: one write per 64 KB instead of one per line.
struct StandardOutput {
    private var buffer = Data()

    mutating func write(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if buffer.count >= 65536 { flush() }
    }

    mutating func flush() {
        FileHandle.standardOutput.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Table cells: terminal-safe text, aligned by display width (East Asian wide characters
/// take two columns, combining marks none).
enum TableText {
    static func clean(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { u -> Unicode.Scalar in
            u == "\n" ? " " : Sanitizer.displayScalar(u)
        }))
    }

    static func width(_ s: String) -> Int {
        var w = 0
        for u in s.unicodeScalars { w += scalarWidth(u) }
        return w
    }

    static func scalarWidth(_ u: Unicode.Scalar) -> Int {
        let v = u.value
        switch u.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if v == 0x200B { return 0 }
        if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) && v != 0x303F
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
            || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v) {
            return 2
        }
        return 1
    }

    /// Pads every column but the last to its widest cell.
    static func align(_ rows: [[String]], rightAligned: Set<Int> = []) -> [String] {
        guard let columns = rows.map(\.count).max() else { return [] }
        var widths = [Int](repeating: 0, count: columns)
        for r in rows { for (i, cell) in r.enumerated() { widths[i] = max(widths[i], width(cell)) } }
        return rows.map { r in
            var line = ""
            for (i, cell) in r.enumerated() {
                let pad = String(repeating: " ", count: widths[i] - width(cell))
                if i == r.count - 1 { line += cell; break }
                line += rightAligned.contains(i) ? pad + cell : cell + pad
                line += "  "
            }
            return line
        }
    }
}
