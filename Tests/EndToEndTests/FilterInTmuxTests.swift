import Foundation
import Testing

/// The filter prompt in the real binary on the repo's seeds/: `f`, a query, Enter.
@Suite("lede filter in a real terminal (tmux)", .serialized,
       .enabled(if: Tmux.executable != nil, "tmux is not installed: skipping the end-to-end terminal tests"))
struct FilterInTmuxTests {
    func lines(_ screen: String) -> [String] { screen.components(separatedBy: "\n") }

    /// The list pane's text: before the first separator of each row.
    func listPane(_ screen: String) -> String {
        lines(screen).map { $0.split(separator: "│", omittingEmptySubsequences: false).first.map(String.init) ?? "" }
            .joined(separator: "\n")
    }

    @Test("f org:Gizmodo Enter lists only the second seed; a bad query keeps it; F clears")
    func filterGizmodo() throws {
        let tmux = Tmux()
        defer { tmux.kill() }
        try tmux.start([try ReaderInTmuxTests.binary(), "seeds"], cwd: ReaderInTmuxTests.packageRoot, width: 120, height: 40)
        let start = try tmux.wait(seconds: 60) { $0.contains("2/2 articles") }
        #expect(listPane(start).contains("A petition signed"))
        #expect(listPane(start).contains("Outraged by the federal"))

        try tmux.keys("f")
        try tmux.wait { self.lines($0)[39].hasPrefix("filter: ") }
        try tmux.keys("-l", "org:Gizmodo")
        try tmux.keys("Enter")
        let filtered = try tmux.wait { $0.contains("1/2 articles") }
        let status = lines(filtered)[39]
        #expect(status.contains("filter: org:Gizmodo · 1/2 articles"))
        #expect(listPane(filtered).contains("Outraged by the federal"))
        #expect(!listPane(filtered).contains("A petition signed"))

        try tmux.keys("f")
        try tmux.wait { self.lines($0)[39].hasPrefix("filter: ") }
        try tmux.keys("-l", "date:2018-13-01")
        try tmux.keys("Enter")
        let refused = try tmux.wait { $0.contains("month 13 does not exist") }
        #expect(lines(refused)[39].contains("(at column 11)"))
        #expect(lines(refused)[39].contains("1/2 articles"))

        try tmux.keys("F")
        let cleared = try tmux.wait { $0.contains("2/2 articles") }
        #expect(listPane(cleared).contains("A petition signed"))

        try tmux.keys("q")
        #expect(try tmux.waitForExit() == 0)
    }
}
