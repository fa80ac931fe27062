import Testing
@testable import SitrepCore

/// The output contract: scalar offsets, exact text, sorted, no overlaps.
@Suite struct TimeSpanContractTests {
    @Test func offsetsCountUnicodeScalars() {
        let text = "Café owners in Zürich 🇨🇭 protested on Monday and again “last week”."
        let found = TimexTagger().tag(text, anchor: TimeFixtures.anchor)
        let scalars = Array(text.unicodeScalars)
        #expect(found.map(\.text) == ["Monday", "last week"])
        for t in found {
            #expect(String(String.UnicodeScalarView(scalars[t.start..<t.end])) == t.text)
        }
    }

    @Test func sortedAndDisjoint() {
        let text = """
        On Monday, March 2, 2026, at 10 a.m., the council met for three hours; a year ago it met \
        every week, and next year it will meet twice a month. Since 1990 — the early 1990s — \
        turnout has fallen, officials said yesterday.
        """
        let found = TimexTagger().tag(text, anchor: TimeFixtures.anchor)
        #expect(found.count >= 8)
        for (a, b) in zip(found, found.dropFirst()) { #expect(a.end <= b.start) }
        let scalars = Array(text.unicodeScalars)
        for t in found { #expect(String(String.UnicodeScalarView(scalars[t.start..<t.end])) == t.text) }
    }

    @Test func emptyAndOddInput() {
        let tagger = TimexTagger()
        #expect(tagger.tag("", anchor: nil).isEmpty)
        #expect(tagger.tag("the eve of", anchor: TimeFixtures.anchor).isEmpty)
        #expect(tagger.tag("a million million million million years", anchor: nil).count <= 1)
        _ = tagger.tag("1,000,000,000,000,000,000 years ago 99999999999:99 31/31/9999", anchor: TimeFixtures.anchor)
    }
}
