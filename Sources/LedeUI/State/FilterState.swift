import LedeCore

/// The list's filter, its sort order and a corpus-wide `/` search, over one `QueryIndex`
/// built when the state is created (never per keystroke).
public struct FilterState: Sendable {
    public let index: QueryIndex
    /// The filter in force and its matches in the chosen order.
    public var active: ActiveFilter
    /// A `/` search from the list: while set, the list shows its hits in rank order.
    public var search: SearchSession?
    public var history: [String] = []
    public var searchHistory: [String] = []
    /// Tab completion in progress in a prompt, so a second Tab offers the next candidate.
    public var completion: CompletionCycle?
    /// Why Tab found nothing, shown while the prompt text is still `forText`.
    public var note: (forText: String, text: String)?

    public init(corpus: Corpus) {
        self.init(index: QueryIndex(corpus: corpus))
    }

    /// Over an index built elsewhere (off the reader's loop, for a large corpus).
    public init(index: QueryIndex) {
        self.index = index
        active = ActiveFilter(index: index)
    }

    /// Article indices the list shows, in order.
    public var listed: [Int] { search.map { $0.hits.map(\.article) } ?? active.matches }

    /// The marks the reading pane shows for `article` while a corpus search is active.
    func searchMarks(for article: AnalyzedArticle?) -> Marks? {
        guard let search, let article else { return nil }
        let spans = search.highlights(in: article, index: index)
        return spans.isEmpty ? nil : Marks(source: .search(search.text), spans: spans, current: nil)
    }

    /// `org:Gizmodo · 1/2 articles · newest first` for the status line.
    func description(corpusCount: Int) -> String {
        let count = "\(search?.hits.count ?? active.matches.count)/\(corpusCount) articles"
        if let search {
            return "search: \(Sanitizer.display(search.text)) · \(count) · by relevance"
        }
        guard !active.text.trimmingWhitespace().isEmpty else { return "\(count) · \(active.order.label)" }
        return "filter: \(Sanitizer.display(active.text)) · \(count) · \(active.order.label)"
    }
}

/// Candidates Tab cycles through for the term it completed.
public struct CompletionCycle: Hashable, Sendable {
    /// The text after the term, kept as typed.
    var tail: String
    /// The text before the term.
    var head: String
    var insertions: [String]
    var names: [String]
    var position: Int
    /// The prompt text right after the last completion; any other text ends the cycle.
    var text: String

    /// `Tab: Microsoft (1/3) · Micron · Microsoft Teams` for the prompt line.
    var hint: String {
        guard insertions.count > 1 else { return "" }
        let others = names.indices.filter { $0 != position }.map { Sanitizer.display(names[$0]) }
        return "Tab: \(Sanitizer.display(names[position])) (\(position + 1)/\(names.count)) · " + others.joined(separator: " · ")
    }
}
