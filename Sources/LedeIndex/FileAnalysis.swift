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
}

/// Reads, parses and analyses a chunk of files. Files of one chunk are analysed together so
/// entity canonical names agree across them (the extractor canonicalises per call).
enum FileAnalysis {
    /// At most this many articles go to the extractor in one call (in a large corpus), so
    /// the articles of one large file can be analysed on several cores at once.
    static let maxBatch = 512

    /// Files at least this large that look like JSON Lines are read a block at a time.
    static let streamingThreshold: Int64 = 32 << 20

    static func startsLikeJSONLines(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4096)) ?? Data()
        let first = head.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
        return first == UInt8(ascii: "{")
    }

    static func run(_ jobs: [FileJob], loader: CorpusLoader, batch batchSize: Int = FileAnalysis.maxBatch) -> [FileOutcome] {
        var outcomes: [FileOutcome?] = Array(repeating: nil, count: jobs.count)
        var pending: [(job: Int, loaded: LoadedFile, hash: Int64, bytes: Int)] = []
        for (i, job) in jobs.enumerated() {
            if job.stamp.size >= streamingThreshold, startsLikeJSONLines(job.file.path) {
                var hash = ContentHash.Blocks()
                if let parsed = JSONLinesStream.parse(path: job.file.path, blockSize: ContentHash.Blocks.size,
                                                      onBlock: { hash.add($0) }) {
                    if hash.value == job.storedHash {
                        outcomes[i] = .sameContent(path: job.file.path, stamp: job.stamp)
                    } else {
                        pending.append((i, CorpusLoader.articles(from: parsed, file: job.file), hash.value, Int(job.stamp.size)))
                    }
                    continue
                }
            }
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
            let loaded = CorpusLoader.articles(from: CorpusLoader.parse(data: data, path: job.file.path), file: job.file)
            pending.append((i, loaded, hash, data.count))
        }
        // Analyse the chunk's articles in batches of up to batchSize, then hand each file
        // its share back.
        // Batches run concurrently: a single large file is one chunk, and would otherwise
        // be analysed on one core while the other workers have nothing to do.
        let all = pending.flatMap(\.loaded.articles)
        let starts = Array(stride(from: 0, to: all.count, by: max(1, batchSize)))
        var batches = [[AnalyzedArticle]](repeating: [], count: starts.count)
        if starts.count == 1 {
            // Not inside concurrentPerform: libdispatch runs a nested one serially, and the
            // extractors share one batch out over the cores themselves.
            batches[0] = analyse(all)
        } else {
            batches.withUnsafeMutableBufferPointer { buffer in
                let out = UnsafeSendableBuffer(buffer)
                DispatchQueue.concurrentPerform(iterations: starts.count) { b in
                    let end = batchSize >= all.count - starts[b] ? all.count : starts[b] + batchSize
                    out.buffer[b] = analyse(Array(all[starts[b]..<end]))
                }
            }
        }
        let analysed = batches.flatMap { $0 }
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

    /// The per-article part of `Corpus.analyze`: entities, then quotes with speakers.
    /// Quote linking is corpus-wide and runs later over stored quotes.
    static func analyse(_ articles: [Article]) -> [AnalyzedArticle] {
        let mentions = EntityExtractor().mentions(in: articles)
        let quotes = QuoteExtractor().quotes(in: articles, mentions: mentions)
        return articles.indices.map { i in
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
    private let maxReady: Int
    private let loader: CorpusLoader

    private let batch: Int

    init(jobs: [FileJob], chunkSize: Int, workers: Int, loader: CorpusLoader, batch: Int) {
        self.batch = batch
        chunks = stride(from: 0, to: jobs.count, by: chunkSize).map { Array(jobs[$0..<min(jobs.count, $0 + chunkSize)]) }
        runningWorkers = workers
        maxReady = workers * 2
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
                    condition.lock(); nextChunk = chunks.count; condition.unlock()  // stop workers
                }
            }
        }
        if let failure { throw failure }
    }

    private func work() {
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

            let outcomes = FileAnalysis.run(chunk, loader: loader, batch: batch)

            condition.lock()
            while ready.count >= maxReady { condition.wait() }
            ready.append(outcomes)
            condition.broadcast()
            condition.unlock()
        }
    }
}
