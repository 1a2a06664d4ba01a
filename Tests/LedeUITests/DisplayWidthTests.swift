import LedeCore
import Testing

@Suite("Display width per grapheme cluster")
struct DisplayWidthTests {
    @Test("typographic quotes, apostrophes and dashes take one column")
    func typography() {
        for c: Character in ["“", "”", "’", "‘", "—", "–", "…", "é", "ß"] {
            #expect(DisplayWidth.of(c) == 1, "\(c)")
        }
        #expect(DisplayWidth.of("“dismayed” — agency’s") == 21)
    }

    @Test("CJK ideographs, kana, hangul and fullwidth forms take two columns")
    func wide() {
        for c: Character in ["中", "文", "カ", "한", "Ａ", "。"] {
            #expect(DisplayWidth.of(c) == 2, "\(c)")
        }
        #expect(DisplayWidth.of("東京 Tokyo") == 10)
    }

    @Test("emoji take two columns, including ZWJ sequences, flags and VS16")
    func emoji() {
        #expect(DisplayWidth.of("😀" as Character) == 2)
        #expect(DisplayWidth.of("👩‍👩‍👧" as Character) == 2)
        #expect(DisplayWidth.of("🇫🇷" as Character) == 2)
        #expect(DisplayWidth.of("❤️" as Character) == 2)
        #expect(DisplayWidth.of("👍🏽" as Character) == 2)
    }

    @Test("combining marks add nothing to their base")
    func combining() {
        let decomposed: Character = "e\u{301}"  // e + combining acute
        #expect(DisplayWidth.of(decomposed) == 1)
        #expect(DisplayWidth.of("Ame\u{301}lie") == 6)
        #expect(DisplayWidth.of("\u{200B}" as Unicode.Scalar) == 0)
        #expect(DisplayWidth.of("\u{301}" as Unicode.Scalar) == 0)
    }

    @Test("control characters take no column")
    func controls() {
        #expect(DisplayWidth.of("\u{1B}" as Unicode.Scalar) == 0)
        #expect(DisplayWidth.of("\u{9B}" as Unicode.Scalar) == 0)
    }
}
