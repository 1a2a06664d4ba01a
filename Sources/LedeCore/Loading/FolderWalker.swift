#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Lists article files below a folder with readdir, which is several times faster than
/// FileManager's enumerator on Linux and matters at 100,000 files.
enum FolderWalker {
    /// Whether a file with no extension starts like one of the formats (a seed header, JSON,
    /// a feed, front matter): such files are read; anything else there (a README, a
    /// LICENSE) is left alone rather than reported as unreadable.
    static func startsLikeArticle(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var head = [UInt8](repeating: 0, count: 1024)
        var n = head.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard n > 0 else { return false }
        if Gzip.isCompressed(head) {
            guard let unpacked = Gzip.head(ofFile: path, count: head.count) else { return false }
            head = unpacked
            n = unpacked.count
        }
        // Cut at the last whole line, so a character split at the end does not matter.
        let bytes = head[..<n]
        let text = String(decoding: bytes.prefix(through: bytes.lastIndex(of: 0x0A) ?? (n - 1)), as: UTF8.self)
        guard let format = ArticleFormat.detect(text) else { return false }
        // `{` or `[` alone is too common a start: a JSON file must name an article field.
        if format == .jsonLines || format == .jsonArray {
            let fields = JSONFormat.Fields.body + JSONFormat.Fields.summary + JSONFormat.Fields.title + JSONFormat.Fields.lists
            return fields.contains { text.contains("\"\($0)\"") }
        }
        return true
    }

    /// Regular files (or symlinks to them) with one of `extensions`, or with no extension
    /// when they `startsLikeArticle`; hidden entries skipped, symlinked folders not followed
    /// (no loops), sorted by relative path.
    /// Files with one of `sniffed` extensions are taken only when they `startsLikeArticle`
    /// (a `.csv` of figures, a `manifest.tsv`, is not an article file); the others are
    /// `otherTables`. Gzip-compressed article files (`x.jsonl.gz`) are taken as the others
    /// (unpacked when read); other compressed ones (`x.jsonl.xz`) are `compressed`.
    static func walk(below folder: String, extensions: Set<String>, sniffed: Set<String> = [],
                     problems: inout [LoadProblem]) -> FolderWalk {
        var walk = FolderWalk()
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        var relatives: [String] = []
        var pending = [""]
        while let rel = pending.popLast() {
            let dirPath = prefix + rel
            guard let dir = opendir(dirPath) else {
                problems.append(LoadProblem(path: dirPath, reason: "cannot read folder"))
                continue
            }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                if name.hasPrefix(".") { continue }
                let childRel = rel.isEmpty ? name : rel + "/" + name
                var type = Int32(entry.pointee.d_type)
                if type == Int32(DT_UNKNOWN) || type == Int32(DT_LNK) {
                    var st = stat()
                    guard stat(prefix + childRel, &st) == 0 else { continue }
                    let isDir = (st.st_mode & S_IFMT) == S_IFDIR
                    // A symlink to a folder is not followed; one to a file is read.
                    if isDir && type == Int32(DT_LNK) { continue }
                    type = isDir ? Int32(DT_DIR) : ((st.st_mode & S_IFMT) == S_IFREG ? Int32(DT_REG) : -1)
                }
                if type == Int32(DT_DIR) {
                    pending.append(childRel)
                } else if type == Int32(DT_REG) {
                    if let dot = name.lastIndex(of: ".") {
                        let ext = name[name.index(after: dot)...].lowercased()
                        if extensions.contains(ext) {
                            relatives.append(childRel)
                        } else if sniffed.contains(ext) {
                            if startsLikeArticle(prefix + childRel) { relatives.append(childRel) } else { walk.otherTables.append(childRel) }
                        } else if compressedExtensions.contains(ext) {
                            let stem = name.dropLast(ext.count + 1)
                            let inner = stem.contains(".") ? stem.split(separator: ".").last.map { $0.lowercased() } : nil
                            if ext == "gz" {
                                // Unpacked when read; a packed table or extensionless dump
                                // only if it starts like articles.
                                if let inner, extensions.contains(inner) {
                                    relatives.append(childRel)
                                } else if inner.map(sniffed.contains) ?? true, startsLikeArticle(prefix + childRel) {
                                    relatives.append(childRel)
                                }
                            } else if let inner, extensions.contains(inner) || sniffed.contains(inner) {
                                walk.compressed.append(childRel)
                            }
                        }
                    } else if startsLikeArticle(prefix + childRel) {
                        relatives.append(childRel)
                    }
                }
            }
        }
        relatives.sort()
        walk.compressed.sort()
        walk.files = relatives.map { CorpusFile(path: prefix + $0, idBase: $0) }
        return walk
    }

    static let compressedExtensions: Set<String> = ["gz", "bz2", "xz", "zst", "zip", "lz4"]

    /// What unpacks a file of a `compression` Lede does not read itself.
    static func unpackCommand(_ compression: String) -> String {
        ["zip": "unzip", "bzip2": "bunzip2 -k", "xz": "unxz -k", "zstd": "unzstd"][compression] ?? "gunzip -k"
    }

    /// The compression a file's first bytes show, if any (its bytes are not text).
    static func compression(of data: Data) -> String? {
        let magic: [(String, [UInt8])] = [("gzip", [0x1F, 0x8B]), ("zip", [0x50, 0x4B, 0x03, 0x04]), ("bzip2", [0x42, 0x5A, 0x68]),
                                          ("xz", [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]), ("zstd", [0x28, 0xB5, 0x2F, 0xFD])]
        return magic.first { data.starts(with: $0.1) }?.0
    }
}

/// What walking a folder found, paths relative to it.
struct FolderWalk {
    var files: [CorpusFile] = []
    var otherTables: [String] = []
    var compressed: [String] = []
}
