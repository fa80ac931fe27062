import Testing
@testable import SitrepCore

/// People in one document and across a corpus: titles, roles, shared surnames, spelling variants,
/// search. Sentences written for these tests.
struct PeopleTests {
    private func people(_ text: String) -> [Person] {
        QuoteAttribution().extract(AnalyzedText(text)).people
    }

    private func extract(_ text: String) -> (quotes: [Quote], people: [Person]) {
        QuoteAttribution().extract(AnalyzedText(text))
    }

    @Test func titlesAreNotPartOfTheName() {
        let found = people("President Ana Costa met Rear Admiral Jonas Weller and Dr. Ines Ortiz in Galati.")
        #expect(found.map(\.name) == ["Ana Costa", "Jonas Weller", "Ines Ortiz"])
        #expect(found.first?.role == "President")
        #expect(found[1].role == "Rear Admiral")
    }

    @Test func fullNameSurnameAndPossessiveAreOnePerson() {
        let found = people("Lena Park arrived at noon. Park’s team had mapped the breach. Later Park left.")
        #expect(found.count == 1)
        #expect(found.first?.name == "Lena Park")
        #expect(found.first?.aliases == ["Park"])
        #expect(found.first?.mentionSpans.count == 3)
    }

    @Test func twoPeopleSharingASurnameStayApart() {
        let text = """
        Anna Berg runs the shelter and her brother Lars Berg drives the boat. “We go out every hour,” Berg said.
        """
        let (quotes, found) = extract(text)
        #expect(found.map(\.name) == ["Anna Berg", "Lars Berg"])
        // A bare surname goes to the most recently mentioned of them.
        #expect(quotes.first?.speaker == "Lars Berg")
    }

    @Test func transliterationVariantsAreOnePerson() {
        let found = people("""
        Vladimir Tsimlyansky announced the call-up. Tsimlianski said it would not reach the front. \
        Rustem Umérov met reporters; Umerov said little. Dragan Đorđević and Djordjevic are the same man.
        """)
        let names = found.map(\.name)
        #expect(names == ["Vladimir Tsimlyansky", "Rustem Umérov", "Dragan Đorđević"])
        // The surname alone is always an alias (how readers search), then the forms seen.
        #expect(found[0].aliases == ["Tsimlyansky", "Tsimlianski"])
        #expect(found[1].aliases == ["Umerov"])
        #expect(found[2].aliases == ["Djordjevic"])
    }

    @Test func similarityRule() {
        #expect(NameSimilarity.surnamesMatch("Tsimlyansky", "Tsimlianski"))
        #expect(NameSimilarity.surnamesMatch("Zelenskyy", "Zelensky"))
        #expect(NameSimilarity.surnamesMatch("Djordjevic", "Đorđević"))
        #expect(NameSimilarity.surnamesMatch("Andriyushchenko", "Andriushchenko"))
        #expect(NameSimilarity.surnamesMatch("Khodorkovsky", "Hodorkowski"))
        #expect(!NameSimilarity.surnamesMatch("Rubio", "Rubin"))
        #expect(!NameSimilarity.surnamesMatch("Bush", "Rush"))
        #expect(!NameSimilarity.surnamesMatch("Carson", "Larson"))
        #expect(NameSimilarity.givenNamesCompatible("J.", "John"))
        #expect(!NameSimilarity.givenNamesCompatible("Anna", "Lars"))
        #expect(NameSimilarity.givenNamesCompatible("Mykhailo", "Mikhailo"))
        #expect(!NameSimilarity.fullNamesCompatible("George W. Bush", "George P. Bush"))
        #expect(!NameSimilarity.fullNamesCompatible("Karl Brenner Jr.", "Karl Brenner"))
        #expect(NameSimilarity.fullNamesCompatible("Karl J. Brenner", "Karl Brenner"))
    }

    @Test func fatherAndSonAreTwoPeople() {
        let found = people("Karl Brenner Jr. runs the ferry his father, Karl Brenner, built in 1970.")
        #expect(found.map(\.name) == ["Karl Brenner Jr.", "Karl Brenner"])
    }

    @Test func headlineWordsAreNotPartOfNames() {
        let found = people("""
        Unlike Ana Costa, the council voted no.

        Council Turns Against Mayor Ivo Stanev Over Levee Costs
        """)
        #expect(found.map(\.name) == ["Ana Costa", "Ivo Stanev"])
    }

    @Test func differentGivenNamesWithVariantSurnamesStayApart() {
        let found = people("Olena Tkachenko met Ivan Tkatchenko in Odesa.")
        #expect(found.map(\.name) == ["Olena Tkachenko", "Ivan Tkatchenko"])
    }

    @Test func roleFromAnAppositive() {
        let found = people("Petra Lind, the mayor of Novi Sad, inspected the levee.")
        #expect(found.first?.role == "mayor of Novi Sad")
        let adviser = people("Marta Kos, adviser to the mayor of Galati, warned residents.")
        #expect(adviser.first?.role == "adviser to the mayor of Galati")
    }

    @Test func roleWrittenBeforeTheName() {
        let found = people("The town’s deputy mayor Ivo Stanev opened the dam gates.")
        #expect(found.first?.name == "Ivo Stanev")
        #expect(found.first?.role == "town’s deputy mayor")
        let titled = people("Defence Minister Karl Brenner visited the camp.")
        #expect(titled.first?.role == "Defence Minister")
    }

    @Test func quoteCountsAndPersonIndex() {
        let (quotes, found) = extract("“The first pump failed,” said Lena Park. “The second held,” Jonas Weller said. “We fixed the first,” Park added.")
        #expect(found.map(\.quoteCount) == [2, 1])
        #expect(quotes.map(\.personIndex) == [0, 1, 0])
    }

    @Test func placesAndOrganisationsAreNotPeople() {
        let found = people("The Red Cross sent trucks from Vienna to Novi Sad while the Danube Commission met.")
        #expect(found.isEmpty)
    }

    // MARK: corpus

    private func corpus() -> PeopleIndex.Merged {
        let first = people("Vladislav Orlov, the harbour master, spoke first. Sébastien Lecornu, the minister, listened.")
        let second = people("Orlov said the quays are safe. Vladyslav Orlov will meet Mr. Lecornu on Friday.")
        let third = people("Dragan Đorđević inspected the dam. Anna Berg joined him.")
        return PeopleIndex.merge([first, second, third])
    }

    @Test func corpusMergesAliasesAcrossDocuments() throws {
        let merged = corpus()
        #expect(merged.people.map(\.name) == ["Vladislav Orlov", "Sébastien Lecornu", "Dragan Đorđević", "Anna Berg"])
        let orlov = try #require(merged.people.first)
        #expect(Set(orlov.aliases) == ["Orlov", "Vladyslav Orlov"])
        #expect(orlov.role == "harbour master")
        #expect(merged.documentCounts == [2, 2, 1, 1])
        #expect(merged.map[PeopleIndex.Key(document: 1, person: 0)] == 0)
    }

    @Test func searchIsCaseAndAccentInsensitiveAndSurnameAlone() {
        let merged = corpus()
        #expect(PeopleIndex.search("orlov", in: merged.people) == [0])
        #expect(PeopleIndex.search("LECORNU", in: merged.people) == [1])
        #expect(PeopleIndex.search("sebastien lecornu", in: merged.people) == [1])
        #expect(PeopleIndex.search("dordevic", in: merged.people) == [2])
        #expect(PeopleIndex.search("djordjevic", in: merged.people) == [2])
        #expect(PeopleIndex.search("vladyslav orlov", in: merged.people) == [0])
        #expect(PeopleIndex.search("nobody", in: merged.people).isEmpty)
    }

    @Test func nearMissSuggestions() {
        let merged = corpus()
        #expect(PeopleIndex.suggestions(for: "Orlof", in: merged.people) == ["Vladislav Orlov"])
        #expect(PeopleIndex.suggestions(for: "lecornou", in: merged.people) == ["Sébastien Lecornu"])
        #expect(PeopleIndex.suggestions(for: "zz", in: merged.people).isEmpty)
    }

    @Test func jsonForTheExtractionContract() {
        let (quotes, found) = extract("“We hold,” said Petra Lind, the mayor. The crowd shouted “not for long” back.")
        #expect(QuotesJSON.quotes(quotes).json ==
                #"[{"start":1,"end":9,"text":"We hold,","speaker":"Petra Lind","mention":"Petra Lind"},{"start":58,"end":70,"text":"not for long","speaker":null,"mention":null}]"#)
        #expect(QuotesJSON.people(found).json == #"[{"name":"Petra Lind","aliases":["Lind"],"role":"mayor"}]"#)
    }
}
