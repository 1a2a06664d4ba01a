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
