import ArgumentParser
import Foundation
import LedeCore
import LedeIndex
import LedeUI

/// `lede-bench index --corpus DIR`: cold indexing speed, warm open time and peak memory.
///
/// The warm open runs in a fresh child process (as a user's second `lede` would), so its
/// peak memory is its own and not the cold indexing's.
struct IndexBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Measure cold indexing (MB/s), warm open time and peak memory of the persistent index.")

    enum Phase: String, ExpressibleByArgument { case all, cold, warm }

    @Option(help: "Corpus folder or file (e.g. made by `lede-bench generate`).")
    var corpus: String

    @Option(help: "Cache and data directory to use (default: a fresh temporary one, removed after).")
    var cache: String?

    @Option(help: "all: cold then warm (in a child process); cold or warm alone.")
    var phase: Phase = .all

    @Option(help: "Warm opens to time.")
    var repeats = 5

    func run() throws {
        let base = cache ?? NSTemporaryDirectory() + "lede-bench-index-" + UUID().uuidString
        let locations = IndexLocations(cacheDirectory: base + "/cache", dataDirectory: base + "/data")
        defer { if cache == nil && phase == .all { try? FileManager.default.removeItem(atPath: base) } }
        if phase != .warm {
            let textBytes = Self.corpusBytes(corpus)
            print("corpus: \(corpus), \(mb(textBytes)) MB of article files")
            let start = Date()
            var last = Date()
            let index = try CorpusIndex(paths: [corpus], locations: locations)
            let summary = try index.refresh { p in
                if Date().timeIntervalSince(last) >= 5 {
                    last = Date()
                    FileHandle.standardError.write(Data("  \(p.phase.label) \(p.filesRead)/\(p.filesToRead) files, \(p.articlesAnalysed) articles, \(String(format: "%.1f", p.megabytesPerSecond)) MB/s\n".utf8))
                }
            }
            let seconds = Date().timeIntervalSince(start)
            let rss = Self.peakResidentBytes()
            let cpu = Self.cpuSeconds()
            print("cold index: \(summary.articles) articles, \(mb(summary.bytesRead)) MB read in \(f2(seconds)) s = \(f2(Double(summary.bytesRead) / 1e6 / seconds)) MB/s (\(Int(Double(summary.articles) / seconds)) articles/s) on \(ProcessInfo.processInfo.activeProcessorCount) cores")
            print("  CPU time \(f2(cpu)) s (user + system, all threads); load average at the end \(Self.loadAverage())")
            // Against the text read, which a gzip-packed corpus holds more of than its files' size.
            let text = max(textBytes, summary.bytesRead)
            print("cold peak memory (VmHWM): \(mb(rss)) MB = \(f2(Double(rss) / Double(max(1, text)))) x the corpus's text")
            print("cache size: \(mb(Self.corpusBytes(locations.cacheDirectory))) MB")
        }

        if phase == .all {
            // A fresh process for the warm measurements.
            fflush(nil)  // all streams: stdout is buffered when piped
            let child = Process()
            child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0].hasPrefix("/")
                ? CommandLine.arguments[0] : FileManager.default.currentDirectoryPath + "/" + CommandLine.arguments[0])
            child.arguments = ["index", "--corpus", corpus, "--cache", base, "--phase", "warm", "--repeats", String(repeats)]
            try child.run()
            child.waitUntilExit()
            return
        }

        if phase == .warm {
            // First paint: open the cache and decode the list as the last refresh left it.
            var paints: [Double] = []
            var inits: [Double] = []
            var checks: [Double] = []
            var count = 0
            var index: CorpusIndex?
            for _ in 0..<max(1, repeats) {
                let start = Date()
                let opened = try CorpusIndex(paths: [corpus], locations: locations)
                inits.append(Date().timeIntervalSince(start))
                guard let list = try opened.cachedListCorpus() else { throw ValidationError("no index yet: run with --phase cold first") }
                paints.append(Date().timeIntervalSince(start))
                count = list.articles.count
                index = opened
            }
            let paintRSS = Self.peakResidentBytes()
            // The reader's own first paint: the above, plus its state over the listed
            // articles, the shown article fetched, and a 120x40 frame rendered.
            var readerPaints: [Double] = []
            for _ in 0..<max(1, repeats) {
                let start = Date()
                let opened = try CorpusIndex(paths: [corpus], locations: locations)
                guard let list = try opened.cachedListCorpus() else { throw ValidationError("no index yet") }
                // The list handed over, as the reader does (a second owner would make the
                // first fetched article copy it).
                var state = AppState.loading(consume list, bodiesLoaded: false, size: Size(width: 120, height: 40))
                state.loader = ArticleLoader(index: opened)
                state.reconcile()
                _ = view(state, theme: Theme(colors: .extended))
                readerPaints.append(Date().timeIntervalSince(start))
            }
            let readerRSS = Self.peakResidentBytes()
            // What the reader loads in the background before filters work: the stored query
            // index (built from the text only if missing).
            var readies: [Double] = []
            var queryCount = 0
            for _ in 0..<max(1, repeats) {
                let start = Date()
                let opened = try CorpusIndex(paths: [corpus], locations: locations)
                guard let list = try opened.cachedListCorpus() else { throw ValidationError("no index yet") }
                queryCount = try opened.queryIndex(over: list).count
                readies.append(Date().timeIntervalSince(start))
            }
            let readyRSS = Self.peakResidentBytes()
            for _ in 0..<max(1, repeats) {
                let start = Date()
                let summary = try index!.refresh()
                checks.append(Date().timeIntervalSince(start))
                if summary.changed { print("warning: the corpus changed since it was indexed") }
            }
            let checkRSS = Self.peakResidentBytes()
            let textBytes = Self.corpusBytes(corpus)
            print("warm open to first paint (open cache + list of \(count) articles): \(stats(paints))")
            print("  of which opening the cache and user-state databases: \(stats(inits))")
            print("reader first paint (the above + reader state + shown article + 120x40 frame): \(stats(readerPaints)); peak memory then \(mb(readerRSS)) MB")
            print("reader's filters ready (open, list, stored query index over \(queryCount) articles): \(stats(readies)); peak memory then \(mb(readyRSS)) MB = \(f2(Double(readyRSS) / Double(max(1, Self.corpusBytes(corpus))))) x corpus size")
            print("  background freshness check (walk + stat every file, nothing changed): \(stats(checks))")
            print("  peak memory (VmHWM): \(mb(paintRSS)) MB after first paint = \(f2(Double(paintRSS) / Double(max(1, textBytes)))) x corpus size; \(mb(checkRSS)) MB after the check")
            if let index {
                let list = try index.listCorpus()
                let ids = stride(from: 0, to: list.articles.count, by: max(1, list.articles.count / 200)).map { list.articles[$0].id }
                let start = Date()
                for id in ids { _ = try index.article(id: id) }
                print("open one article (body, entities, quotes): \(f2(Date().timeIntervalSince(start) / Double(ids.count) * 1000)) ms each")
                for query in ["government said", "earthquake"] {
                    let searchStart = Date()
                    let hits = try index.search(query)
                    print("full-text search \"\(query)\": \(hits.count) articles in \(ms(Date().timeIntervalSince(searchStart))) ms")
                }
                let fullStart = Date()
                let full = try index.corpus()
                print("whole corpus (bodies + analysis + links) from cache, as `lede list` would read it: \(full.articles.count) articles in \(ms(Date().timeIntervalSince(fullStart))) ms; peak memory then \(mb(Self.peakResidentBytes())) MB")
            }
            print("load average: \(Self.loadAverage())")
        }
    }

    private func stats(_ times: [Double]) -> String {
        let sorted = times.sorted()
        return "first \(ms(times[0])) ms, median \(ms(sorted[sorted.count / 2])) ms, max \(ms(sorted.last!)) ms"
    }

    /// Total size of the files below a path (or of the file).
    static func corpusBytes(_ path: String) -> Int {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { return 0 }
        guard isDir.boolValue else {
            return (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        }
        var total = 0
        let walker = FileManager.default.enumerator(atPath: path)
        while let rel = walker?.nextObject() as? String {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path + "/" + rel),
                  attributes[.type] as? FileAttributeType == .typeRegular else { continue }
            total += (attributes[.size] as? Int) ?? 0
        }
        return total
    }

    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return s(usage.ru_utime) + s(usage.ru_stime)
    }

    /// Other work on the machine skews wall-clock figures; print it beside them.
    static func loadAverage() -> String {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?"
    }

    /// The process's peak resident set (VmHWM). Not getrusage's ru_maxrss, which Linux
    /// carries across fork and exec, so the warm child would report the cold parent's peak.
    static func peakResidentBytes() -> Int {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
           let kb = Int(line.split(separator: " ").dropFirst().first ?? "") {
            return kb * 1024
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss) * 1024  // kilobytes on Linux
    }
}

private func mb(_ bytes: Int) -> String { String(format: "%.1f", Double(bytes) / 1_000_000) }
private func f2(_ x: Double) -> String { String(format: "%.2f", x) }
private func ms(_ seconds: Double) -> String { String(format: "%.0f", seconds * 1000) }
