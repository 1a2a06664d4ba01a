/// Gives memory the process has freed back to the system. glibc keeps freed memory in
/// per-thread arenas: after the analysis threads are done, what they freed would stay
/// resident, and the next phase (linking, the query index, on the calling thread) would
/// add its own on top, so the peak would be the sum of the phases rather than the largest.
public enum Memory {
    public static func giveBack() {
        _ = malloc_trim(0)
    }
}

/// glibc's `malloc_trim` (in <malloc.h>, which Swift's Glibc module does not export).
@_silgen_name("malloc_trim")
private func malloc_trim(_ pad: Int) -> Int32
