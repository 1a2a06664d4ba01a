import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Runs the built `lede` binary on the repo's seeds/ in a detached tmux and reads its screen.
@Suite("lede in a real terminal (tmux)", .serialized,
       .enabled(if: Tmux.executable != nil, "tmux is not installed: skipping the end-to-end terminal tests"))
struct ReaderInTmuxTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// `swift test` builds every target, so the binary sits beside the test bundle.
    static func binary() throws -> String {
        let candidates = [
            "\(packageRoot)/.build/debug/lede",
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("lede").path,
        ]
        let found = candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
        return try #require(found, "no lede binary at \(candidates); run `swift build` first")
    }

    func lines(_ screen: String) -> [String] { screen.components(separatedBy: "\n") }

    @Test("three panes, the entity sidebar, and j changes the reading pane")
    func threePanes() throws {
        let tmux = Tmux()
        defer { tmux.kill() }
        try tmux.start([try Self.binary(), "seeds"], cwd: Self.packageRoot, width: 120, height: 40)
        let first = try tmux.wait(seconds: 60) { $0.contains("Entities") && $0.contains("2/2 articles") }
        let top = lines(first)[0]
        #expect(top.contains("Articles"))
        #expect(top.contains("Article "))
        #expect(top.contains("Entities"))
        // Two separators: three panes side by side on every body row.
        #expect(lines(first)[5].filter { $0 == "│" }.count == 2)
        #expect(lines(first)[39].contains("1/2"))
        let readerBefore = readingPane(first)
        #expect(readerBefore.contains("A petition signed"))

        try tmux.keys("j")
        // Wait for the whole frame: tmux may be read while the frame is still arriving.
        let second = try tmux.wait { $0.contains(" 2/2 │") && readingPane($0).contains("Outraged by the federal") }
        let readerAfter = readingPane(second)
        #expect(readerAfter != readerBefore)
        #expect(readerAfter.contains("Outraged by the federal"))

        // Unread titles are bold in the list (SGR 1).
        let styled = try tmux.capture(escapes: true)
        #expect(styled.contains("\u{1B}[1m"))

        try tmux.keys("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(try tmux.format("#{alternate_on}") == "0")  // the terminal is given back
    }

    @Test("Ctrl-C and SIGTERM leave cleanly and restore the terminal")
    func signals() throws {
        for how in ["C-c", "TERM"] {
            let tmux = Tmux()
            defer { tmux.kill() }
            try tmux.start([try Self.binary(), "seeds"], cwd: Self.packageRoot, width: 100, height: 30)
            try tmux.wait { $0.contains("Articles") }
            #expect(try tmux.format("#{alternate_on}") == "1")
            if how == "C-c" {
                try tmux.keys("C-c")
            } else {
                let pid = try #require(try tmux.programPID())
                kill(pid, SIGTERM)
            }
            let status = try tmux.waitForExit()
            #expect(status == 0, "\(how)")
            #expect(try tmux.format("#{alternate_on}") == "0", "\(how)")
        }
    }

    @Test("o hands the terminal to $BROWSER with the article's link and takes it back")
    func openLink() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let link = "https://example.com/news/harbour-reopens?id=7&ref=lede"
        try Data(#"{"title": "Harbour reopens", "date": "2019-01-04", "url": "\#(link)", "text": "The harbour reopened on Friday."}"#.utf8)
            .write(to: URL(fileURLWithPath: dir + "/story.jsonl"))
        // A stand-in text browser: notes the address, shows it, waits for Enter.
        let browser = dir + "/browser.sh"
        try Data("#!/bin/sh\nprintf '%s\\n' \"$1\" >> \(dir)/opened\necho \"FAKE BROWSER $1\"\nread line\n".utf8)
            .write(to: URL(fileURLWithPath: browser))
        chmod(browser, 0o755)

        let tmux = Tmux()
        defer { tmux.kill() }
        try tmux.start(["/usr/bin/env", "BROWSER=\(browser)", try Self.binary(), dir + "/story.jsonl"], cwd: Self.packageRoot,
                       width: 120, height: 30)
        try tmux.wait(seconds: 60) { $0.contains("1/1 articles") && $0.contains("example.com/news") }
        try tmux.keys("Enter", "o")
        try tmux.wait { $0.contains("FAKE BROWSER \(link)") }
        #expect(try tmux.format("#{alternate_on}") == "0")  // the browser has the terminal
        try tmux.keys("Enter")
        let back = try tmux.wait { $0.contains("Opened \(link)") && $0.contains("Harbour reopens") }
        #expect(!back.contains("FAKE BROWSER"))  // every row drawn again
        #expect(try tmux.format("#{alternate_on}") == "1")
        #expect(try String(contentsOfFile: dir + "/opened", encoding: .utf8) == link + "\n")
        try tmux.keys("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test("lede list --json gives each article's fields, its link included, null when unknown")
    func listJSON() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data("""
            {"title": "Harbour reopens", "date": "2019-01-04", "source": "Port News", "url": "https://example.com/h", "text": "The harbour reopened."}
            {"title": "No link", "text": "Nothing known about this one."}
            """.utf8).write(to: URL(fileURLWithPath: dir + "/s.jsonl"))
        let r = try Spawn.run(try Self.binary(), ["list", "--json", dir + "/s.jsonl"])
        #expect(r.status == 0)
        let rows = try r.output.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(rows.count == 2)
        let linked = try #require(rows.first { $0["title"] as? String == "Harbour reopens" })
        #expect(linked["url"] as? String == "https://example.com/h")
        #expect(linked["source"] as? String == "Port News")
        #expect(linked["date"] as? String == "2019-01-04")
        let bare = try #require(rows.first { $0["title"] as? String == "No link" })
        #expect(bare["url"] is NSNull && bare["date"] is NSNull)
    }

    @Test("no article opened: exit 1 with a message")
    func nothingOpened() throws {
        let r = try Spawn.run(try Self.binary(), ["/nonexistent/lede-e2e"])
        #expect(r.status == 1)
        #expect(r.output.contains("no article could be opened"))
    }

    @Test("no PATH and no ./seeds: usage and exit 2")
    func usage() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Spawn.run(try Self.binary(), [], cwd: dir.path)
        #expect(r.status == 2)
        #expect(r.output.contains("USAGE"))
    }

    /// The middle pane's text: between the first and second separator of each row.
    func readingPane(_ screen: String) -> String {
        lines(screen).map { line -> String in
            let parts = line.split(separator: "│", omittingEmptySubsequences: false)
            return parts.count >= 3 ? String(parts[1]) : ""
        }.joined(separator: "\n")
    }
}
