import Foundation

extension String {
    /// `contains(_:)` for a needle of one or two ASCII bytes, without Foundation's slow
    /// search when the string is ASCII too: then a byte search gives the same answer;
    /// otherwise Foundation still decides (it matches canonically equivalent text).
    func containsASCII(_ needle: StaticString) -> Bool {
        precondition(needle.utf8CodeUnitCount == 1 || needle.utf8CodeUnitCount == 2)
        // Native strings: the same search over their bytes in place (much cheaper than
        // walking the generic UTF-8 view); others (rare, bridged) over a copy.
        let found = utf8.withContiguousStorageIfAvailable { Self.searchASCII($0, needle) }
            ?? Array(utf8).withUnsafeBufferPointer { Self.searchASCII($0, needle) }
        return found ?? contains(needle.description)
    }

    /// The byte search of `containsASCII`; nil when `bytes` is not all ASCII.
    private static func searchASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool? {
        for b in bytes where b >= 0x80 { return nil }
        return needle.withUTF8Buffer { pattern -> Bool in
            var matched = 0
            for b in bytes {
                // Two bytes at most, so a failed partial match only needs the first retried.
                if b == pattern[matched] { matched += 1 } else { matched = b == pattern[0] ? 1 : 0 }
                if matched == pattern.count { return true }
            }
            return false
        }
    }
}

extension StringProtocol {
    /// Whether the text's UTF-8 holds `byte`. For markup and punctuation tests (`<`, `&`)
    /// where the bytes are the question: unlike `contains("<")`, which Foundation answers
    /// through a UTF-16 copy at ~100 instructions a byte, this is a `memchr`.
    func containsByte(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
            ?? utf8.contains(byte)
    }

    /// Whether the text's UTF-8 holds `needle`'s bytes in a row (a markup tag, an ASCII marker).
    func containsBytes(_ needle: StaticString) -> Bool { utf8Offset(of: needle) != nil }

    /// Where `needle`'s bytes first occur in the text's UTF-8, as a byte offset.
    func utf8Offset(of needle: StaticString) -> Int? {
        needle.withUTF8Buffer { pattern in
            utf8.withContiguousStorageIfAvailable { Self.find(pattern, in: $0) }
                ?? Array(utf8).withUnsafeBufferPointer { Self.find(pattern, in: $0) }
        }
    }

    private static func find(_ pattern: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = pattern.first else { return 0 }
        guard let base = bytes.baseAddress, pattern.count <= bytes.count else { return nil }
        var at = 0
        let lastStart = bytes.count - pattern.count
        while at <= lastStart {
            guard let hit = memchr(base + at, Int32(first), lastStart - at + 1) else { return nil }
            let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + i, pattern.baseAddress!, pattern.count) == 0 { return i }
            at = i + 1
        }
        return nil
    }
}
