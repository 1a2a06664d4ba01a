import Foundation

/// One article file to read, and the id its articles are named by.
public struct CorpusFile: Sendable, Hashable {
    /// As the user named it, or the folder they named joined with the path below it.
    public var path: String
    /// The path relative to the folder given (or the path as given for a named file).
    public var idBase: String
    /// What a table beside it says about it (`FileMetadata`).
    public var metadata: FileMetadata?

    public init(path: String, idBase: String, metadata: FileMetadata? = nil) {
        self.path = path
        self.idBase = idBase
        self.metadata = metadata
    }
}

/// The articles of one file, each with the id it falls back to if its own id (a record's
/// `id` field or feed guid) turns out to be taken elsewhere in the corpus.
public struct LoadedFile: Sendable {
    public var file: CorpusFile
    public var format: ArticleFormat?
    public var articles: [Article]
    public var fallbackIDs: [String]
    public var problems: [LoadProblem]
}

/// Finds article files under the paths a user names and parses them. Never writes.
public struct CorpusLoader: Sendable {
    /// File name extensions taken when walking a folder. A file named directly is read
    /// whatever its extension: the format is told by content.
    /// A file with no extension at all is taken when it starts like an article format
    /// (`FolderWalker.startsLikeArticle`), as dataset dumps are often named.
    public var extensions: Set<String> = ["txt", "text", "md", "markdown", "json", "jsonl", "ndjson", "xml", "rss", "rdf", "atom",
                                           "html", "htm", "xhtml"]
    /// Taken when walking a folder only if they start like a table of articles (a header
    /// naming the text column): other tables beside articles are data, not unreadable.
    public var tableExtensions: Set<String> = ["csv", "tsv"]

    public init() {}

    public func load(paths: [String]) -> LoadResult {
        var result = LoadResult()
        let (files, problems) = discover(paths: paths)
        result.problems = problems
        var loaded: [LoadedFile] = []
        for file in files {
            let l = load(file: file)
            result.problems += l.problems
            loaded.append(l)
        }
        let ids = Self.uniqueIDs(loaded.flatMap { l in zip(l.articles, l.fallbackIDs).map { ($0.id, $1) } })
        var n = 0
        for l in loaded {
            for a in l.articles {
                result.articles.append(a.id == ids[n] ? a : a.renamed(ids[n]))
                n += 1
            }
        }
        return result
    }

    /// Every article file under `paths`, sorted within each named folder; a file reached
    /// twice (named and inside a named folder) is kept once.
    public func discover(paths: [String]) -> (files: [CorpusFile], problems: [LoadProblem]) {
        var files: [CorpusFile] = []
        var problems: [LoadProblem] = []
        var seen = Set<String>()
        for path in paths {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                problems.append(LoadProblem(path: path, reason: "no such file or folder"))
                continue
            }
            if isDir.boolValue {
                var walk = FolderWalker.walk(below: path, extensions: extensions, sniffed: tableExtensions, problems: &problems)
                FileMetadataTable.attach(tables: walk.otherTables, folder: path, to: &walk.files)
                let found = walk.files
                if !walk.compressed.isEmpty {
                    let first = walk.compressed[0]
                    let more = walk.compressed.count > 1 ? " and \(walk.compressed.count - 1) more" : ""
                    problems.append(LoadProblem(path: path, reason: "\(first)\(more) left unread: only gzip (.gz) is unpacked; decompress the others first (unzip, bunzip2, unxz, unzstd)"))
                }
                if found.isEmpty && walk.compressed.isEmpty {
                    let list = extensions.sorted().map { "." + $0 }.joined(separator: " ")
                    let tables = tableExtensions.sorted().map { "." + $0 }.joined(separator: " ")
                    problems.append(LoadProblem(path: path, reason: "folder holds no article files (\(list), or \(tables) with a text column)"))
                }
                let root = Self.identity(path)
                for f in found where seen.insert(root + "/" + f.idBase).inserted { files.append(f) }
            } else if seen.insert(Self.identity(path)).inserted {
                files.append(CorpusFile(path: path, idBase: path))
            }
        }
        return (files, problems)
    }

    /// Reads and parses one file; never throws, every failure is a problem.
    public func load(file: CorpusFile) -> LoadedFile {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            return LoadedFile(file: file, format: nil, articles: [], fallbackIDs: [],
                              problems: [LoadProblem(path: file.path, reason: "cannot read file")])
        }
        return Self.articles(from: Self.parse(data: data, path: file.path), file: file)
    }

    /// As `parse(data:path:)`, with how many bytes of text the file held (a gzip file's
    /// unpacked size), for rates and progress.
    public static func parseMeasuring(data: Data, path: String) -> (parsed: ParsedFile, textBytes: Int) {
        guard Gzip.isCompressed(data) else { return (parse(data: data, path: path), data.count) }
        let (text, failure) = Gzip.decompress(data)
        return (parse(unpacked: text, failure: failure, path: path), text.count)
    }

    /// `text` unpacked from a gzip file, and what went wrong unpacking it.
    private static func parse(unpacked text: Data, failure: Gzip.Failure?, path: String) -> ParsedFile {
        // Packed twice is no article format: said so rather than unpacked again.
        if Gzip.isCompressed(text) {
            return ParsedFile(format: nil, problems: [LoadProblem(path: path, reason: "compressed twice (gzip inside gzip)")])
        }
        var parsed = text.isEmpty && failure != nil ? ParsedFile(format: nil) : parse(data: text, path: path)
        if let failure { parsed.problems.insert(LoadProblem(path: path, reason: failure.description), at: 0) }
        return parsed
    }

    /// Detects the format by content and runs its reader; a gzip file is unpacked first.
    public static func parse(data: Data, path: String) -> ParsedFile {
        if Gzip.isCompressed(data) { return parseMeasuring(data: data, path: path).parsed }
        guard let text = String(validating: data, as: UTF8.self) else {
            // A feed may declare another encoding (`<?xml ... encoding="ISO-8859-1"?>`), as
            // older ones do; the XML parser decodes it from that declaration.
            if let encoding = declaredXMLEncoding(data), !encoding.hasPrefix("utf"),
               let format = ArticleFormat.detect(String(decoding: data.prefix(4096).map { $0 < 0x80 ? $0 : 0x3F }, as: UTF8.self)),
               format == .rss || format == .atom {
                return FeedFormat.parse(data, path: path, format: format)
            }
            // So may a saved page (`<meta charset="windows-1252">`).
            if let encoding = declaredHTMLEncoding(data), let text = String(data: data, encoding: encoding),
               ArticleFormat.detect(text) == .htmlPage {
                return HTMLPageFormat.parse(text, path: path)
            }
            if let compression = FolderWalker.compression(of: data) {
                return ParsedFile(format: nil, problems: [LoadProblem(path: path, reason: "compressed (\(compression)), and only gzip is unpacked: decompress it first (\(FolderWalker.unpackCommand(compression)))")])
            }
            return ParsedFile(format: nil, problems: [LoadProblem(path: path, reason: "not UTF-8 text")])
        }
        guard let format = ArticleFormat.detect(text) else {
            let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
            if text.allSatisfy(\.isWhitespace) {
                return ParsedFile(format: nil, problems: [LoadProblem(path: path, reason: "empty file")])
            }
            let reason = ext == "txt" || ext == ""
                ? SeedFormat.ParseError.missingDateHeader.description
                : "not an article format Lede reads (seed ` date YYYY-MM-DD ` header, front matter, JSON, RSS, Atom, a web page or a table with a header row)"
            return ParsedFile(format: nil, problems: [LoadProblem(path: path, reason: reason)])
        }
        switch format {
        case .seed:
            do {
                let (date, body) = try SeedFormat.parse(text)
                return ParsedFile(format: .seed, records: [ParsedRecord(position: 1, date: date, body: body)])
            } catch {
                return ParsedFile(format: .seed, problems: [LoadProblem(path: path, reason: error.description)])
            }
        case .frontMatter:
            do {
                return ParsedFile(format: .frontMatter, records: [try FrontMatterFormat.parse(text)])
            } catch {
                return ParsedFile(format: .frontMatter, problems: [LoadProblem(path: path, reason: error.description)])
            }
        case .jsonArray: return JSONFormat.parseArray(data, path: path)
        case .jsonLines, .jsonObject: return JSONFormat.parseObjects(data, path: path)
        case .rss, .atom: return FeedFormat.parse(data, path: path, format: format)
        case .table: return CSVFormat.parse(data, path: path)
        case .htmlPage: return HTMLPageFormat.parse(text, path: path)
        }
    }

    /// Names the records of one file: the file's id for a one-article format; for a list
    /// format the record's own id when no other record of the file shares it, else `#N`.
    public static func articles(from parsed: ParsedFile, file: CorpusFile) -> LoadedFile {
        var ownCounts: [String: Int] = [:]
        if parsed.format?.holdsManyArticles ?? false {
            for r in parsed.records { if let id = r.ownID { ownCounts[id, default: 0] += 1 } }
        }
        return articles(from: parsed, file: file, ownIDUsable: { ownCounts[$0] == 1 })
    }

    /// As `articles(from:file:)`, with whether a record's own id is its article's id (one
    /// no other record of the file shares) decided by `ownIDUsable`: a file read in slices
    /// knows that only at its end.
    public static func articles(from parsed: ParsedFile, file: CorpusFile, ownIDUsable: (String) -> Bool) -> LoadedFile {
        let many = parsed.format?.holdsManyArticles ?? false
        var articles: [Article] = []
        var fallbacks: [String] = []
        articles.reserveCapacity(parsed.records.count)
        for var r in parsed.records {
            if let metadata = file.metadata { r = metadata.filling(r, oneArticle: !many) }
            let fallback = many ? "\(file.idBase)#\(r.position)" : file.idBase
            let id = many ? (r.ownID.flatMap { ownIDUsable($0) ? $0 : nil } ?? fallback) : fallback
            let title = r.title ?? markdownHeading(r.body) ?? Headline.from(body: r.body)
            articles.append(Article(id: id, path: file.path, date: r.date, title: title,
                                    source: r.source, url: r.url, body: r.body))
            fallbacks.append(fallback)
        }
        return LoadedFile(file: file, format: parsed.format, articles: articles, fallbackIDs: fallbacks,
                          problems: parsed.problems)
    }

    /// Given (preferred id, fallback id) in corpus order, the id each article gets: the
    /// preferred one unless an earlier article took it, then the fallback (made unique).
    public static func uniqueIDs(_ pairs: [(String, String)]) -> [String] {
        var taken = Set<String>(minimumCapacity: pairs.count)
        var result: [String] = []
        result.reserveCapacity(pairs.count)
        for (preferred, fallback) in pairs {
            if taken.insert(preferred).inserted { result.append(preferred); continue }
            var candidate = fallback
            var n = 2
            while !taken.insert(candidate).inserted { candidate = "\(fallback)~\(n)"; n += 1 }
            result.append(candidate)
        }
        return result
    }

    /// The `encoding` of an XML declaration at the start of `data`, lower-cased.
    static func declaredXMLEncoding(_ data: Data) -> String? {
        let head = data.prefix(200)
        guard head.starts(with: Array("<?xml".utf8)), let end = head.firstIndex(of: UInt8(ascii: ">")) else { return nil }
        let declaration = String(decoding: head[..<end], as: UTF8.self).lowercased()
        guard let at = declaration.range(of: "encoding=") else { return nil }
        let rest = declaration[at.upperBound...]
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote })
    }

    /// The single-byte Western encoding a web page declares in its head (`charset=...`), if
    /// it declares one.
    static func declaredHTMLEncoding(_ data: Data) -> String.Encoding? {
        let head = String(decoding: data.prefix(4096).map { $0 < 0x80 ? $0 : 0x3F }, as: UTF8.self).lowercased()
        guard let at = head.range(of: "charset=") else { return nil }
        let name = head[at.upperBound...].drop { $0 == "\"" || $0 == "'" }.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        switch name {
        case "windows-1252", "cp1252": return .windowsCP1252
        case "iso-8859-1", "iso-8859-15", "latin1", "latin-1", "us-ascii": return .isoLatin1
        default: return nil
        }
    }

    /// `# Title` on the first line of a Markdown body.
    static func markdownHeading(_ body: String) -> String? {
        guard body.hasPrefix("#") else { return nil }
        let line = body.prefix(while: { $0 != "\n" }).drop(while: { $0 == "#" }).trimmingWhitespace()
        return line.isEmpty ? nil : line
    }

    static func identity(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}

extension Article {
    func renamed(_ id: String) -> Article {
        Article(id: id, path: path, date: date, title: title, source: source, url: url, body: body)
    }
}
