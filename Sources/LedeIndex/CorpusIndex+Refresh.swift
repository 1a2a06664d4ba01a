import Foundation
import GRDB
import LedeCore

extension CorpusIndex {
    /// Brings the cache up to date with the files: new and changed files are analysed on
    /// every core, deleted ones dropped, unchanged ones not read at all. `articles` gets each
    /// batch of newly analysed articles as soon as it is committed (before quote linking),
    /// so a reader can list them, and open them by id, while the rest is analysed; and
    /// first, if an earlier refresh stopped before saving the list, the articles it stored
    /// from files still unchanged (metadata only).
    @discardableResult
    public func refresh(progress: ((IndexProgress) -> Void)? = nil,
                        articles: (([AnalyzedArticle]) -> Void)? = nil) throws -> IndexSummary {
        let clock = ContinuousClock()
        let start = clock.now
        func elapsed() -> Double {
            let d = clock.now - start
            return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        }
        let timing = ProcessInfo.processInfo.environment["LEDE_INDEX_TIMING"] != nil
        func mark(_ what: String) {
            guard timing else { return }
            FileHandle.standardError.write(Data("lede index timing: \(what) at \(Int(elapsed() * 1000)) ms\(IndexProgress.peakMemory)\n".utf8))
        }
        // Walking the folders and reading the stored file table are independent: do both
        // at once (each is a large part of checking an unchanged corpus of many files).
        let (found, storedResult) = Self.concurrently(
            { Discovery(loader: self.loader, paths: self.paths) },
            { Result { try self.pool.read { db in try StoredFile.all(db) } } })
        let stored = try storedResult.get()
        mark("walked \(found.files.count) files and read \(stored.count) stored ones")
        var p = IndexProgress(phase: .scanning, filesFound: found.files.count, filesToRead: 0, filesRead: 0,
                              articlesAnalysed: 0, bytesRead: 0, elapsedSeconds: 0)
        progress?(p)

        let stamps = Self.stamps(of: found.files)
        mark("stat")
        var jobs: [FileJob] = []
        var reused = 0
        var positions: [Int64: Int] = [:]
        positions.reserveCapacity(found.files.count)
        for (i, file) in found.files.enumerated() {
            let absolute = found.absolutePaths[i]
            let old = stored[absolute]
            guard let stamp = stamps[i] else {
                jobs.append(FileJob(file: file, stamp: FileStamp(size: -1, modifiedNanoseconds: 0), storedHash: nil))
                continue
            }
            // What a table beside the file says is part of its articles: when that changed,
            // the file is read again even if its own bytes did not.
            let sameMetadata = old?.metadata == (file.metadata?.fingerprint ?? "")
            if let old, old.size == stamp.size, old.modified == stamp.modifiedNanoseconds, sameMetadata {
                reused += 1
                positions[old.id] = i
            } else {
                jobs.append(FileJob(file: file, stamp: stamp, storedHash: old.flatMap { $0.size >= 0 && sameMetadata ? $0.hash : nil }))
            }
        }
        let present = Set(found.absolutePaths)
        let removed = stored.keys.filter { !present.contains($0) }
        // A small corpus is analysed whole whenever anything changed, in one extractor
        // call, so entity canonical names agree across all of it exactly as with
        // `Corpus.open(paths:)`; a large one in batches (see docs/scale.md).
        // Files only touched (same bytes) do not count as a change.
        // In text: a gzip file counts as what it unpacks to. Its trailer is read only when
        // the files' sizes leave the corpus small (text is never less than its packing).
        let fileBytes = stamps.reduce(Int64(0)) { $0 + max(0, $1?.size ?? 0) }
        let corpusBytes = fileBytes > Int64(wholeCorpusBytes) ? fileBytes
            : zip(found.files, stamps).reduce(Int64(0)) { total, entry in
                guard let stamp = entry.1 else { return total }
                return total + Int64(FileAnalysis.textBytesEstimate(FileJob(file: entry.0, stamp: stamp, storedHash: nil)))
            }
        let wholeCorpus = corpusBytes <= Int64(wholeCorpusBytes)
            && (!removed.isEmpty || jobs.contains { job in
                guard let old = job.storedHash, let data = FileManager.default.contents(atPath: job.file.path) else { return true }
                return ContentHash.of(data) != old
            })
        if wholeCorpus {
            reused = 0
            positions = [:]
            jobs = found.files.indices.map { i in
                FileJob(file: found.files[i], stamp: stamps[i] ?? FileStamp(size: -1, modifiedNanoseconds: 0), storedHash: nil)
            }
        }
        // A refresh stopped before it saved the list leaves analysed articles that no list
        // shows: hand over those of unchanged files first, so a reader that started with an
        // empty list shows them now rather than when this refresh ends.
        if let articles, !positions.isEmpty, try pool.read({ db in try ListSnapshot.isMissing(db) }) {
            let earlier = try pool.read { db in
                try CorpusReader.read(db, discovery: found, positions: positions, idsUnique: false, full: false)
            }
            if !earlier.corpus.articles.isEmpty { articles(earlier.corpus.articles) }
            mark("handed over \(earlier.corpus.articles.count) stored articles")
        }
        if !removed.isEmpty || !jobs.isEmpty {
            // Whatever was derived from the whole corpus is void from the first change on,
            // so a refresh interrupted half-way is not followed by a stale list or totals.
            // The list and its query index are set aside, not deleted: the rows they cover
            // that are still there when this refresh ends need not be tokenized again.
            try write { db in
                try QueryIndexStore.setAside(db)
                try db.execute(sql: "DELETE FROM meta WHERE key IN ('list_roots', 'totals')")
            }
        }
        if !removed.isEmpty {
            try write { db in
                let statement = try db.cachedStatement(sql: "DELETE FROM file WHERE path = ?")
                for path in removed { try statement.execute(arguments: [path]) }
                try QuoteLinking.markStale(db)
            }
        }

        mark("compared")
        p.phase = .analysing
        p.filesToRead = jobs.count
        p.bytesToRead = jobs.reduce(0) { $0 + FileAnalysis.textBytesEstimate($1) }
        p.elapsedSeconds = elapsed()
        progress?(p)
        var analysedFiles = 0
        if !jobs.isEmpty {
            let workers = wholeCorpus ? 1 : max(1, min(ProcessInfo.processInfo.activeProcessorCount, jobs.count))
            // Small chunks keep cores busy; enough files per chunk that the entity
            // extractor sees related articles together.
            let chunkSize = wholeCorpus ? jobs.count : max(1, min(64, jobs.count / (workers * 4)))
            let pipeline = AnalysisPipeline(jobs: jobs, chunkSize: chunkSize, workers: workers, loader: loader,
                                            batch: wholeCorpus ? Int.max : FileAnalysis.maxBatch, largeFiles: largeFiles)
            let absoluteOf = Dictionary(zip(found.files.map(\.path), found.absolutePaths), uniquingKeysWith: { a, _ in a })
            // Transactions of a few megabytes, or a second's work: a commit costs little with
            // synchronous=OFF, and a reader listing articles as they are analysed can open
            // them only once they are committed.
            var pending: [FileOutcome] = []
            var pendingBytes = 0
            var largeFilesStarted: [String: Int64] = [:]
            var lastFlush = elapsed()
            func flush() throws {
                guard !pending.isEmpty else { return }
                lastFlush = elapsed()
                try write { db in
                    for outcome in pending {
                        switch outcome {
                        case .sameContent(let path, let stamp):
                            try CacheWriter.updateStamp(db, path: absoluteOf[path] ?? path, stamp: stamp)
                        case .analysed(let file):
                            try CacheWriter.replace(db, file: file, absolutePath: absoluteOf[file.file.path] ?? file.file.path,
                                                    started: &largeFilesStarted)
                        }
                    }
                }
                if let articles {
                    let committed = pending.flatMap { outcome -> [AnalyzedArticle] in
                        if case .analysed(let file) = outcome { return file.articles }
                        return []
                    }
                    if !committed.isEmpty { articles(committed) }
                }
                pending.removeAll(keepingCapacity: true)
                pendingBytes = 0
            }
            try pipeline.run(workers: workers) { outcomes in
                for outcome in outcomes {
                    switch outcome {
                    case .sameContent:
                        reused += 1
                        p.filesRead += 1
                    case .analysed(let file):
                        // A large file comes in parts; it counts as read with its last.
                        if file.part?.isLast ?? true {
                            analysedFiles += 1
                            p.filesRead += 1
                        }
                        p.articlesAnalysed += file.articles.count
                        p.bytesRead += file.textBytes
                        pendingBytes += file.textBytes
                    }
                }
                pending += outcomes
                if pendingBytes >= Self.bytesPerTransaction || elapsed() - lastFlush >= 1 { try flush() }
                p.elapsedSeconds = elapsed()
                progress?(p)
            }
            try flush()
            Memory.giveBack()
            mark("analysed and stored")
        }

        if try pool.read({ db in try QuoteLinking.isStale(db) }) {
            p.phase = .linking
            p.elapsedSeconds = elapsed()
            progress?(p)
            try write { db in try QuoteLinking.relink(db, fileOrder: found.absolutePaths) }
            Memory.giveBack()
            mark("linked quotes")
        }

        let changed = analysedFiles > 0 || !removed.isEmpty
        var totals = changed ? nil : try pool.read { db in try CacheTotals.load(db) }
        if totals == nil {
            totals = try pool.writeWithoutTransaction { db in
                let t = try CacheTotals.compute(db)
                try t.save(db)
                return t
            }
        }
        let counts = totals!
        mark("totals")
        // Keep the list snapshot current for the next open (also when the same roots were
        // spelt differently, since the snapshot holds paths as the user gave them).
        let spelt = paths.joined(separator: "\n")
        let snapshotRoots = changed ? nil : try pool.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'list_roots'")
        }
        let queryMissing = try pool.read { db in try QueryIndexStore.isMissing(db) }
        if snapshotRoots != spelt || queryMissing {
            // The query index is built from committed rows on two threads, outside the write
            // transaction, and saved with the list only if no other process changed the rows
            // meanwhile, so the two always agree with the rows. If one keeps changing them,
            // it saves its own when it is done.
            p.phase = .searchIndex
            p.elapsedSeconds = elapsed()
            progress?(p)
            // What the last refresh stored covers the rows still listed: only the new ones
            // are read and tokenized. (Damaged or missing: built from every row.)
            var previous = try? QueryIndexStore.loadPrevious(pool)
            for _ in 0..<3 {
                let (listing, stamp) = try pool.read { db in
                    (try CorpusReader.read(db, discovery: found, positions: nil, idsUnique: counts.idsUnique, full: false),
                     try RowsStamp(db))
                }
                let rows = listing.ids.map(\.row)
                let text = try previous.flatMap { old in
                    try QueryIndexStore.updatedText(pool: pool, previous: old.text, previousRows: old.rows, rows: rows)
                }
                previous = nil
                pool.releaseMemory()
                Memory.giveBack()
                let listed = listing.corpus.articles
                let query = try text.map { try QueryIndexStore.assembled(pool, articles: listed, rows: rows, text: $0) }
                    ?? QueryIndexStore.build(pool: pool, articles: listed, rows: rows)
                mark(text == nil ? "query index built" : "query index updated")
                var saved = false
                try write { db in
                    guard try RowsStamp(db) == stamp else { return }
                    // Tens of megabytes written once, with the whole index in memory.
                    try CacheDatabase.setPageCache(db, kilobytes: CacheDatabase.streamingPageCacheKilobytes)
                    defer { try? CacheDatabase.setPageCache(db, kilobytes: CacheDatabase.pageCacheKilobytes) }
                    try ListSnapshot.save(db, listing)
                    try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('list_roots', ?)", arguments: [spelt])
                    try QueryIndexStore.save(db, query)
                    saved = true
                }
                if saved { break }
            }
            mark("query index")
        }
        // Files only touched keep their rows, so positions stay valid unless rows changed.
        let unchangedRows = changed ? nil : positions
        lock.withLock {
            discovery = found
            filePositions = unchangedRows
            self.totals = counts
            if changed {
                // Rows listed before this refresh may be gone: list again on next use.
                listed = ListedArticles(articles: [], rows: [])
                rowIDs = nil
                searchIndex = nil
            }
        }
        mark("list snapshot")
        if changed {
            // A large refresh leaves a WAL file as big as what it wrote; give the disk back.
            // Best effort: a reader in another process may hold it, then it is left.
            _ = try? pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
            mark("checkpoint")
        }
        p.phase = .done
        p.elapsedSeconds = elapsed()
        progress?(p)
        return IndexSummary(articles: counts.articles, filesAnalysed: analysedFiles, filesReused: reused,
                            filesSkipped: counts.skippedFiles, filesRemoved: removed.count,
                            articlesAnalysed: p.articlesAnalysed, bytesRead: p.bytesRead,
                            problems: counts.problems + found.problems.count, seconds: elapsed(),
                            rebuiltCache: rebuiltCache, changed: changed)
    }

    static func concurrently<A: Sendable, B: Sendable>(_ a: @escaping @Sendable () -> A,
                                                       _ b: @escaping @Sendable () -> B) -> (A, B) {
        let group = DispatchGroup()
        let box = ResultBox<A>()
        DispatchQueue.global().async(group: group) { box.value = a() }
        let second = b()
        group.wait()
        return (box.value!, second)
    }

    /// Article text written per transaction during a refresh (at most).
    static let bytesPerTransaction = 4_000_000

    /// Sizes and modification times of every file, on all cores: at 100,000 files the
    /// stat calls are a large part of opening an unchanged corpus.
    static func stamps(of files: [CorpusFile]) -> [FileStamp?] {
        var result = [FileStamp?](repeating: nil, count: files.count)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, files.count / 2000))
        result.withUnsafeMutableBufferPointer { buffer in
            let out = UnsafeSendableBuffer(buffer)
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                var i = w
                while i < files.count {
                    out.buffer[i] = FileStamp.of(path: files[i].path)
                    i += workers
                }
            }
        }
        return result
    }

    func write(_ body: (Database) throws -> Void) throws {
        try pool.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                try body(db)
                return .commit
            }
        }
    }

}

/// Carries a value from a worker thread to the one waiting for it (ordered by the group).
final class ResultBox<T>: @unchecked Sendable {
    var value: T?
}
