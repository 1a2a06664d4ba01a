/// A site named by its address, `Amazon.com`, `Gawker.com`, `News.com.au` (one token, see
/// `Tokenizer.domainEnd`): a company or an outlet, which the tagger, having seen few such
/// tokens, often leaves out or calls a place.
extension ArticleEntities {
    /// (Asked of `capitalizedEndingLowerCase` only.)
    private func isWebAddress(_ k: Int) -> Bool {
        let word = text[tokens[k].start..<tokens[k].end]
        guard let dot = word.firstIndex(of: "."), dot > word.startIndex else { return false }
        return word[(dot + 1)...].allSatisfy { $0 == "." || $0.value >= 0x61 && $0.value <= 0x7A }
    }

    /// Each address the tagger did not take into a name of its own, as an organisation; and
    /// each it took alone, made an organisation.
    func webAddressNames(besides names: inout [RawMention]) -> [RawMention] {
        var out: [RawMention] = []
        for k in capitalizedEndingLowerCase where isWebAddress(k) {
            if let n = names.firstIndex(where: { $0.start <= k && $0.end > k }) {
                if names[n].end - names[n].start == 1 { names[n].type = .org }
            } else {
                out.append(RawMention(start: k, end: k + 1, type: .org))
            }
        }
        return out
    }
}
