/// A direct quotation in an article.
public struct Quote: Hashable, Sendable {
    /// Unique in the corpus: `<article id>#q<N>` with N counting from 1 in text order.
    public var id: String
    public var articleID: String
    /// Includes the outer quote marks.
    public var span: TextSpan
    /// The words inside the outer marks (paragraph breaks of a multi-paragraph quote folded).
    public var text: String
    /// The speaker as written in the reporting clause (`Smith`, `the letter`), nil if unattributed.
    public var speaker: String?
    /// Where the speaker words stand in the body, when found there.
    public var speakerSpan: TextSpan?
    /// The canonical entity of the speaker, when the speaker is (or resolves to) one.
    public var speakerEntity: String?
    /// Quote family id: quotes of the same or nearly the same words share it.
    public var family: String?

    public init(id: String, articleID: String, span: TextSpan, text: String,
                speaker: String? = nil, speakerSpan: TextSpan? = nil,
                speakerEntity: String? = nil, family: String? = nil) {
        self.id = id
        self.articleID = articleID
        self.span = span
        self.text = text
        self.speaker = speaker
        self.speakerSpan = speakerSpan
        self.speakerEntity = speakerEntity
        self.family = family
    }
}

public enum QuoteRelation: String, Sendable, Hashable, Codable {
    case same, fragment, variant, speaker
}

/// A link from one quote to a related one, possibly in another article.
public struct QuoteLink: Hashable, Sendable {
    public var articleID: String
    public var quoteID: String
    public var kind: QuoteRelation

    public init(articleID: String, quoteID: String, kind: QuoteRelation) {
        self.articleID = articleID
        self.quoteID = quoteID
        self.kind = kind
    }
}
