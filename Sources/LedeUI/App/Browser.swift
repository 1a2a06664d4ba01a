#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The user's web browser, as `$BROWSER` names it (newsboat and mutt's url handlers read it
/// too): one or more commands separated by `:`, the first one installed taken, `%s` in it
/// standing for the address (else the address is added at the end). Without it, the
/// desktop's opener when there is a display, else a text browser.
public struct Browser: Sendable, Equatable {
    /// The shell command line, with `"$1"` where the address goes.
    public let commandLine: String
    /// The program it runs, for messages.
    public let program: String

    static let desktopOpeners = ["xdg-open", "sensible-browser"]
    static let textBrowsers = ["www-browser", "w3m", "lynx", "elinks", "links"]

    /// Nil when none is set or installed. `installed` says whether a program is on the PATH.
    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment,
                            installed: (String) -> Bool = Browser.onPath) -> Browser? {
        if let set = environment["BROWSER"], !set.trimmingCharacters(in: .whitespaces).isEmpty {
            for command in set.split(separator: ":") {
                let command = command.trimmingCharacters(in: .whitespaces)
                guard let program = command.split(separator: " ").first.map(String.init), installed(program) else { continue }
                // A `%s` inside quotes (`firefox '%s'`) is the address too.
                let line = command.contains("%s")
                    ? command.replacingOccurrences(of: "'%s'", with: "%s").replacingOccurrences(of: "\"%s\"", with: "%s")
                        .replacingOccurrences(of: "%s", with: "\"$1\"")
                    : command + " \"$1\""
                return Browser(commandLine: line, program: program)
            }
            return nil
        }
        let graphical = environment["DISPLAY"].map { !$0.isEmpty } == true || environment["WAYLAND_DISPLAY"].map { !$0.isEmpty } == true
        let candidates = (graphical ? desktopOpeners : []) + textBrowsers
        return candidates.first(where: installed).map { Browser(commandLine: $0 + " \"$1\"", program: $0) }
    }

    /// Whether `program` (a name or a path) can be run.
    public static func onPath(_ program: String) -> Bool {
        if program.contains("/") { return FileManager.default.isExecutableFile(atPath: program) }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(program)") }
    }

    /// Runs the browser on `address` in this terminal and waits for it; a message when it
    /// could not be started or failed. The address is passed as an argument, never as
    /// shell text, so a link cannot run commands.
    public func open(_ address: String) -> String? {
        // posix_spawn rather than Foundation's Process, which starts the child in a process
        // group of its own: a text browser there cannot read the terminal.
        let arguments = ["/bin/sh", "-c", commandLine, "lede-browser", address]
        var cArguments: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for p in cArguments { free(p) } }
        var pid: pid_t = 0
        let started = posix_spawn(&pid, "/bin/sh", nil, nil, &cArguments, environ)
        guard started == 0 else {
            return "Could not start the browser (\(program)): " + String(cString: strerror(started))
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // WIFEXITED and WEXITSTATUS, which Swift does not import.
        let signal = status & 0x7F, code = (status >> 8) & 0xFF
        // Ctrl-C is how some quit a text browser.
        if signal == SIGINT { return nil }
        if signal != 0 { return "The browser (\(program)) was stopped by signal \(signal)" }
        return code == 0 ? nil : "The browser (\(program)) ended with status \(code)"
    }
}
