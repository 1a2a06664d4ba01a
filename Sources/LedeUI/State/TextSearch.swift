import LedeCore

/// Search in an article body, in code-point offsets. Smart case, as in vim and less: a
/// query in lower case ignores case, one with a capital letter does not (`ICE` should not
/// find "police"). Typographic quotes and apostrophes match their ASCII forms, so
/// `agency's` finds `agency’s`.
public enum TextSearch {
    public static func find(_ query: String, in body: String) -> [TextSpan] {
        let ignoreCase = !query.contains { $0.isUppercase }
        let needle = query.unicodeScalars.map { fold($0, ignoreCase: ignoreCase) }
        guard !needle.isEmpty else { return [] }
        let hay = body.unicodeScalars.map { fold($0, ignoreCase: ignoreCase) }
        guard hay.count >= needle.count else { return [] }
        var out: [TextSpan] = []
        var i = 0
        while i <= hay.count - needle.count {
            if hay[i] == needle[0], hay[i..<(i + needle.count)].elementsEqual(needle) {
                out.append(TextSpan(i, i + needle.count))
                i += needle.count
            } else {
                i += 1
            }
        }
        return out
    }

    /// One scalar to one scalar, so offsets survive.
    static func fold(_ s: Unicode.Scalar, ignoreCase: Bool) -> Unicode.Scalar {
        switch s.value {
        case 0x2018, 0x2019, 0x201B, 0x2032: return "'"
        case 0x201C, 0x201D, 0x201F, 0x2033: return "\""
        case 0x2013, 0x2014: return "-"
        case 0x00A0: return " "
        default:
            guard ignoreCase else { return s }
            let lower = s.properties.lowercaseMapping.unicodeScalars
            return lower.count == 1 ? lower.first! : s
        }
    }
}
