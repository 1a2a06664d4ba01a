/// Makes untrusted article text safe to put on a terminal: C0/C1 control characters (and
/// so every escape sequence, which starts with ESC or CSI) become visible placeholders.
/// Tabs become spaces; newlines are kept for the wrapper to interpret.
public enum Sanitizer {
    /// One scalar in, one displayable scalar out, so offsets are preserved one to one.
    @inline(__always)
    public static func displayScalar(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        switch v {
        case 0x0A: return s
        case 0x09: return " "
        case 0x00..<0x20: return Unicode.Scalar(0x2400 + v)!  // ␀ ... ␟ control pictures
        case 0x7F: return "\u{2421}"  // ␡
        case 0x80..<0xA0: return "\u{FFFD}"  // C1 controls (incl. CSI 0x9B)
        case 0x2028, 0x2029: return " "
        case 0x202A...0x202E, 0x2066...0x2069: return "\u{FFFD}"  // bidi overrides
        default: return s
        }
    }

    public static func display(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { out.append(displayScalar(s)) }
        return String(out)
    }
}
