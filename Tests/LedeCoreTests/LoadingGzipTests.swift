import Foundation
import Testing
@testable import LedeCore

@Suite struct LoadingGzipTests {
    static let twoRecords = """
        {"title": "Port closes", "date": "2019-01-04", "text": "The port closed on Friday."}
        {"title": "Storm", "date": "2019-01-05", "text": "A storm hit the coast."}
        """

    @Test func gzipArticleFilesInAFolderAreReadLikeTheUnpackedOnes() {
        let dir = FixtureFolder()
        dir.writeGzip("dump.jsonl.gz", Self.twoRecords)
        dir.writeGzip("notes.md.gz", "---\ntitle: Packed notes\ndate: 2019-01-06\n---\n\nBody.")
        dir.writeGzip("0001.gz", " date 2019-01-07 A seed file packed, with no extension.")
        dir.writeGzip("figures.csv.gz", "name,population\nOslo,700000\n")  // packed data, not articles
        dir.writeGzip("photo.png.gz", "not text")
        let result = CorpusLoader().load(paths: [dir.path])
        #expect(result.problems.isEmpty)
        #expect(result.articles.map(\.id) == ["0001.gz", "dump.jsonl.gz#1", "dump.jsonl.gz#2", "notes.md.gz"])
        #expect(result.articles.map(\.title) == ["A seed file packed, with no extension.", "Port closes", "Storm", "Packed notes"])
        #expect(result.articles[1].body == "The port closed on Friday.")
    }

    @Test func otherCompressionsAreNamedWithTheCommandThatUnpacksThem() throws {
        let dir = FixtureFolder()
        dir.write("a.txt", " date 2019-01-04 Seed article.")
        let xz = dir.path + "/dump.jsonl.xz"
        try Data([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00, 0x00]).write(to: URL(fileURLWithPath: xz))
        try Data([0x50, 0x4B, 0x03, 0x04]).write(to: URL(fileURLWithPath: dir.path + "/more.csv.zip"))
        let walked = CorpusLoader().load(paths: [dir.path])
        #expect(walked.articles.map(\.id) == ["a.txt"])
        #expect(walked.problems.map(\.reason)
            == ["dump.jsonl.xz and 1 more left unread: only gzip (.gz) is unpacked; decompress the others first (unzip, bunzip2, unxz, unzstd)"])
        let named = CorpusLoader().load(paths: [xz])
        #expect(named.problems.map(\.reason) == ["compressed (xz), and only gzip is unpacked: decompress it first (unxz -k)"])
    }

    @Test func membersPackedOneAfterAnotherAreAllRead() {
        // `cat a.gz b.gz > c.gz` is a valid gzip file; gunzip gives both.
        let lines = Self.twoRecords.split(separator: "\n").map { Data(($0 + "\n").utf8) }
        let joined = gzipped(lines[0]) + gzipped(lines[1])
        let (text, failure) = Gzip.decompress(joined)
        #expect(failure == nil)
        #expect(String(decoding: text, as: UTF8.self) == Self.twoRecords + "\n")
    }

    @Test func aCutShortFileKeepsTheRecordsBeforeTheCutAndSaysWhy() {
        let records = (1...400).map { #"{"title": "Story \#($0)", "date": "2019-01-04", "text": "Body number \#($0) of a long dump, with words that do not repeat \#($0 * 7919)."}"# }
        let packed = gzipped(Data(records.joined(separator: "\n").utf8))
        let dir = FixtureFolder()
        let path = dir.path + "/cut.jsonl.gz"
        try! packed.prefix(packed.count / 2).write(to: URL(fileURLWithPath: path))
        let result = CorpusLoader().load(paths: [path])
        #expect(result.articles.count > 50 && result.articles.count < 400)
        #expect(result.articles.first?.title == "Story 1")
        #expect(result.problems.first?.reason == "the rest, from where its gzip data is damaged (it ends in the middle); what comes before is read")
    }

    @Test func garbageAfterTheHeaderIsDamageNotACrash() {
        var bytes = gzipped(Data(Self.twoRecords.utf8))
        bytes.replaceSubrange(12..<24, with: [UInt8](repeating: 0xFF, count: 12))
        let parsed = CorpusLoader.parse(data: bytes, path: "x.jsonl.gz")
        #expect(parsed.problems.first?.reason.hasPrefix("the rest, from where its gzip data is damaged (") == true)
    }

    @Test func gzipInsideGzipAndOversizedTextAreRefusedWithAReason() {
        let twice = gzipped(gzipped(Data(Self.twoRecords.utf8)))
        #expect(CorpusLoader.parse(data: twice, path: "x.gz").problems.map(\.reason) == ["compressed twice (gzip inside gzip)"])
        let (text, failure) = Gzip.decompress(gzipped(Data(Self.twoRecords.utf8)), limit: 100)
        #expect(text.isEmpty)
        #expect(failure == .tooLarge(limit: 100))
    }

    @Test func theUnpackedSizeIsReadFromTheTrailer() {
        let dir = FixtureFolder()
        let path = dir.writeGzip("dump.jsonl.gz", Self.twoRecords)
        let packedSize = (try! FileManager.default.attributesOfItem(atPath: path)[.size] as! NSNumber).intValue
        #expect(Gzip.unpackedSize(ofFile: path, packedSize: packedSize) == Self.twoRecords.utf8.count)
        #expect(Gzip.unpackedSize(ofFile: dir.write("plain.jsonl", Self.twoRecords), packedSize: 160) == nil)
    }
}
