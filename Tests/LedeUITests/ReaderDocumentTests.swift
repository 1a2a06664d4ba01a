import LedeCore
import Testing
@testable import LedeUI

@Suite("Reading pane layout")
struct ReaderDocumentTests {
    func lines(_ article: AnalyzedArticle, width: Int = 60) -> [(DocumentLine.Kind, String)] {
        ReaderDocument(article: article, articleIndex: 0, width: width).lines.map {
            ($0.kind, String($0.glyphs.map(\.character)))
        }
    }

    @Test("a title of its own is shown above the dateline")
    func separateTitle() {
        let doc = lines(makeArticle("a", title: "Staff protest", body: "Employees wrote a letter. More."))
        #expect(doc.first?.0 == .title)
        #expect(doc.first?.1 == "Staff protest")
        #expect(doc.filter { $0.1.contains("Employees wrote a letter.") }.count == 1)
    }

    @Test("a title taken from the body's first sentence is not shown twice")
    func derivedTitle() {
        let body = "Employees wrote a letter. More followed."
        let doc = lines(makeArticle("a", title: "Employees wrote a letter.", body: body))
        #expect(!doc.contains { $0.0 == .title })
        #expect(doc.first?.1 == "2018-06-19")
        #expect(doc.filter { $0.1.contains("Employees wrote a letter.") }.count == 1)
        // A long derived title is cut with an ellipsis; it still counts as the body's lead.
        let cut = lines(makeArticle("b", title: "Employees wrote a l…", body: body))
        #expect(!cut.contains { $0.0 == .title })
    }
}
