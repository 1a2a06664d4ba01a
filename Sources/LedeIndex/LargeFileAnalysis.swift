import Foundation
import LedeCore

/// Which files count as large, and how many articles go in a part.
struct LargeFileLimits: Sendable {
    /// Smaller files are read whole (a part of them would be most of them). Above this a
    /// file is read in parts: an 11 MB JSON Lines file peaked at 123 MB read whole, 98 MB
    /// in parts (the threshold was 32 MB), in the same time.
    var bytes: Int64 = 4 << 20
    /// Two extractor batches, analysed at once on two cores.
    var sliceArticles = FileAnalysis.maxBatch * 2
}

/// A large JSON Lines file, JSON array or table (a dataset dump of 100,000 articles is often one file) read,
/// analysed and stored a slice at a time, so memory holds a few slices rather than the
/// whole file and its analysis (over three times its size), and a reader lists its
/// articles as they are stored rather than when the last one is.
enum LargeFileAnalysis {
    /// Emits the file's parts, or `.sameContent` if its bytes are what was indexed; false
    /// if it is not JSON Lines or a well-formed array after all, to be read whole. `emit`
    /// returns false to stop (the refresh failed).
    static func run(_ job: FileJob, batch: Int, sliceArticles: Int, cache: EntityExtractor.WordCache? = nil,
                    emit: ([FileOutcome]) -> Bool) -> Bool {
        let reader: RecordSlices
        switch FileAnalysis.firstByte(job.file.path) {
        case UInt8(ascii: "{"):
            guard let lines = JSONLinesStream.Reader(path: job.file.path, blockSize: ContentHash.Blocks.size) else { return false }
            reader = lines
        case UInt8(ascii: "["):
            guard let array = JSONArrayStream(path: job.file.path, blockSize: ContentHash.Blocks.size) else { return false }
            reader = array
        default:
            // A table tells itself by its header row (its first reading of a slice).
            guard let table = CSVStream(path: job.file.path, blockSize: ContentHash.Blocks.size) else { return false }
            reader = table
        }
        let format: ArticleFormat = reader is JSONArrayStream ? .jsonArray : reader is CSVStream ? .table : .jsonLines
        // The hash first, in a pass of its own: a file only touched is not parsed at all,
        // and the last part can carry it.
        guard let hash = blockHash(job.file.path) else { return false }
        if hash == job.storedHash {
            _ = emit([.sameContent(path: job.file.path, stamp: job.stamp)])
            return true
        }
        var ownIDCounts: [String: Int] = [:]
        var index = 0
        var ordinalBase = 0
        var bytesBefore = 0
        while let next = reader.next(records: sliceArticles) {
            // Not JSON Lines or an array after all: read whole, which replaces any parts
            // stored (an array can turn out broken far into the file).
            guard let slice = next else { return false }
            for r in slice.records { if let id = r.ownID { ownIDCounts[id, default: 0] += 1 } }
            let loaded = CorpusLoader.articles(from: slice, file: job.file, ownIDUsable: { _ in true })
            let part = AnalysedFile(
                file: job.file, stamp: job.stamp, hash: hash, format: format,
                articles: FileAnalysis.analyse(loaded.articles, batch: batch, cache: cache), fallbackIDs: loaded.fallbackIDs,
                problems: loaded.problems, textBytes: reader.bytesRead - bytesBefore,
                part: FilePart(index: index, ordinalBase: ordinalBase, isLast: false))
            bytesBefore = reader.bytesRead
            ordinalBase += loaded.articles.count
            index += 1
            guard emit([.analysed(part)]) else { return true }
        }
        let shared = ownIDCounts.filter { $0.value > 1 }.keys.sorted()
        _ = emit([.analysed(AnalysedFile(
            file: job.file, stamp: job.stamp, hash: hash, format: format, articles: [], fallbackIDs: [],
            // The file's size, or the text a gzip file unpacked to (more than its size).
            problems: [], textBytes: max(reader.bytesRead, Int(job.stamp.size)) - bytesBefore,
            part: FilePart(index: index, ordinalBase: ordinalBase, isLast: true, sharedOwnIDs: shared)))])
        return true
    }

    /// The file's hash as `FileAnalysis` reads it in blocks; nil if it cannot be read.
    static func blockHash(_ path: String) -> Int64? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var hash = ContentHash.Blocks()
        do {
            while let block = try handle.read(upToCount: ContentHash.Blocks.size), !block.isEmpty { hash.add(block) }
        } catch {
            return nil
        }
        return hash.value
    }
}
