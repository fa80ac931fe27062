import Testing
@testable import SitrepCore

/// Which marks make quotes, and where a quote's span starts and ends. Sentences written for
/// these tests.
struct QuoteMarkTests {
    private func quotes(_ text: String) -> [Quote] {
        QuoteAttribution().extract(AnalyzedText(text)).quotes
    }

    @Test func straightDoubleQuotes() throws {
        let text = "Mayor Ana Costa said \"the levee on the east bank will hold\" on Monday."
        let q = try #require(quotes(text).first)
        #expect(q.text == "the levee on the east bank will hold")
        #expect(Array(text.unicodeScalars)[q.span.start - 1] == "\"")
        #expect(Array(text.unicodeScalars)[q.span.end] == "\"")
        #expect(q.speaker == "Ana Costa")
    }

    @Test func curlyDoubleQuotes() throws {
        let q = try #require(quotes("“We have sandbags for three more days,” Ana Costa said.").first)
        #expect(q.text == "We have sandbags for three more days,")
        #expect(q.speaker == "Ana Costa")
    }

    @Test func mixedStraightAndCurlyMarksPair() throws {
        let q = try #require(quotes("\"We will stay until the water falls,” said Jonas Weller.").first)
        #expect(q.text == "We will stay until the water falls,")
        #expect(q.speaker == "Jonas Weller")
    }

    @Test func guillemets() throws {
        let found = quotes("The minister, Luca Ferrand, said: «The bridge will reopen in May.» Later, « Nous tiendrons jusqu’au bout », a-t-il ajouté.")
        #expect(found.map(\.text) == ["The bridge will reopen in May.", "Nous tiendrons jusqu’au bout"])
        #expect(found.first?.speaker == "Luca Ferrand")
    }

    @Test func singleCurlyQuotesAsTheOuterMark() throws {
        let q = try #require(quotes("‘The pumps are running day and night,’ said Ana Costa.").first)
        #expect(q.text == "The pumps are running day and night,")
        #expect(q.speaker == "Ana Costa")
    }

    @Test func apostrophesAreNotQuoteMarks() {
        #expect(quotes("The Smiths’ house was flooded, but the mayor didn’t leave the town’s hall.").isEmpty)
        // A possessive inside a single-quoted quote does not close it.
        let found = quotes("‘The farmers’ fields are lost,’ said Ana Costa.")
        #expect(found.map(\.text) == ["The farmers’ fields are lost,"])
    }

    @Test func quoteSpanningParagraphsGivesOnePiecePerParagraph() {
        let text = """
        Ana Costa, the mayor, spoke at the shelter. “The water reached the second floor of the school.

        “We moved the children to the gym. Nobody was hurt,” she said.
        """
        let found = quotes(text)
        #expect(found.map(\.text) == ["The water reached the second floor of the school.",
                                      "We moved the children to the gym. Nobody was hurt,"])
        #expect(found.allSatisfy { $0.speaker == "Ana Costa" })
    }

    @Test func nestedQuotesStayInsideTheOuterQuote() {
        let found = quotes("“The captain told us ‘hold the line’ and we did,” said Jonas Weller.")
        #expect(found.map(\.text) == ["The captain told us ‘hold the line’ and we did,"])
        let doubleInside = quotes("“They called it \"a miracle\" on the radio,” Ana Costa said.")
        #expect(doubleInside.map(\.text) == ["They called it \"a miracle\" on the radio,"])
    }

    @Test func fragmentQuotedInsideASentence() throws {
        let q = try #require(quotes("Jonas Weller said the plan will cover every district, “including the flooded ones,” and left the room.").first)
        #expect(q.text == "including the flooded ones,")
        #expect(q.speaker == "Jonas Weller")
    }

    @Test func unclosedMarkStopsAtTheParagraphEnd() {
        let text = """
        Ana Costa said: “The road to the dam is closed until further notice

        Crews worked through the night. The river fell by ten centimetres on Tuesday.
        """
        let found = quotes(text)
        #expect(found.map(\.text) == ["The road to the dam is closed until further notice"])
        #expect(found.first?.speaker == "Ana Costa")
    }

    @Test func scareQuotesAreNotQuotes() {
        #expect(quotes("Troops entered the so-called “liberation” zone at dawn.").isEmpty)
        #expect(quotes("The “special operation” entered its third week.").isEmpty)
        #expect(quotes("Locals call the embankment the “Great Wall” of the delta.").isEmpty)
        // A one-word reply with its speaker is a quote.
        #expect(quotes("“Never,” Ana Costa said.").map(\.text) == ["Never,"])
    }

    @Test func titlesOfShowsAreNotQuotesWithoutASpeaker() {
        #expect(quotes("She appeared on “Morning Edition” last week.").isEmpty)
    }

    @Test func spanTextIsExactlyTheScalarsBetweenTheMarks() {
        let text = "Zoë Krähenbühl said: “Ça ira, the dyke holds.” Then she left."
        let scalars = Array(text.unicodeScalars)
        for q in quotes(text) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[q.span.start..<q.span.end])
            #expect(String(view) == q.text)
        }
        #expect(quotes(text).map(\.text) == ["Ça ira, the dyke holds."])
    }

    @Test func markupAttributesAreNotQuotes() {
        #expect(quotes("<tweet author=\"RiverWatch\" id=\"12\">High water</tweet>").isEmpty)
    }
}
