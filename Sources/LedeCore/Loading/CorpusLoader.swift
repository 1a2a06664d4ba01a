import Foundation

/// Finds article files under the paths a user names and parses them. Never writes.
public struct CorpusLoader: Sendable {
    /// File name extensions taken when walking a folder.
    public var extensions: Set<String> = ["txt"]

    public init() {}

    public func load(paths: [String]) -> LoadResult {
        var result = LoadResult()
        for path in paths {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                result.problems.append(LoadProblem(path: path, reason: "no such file or folder"))
                continue
            }
            if isDir.boolValue {
                let files = filesBelow(folder: path, problems: &result.problems)
                if files.isEmpty {
                    result.problems.append(LoadProblem(path: path, reason: "folder holds no .txt articles"))
                }
                for file in files {
                    let relative = String(file.dropFirst(path.count)).drop(while: { $0 == "/" })
                    loadFile(file, id: String(relative), into: &result)
                }
            } else {
                loadFile(path, id: path, into: &result)
            }
        }
        return result
    }

    func filesBelow(folder: String, problems: inout [LoadProblem]) -> [String] {
        let base = URL(fileURLWithPath: folder)
        guard let walker = FileManager.default.enumerator(
            at: base, includingPropertiesForKeys: [.isRegularFileKey],
            options: [.skipsHiddenFiles]) else {
            problems.append(LoadProblem(path: folder, reason: "cannot read folder"))
            return []
        }
        var files: [String] = []
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        for case let url as URL in walker where extensions.contains(url.pathExtension.lowercased()) {
            let isFile = (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) ?? false
            guard isFile else { continue }
            let rel = url.path.hasPrefix(base.path + "/") ? String(url.path.dropFirst(base.path.count + 1)) : url.lastPathComponent
            files.append(prefix + rel)
        }
        return files.sorted()
    }

    func loadFile(_ path: String, id: String, into result: inout LoadResult) {
        guard let data = FileManager.default.contents(atPath: path) else {
            result.problems.append(LoadProblem(path: path, reason: "cannot read file"))
            return
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            result.problems.append(LoadProblem(path: path, reason: "not UTF-8 text"))
            return
        }
        do {
            let (date, body) = try SeedFormat.parse(text)
            result.articles.append(Article(id: id, path: path, date: date,
                                           title: Headline.from(body: body), body: body))
        } catch {
            result.problems.append(LoadProblem(path: path, reason: error.description))
        }
    }
}
