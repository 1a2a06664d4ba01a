import ArgumentParser
import Foundation
import LedeCore
import LedeCurses
import LedeIndex
import LedeUI

/// The reader: `lede [PATH...]`.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Read articles in the terminal: list, reading pane and entity sidebar (the default).",
        discussion: """
            The corpus is opened through its index in $XDG_CACHE_HOME/lede: the list appears at \
            once from the cache while changed files are analysed in the background. Read marks \
            are kept in $XDG_DATA_HOME/lede.
            """)
    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Analyse the corpus in memory, without reading or writing the index (also LEDE_NO_CACHE=1).")
    var noCache = false

    func run() throws {
        Trace.mark("run")
        guard let paths = corpus.resolvedPaths() else {
            FileHandle.standardError.write(Data("lede: no PATH given and there is no ./seeds folder\n\n\(Lede.helpMessage())\n".utf8))
            throw ExitCode(2)
        }
        _ = try corpus.parsedQuery()  // a malformed --where stops here, before the screen is taken
        let environment = ProcessInfo.processInfo.environment
        guard !noCache, environment["LEDE_NO_CACHE"].map({ $0.isEmpty || $0 == "0" }) ?? true else {
            try runInMemory(note: nil)
            return
        }
        let session: IndexedSession
        switch try openSession(paths) {
        case .success(let s): session = s
        case .failure(let problem):
            let note = "Cannot use the index in \(IndexLocations.standard().cacheDirectory): \(problem.text); nothing is kept"
            FileHandle.standardError.write(Data("lede: \(note)\n".utf8))
            try runInMemory(note: note)
            return
        }
        Trace.mark("session")
        let backend = try Self.startTerminal()
        Trace.mark("terminal")
        backend.afterFirstFrame = { Trace.mark("first frame") }
        defer { backend.shutdown() }
        let theme = Theme.make(colors: backend.colorSupport, environment: environment)
        var state = session.start(size: backend.size, filter: corpus.whereQuery)
        Trace.mark("state")
        if session.index.rebuiltCache {
            state.message = StatusMessage(text: "Cache outdated or unreadable: rebuilding it", isWarning: true)
        }
        App.run(state, backend: backend, theme: theme, session: session, openLink: Self.browser)
    }

    /// What `o` opens a link with: the browser found at start.
    private static var browser: ((String) -> String?)? { Browser.find().map { browser in { browser.open($0) } } }

    /// The index for `paths`, or why the cache cannot be used (the reader then analyses in
    /// memory). Exits 1 when there is nothing to open.
    private func openSession(_ paths: [String]) throws -> Result<IndexedSession, CacheProblem> {
        if !paths.contains(where: { FileManager.default.fileExists(atPath: $0) }) {
            for p in paths { FileHandle.standardError.write(Data("lede: skipped \(p): no such file or folder\n".utf8)) }
            FileHandle.standardError.write(Data("lede: no article could be opened\n".utf8))
            throw ExitCode(1)
        }
        CorpusOptions.warnIfNoEntityModel()
        Trace.mark("model check")
        let index: CorpusIndex
        let cached: Corpus?
        do {
            (index, cached) = try CorpusIndex.openForReading(paths: paths)
        } catch {
            return .failure(CacheProblem(text: ErrorText.of(error)))
        }
        if cached == nil {
            // Never indexed: make sure there is something to index before taking the screen.
            let (files, problems) = CorpusLoader().discover(paths: paths)
            if files.isEmpty {
                for problem in problems { FileHandle.standardError.write(Data("lede: skipped \(problem)\n".utf8)) }
                FileHandle.standardError.write(Data("lede: no article could be opened\n".utf8))
                throw ExitCode(1)
            }
        }
        return .success(IndexedSession(index: index, cached: cached))
    }

    struct CacheProblem: Error { var text: String }

    /// The whole corpus analysed before the first paint, nothing kept.
    private func runInMemory(note: String?) throws {
        var opened = try corpus.openWholeCorpus()
        if let query = try corpus.parsedQuery() {
            opened = opened.keeping(try CorpusOptions.matches(of: query, in: QueryIndex(corpus: opened), text: corpus.whereQuery))
        }
        let backend = try Self.startTerminal()
        defer { backend.shutdown() }
        let theme = Theme.make(colors: backend.colorSupport, environment: ProcessInfo.processInfo.environment)
        var state = AppState(corpus: opened, size: backend.size)
        if let note { state.message = StatusMessage(text: note, isWarning: true) }
        App.run(state, backend: backend, theme: theme, openLink: Self.browser)
    }

    private static func startTerminal() throws -> CursesBackend {
        do {
            return try CursesBackend()
        } catch {
            FileHandle.standardError.write(Data("lede: \(error.description)\n".utf8))
            throw ExitCode(1)
        }
    }
}

/// An error as a short phrase for a person: the system's words for a file error
/// ("Permission denied"), not Foundation's dump of its user info.
enum ErrorText {
    static func of(_ error: Error) -> String {
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        for underlying in [ns.userInfo[NSUnderlyingErrorKey], (error as? CocoaError)?.underlying].compactMap({ $0 as? Error }) {
            let u = underlying as NSError
            if u.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(u.code))) }
        }
        return ns.domain == NSCocoaErrorDomain ? ns.localizedDescription : "\(error)"
    }
}

/// `LEDE_TRACE=1`: start-up steps and their times (from the process's start) on stderr.
enum Trace {
    static let start: Date = {
        // The process's own start time, so the figures include the runtime's start-up.
        var info = stat()
        if stat("/proc/self", &info) == 0 {
            return Date(timeIntervalSince1970: Double(info.st_ctim.tv_sec) + Double(info.st_ctim.tv_nsec) / 1e9)
        }
        return Date()
    }()
    static func mark(_ what: String) {
        guard ProcessInfo.processInfo.environment["LEDE_TRACE"] != nil else { return }
        FileHandle.standardError.write(Data("\(what) \(Int(Date().timeIntervalSince(start) * 1000)) ms\n".utf8))
    }
}
