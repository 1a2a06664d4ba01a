import Foundation
import Testing

/// The reader opening through its index: a first run indexes with progress in the status
/// line, a second run paints from the cache and keeps the read marks.
@Suite("lede reading through the index in a real terminal (tmux)", .serialized,
       .enabled(if: Tmux.executable != nil, "tmux is not installed: skipping the end-to-end terminal tests"))
struct IndexedReaderInTmuxTests {
    func lines(_ screen: String) -> [String] { screen.components(separatedBy: "\n") }

    /// A private copy of the seeds and a private cache/data folder, removed at the end.
    final class Scratch {
        let root = NSTemporaryDirectory() + "lede-e2e-index-" + UUID().uuidString
        var corpus: String { root + "/news" }
        var state: String { root + "/state" }
        init() throws {
            try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
            for name in try FileManager.default.contentsOfDirectory(atPath: ReaderInTmuxTests.packageRoot + "/seeds") {
                try FileManager.default.copyItem(atPath: ReaderInTmuxTests.packageRoot + "/seeds/" + name,
                                                 toPath: corpus + "/" + name)
            }
        }
        deinit { try? FileManager.default.removeItem(atPath: root) }
    }

    @Test("the first run indexes and says so; the second opens from the cache with read marks and stars kept, and u's unread mark is kept too")
    func secondRunFromCache() throws {
        let scratch = try Scratch()
        do {
            let tmux = Tmux(stateDirectory: scratch.state)
            defer { tmux.kill() }
            try tmux.start([try ReaderInTmuxTests.binary(), scratch.corpus], cwd: scratch.root, width: 120, height: 30)
            let indexed = try tmux.wait(seconds: 60) { $0.contains("Indexed 2 articles") }
            #expect(lines(indexed)[29].contains("2/2 articles"))
            let cache = scratch.state + "/cache/lede"
            #expect(try FileManager.default.contentsOfDirectory(atPath: cache).contains { $0.hasSuffix(".sqlite") })
            // Read the first article (newest first: the petition story), then quit.
            try tmux.keys("Enter")
            try tmux.wait { $0.contains("A petition signed by more than 150 employees") }
            try tmux.keys("]")
            try tmux.wait { $0.contains("quote 1/") }
            try tmux.keys("*")
            try tmux.wait { $0.contains("Starred quote 1/") }
            try tmux.keys("q", "q")
            #expect(try tmux.waitForExit() == 0)
        }
        do {
            let tmux = Tmux(stateDirectory: scratch.state)
            defer { tmux.kill() }
            try tmux.start([try ReaderInTmuxTests.binary(), scratch.corpus], cwd: scratch.root, width: 120, height: 30)
            let again = try tmux.wait { $0.contains("2/2 articles") }
            #expect(!again.contains("Indexed"), "nothing changed, so nothing was indexed")
            let list = lines(again).map { String($0.prefix(30)) }
            let petition = try #require(list.firstIndex { $0.contains("A petition signed") })
            let outraged = try #require(list.firstIndex { $0.contains("Outraged by the federal") })
            #expect(!list[petition].contains("•"), "read in the first run")
            #expect(list[outraged].contains("•"), "still unread")
            try tmux.keys("Q")
            let quotesTab = try tmux.wait { $0.contains("Quotes") }
            #expect(quotesTab.contains("1★ "), "starred in the first run")
            #expect(!quotesTab.contains("2★ "))
            // The petition (selected, newest first) marked unread again, then quit.
            try tmux.keys("u")
            try tmux.wait { $0.contains("Marked unread") }
            try tmux.keys("q")
            #expect(try tmux.waitForExit() == 0)
        }
        let tmux = Tmux(stateDirectory: scratch.state)
        defer { tmux.kill() }
        try tmux.start([try ReaderInTmuxTests.binary(), scratch.corpus], cwd: scratch.root, width: 120, height: 30)
        let third = lines(try tmux.wait { $0.contains("2/2 articles") }).map { String($0.prefix(30)) }
        let petition = try #require(third.firstIndex { $0.contains("A petition signed") })
        #expect(third[petition].contains("•"), "marked unread in the second run")
    }

    @Test("a changed file is noticed on the next open and the list updated")
    func changedFileNoticed() throws {
        let scratch = try Scratch()
        do {
            let tmux = Tmux(stateDirectory: scratch.state)
            defer { tmux.kill() }
            try tmux.start([try ReaderInTmuxTests.binary(), scratch.corpus], cwd: scratch.root, width: 120, height: 30)
            try tmux.wait(seconds: 60) { $0.contains("Indexed 2 articles") }
            try tmux.keys("q")
            #expect(try tmux.waitForExit() == 0)
        }
        try Data(" date 2020-02-02 Harbour workers walked out on Monday.\n\nThe port was closed.".utf8)
            .write(to: URL(fileURLWithPath: scratch.corpus + "/third.txt"))
        let tmux = Tmux(stateDirectory: scratch.state)
        defer { tmux.kill() }
        try tmux.start([try ReaderInTmuxTests.binary(), scratch.corpus], cwd: scratch.root, width: 120, height: 30)
        let updated = try tmux.wait(seconds: 60) { $0.contains("3/3 articles") }
        #expect(updated.contains("list updated (3 articles)"))
        #expect(updated.contains("Harbour workers walked"))
        // The cursor was on the first row, untouched: it stays there, on the new newest.
        #expect(lines(updated)[29].hasPrefix(" 1/3 "))
    }

    @Test("R while reading finds a new file and lists it")
    func reloadFindsNewFile() throws {
        let scratch = try Scratch()
        let tmux = Tmux(stateDirectory: scratch.state)
        defer { tmux.kill() }
        try tmux.start([try ReaderInTmuxTests.binary(), scratch.corpus], cwd: scratch.root, width: 120, height: 30)
        try tmux.wait(seconds: 60) { $0.contains("Indexed 2 articles") }
        try tmux.keys("R")
        try tmux.wait(seconds: 60) { $0.contains("No new, changed or deleted files") }
        try Data(" date 2020-02-02 Harbour workers walked out on Monday.\n\nThe port was closed.".utf8)
            .write(to: URL(fileURLWithPath: scratch.corpus + "/third.txt"))
        try tmux.keys("R")
        let updated = try tmux.wait(seconds: 60) { $0.contains("3/3 articles") }
        #expect(updated.contains("Harbour workers walked"))
    }

    @Test("--no-cache reads in memory and leaves no cache behind")
    func noCache() throws {
        let scratch = try Scratch()
        let tmux = Tmux(stateDirectory: scratch.state)
        defer { tmux.kill() }
        try tmux.start([try ReaderInTmuxTests.binary(), "--no-cache", scratch.corpus], cwd: scratch.root, width: 120, height: 30)
        try tmux.wait(seconds: 60) { $0.contains("2/2 articles") }
        try tmux.keys("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(!FileManager.default.fileExists(atPath: scratch.state + "/cache"))
    }

    @Test("an unusable cache folder: the reader says so and reads in memory")
    func unusableCache() throws {
        let scratch = try Scratch()
        try FileManager.default.createDirectory(atPath: scratch.state, withIntermediateDirectories: true)
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: scratch.state + "/cache"))  // XDG_CACHE_HOME is a file
        let tmux = Tmux(stateDirectory: scratch.state)
        defer { tmux.kill() }
        try tmux.start([try ReaderInTmuxTests.binary(), scratch.corpus], cwd: scratch.root, width: 160, height: 30)
        let screen = try tmux.wait(seconds: 60) { $0.contains("2/2 articles") }
        #expect(lines(screen)[29].contains("Cannot use the index in \(scratch.state)/cache/lede: "))
        #expect(lines(screen)[29].contains("Not a directory"))
        try tmux.keys("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test("lede index with an unusable cache folder says why and exits 1")
    func indexWithUnusableCache() throws {
        let scratch = try Scratch()
        try FileManager.default.createDirectory(atPath: scratch.state, withIntermediateDirectories: true)
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: scratch.state + "/cache"))
        let r = try Spawn.run("/usr/bin/env", ["XDG_CACHE_HOME=\(scratch.state)/cache", "XDG_DATA_HOME=\(scratch.state)/data",
                                               try ReaderInTmuxTests.binary(), "index", scratch.corpus])
        #expect(r.status == 1)
        #expect(r.output.contains("lede: cannot build the index in \(scratch.state)/cache/lede: "))
        #expect(r.output.contains("Not a directory"))
        #expect(!r.output.contains("NSCocoaErrorDomain"))
    }
}
