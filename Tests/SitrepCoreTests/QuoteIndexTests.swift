import Testing
@testable import SitrepCore

/// Speaker search across a corpus, with a name spelt two ways in two articles of our own.
struct QuoteIndexTests {
    private let corpus = Corpus(documents: [
        Document(id: "a.txt", title: "a", text: "“The levee will hold,” said Milica Đorđević, the chief engineer. “We checked it twice,” she added.",
                 date: DayDate(iso: "2026-04-15"), dateSource: .header),
        Document(id: "b.txt", title: "b", text: "“Water is still rising,” Milica Djordjevic told reporters. Mayor Ivan Horvat said nothing.",
                 date: DayDate(iso: "2026-04-16"), dateSource: .header),
    ])

    @Test func spellingVariantsAndAccentsFindOnePerson() {
        let index = QuoteIndex(corpus)
        for query in ["djordjevic", "Đorđević", "milica djordjevic", "DJORDJEVIC"] {
            let found = index.quotes(bySpeaker: query)
            #expect(found.map(\.quote.text) == ["The levee will hold,", "We checked it twice,", "Water is still rising,"], "\(query)")
            #expect(Set(found.compactMap { index.speaker(of: $0) }).count == 1)
        }
    }

    @Test func aNearMissSuggestsThePerson() {
        let index = QuoteIndex(corpus)
        #expect(index.suggestions(for: "Djordevic").contains { $0.hasPrefix("Milica") })
    }
}
