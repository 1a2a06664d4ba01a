extension String {
    /// `Array(unicodeScalars)`, decoded straight from the UTF-8 bytes: the generic
    /// conversion walks the string twice (once to count) and was a large share of analysis.
    var scalarArray: [Unicode.Scalar] {
        var s = self
        return s.withUTF8 { u in
            [Unicode.Scalar](unsafeUninitializedCapacity: u.count) { out, count in
                // Native strings hold valid UTF-8, so lead bytes say the lengths.
                var i = 0, k = 0
                let n = u.count
                while i < n {
                    let b = u[i]
                    var v: UInt32
                    if b < 0x80 {
                        v = UInt32(b)
                        i += 1
                    } else if b < 0xE0 {
                        v = UInt32(b & 0x1F) << 6 | UInt32(u[i + 1] & 0x3F)
                        i += 2
                    } else if b < 0xF0 {
                        v = UInt32(b & 0x0F) << 12 | UInt32(u[i + 1] & 0x3F) << 6 | UInt32(u[i + 2] & 0x3F)
                        i += 3
                    } else {
                        v = UInt32(b & 0x07) << 18 | UInt32(u[i + 1] & 0x3F) << 12 | UInt32(u[i + 2] & 0x3F) << 6
                            | UInt32(u[i + 3] & 0x3F)
                        i += 4
                    }
                    out[k] = Unicode.Scalar(v) ?? "\u{FFFD}"
                    k += 1
                }
                count = k
            }
        }
    }
}

/// Unicode properties of the scalars below U+1000 (Latin, Greek, Cyrillic, Hebrew, Arabic,
/// the Indic scripts and Thai: letters and marks), read once from `Unicode.Scalar.Properties`
/// into a table: the property look-ups are slow and accented names are common in news.
enum ScalarProperties {
    static let alphabetic: UInt8 = 1, uppercase: UInt8 = 2, lowercase: UInt8 = 4, whitespace: UInt8 = 8,
               nonspacingMark: UInt8 = 16, numeric: UInt8 = 32

    static let limit: UInt32 = 0x1000

    static let table: [UInt8] = (0..<limit).map { v in
        guard let s = Unicode.Scalar(v) else { return 0 }
        let p = s.properties
        var f: UInt8 = 0
        if p.isAlphabetic { f |= alphabetic }
        if p.isUppercase { f |= uppercase }
        if p.isLowercase { f |= lowercase }
        if p.isWhitespace { f |= whitespace }
        if p.generalCategory == .nonspacingMark { f |= nonspacingMark }
        if p.numericType != nil { f |= numeric }
        return f
    }

    /// The first scalar of each one's lower-case mapping (itself when it has none).
    static let lowerFirst: [UInt32] = (0..<limit).map { v in
        guard let s = Unicode.Scalar(v) else { return v }
        return s.properties.lowercaseMapping.unicodeScalars.first?.value ?? v
    }

    /// The flags of `s`, or nil above the table.
    @inline(__always) static func flags(_ s: Unicode.Scalar) -> UInt8? {
        s.value < limit ? table[Int(s.value)] : nil
    }
}
