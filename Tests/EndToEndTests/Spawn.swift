import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program to completion with posix_spawn and waitpid, its output in a file.
/// Not Foundation's `Process`: test threads have signals blocked, which `Process` passes on
/// (and then a child such as the tmux server and what runs inside it cannot be signalled),
/// and waiting on it from a test thread is not reliable.
enum Spawn {
    struct Result {
        var status: Int32
        var output: String
    }

    static func run(_ path: String, _ args: [String], cwd: String? = nil) throws -> Result {
        if let cwd {  // no portable posix_spawn chdir: let a shell change directory, then exec
            return try run("/bin/sh", ["-c", "cd \"$0\" && exec \"$@\"", cwd, path] + args)
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("lede-spawn-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: file) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, file.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)

        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attr, &none)
        posix_spawnattr_setsigdefault(&attr, &all)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([path] + args).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, path, &actions, &attr, argv, environ)
        guard rc == 0 else { throw CocoaError(.executableLoad) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exitCode = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let output = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        return Result(status: exitCode, output: output)
    }
}
