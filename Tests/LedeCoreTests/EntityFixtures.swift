@testable import LedeCore

/// The type of each mention in a one-article corpus, by its text (the first mention of a
/// text wins).
func entityTypes(in body: String, date: Day?) -> [String: EntityType] {
    let found = EntityExtractor().mentions(in: [Article(id: "a", path: "a", date: date, title: "", body: body)])[0]
    return Dictionary(found.map { ($0.text, $0.type) }, uniquingKeysWith: { a, _ in a })
}
