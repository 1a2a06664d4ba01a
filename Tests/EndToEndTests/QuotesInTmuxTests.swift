import Foundation
import Testing

/// The quote features of the real `lede` binary on the repo's seeds/, in a detached tmux:
/// step to a quote, list its related quotes, jump along the link and come back.
@Suite("lede quotes in a real terminal (tmux)", .serialized,
       .enabled(if: Tmux.executable != nil, "tmux is not installed: skipping the end-to-end terminal tests"))
struct QuotesInTmuxTests {
    /// The reading pane's text of a screen (between the first two separators).
    func readingPane(_ screen: String) -> String { ReaderInTmuxTests().readingPane(screen) }

    func statusLine(_ screen: String) -> String { screen.components(separatedBy: "\n").last { !$0.isEmpty } ?? "" }

    /// The selected quote's lines start with the margin bar.
    func selectedQuoteText(_ screen: String) -> String {
        readingPane(screen).components(separatedBy: "\n").filter { $0.hasPrefix("▌") }
            .map { String($0.dropFirst()).trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    @Test("] to the shared quote, r lists its twin in the other article, Enter goes there, Backspace comes back")
    func relatedJumpAndBack() throws {
        let tmux = Tmux()
        defer { tmux.kill() }
        try tmux.start([try ReaderInTmuxTests.binary(), "seeds"], cwd: ReaderInTmuxTests.packageRoot, width: 120, height: 40)
        try tmux.wait(seconds: 60) { $0.contains("Entities") && $0.contains("2/2 articles") }

        // Step with ] until the selected quote is the one both seed articles carry.
        var screen = ""
        for n in 1...12 {
            try tmux.keys("]")
            screen = try tmux.wait { $0.contains("quote \(n)/") }
            if selectedQuoteText(screen).hasPrefix("“As the people who build") { break }
        }
        #expect(selectedQuoteText(screen).hasPrefix("“As the people who build the technologies"))
        #expect(statusLine(screen).contains("— the employees · 1 related (r)"))
        #expect(statusLine(screen).hasPrefix(" 1/2 "))  // still the first article

        try tmux.keys("r")
        screen = try tmux.wait { $0.contains("Related to quote") }
        #expect(screen.contains("The same quotation elsewhere (1)"))
        #expect(screen.contains("2018-06-19  Outraged by the federal"))
        #expect(screen.contains("the letter · same quotation"))
        #expect(screen.contains("“As the people who build the technologies that Microsoft profits from"))

        try tmux.keys("Enter")
        screen = try tmux.wait { $0.contains("Backspace goes back") }
        #expect(!screen.contains("Related to quote"))
        #expect(statusLine(screen).hasPrefix(" 2/2 "))
        let second = readingPane(screen)
        #expect(second.contains("Outraged by the federal government"))
        #expect(selectedQuoteText(screen).hasPrefix("“As the people who build the technologies"))
        #expect(selectedQuoteText(screen).contains("the letter reads"))
        #expect(statusLine(screen).contains("— the letter"))

        try tmux.keys("BSpace")
        screen = try tmux.wait { $0.contains("Back in “A petition") }
        #expect(statusLine(screen).hasPrefix(" 1/2 "))
        #expect(readingPane(screen).contains("A petition signed by more than 150 employees"))
        #expect(selectedQuoteText(screen).hasPrefix("“As the people who build the technologies"))
        #expect(selectedQuoteText(screen).contains("the employees said"))

        try tmux.keys("C-o")
        screen = try tmux.wait { $0.contains("Nowhere to go back to") }
        #expect(statusLine(screen).hasPrefix(" 1/2 "))

        try tmux.keys("q")
        #expect(try tmux.waitForExit() == 0)
    }
}
