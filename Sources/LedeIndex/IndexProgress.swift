import Foundation

/// How far an index refresh has got; handed to the progress callback on the thread that
/// called `refresh`, after every written batch of files.
public struct IndexProgress: Sendable {
    public enum Phase: String, Sendable {
        /// Walking folders and comparing sizes and modification times.
        case scanning
        /// Reading, parsing and analysing changed files.
        case analysing
        /// Linking quotes across the whole corpus.
        case linking
        /// Building the search and filter index over the whole corpus.
        case searchIndex
        case done

        /// For progress lines: "linking quotes".
        public var label: String {
            switch self {
            case .scanning: "scanning"
            case .analysing: "analysing"
            case .linking: "linking quotes"
            case .searchIndex: "building the search index"
            case .done: "done"
            }
        }
    }

    public var phase: Phase
    /// Files found under the corpus roots.
    public var filesFound: Int
    /// Files that must be read again (new or changed), and how many of them are done.
    public var filesToRead: Int
    public var filesRead: Int
    public var articlesAnalysed: Int
    /// Bytes of the files read so far.
    public var bytesRead: Int
    public var elapsedSeconds: Double

    /// Bytes of the files to read (their sizes when the refresh began).
    public var bytesToRead = 0

    public var articlesPerSecond: Double { elapsedSeconds > 0 ? Double(articlesAnalysed) / elapsedSeconds : 0 }
    public var megabytesPerSecond: Double { elapsedSeconds > 0 ? Double(bytesRead) / 1_000_000 / elapsedSeconds : 0 }
    /// 0...1 over the bytes to read (a large file moves it as its parts are stored), or
    /// the files when their sizes are not known.
    public var fraction: Double {
        if phase == .scanning { return 0 }
        if bytesToRead > 0 { return min(1, Double(bytesRead) / Double(bytesToRead)) }
        return filesToRead > 0 ? Double(filesRead) / Double(filesToRead) : 1
    }
}

/// What a refresh did.
public struct IndexSummary: Sendable, CustomStringConvertible {
    /// Articles in the corpus now.
    public var articles: Int
    /// Files read and analysed (new or changed content).
    public var filesAnalysed: Int
    /// Files whose stored analysis was kept (unchanged, or only touched).
    public var filesReused: Int
    /// Files that hold no readable article (each has a problem).
    public var filesSkipped: Int
    /// Files gone from disk since the last refresh, dropped from the index.
    public var filesRemoved: Int
    public var articlesAnalysed: Int
    public var bytesRead: Int
    public var problems: Int
    public var seconds: Double
    /// True when the cache could not be opened (corrupt, other version) and was rebuilt.
    public var rebuiltCache: Bool
    /// Something was analysed or removed: a list read before this refresh is out of date.
    public var changed: Bool

    public var description: String {
        return "\(articles) articles; \(filesAnalysed) files analysed, \(filesReused) reused, "
            + "\(filesSkipped) skipped, \(filesRemoved) removed; \(problems) problems; \(String(format: "%.2f", seconds)) s"
    }
}

extension IndexProgress {
    /// `, peak 123 MB` (the process's peak resident memory so far, from Linux's
    /// /proc/self/status), or nothing where that is not available.
    static var peakMemory: String {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kb = Int(line.split(separator: " ").dropFirst().first ?? "") else { return "" }
        let now = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") })
            .flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") }
        return ", peak \(kb / 1024) MB" + (now.map { ", now \($0 / 1024) MB" } ?? "")
    }
}
