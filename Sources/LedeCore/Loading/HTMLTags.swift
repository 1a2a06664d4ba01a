/// The tags of an HTML document, in order, with their attributes and where they are, for
/// reading a saved web page (`HTMLPageFormat`). Tolerant as browsers are: unquoted and
/// valueless attributes, any letter case, comments skipped, and the text of `script` and
/// `style` never taken for tags.
struct HTMLTags {
    struct Tag {
        var name: String
        var isEnd: Bool
        var attributes: [String: String]
        /// Where the tag starts (its `<`) and where the text after it starts, in bytes.
        var start: Int
        var end: Int
        /// For `script` and `style`: the raw text up to their end tag.
        var rawText: String?
    }

    let bytes: [UInt8]
    private(set) var tags: [Tag] = []

    init(_ html: String) {
        bytes = Array(html.utf8)
        scan()
    }

    /// The text between two byte offsets.
    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    private mutating func scan() {
        let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">")
        var i = 0
        let n = bytes.count
        while let open = bytes[i...].firstIndex(of: lt) {
            i = open + 1
            guard i < n else { break }
            if starts(with: "!--", at: i) {
                i = find("-->", from: i + 3).map { $0 + 3 } ?? n
                continue
            }
            let isEnd = bytes[i] == UInt8(ascii: "/")
            var j = isEnd ? i + 1 : i
            let nameStart = j
            while j < n, isNameByte(bytes[j]) { j += 1 }
            // `<` not opening a tag (`a < b`, `<!DOCTYPE`, `<?xml`): passed over as text.
            guard j > nameStart, let close = tagEnd(from: j) else {
                if j == nameStart, let close = bytes[i...].firstIndex(of: gt), !isEnd, bytes[i] == UInt8(ascii: "!") || bytes[i] == UInt8(ascii: "?") {
                    i = close + 1
                }
                continue
            }
            let name = String(decoding: bytes[nameStart..<j], as: UTF8.self).lowercased()
            var tag = Tag(name: name, isEnd: isEnd, attributes: isEnd ? [:] : attributes(j..<close),
                          start: open, end: close + 1, rawText: nil)
            i = close + 1
            if !isEnd && (name == "script" || name == "style") {
                let stop = findEndTag(name, from: i) ?? n
                tag.rawText = text(i..<stop)
                i = stop
            }
            tags.append(tag)
        }
    }

    private func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-") || b == UInt8(ascii: ":")
    }

    private func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }

    /// The `>` that ends a tag whose name ended at `from`, skipping quoted attribute values.
    private func tagEnd(from: Int) -> Int? {
        var quote: UInt8?
        var k = from
        while k < bytes.count {
            let b = bytes[k]
            if let q = quote {
                if b == q { quote = nil }
            } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                quote = b
            } else if b == UInt8(ascii: ">") {
                return k
            }
            k += 1
        }
        return nil
    }

    private func attributes(_ range: Range<Int>) -> [String: String] {
        var result: [String: String] = [:]
        var k = range.lowerBound
        let end = range.upperBound
        while k < end {
            while k < end, isSpace(bytes[k]) || bytes[k] == UInt8(ascii: "/") { k += 1 }
            let nameStart = k
            while k < end, !isSpace(bytes[k]), bytes[k] != UInt8(ascii: "="), bytes[k] != UInt8(ascii: "/") { k += 1 }
            guard k > nameStart else { k += 1; continue }
            let name = String(decoding: bytes[nameStart..<k], as: UTF8.self).lowercased()
            while k < end, isSpace(bytes[k]) { k += 1 }
            var value = ""
            if k < end, bytes[k] == UInt8(ascii: "=") {
                k += 1
                while k < end, isSpace(bytes[k]) { k += 1 }
                if k < end, bytes[k] == UInt8(ascii: "\"") || bytes[k] == UInt8(ascii: "'") {
                    let q = bytes[k]
                    let valueStart = k + 1
                    k = valueStart
                    while k < end, bytes[k] != q { k += 1 }
                    value = text(valueStart..<k)
                    k += 1
                } else {
                    let valueStart = k
                    while k < end, !isSpace(bytes[k]) { k += 1 }
                    value = text(valueStart..<k)
                }
            }
            if result[name] == nil { result[name] = Entities.decode(value) }
        }
        return result
    }

    private func starts(with literal: String, at k: Int) -> Bool {
        let l = Array(literal.utf8)
        return k + l.count <= bytes.count && Array(bytes[k..<(k + l.count)]) == l
    }

    private func find(_ literal: String, from: Int) -> Int? {
        let l = Array(literal.utf8)
        var k = from
        while k + l.count <= bytes.count {
            if bytes[k] == l[0] && Array(bytes[k..<(k + l.count)]) == l { return k }
            k += 1
        }
        return nil
    }

    /// Where `</name` starts (any case), from `from`.
    private func findEndTag(_ name: String, from: Int) -> Int? {
        let l = Array(("</" + name).utf8)
        var k = from
        while k + l.count <= bytes.count {
            if bytes[k] == UInt8(ascii: "<") && bytes[k + 1] == UInt8(ascii: "/") {
                var same = true
                for m in 2..<l.count where bytes[k + m] | 0x20 != l[m] { same = false; break }
                if same { return k }
            }
            k += 1
        }
        return nil
    }
}
