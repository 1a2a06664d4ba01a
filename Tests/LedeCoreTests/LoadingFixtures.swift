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
}
