import ArgumentParser
import Foundation
import LedeCore
import LedeIndex

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
        let textBytes = Self.corpusBytes(corpus)
        print("corpus: \(corpus), \(mb(textBytes)) MB of article files")

        if phase != .warm {
            let start = Date()
            var last = Date()
            let index = try CorpusIndex(paths: [corpus], locations: locations)
            let summary = try index.refresh { p in
                if Date().timeIntervalSince(last) >= 5 {
                    last = Date()
                    FileHandle.standardError.write(Data("  \(p.phase.rawValue) \(p.filesRead)/\(p.filesToRead) files, \(p.articlesAnalysed) articles, \(String(format: "%.1f", p.megabytesPerSecond)) MB/s\n".utf8))
                }
            }
            let seconds = Date().timeIntervalSince(start)
            let rss = Self.peakResidentBytes()
            let cpu = Self.cpuSeconds()
            print("cold index: \(summary.articles) articles, \(mb(summary.bytesRead)) MB read in \(f2(seconds)) s = \(f2(Double(summary.bytesRead) / 1e6 / seconds)) MB/s (\(Int(Double(summary.articles) / seconds)) articles/s) on \(ProcessInfo.processInfo.activeProcessorCount) cores")
            print("  CPU time \(f2(cpu)) s (user + system, all threads); load average at the end \(Self.loadAverage())")
            print("cold peak memory (ru_maxrss): \(mb(rss)) MB = \(f2(Double(rss) / Double(max(1, textBytes)))) x corpus size")
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
            var times: [Double] = []
            var parts: [(Double, Double, Double)] = []
            var corpusCount = 0
            var index: CorpusIndex?
            for _ in 0..<max(1, repeats) {
                let start = Date()
                let opened = try CorpusIndex(paths: [corpus], locations: locations)
                let t1 = Date()
                let summary = try opened.refresh()
                let t2 = Date()
                let list = try opened.listCorpus()
                let end = Date()
                times.append(end.timeIntervalSince(start))
                parts.append((t1.timeIntervalSince(start), t2.timeIntervalSince(t1), end.timeIntervalSince(t2)))
                corpusCount = list.articles.count
                index = opened
                if summary.filesAnalysed > 0 { print("warning: warm open analysed \(summary.filesAnalysed) files") }
            }
            let listRSS = Self.peakResidentBytes()
            let sorted = times.sorted()
            print("warm open (refresh check + list corpus, \(corpusCount) articles): first \(ms(times[0])) ms, median \(ms(sorted[sorted.count / 2])) ms, max \(ms(sorted.last!)) ms")
            let median = parts.sorted { $0.0 + $0.1 + $0.2 < $1.0 + $1.1 + $1.2 }[parts.count / 2]
            print("  median run: open cache \(ms(median.0)) ms, scan + stat files \(ms(median.1)) ms, read list \(ms(median.2)) ms")
            print("warm peak memory (ru_maxrss): \(mb(listRSS)) MB = \(f2(Double(listRSS) / Double(max(1, textBytes)))) x corpus size")
            if let index {
                let list = try index.listCorpus()
                let ids = stride(from: 0, to: list.articles.count, by: max(1, list.articles.count / 200)).map { list.articles[$0].id }
                let start = Date()
                for id in ids { _ = try index.article(id: id) }
                print("open one article (body, entities, quotes): \(f2(Date().timeIntervalSince(start) / Double(ids.count) * 1000)) ms each")
                let searchStart = Date()
                let hits = try index.search("government said")
                print("full-text search \"government said\": \(hits.count) hits in \(ms(Date().timeIntervalSince(searchStart))) ms")
                let fullStart = Date()
                let full = try index.corpus()
                print("full corpus (bodies + analysis) from cache: \(full.articles.count) articles in \(ms(Date().timeIntervalSince(fullStart))) ms; peak memory then \(mb(Self.peakResidentBytes())) MB")
            }
        }
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

    static func peakResidentBytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss) * 1024  // kilobytes on Linux
    }
}

private func mb(_ bytes: Int) -> String { String(format: "%.1f", Double(bytes) / 1_000_000) }
private func f2(_ x: Double) -> String { String(format: "%.2f", x) }
private func ms(_ seconds: Double) -> String { String(format: "%.0f", seconds * 1000) }
