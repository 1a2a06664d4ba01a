import Foundation

/// A detached tmux server of its own (unique socket), for driving the real binary in a
/// real terminal without one attached. Kill it when done.
final class Tmux {
    static let executable: String? = {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") + ["/usr/bin", "/usr/local/bin"] {
            let path = "\(dir)/tmux"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }()

    let socket = "lede-e2e-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"

    /// The reader's cache and user state live here, not in the home folder, so runs do not
    /// see each other's index or read marks (unless a test shares one on purpose).
    let stateDirectory: String

    private let ownsStateDirectory: Bool

    init(stateDirectory: String? = nil) {
        self.stateDirectory = stateDirectory ?? NSTemporaryDirectory() + "lede-e2e-state-" + UUID().uuidString
        ownsStateDirectory = stateDirectory == nil
    }

    @discardableResult
    func run(_ args: [String]) throws -> String {
        try Spawn.run(Tmux.executable!, ["-u", "-L", socket, "-f", "/dev/null"] + args).output
    }

    /// Starts `command` in a detached session of the given size, under a shell that prints
    /// its exit status when it ends (tmux's own pane_dead_status is not always filled in).
    func start(_ command: [String], cwd: String, width: Int, height: Int) throws {
        let quoted = command.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        let script = "\(quoted); echo \"[exited $?]\"; sleep 600"
        try run(["new-session", "-d", "-s", "e2e", "-x", "\(width)", "-y", "\(height)", "-c", cwd,
                 "env", "LANG=C.UTF-8", "LC_ALL=C.UTF-8", "TERM=tmux-256color",
                 "XDG_CACHE_HOME=\(stateDirectory)/cache", "XDG_DATA_HOME=\(stateDirectory)/data",
                 "/bin/sh", "-c", script])
    }

    /// The pid of the program the shell started.
    func programPID() throws -> Int32? {
        let shell = try format("#{pane_pid}")
        let children = try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        return children?.split(separator: " ").first.flatMap { Int32($0) }
    }

    /// Waits for the program to end; returns its exit status, nil if it did not end in time.
    func waitForExit(seconds: Double = 10) throws -> Int? {
        let screen = try wait(seconds: seconds) { $0.contains("[exited ") }
        guard let r = screen.range(of: "[exited ") else { return nil }
        return Int(screen[r.upperBound...].prefix { $0.isNumber })
    }

    func keys(_ keys: String...) throws { try run(["send-keys", "-t", "e2e"] + keys) }

    /// The screen text; with `escapes`, including the SGR sequences of colours and attributes.
    func capture(escapes: Bool = false) throws -> String {
        try run(["capture-pane", "-p", "-t", "e2e"] + (escapes ? ["-e"] : []))
    }

    func format(_ f: String) throws -> String {
        try run(["display-message", "-p", "-t", "e2e", f]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls until `predicate` holds for the screen (or the time is up); returns the last screen.
    @discardableResult
    /// The screen once `predicate` holds and the frame has settled: tmux can be read while
    /// a frame is still arriving (a new status line over the old reading pane), so the
    /// screen must also read the same twice in a row.
    func wait(seconds: Double = 10, until predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var previous: String? = nil
        var screen = try capture()
        while !(predicate(screen) && screen == previous), Date() < deadline {
            Thread.sleep(forTimeInterval: 0.1)
            previous = screen
            screen = try capture()
        }
        return screen
    }

    func kill() {
        let socketPath = (try? run(["display-message", "-p", "#{socket_path}"]))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try? run(["kill-server"])
        if let socketPath, socketPath.hasPrefix("/") { try? FileManager.default.removeItem(atPath: socketPath) }
        if ownsStateDirectory { try? FileManager.default.removeItem(atPath: stateDirectory) }
    }
}
