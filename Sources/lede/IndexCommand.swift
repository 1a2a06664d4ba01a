import ArgumentParser
import Foundation
import LedeCore
import LedeIndex

/// `lede index [PATH...]`: builds or refreshes the persistent index without the UI.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build or refresh the analysis cache of a corpus.",
        discussion: """
            Reads only files that are new or changed since the last run and drops deleted ones.
            The cache lives in $XDG_CACHE_HOME/lede (default ~/.cache/lede); read marks and
            starred quotes live apart in $XDG_DATA_HOME/lede and are never touched here.
            """)

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Throw the cache away first and analyse everything again.")
    var rebuild = false

    @Option(help: "Show at most this many skipped files or records (the rest are counted).")
    var maxProblems = 20

    func run() throws {
        guard let paths = corpus.resolvedPaths() else {
            throw ValidationError("no PATH given and there is no ./seeds folder")
        }
        if rebuild {
            let database = IndexLocations.standard().cacheDatabase(for: CorpusKey(paths: paths))
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
        }
        let reporter = ProgressReporter(terminal: isatty(STDERR_FILENO) == 1)
        let index: CorpusIndex, opened: Corpus, summary: IndexSummary
        do {
            (index, opened, summary) = try CorpusIndex.open(paths: paths) { reporter.report($0) }
        } catch {
            reporter.finish()
            let folder = IndexLocations.standard().cacheDirectory
            FileHandle.standardError.write(Data("""
                lede: cannot build the index in \(folder): \(ErrorText.of(error))
                (set XDG_CACHE_HOME to a folder you can write to; `lede --no-cache PATH` reads without one)

                """.utf8))
            throw ExitCode(1)
        }
        reporter.finish()

        for problem in opened.problems.prefix(maxProblems) { FileHandle.standardError.write(Data("lede: skipped \(problem)\n".utf8)) }
        if opened.problems.count > maxProblems {
            FileHandle.standardError.write(Data("lede: ... and \(opened.problems.count - maxProblems) more problems\n".utf8))
        }
        let mb = Double(summary.bytesRead) / 1_000_000
        let rate = summary.seconds > 0 ? mb / summary.seconds : 0
        print("""
            \(summary.articles) articles: \(summary.filesAnalysed) files analysed \
            (\(summary.articlesAnalysed) articles, \(String(format: "%.1f", mb)) MB, \(String(format: "%.1f", rate)) MB/s), \
            \(summary.filesReused) reused, \(summary.filesSkipped) skipped, \(summary.filesRemoved) removed; \
            \(String(format: "%.2f", summary.seconds)) s
            """)
        if summary.rebuiltCache { print("The cache was unreadable or made by another version of Lede, and was rebuilt.") }
        print("Cache: \(index.databasePath)")
        if opened.articles.isEmpty { throw ExitCode(1) }
    }
}

/// A one-line progress bar on a terminal; a plain line every couple of seconds (and at each
/// phase change) when stderr is a file or pipe.
final class ProgressReporter: @unchecked Sendable {
    let terminal: Bool
    private var lastDraw = Date.distantPast
    private var lastPhase: IndexProgress.Phase?
    private var drewBar = false

    init(terminal: Bool) { self.terminal = terminal }

    func report(_ p: IndexProgress) {
        let now = Date()
        let phaseChanged = p.phase != lastPhase
        lastPhase = p.phase
        if terminal {
            guard phaseChanged || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
            lastDraw = now
            let width = 30
            let filled = Int(Double(width) * p.fraction)
            let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
            let line = "\r\u{1B}[K\(p.phase.label) [\(bar)] \(p.filesRead)/\(p.filesToRead) files, \(Self.megabytes(p)), "
                + "\(p.articlesAnalysed) articles, \(String(format: "%.1f", p.megabytesPerSecond)) MB/s"
            FileHandle.standardError.write(Data(line.utf8))
            drewBar = true
        } else {
            guard phaseChanged || now.timeIntervalSince(lastDraw) >= 2 else { return }
            lastDraw = now
            let line = "lede index: \(p.phase.label) \(p.filesRead)/\(p.filesToRead) files to read "
                + "(\(p.filesFound) found), \(Self.megabytes(p)), \(p.articlesAnalysed) articles, "
                + "\(String(format: "%.0f", p.articlesPerSecond)) articles/s, \(String(format: "%.1f", p.megabytesPerSecond)) MB/s, "
                + "\(String(format: "%.1f", p.elapsedSeconds)) s\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    /// "34/92 MB": what moves while one large file is read in parts.
    static func megabytes(_ p: IndexProgress) -> String {
        String(format: "%.1f/%.1f MB", Double(p.bytesRead) / 1e6, Double(p.bytesToRead) / 1e6)
    }

    func finish() {
        if terminal && drewBar { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
