import Testing
@testable import SitrepCore

/// Who said each quote: one test per attribution pattern, on sentences written for these tests.
struct QuoteAttributionTests {
    private func extract(_ text: String) -> (quotes: [Quote], people: [Person]) {
        QuoteAttribution().extract(AnalyzedText(text))
    }

    private func speakers(_ text: String) -> [String?] {
        extract(text).quotes.map(\.speaker)
    }

    @Test func nameThenSaidAfterTheQuote() throws {
        let q = try #require(extract("“The crest will pass tonight,” Lena Park said.").quotes.first)
        #expect(q.speaker == "Lena Park")
        #expect(q.mention == "Lena Park")
        let text = "“The crest will pass tonight,” Lena Park said."
        let scalars = Array(text.unicodeScalars)
        let span = try #require(q.mentionSpan)
        #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])) == "Lena Park")
    }

    @Test func saidThenNameAfterTheQuote() {
        #expect(speakers("“The crest will pass tonight,” said Lena Park.") == ["Lena Park"])
    }

    @Test func appositiveBetweenNameAndVerb() {
        #expect(speakers("“We need more pumps,” Jonas Weller, the transport minister, said on Friday.") == ["Jonas Weller"])
        #expect(speakers("Jonas Weller, the transport minister, who flew in from the capital, said the army “will stay as long as needed.”") == ["Jonas Weller"])
    }

    @Test func accordingTo() {
        #expect(speakers("According to Lena Park, “the dam has never been under this much pressure.”") == ["Lena Park"])
        #expect(speakers("“The dam is safe for now,” according to Lena Park.") == ["Lena Park"])
    }

    @Test func toldReporters() {
        #expect(speakers("Lena Park told reporters that the barrier “should hold through the weekend.”") == ["Lena Park"])
        #expect(speakers("“It should hold,” Lena Park told reporters.") == ["Lena Park"])
    }

    @Test func saidWithAColonBeforeTheQuote() {
        #expect(speakers("Mayor Ana Costa said: “Everyone on the island must leave by noon.”") == ["Ana Costa"])
    }

    @Test func colonSentenceBeforeAQuoteParagraph() {
        let text = """
        Ana Costa, the mayor, addressed the volunteers on Sunday:

        “You saved this town. We will not forget it.”
        """
        #expect(speakers(text) == ["Ana Costa"])
    }

    @Test func addedAndOtherSpeechVerbs() {
        for verb in ["added", "warned", "insisted", "stressed", "claimed", "noted", "explained", "argued",
                     "declared", "announced", "acknowledged", "admitted", "urged", "emphasised", "replied", "wrote"] {
            #expect(speakers("“The worst is behind us,” Lena Park \(verb).") == ["Lena Park"], "verb: \(verb)")
        }
        #expect(speakers("Lena Park tweeted: “Pumps running at full power.”") == ["Lena Park"])
        #expect(speakers("Lena Park alerted residents that “the second wave is coming.”") == ["Lena Park"])
    }

    @Test func participleTakesTheClauseSubject() {
        #expect(speakers("Jonas Weller tried to calm the crowd, saying the levees “were built for exactly this.”") == ["Jonas Weller"])
        #expect(speakers("In addition, Jonas Weller tried to reassure farmers by pointing out that the fields “will drain within a week.”") == ["Jonas Weller"])
    }

    @Test func attributionInTheNextSentence() {
        #expect(speakers("“The ferry will not run tomorrow.” Lena Park said the decision was final.") == ["Lena Park"])
    }

    @Test func pronounResolvesToTheMostRecentCompatiblePerson() {
        let text = "Ana Costa visited the shelter on Monday. “We will not leave anyone behind,” she said."
        #expect(speakers(text) == ["Ana Costa"])
        let two = """
        Mr. Jonas Weller met Ana Costa at the pumping station. “The station needs a second generator,” he said.
        “We ordered one yesterday,” she replied.
        """
        #expect(speakers(two) == ["Jonas Weller", "Ana Costa"])
        #expect(extract(two).quotes.map(\.mention) == ["he", "she"])
    }

    @Test func pronounGenderFromEarlierUse() {
        let text = """
        Kim Sorensen runs the harbour. Sorensen said her crews had worked for two days.
        Piet Vogel runs the locks. “Nobody slept,” she said.
        """
        #expect(speakers(text) == ["Kim Sorensen"])
    }

    @Test func pronounWithNobodyToResolveStaysUnknown() throws {
        let q = try #require(extract("“The night was long,” he said.").quotes.first)
        #expect(q.speaker == nil)
        #expect(q.mention == nil)
    }

    @Test func describingPhraseWhenTheTextNeverNamesThePerson() {
        let text = """
        The head of the river authority himself stated on Tuesday that “the barrier held better than expected.”
        “We were lucky. Very lucky,” he added.
        """
        let (quotes, people) = extract(text)
        #expect(quotes.map(\.speaker) == ["head of the river authority", "head of the river authority"])
        #expect(quotes.first?.mention == "The head of the river authority")
        #expect(people.contains { $0.name == "head of the river authority" && $0.isDescription })
    }

    @Test func shortDescribingPhraseStandsForTheNamedOfficeHolder() {
        let text = "Ana Costa, the mayor of Vidin, opened the shelter. “We have beds for four hundred people,” the mayor said."
        #expect(speakers(text) == ["Ana Costa"])
    }

    @Test func quotesInARowKeepTheLastSpeaker() {
        let text = """
        “The water is falling,” Lena Park said. “But the ground is soaked.”

        “Another storm would be a disaster.”

        Jonas Weller disagreed. “The forecast is dry,” he said.
        """
        #expect(speakers(text) == ["Lena Park", "Lena Park", "Lena Park", "Jonas Weller"])
    }

    @Test func quoteWithoutAnyAttributionHasNoSpeaker() {
        #expect(speakers("The river rose overnight. “Stay away from the banks.” Police closed the road.") == [nil])
    }

    @Test func organisationSpeaker() {
        #expect(speakers("“All trains are cancelled,” the Danube Shipping Company said.") == ["Danube Shipping Company"])
    }

    @Test func titleIsStrippedFromTheSpeaker() {
        #expect(speakers("“We will rebuild,” said President Ana Costa.") == ["Ana Costa"])
        #expect(speakers("Rear Admiral Jonas Weller reported that the fleet “is ready.”") == ["Jonas Weller"])
    }

    @Test func surnameMentionGetsTheFullName() throws {
        let text = "Lena Park leads the hydrology team. “Two more days,” Park said."
        let q = try #require(extract(text).quotes.first)
        #expect(q.speaker == "Lena Park")
        #expect(q.mention == "Park")
    }
}
