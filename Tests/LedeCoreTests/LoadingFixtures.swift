import Foundation

/// A temporary folder of fixture files, removed when the test ends.
final class FixtureFolder {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "lede-loading-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    @discardableResult
    func write(_ relative: String, _ content: String) -> String {
        let full = path + "/" + relative
        try! FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true)
        try! Data(content.utf8).write(to: URL(fileURLWithPath: full))
        return full
    }

    /// Writes `content` packed by the `gzip` program, as users' files are made.
    @discardableResult
    func writeGzip(_ relative: String, _ content: String) -> String {
        let full = write(relative, "")
        try! Data(gzipped(Data(content.utf8))).write(to: URL(fileURLWithPath: full))
        return full
    }
}

/// `data` packed by `gzip -c -n` (one gzip member).
func gzipped(_ data: Data) -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/gzip")
    process.arguments = ["-c", "-n"]
    let input = Pipe(), output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try! process.run()
    // Written from another thread: a large input would otherwise fill both pipes.
    let writer = Thread { input.fileHandleForWriting.write(data); try? input.fileHandleForWriting.close() }
    writer.start()
    let packed = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return packed
}
