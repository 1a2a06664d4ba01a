import Foundation
import LedeCore
import Testing
@testable import LedeUI

/// Replays a key script on the repo's `seeds/` at 120x40 through the test backend (so
/// frames are rebuilt from the backend's cell diffs) and compares each frame's text with
/// `Golden/seeds-120x40.txt`.
///
/// The sidebar's cells are blanked before comparing: what it lists depends on the entity
/// extractor, which changes independently of the UI (its rendering is covered by
/// RenderTests with hand-made entities). Entity highlighting changes only styles, not
/// text, so the rest of the screen is stable.
///
/// To re-record on purpose (after a deliberate UI change):
///     LEDE_RECORD_GOLDEN=1 swift test --filter GoldenTests
/// then review `git diff Tests/LedeUITests/Golden`.
@Suite("Golden screens")
struct GoldenTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let goldenDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func keys(_ text: String) -> [InputEvent] { text.map { .key(.char($0)) } }

    /// (frame name, events leading to it).
    static let script: [(String, [InputEvent])] = [
        ("start", []),
        ("j: second article previewed", keys("j")),
        ("Enter: reading it", [.key(.enter)]),
        ("Space: next page", [.key(.char(" "))]),
        ("/Microsoft Enter: first match", keys("/Microsoft") + [.key(.enter)]),
        ("n: next match", keys("n")),
        ("?: help overlay", keys("?")),
        ("q: help closed, k: back to the list", keys("q") + [.key(.left), .key(.char("k"))]),
        ("e: sidebar hidden", keys("e")),
        ("resize to 70x20", [.resize(Size(width: 70, height: 20))]),
        ("resize to 50x20: one pane", [.resize(Size(width: 50, height: 20))]),
        ("resize to 30x8: too small", [.resize(Size(width: 30, height: 8))]),
        ("resize back to 120x40", [.resize(Size(width: 120, height: 40))]),
    ]

    @Test("key script on seeds/ matches the golden screens")
    func seeds() throws {
        let corpus = Corpus.open(paths: [Self.packageRoot.appendingPathComponent("seeds").path])
        try #require(corpus.articles.count >= 2, "the repo's seeds/ folder should hold two articles")
        let size = Size(width: 120, height: 40)
        var state = AppState(corpus: corpus, size: size)
        let theme = Theme(colors: .extended)
        let backend = TestBackend(size: size)
        let terminal = Terminal(backend: backend)
        var frames: [String] = []
        terminal.draw(view(state, theme: theme))
        for (name, events) in Self.script {
            for e in events {
                if case .resize = e { backend.enqueue([e]); _ = backend.readEvent() }
                let effects = state.handle(e)
                if effects.contains(.fullRedraw) { terminal.invalidate() }
                terminal.draw(view(state, theme: theme))
            }
            // The diff-built frame must equal a fresh render.
            #expect(backend.screen == view(state, theme: theme), "frame \(name)")
            frames.append("=== \(name) (\(state.size)) ===\n" + Self.masked(backend.screen, state: state))
        }
        let actual = frames.joined(separator: "\n") + "\n"
        try Self.compare(actual, golden: "seeds-120x40.txt")
    }

    /// The frame's text with the sidebar (where not under an overlay) blanked.
    static func masked(_ screen: Screen, state: AppState) -> String {
        var s = screen
        if let side = state.layout.panes[.sidebar] {
            let box = state.overlays.isEmpty ? Rect.zero : OverlayGeometry.box(in: state.size)
            for y in side.y..<side.maxY {
                for x in side.x..<side.maxX where !(x >= box.x && x < box.maxX && y >= box.y && y < box.maxY) {
                    s.set(x, y, Cell("░"))
                }
            }
        }
        return s.plainText
    }

    static func compare(_ actual: String, golden name: String) throws {
        let url = goldenDir.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["LEDE_RECORD_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(url.path); record it with LEDE_RECORD_GOLDEN=1 swift test --filter GoldenTests")
            return
        }
        if expected != actual {
            let report = "screens differ from \(name) (re-record on purpose with LEDE_RECORD_GOLDEN=1):\n" + diff(expected, actual)
            Issue.record(Comment(rawValue: report))
        }
    }

    /// The differing lines, each with the frame it belongs to.
    static func diff(_ expected: String, _ actual: String) -> String {
        let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
        var out: [String] = []
        var frame = ""
        for i in 0..<max(e.count, a.count) {
            let el = i < e.count ? e[i] : "<none>", al = i < a.count ? a[i] : "<none>"
            if el.hasPrefix("=== ") { frame = el }
            if el != al {
                out.append("\(frame) line \(i + 1):\n  expected: \(el)\n  actual:   \(al)")
                if out.count >= 12 { out.append("…"); break }
            }
        }
        return out.joined(separator: "\n")
    }
}

@Suite("App loop")
struct AppLoopTests {
    @Test("the loop draws, applies keys and stops on q")
    func runs() {
        let backend = TestBackend(size: Size(width: 100, height: 30),
                                  events: [.key(.char("j")), .key(.enter), .key(.char("q")), .key(.char("j"))])
        let final = App.run(makeState(width: 100, height: 30), backend: backend, theme: Theme(colors: .basic))
        #expect(final.selected == 1)
        #expect(final.read == ["b.txt"])
        #expect(backend.drawCalls == 3)  // initial frame, j, Enter; q quits before drawing
        #expect(backend.screen.find("Second story") != nil)
    }

    @Test("after the first frame only changed cells are sent")
    func diffOnly() {
        let backend = TestBackend(size: Size(width: 100, height: 30), events: [.key(.char("/"))])
        App.run(makeState(width: 100, height: 30), backend: backend, theme: Theme(colors: .basic))
        #expect(backend.cellsDrawn <= 100 * 30 + 100)  // the first frame, then the status row only
    }
}
