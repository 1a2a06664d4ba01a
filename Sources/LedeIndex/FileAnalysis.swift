import Foundation
import LedeCore

/// A file the index must look at again: new, or its size or modification time moved.
struct FileJob: Sendable {
    var file: CorpusFile
    var stamp: FileStamp
    /// The hash stored for this path, if it was indexed before.
    var storedHash: Int64?
}

/// What reading (and maybe analysing) one file gave the writer.
enum FileOutcome: Sendable {
    /// Same bytes as indexed (e.g. touched): only the stamp is updated.
    case sameContent(path: String, stamp: FileStamp)
    case analysed(AnalysedFile)
}

struct AnalysedFile: Sendable {
    var file: CorpusFile
    var stamp: FileStamp
    var hash: Int64
    var format: ArticleFormat?
    var articles: [AnalyzedArticle]
    var fallbackIDs: [String]
    var problems: [LoadProblem]
    var textBytes: Int
    /// Set when this is one slice of a large file's articles (see `LargeFileAnalysis`).
    var part: FilePart? = nil
}

/// Which slice of a large file an `AnalysedFile` holds. Parts come in order; the last
/// carries no articles, only what is known once the whole file is read.
struct FilePart: Sendable {
    var index: Int
    /// Articles of the file before this part.
    var ordinalBase: Int
    var isLast: Bool
    /// Own ids that more than one record of the file has (last part only).
    var sharedOwnIDs: [String] = []
}

/// Reads, parses and analyses a chunk of files. Files of one chunk are analysed together so
/// entity canonical names agree across them (the extractor canonicalises per call).
enum FileAnalysis {
    /// At most this many articles go to the extractor in one call (in a large corpus), so
    /// the articles of one large file can be analysed on several cores at once.
    static let maxBatch = 512

    /// The text a job will read, for the progress bar and the choice of what is read in
    /// parts: its size, or a gzip file's unpacked size (which the bytes read count). Told by
    /// the name, so a plain file costs no I/O.
    static func textBytesEstimate(_ job: FileJob) -> Int {
        let size = max(0, Int(job.stamp.size))
        guard job.file.path.utf8.suffix(3).map({ $0 | 0x20 }).elementsEqual(".gz".utf8) else { return size }
        return Gzip.unpackedSize(ofFile: job.file.path, packedSize: size) ?? size
    }

    /// The first byte that is not white space or a byte-order mark (`{` for JSON Lines,
    /// `[` for a JSON array), if the file (a gzip file's unpacked text) starts with one
    /// within 4 KB.
    static func firstByte(_ path: String) -> UInt8? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var head = [UInt8]((try? handle.read(upToCount: 4096)) ?? Data())
        if Gzip.isCompressed(head) { head = Gzip.head(ofFile: path, count: 4096) ?? [] }
        return head.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
    }

    /// Hands `emit` the outcome of every job: the parts of each large JSON file as
    /// they are analysed (so it is never in memory whole), then the other files together.
    static func run(_ jobs: [FileJob], loader: CorpusLoader, batch batchSize: Int = FileAnalysis.maxBatch,
                    largeFiles: LargeFileLimits = LargeFileLimits(), cache: EntityExtractor.WordCache? = nil,
                    emit: ([FileOutcome]) -> Bool) {
        var whole: [FileJob] = []
        for job in jobs {
            if textBytesEstimate(job) >= largeFiles.bytes, LargeFileAnalysis.run(job, batch: batchSize, sliceArticles: largeFiles.sliceArticles, cache: cache, emit: emit) {
                continue
            }
            whole.append(job)
        }
        if !whole.isEmpty { _ = emit(run(whole, loader: loader, batch: batchSize, cache: cache)) }
    }

    /// Files read whole, their articles analysed together.
    static func run(_ jobs: [FileJob], loader: CorpusLoader, batch batchSize: Int,
                    cache: EntityExtractor.WordCache? = nil) -> [FileOutcome] {
        var outcomes: [FileOutcome?] = Array(repeating: nil, count: jobs.count)
        var pending: [(job: Int, loaded: LoadedFile, hash: Int64, bytes: Int)] = []
        for (i, job) in jobs.enumerated() {
            guard let data = FileManager.default.contents(atPath: job.file.path) else {
                outcomes[i] = .analysed(AnalysedFile(
                    file: job.file, stamp: job.stamp, hash: 0, format: nil, articles: [], fallbackIDs: [],
                    problems: [LoadProblem(path: job.file.path, reason: "cannot read file")], textBytes: 0))
                continue
            }
            let hash = ContentHash.of(data)
            if hash == job.storedHash {
                outcomes[i] = .sameContent(path: job.file.path, stamp: job.stamp)
                continue
            }
            let (parsed, textBytes) = CorpusLoader.parseMeasuring(data: data, path: job.file.path)
            pending.append((i, CorpusLoader.articles(from: parsed, file: job.file), hash, textBytes))
        }
        let analysed = analyse(pending.flatMap(\.loaded.articles), batch: batchSize, cache: cache)
        var next = 0
        for p in pending {
            let n = p.loaded.articles.count
            outcomes[p.job] = .analysed(AnalysedFile(
                file: p.loaded.file, stamp: jobs[p.job].stamp, hash: p.hash, format: p.loaded.format,
                articles: Array(analysed[next..<(next + n)]), fallbackIDs: p.loaded.fallbackIDs,
                problems: p.loaded.problems, textBytes: p.bytes))
            next += n
        }
        return outcomes.map { $0! }
    }

    /// Articles analysed in batches of up to batchSize, the batches at once on every core:
    /// a single large file would otherwise be analysed on one core. `cache` is the calling
    /// worker's when other workers keep the other cores busy: one batch is then analysed on
    /// this thread alone; without it, the extractors share one batch out over the cores.
    static func analyse(_ all: [Article], batch batchSize: Int, cache: EntityExtractor.WordCache? = nil) -> [AnalyzedArticle] {
        let starts = Array(stride(from: 0, to: all.count, by: max(1, batchSize)))
        if starts.count <= 1 { return cache.map { analyse(all, on: $0) } ?? analyse(all) }
        var batches = [[AnalyzedArticle]](repeating: [], count: starts.count)
        batches.withUnsafeMutableBufferPointer { buffer in
            let out = UnsafeSendableBuffer(buffer)
            DispatchQueue.concurrentPerform(iterations: starts.count) { b in
                let end = batchSize >= all.count - starts[b] ? all.count : starts[b] + batchSize
                // The batches already fill the cores: each on its own thread alone.
                out.buffer[b] = analyse(Array(all[starts[b]..<end]), on: b == 0 ? cache ?? .init() : .init())
            }
        }
        return batches.flatMap { $0 }
    }

    /// The per-article part of `Corpus.analyze`: entities, then quotes with speakers.
    /// Quote linking is corpus-wide and runs later over stored quotes.
    static func analyse(_ articles: [Article]) -> [AnalyzedArticle] {
        let mentions = EntityExtractor().mentions(in: articles)
        return analysed(articles, mentions: mentions, quotes: QuoteExtractor().quotes(in: articles, mentions: mentions))
    }

    /// As `analyse(_:)`, on the calling thread alone.
    static func analyse(_ articles: [Article], on cache: EntityExtractor.WordCache) -> [AnalyzedArticle] {
        let mentions = EntityExtractor().mentions(in: articles, reusing: cache)
        let extractor = QuoteExtractor()
        return analysed(articles, mentions: mentions,
                        quotes: articles.indices.map { extractor.quotes(in: articles[$0], mentions: mentions[$0]) })
    }

    private static func analysed(_ articles: [Article], mentions: [[EntityMention]], quotes: [[Quote]]) -> [AnalyzedArticle] {
        articles.indices.map { i in
            AnalyzedArticle(article: articles[i],
                            mentions: mentions[i].sorted { $0.span < $1.span },
                            quotes: quotes[i].sorted { $0.span < $1.span })
        }
    }
}

/// Runs `FileAnalysis` on every core and hands outcomes to one consumer (the database
/// writer) on the calling thread, holding at most a few chunks in memory.
final class AnalysisPipeline: @unchecked Sendable {
    private let condition = NSCondition()
    private var chunks: [[FileJob]]
    private var nextChunk = 0
    private var ready: [[FileOutcome]] = []
    private var runningWorkers: Int
    /// The consumer failed: workers stop at the next chunk or part.
    private var stopped = false
    private let maxReady: Int
    private let workerCount: Int
    private let loader: CorpusLoader

    private let batch: Int
    private let largeFiles: LargeFileLimits

    init(jobs: [FileJob], chunkSize: Int, workers: Int, loader: CorpusLoader, batch: Int, largeFiles: LargeFileLimits) {
        self.batch = batch
        self.largeFiles = largeFiles
        chunks = stride(from: 0, to: jobs.count, by: chunkSize).map { Array(jobs[$0..<min(jobs.count, $0 + chunkSize)]) }
        runningWorkers = workers
        maxReady = workers * 2
        workerCount = workers
        self.loader = loader
    }

    /// Calls `consume` on the calling thread with outcomes as workers finish them.
    func run(workers: Int, consume: ([FileOutcome]) throws -> Void) throws {
        for _ in 0..<workers {
            Thread.detachNewThread { [self] in work() }
        }
        var failure: Error?
        while true {
            condition.lock()
            while ready.isEmpty && runningWorkers > 0 { condition.wait() }
            if ready.isEmpty { condition.unlock(); break }
            let batch = ready.flatMap { $0 }
            ready.removeAll()
            condition.broadcast()
            condition.unlock()
            if failure == nil {
                do { try consume(batch) } catch {
                    failure = error
                    condition.lock(); nextChunk = chunks.count; stopped = true; condition.unlock()  // stop workers
                }
            }
        }
        if let failure { throw failure }
    }

    private func work() {
        // With a worker on every core, each analyses its chunks on its own thread alone,
        // its word cache warm from one chunk to the next; a single worker (a small corpus
        // analysed whole) lets the extractors use every core.
        let cache = workerCount > 1 ? EntityExtractor.WordCache() : nil
        while true {
            condition.lock()
            guard nextChunk < chunks.count else {
                runningWorkers -= 1
                condition.broadcast()
                condition.unlock()
                return
            }
            let chunk = chunks[nextChunk]
            chunks[nextChunk] = []  // let the job list shrink as it is consumed
            nextChunk += 1
            condition.unlock()

            // Waits while the writer is behind, so parts of a large file do not pile up.
            FileAnalysis.run(chunk, loader: loader, batch: batch, largeFiles: largeFiles, cache: cache) { outcomes in
                condition.lock()
                defer { condition.unlock() }
                while ready.count >= maxReady && !stopped { condition.wait() }
                guard !stopped else { return false }
                ready.append(outcomes)
                condition.broadcast()
                return true
            }
        }
    }
}
