import LedeCore

/// Placeholder until the reader lands.
public struct AppState {
    public var corpus: Corpus
    public init(corpus: Corpus) { self.corpus = corpus }
}
