import ArgumentParser
import Foundation
import LedeCore

/// `lede-bench generate --articles N --out DIR`: a large corpus made from real articles by
/// recombining their paragraphs and shifting their dates, so text statistics (word lengths,
/// names, quotes, paragraph sizes) stay those of real news.
struct GenerateCorpus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Build a benchmark corpus of N articles from the real ones in /work/shared/corpora.")

    enum Layout: String, ExpressibleByArgument { case seed, jsonl, rss }

    @Option(help: "How many articles to write.")
    var articles = 100_000

    @Option(help: "Output folder (created; must be empty or absent).")
    var out: String

    @Option(help: "seed: one seed-format .txt file per article in YYYY/MM subfolders; jsonl: JSON Lines files of 5,000 records; rss: RSS 2.0 feeds of 1,000 items (for comparing with feed readers).")
    var layout: Layout = .seed

    @Option(parsing: .upToNextOption, help: "Where the real articles are.")
    var source: [String] = ["/work/shared/corpora/wikinews", "/work/shared/corpora/gum-news"]

    @Option(help: "Random seed, so a corpus can be rebuilt identically.")
    var seed: UInt64 = 6

    func run() throws {
        let loaded = CorpusLoader().load(paths: source)
        guard !loaded.articles.isEmpty else { throw ValidationError("no articles under \(source.joined(separator: " "))") }
        let originals = loaded.articles.map { a in
            (date: a.date ?? Day(year: 2019, month: 1, day: 1)!,
             paragraphs: a.body.components(separatedBy: "\n\n").filter { !$0.allSatisfy(\.isWhitespace) })
        }.filter { !$0.paragraphs.isEmpty }
        let pool = originals.flatMap(\.paragraphs)

        if FileManager.default.fileExists(atPath: out),
           let contents = try? FileManager.default.contentsOfDirectory(atPath: out), !contents.isEmpty {
            throw ValidationError("\(out) is not empty")
        }
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)

        var rng = SplitMix64(seed: seed)
        var bytes = 0
        var jsonLines: [String] = []
        var jsonFile = 0
        var madeFolders = Set<String>()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]

        func flushJSON() throws {
            guard !jsonLines.isEmpty else { return }
            jsonFile += 1
            if layout == .rss {
                let name = out + "/feed-" + pad(jsonFile, 3) + ".rss"
                let feed = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>\n"
                    + "<title>Generated feed \(jsonFile)</title><link>https://example.org/\(jsonFile)</link><description>Benchmark feed</description>\n"
                    + jsonLines.joined(separator: "\n") + "\n</channel></rss>\n"
                try Data(feed.utf8).write(to: URL(fileURLWithPath: name))
            } else {
                let name = out + "/articles-" + pad(jsonFile, 3) + ".jsonl"
                try Data((jsonLines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: name))
            }
            jsonLines.removeAll(keepingCapacity: true)
        }

        for n in 1...articles {
            // Keep the lead paragraph of one real article (so the headline reads like one),
            // then mix in its other paragraphs with ones from elsewhere.
            let base = originals[Int(rng.next() % UInt64(originals.count))]
            var paragraphs = [base.paragraphs[0]]
            // About as many paragraphs as the real article had, give or take two.
            let length = max(1, base.paragraphs.count - 3 + Int(rng.next() % 5))
            for _ in 0..<length {
                if rng.next() % 2 == 0, base.paragraphs.count > 1 {
                    paragraphs.append(base.paragraphs[1 + Int(rng.next() % UInt64(base.paragraphs.count - 1))])
                } else {
                    paragraphs.append(pool[Int(rng.next() % UInt64(pool.count))])
                }
            }
            let date = base.date.adding(days: Int(rng.next() % 2001) - 1000)
            let body = paragraphs.joined(separator: "\n\n")
            switch layout {
            case .seed:
                let folder = "\(pad(date.year, 4))/\(pad(date.month, 2))"
                if madeFolders.insert(folder).inserted {
                    try FileManager.default.createDirectory(atPath: out + "/" + folder, withIntermediateDirectories: true)
                }
                let text = " date \(date) " + body
                bytes += text.utf8.count
                try Data(text.utf8).write(to: URL(fileURLWithPath: "\(out)/\(folder)/\(pad(n, 7)).txt"))
            case .jsonl:
                let record = Record(id: "gen-\(n)", date: date.description, title: Headline.from(body: body),
                                    source: "Generated", text: body)
                let line = String(decoding: try encoder.encode(record), as: UTF8.self)
                bytes += line.utf8.count + 1
                jsonLines.append(line)
                if jsonLines.count == 5000 { try flushJSON() }
            case .rss:
                let html = paragraphs.map { "<p>" + xmlEscape($0) + "</p>" }.joined()
                let item = "<item><title>\(xmlEscape(Headline.from(body: body)))</title>"
                    + "<link>https://example.org/a/\(n)</link><guid>gen-\(n)</guid>"
                    + "<pubDate>\(rfc822(date))</pubDate><description>\(xmlEscape(html))</description></item>"
                bytes += item.utf8.count
                jsonLines.append(item)
                if jsonLines.count == 1000 { try flushJSON() }
            }
        }
        try flushJSON()
        print("wrote \(articles) articles, \(String(format: "%.1f", Double(bytes) / 1_000_000)) MB, to \(out) (\(layout.rawValue))")
    }

    struct Record: Encodable {
        var id: String
        var date: String
        var title: String
        var source: String
        var text: String
    }
}

func xmlEscape(_ s: String) -> String {
    s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        .replacingOccurrences(of: ">", with: "&gt;")
}

func rfc822(_ day: Day) -> String {
    let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return "\(weekdays[day.isoWeekday - 1]), \(pad(day.day, 2)) \(months[day.month - 1]) \(day.year) 12:00:00 +0000"
}

func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return String(repeating: "0", count: max(0, width - s.count)) + s
}

