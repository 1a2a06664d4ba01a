/// The token finder behind `TextTokenizer.forEachToken`, over UTF-8 bytes. Offsets it
/// reports are code points, counted as it goes.
struct UTF8Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Lowercased UTF-8 of the token being read.
    var buffer: [UInt8] = []

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        buffer.reserveCapacity(32)
    }

    /// The scalar starting at byte `i` and its length in bytes (invalid UTF-8 cannot occur:
    /// `String` guarantees it).
    @inline(__always) func decode(_ i: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
        if b0 < 0xE0 {
            return (Unicode.Scalar(((b0 & 0x1F) << 6) | (UInt32(bytes[i + 1]) & 0x3F))!, 2)
        }
        if b0 < 0xF0 {
            let v = ((b0 & 0x0F) << 12) | ((UInt32(bytes[i + 1]) & 0x3F) << 6) | (UInt32(bytes[i + 2]) & 0x3F)
            return (Unicode.Scalar(v) ?? "\u{FFFD}", 3)
        }
        let v = ((b0 & 0x07) << 18) | ((UInt32(bytes[i + 1]) & 0x3F) << 12)
            | ((UInt32(bytes[i + 2]) & 0x3F) << 6) | (UInt32(bytes[i + 3]) & 0x3F)
        return (Unicode.Scalar(v) ?? "\u{FFFD}", 4)
    }

    @inline(__always) static func isWord(_ s: Unicode.Scalar) -> Bool {
        TextTokenizer.isWordScalar(s)
    }

    mutating func run(_ body: (UnsafeBufferPointer<UInt8>, TextSpan, Bool) -> Void) {
        let n = bytes.count
        var i = 0, cp = 0
        var newlines = 0
        while i < n {
            // Spaces and punctuation between words, most of them ASCII, skipped quickly.
            let b = bytes[i]
            if b < 0x80 && !(b >= 48 && b <= 57) && !((b | 0x20) >= 97 && (b | 0x20) <= 122) {
                if b == 0x0A { newlines += 1 }
                i += 1
                cp += 1
                continue
            }
            let (s, len) = decode(i)
            guard Self.isWord(s) else {
                if s == "\n" { newlines += 1 }
                i += len
                cp += 1
                continue
            }
            // Read the token: word scalars, and joiners between two word scalars.
            let startCP = cp
            let startByte = i
            var ascii = true
            var apostrophe = false
            buffer.removeAll(keepingCapacity: true)
            var count = 0
            var prev: Unicode.Scalar = s, beforePrev: Unicode.Scalar = " "
            func take(_ s: Unicode.Scalar, _ len: Int) {
                if s.isASCII {
                    let v = UInt8(s.value)
                    buffer.append(v >= 65 && v <= 90 ? v + 32 : v)
                    if v == UInt8(ascii: "'") { apostrophe = true }
                } else if TextTokenizer.isApostrophe(s) {
                    buffer.append(UInt8(ascii: "'"))
                    apostrophe = true
                } else {
                    ascii = false
                }
                beforePrev = prev
                prev = s
                count += 1
                i += len
                cp += 1
            }
            take(s, len)
            while i < n {
                let (c, clen) = decode(i)
                if Self.isWord(c) { take(c, clen); continue }
                guard i + clen < n else { break }
                let (next, nlen) = decode(i + clen)
                guard Self.isWord(next) else { break }
                var join = false
                if TextTokenizer.isApostrophe(c) {
                    join = TextTokenizer.isLetter(prev) && TextTokenizer.isLetter(next)
                } else if c == "." || c == "," {
                    join = TextTokenizer.isDigit(prev) && TextTokenizer.isDigit(next)
                    if !join, c == ".", TextTokenizer.isLetter(prev), TextTokenizer.isLetter(next),
                       count == 1 || beforePrev == "." {
                        let after = i + clen + nlen
                        join = after >= n || !Self.isWord(decode(after).0)
                    }
                }
                guard join else { break }
                take(c, clen)
                take(next, nlen)
            }
            if !ascii {
                var raw = String(decoding: UnsafeBufferPointer(rebasing: bytes[startByte..<i]), as: UTF8.self)
                if raw.unicodeScalars.contains("\u{2019}") {
                    raw = String(String.UnicodeScalarView(raw.unicodeScalars.map {
                        TextTokenizer.isApostrophe($0) ? "'" : $0
                    }))
                }
                buffer = Array(TextTokenizer.fold(raw).utf8)
            }
            // Only a token with an apostrophe has one to drop (a folded one may have gained one).
            if apostrophe || !ascii { TextTokenizer.dropApostrophes(&buffer) }
            if !buffer.isEmpty {
                buffer.withUnsafeBufferPointer { body($0, TextSpan(startCP, cp), newlines >= 2) }
                newlines = 0
            }
        }
    }
}
