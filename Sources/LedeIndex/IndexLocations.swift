import Foundation

/// Where Lede keeps what it can rebuild (the analysis cache) and what it cannot (the
/// user's read marks and starred quotes), following the XDG base directory spec.
public struct IndexLocations: Sendable, Hashable {
    /// `$XDG_CACHE_HOME/lede` or `~/.cache/lede`.
    public var cacheDirectory: String
    /// `$XDG_DATA_HOME/lede` or `~/.local/share/lede`.
    public var dataDirectory: String

    public init(cacheDirectory: String, dataDirectory: String) {
        self.cacheDirectory = cacheDirectory
        self.dataDirectory = dataDirectory
    }

    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> IndexLocations {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        func base(_ variable: String, _ fallback: String) -> String {
            // The spec says relative values are invalid and must be ignored.
            if let v = environment[variable], v.hasPrefix("/") { return v }
            return home + "/" + fallback
        }
        return IndexLocations(cacheDirectory: base("XDG_CACHE_HOME", ".cache") + "/lede",
                              dataDirectory: base("XDG_DATA_HOME", ".local/share") + "/lede")
    }

    /// The cache database of one set of corpus roots: the same roots, named in any order
    /// or by relative paths, share it.
    public func cacheDatabase(for key: CorpusKey) -> String {
        cacheDirectory + "/corpus-" + key.digest + ".sqlite"
    }

    public var userStateDatabase: String { dataDirectory + "/state.sqlite" }
}

/// The absolute, sorted roots a corpus was opened with.
public struct CorpusKey: Sendable, Hashable {
    public var roots: [String]

    public init(paths: [String]) {
        let cwd = FileManager.default.currentDirectoryPath
        roots = Set(paths.map { p -> String in
            let absolute = p.hasPrefix("/") ? p : cwd + "/" + p
            return URL(fileURLWithPath: absolute).standardizedFileURL.path
        }).sorted()
    }

    public var text: String { roots.joined(separator: "\n") }

    public var digest: String {
        let h = UInt64(bitPattern: ContentHash.of(Data(text.utf8)))
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
