import Testing
@testable import SitrepCore

/// Finding places in text and choosing among homonyms. The sentences are written for these
/// tests.
struct PlaceResolverTests {
    let resolver = PlaceResolver()

    func places(_ text: String) -> [PlaceMention] { resolver.places(in: text) }

    func only(_ text: String) throws -> PlaceMention {
        let found = places(text)
        #expect(found.count == 1, "expected one place in \"\(text)\", found \(found.map(\.text))")
        return try #require(found.first)
    }

    // MARK: - finding names

    @Test func countriesAndCitiesWithOffsetsInScalars() throws {
        let text = "Café owners in Kyiv say Ukraine needs more power lines."
        let found = places(text)
        #expect(found.map(\.text) == ["Kyiv", "Ukraine"])
        let kyiv = try #require(found.first)
        #expect(kyiv.span == TextSpan(start: 15, end: 19))   // "Café" is four scalars
        #expect(kyiv.kind == .city && kyiv.countryCode == "UA" && kyiv.name == "Kyiv")
        #expect(abs(kyiv.latitude - 50.45) < 0.1 && abs(kyiv.longitude - 30.52) < 0.1)
        #expect(found[1].kind == .country && found[1].countryCode == "UA")
    }

    @Test func multiWordNamesWinOverTheirParts() {
        let found = places("Flights from New York to Rio de Janeiro were cancelled, and so were those to Sierra Leone.")
        #expect(found.map(\.text) == ["New York", "Rio de Janeiro", "Sierra Leone"])
        #expect(found.map(\.countryCode) == ["US", "BR", "SL"])
        #expect(found[0].kind == .city)
    }

    @Test func oldSpellingsResolveToTheCurrentName() throws {
        let kiev = try only("The delegation flew on to Kiev after the talks.")
        #expect(kiev.text == "Kiev" && kiev.name == "Kyiv")
        let lugansk = try only("Power was cut in Lugansk again.")
        #expect(lugansk.name == "Luhansk" && lugansk.countryCode == "UA")
    }

    @Test func possessivesAndHyphenatedModifiersKeepTheNameOnly() {
        let found = places("Ukraine's grain left from a Kyiv-based exporter's silo in Odesa.")
        #expect(found.map(\.text) == ["Ukraine", "Kyiv", "Odesa"])
    }

    @Test func capitalsOnlyFormsNeedCapitals() {
        #expect(places("Let us see what happens.").isEmpty)
        #expect(places("US officials arrived on Monday.").map(\.countryCode) == ["US"])
        #expect(places("The U.S. embassy reopened.").map(\.countryCode) == ["US"])
        #expect(places("NATO ministers met again.").isEmpty)
    }

    @Test func datelinesInCapitalsAreFound() throws {
        let kyiv = try #require(places("KYIV (Reuters) — Air raid sirens sounded twice overnight.").first)
        #expect(kyiv.text == "KYIV" && kyiv.name == "Kyiv")
    }

    // MARK: - regions

    @Test func theRegionWordMakesARegionAndStaysOutsideTheSpan() throws {
        let kherson = try only("Shelling hit the Kherson region overnight.")
        #expect(kherson.text == "Kherson" && kherson.kind == .region && kherson.countryCode == "UA")
        let donetsk = try only("Evacuations continued in Donetsk oblast.")
        #expect(donetsk.text == "Donetsk" && donetsk.kind == .region)
    }

    @Test func aCapitalisedRegionWordJoinsTheSpan() throws {
        let donetsk = try only("Evacuations continued in Donetsk Oblast this week.")
        #expect(donetsk.text == "Donetsk Oblast" && donetsk.kind == .region && donetsk.name == "Donetsk Oblast")
    }

    @Test func countyAfterANameMakesItTheCountyOutsideTheUS() throws {
        // Romanian and Hungarian counties are first-level regions: the county, not its town.
        let tulcea = try only("Dikes were reinforced across Tulcea County overnight.")
        #expect(tulcea.text == "Tulcea County" && tulcea.kind == .region && tulcea.countryCode == "RO")
        #expect(try only("Volunteers came from Pest County.").kind == .region)
        // A US county is not the state it shares a name with: "County" does not designate it.
        #expect(!places("Deputies searched Ohio County on Sunday.").contains { $0.text == "Ohio County" })
    }

    @Test func historicalRegionsAreRegionsNotTheirNamesakeStates() throws {
        // Moldavia is the Romanian region (the state is Moldova); Transylvania has no
        // administration of its own either.
        let moldavia = try only("Heavy rain in Moldavia swelled the rivers.")
        #expect(moldavia.kind == .region && moldavia.countryCode == "RO")
        #expect(try only("Roads into Transylvania were closed.").countryCode == "RO")
    }

    @Test func aBareNameIsTheCityNotTheRegion() throws {
        let donetsk = try only("Queues for water grew in Donetsk on Tuesday.")
        #expect(donetsk.kind == .city && donetsk.countryCode == "UA")
        let city = try only("The city of Donetsk had no water.")
        #expect(city.kind == .city)
    }

    @Test func aStateIsNotItsCapitalsAlternateName() throws {
        let oklahoma = try only("Storms moved across Oklahoma overnight.")
        #expect(oklahoma.kind == .region && oklahoma.name == "Oklahoma")
        #expect(try only("Rents rose again in New York.").kind == .city)
    }

    @Test func aListAfterRegionsOfIsAListOfRegions() {
        let found = places("The decree covers the regions of Kherson, Zaporizhzhia, Donetsk and Lugansk.")
        #expect(found.map(\.text) == ["Kherson", "Zaporizhzhia", "Donetsk", "Lugansk"])
        #expect(found.allSatisfy { $0.kind == .region && $0.countryCode == "UA" })
        let plural = places("Fighting spread across the Donetsk and Luhansk regions.")
        #expect(plural.count == 2 && plural.allSatisfy { $0.kind == .region })
    }

    // MARK: - homonyms

    @Test func qualifiersPickTheHomonym() {
        let found = places("He flew to Vancouver, British Columbia, and then to Portland, Maine.")
        #expect(found.map(\.countryCode) == ["CA", "CA", "US", "US"])
        #expect(found[2].name == "Portland" && found[3].name == "Maine")
        let ontario = places("She moved to London, Ontario, last year.")
        #expect(ontario.first?.countryCode == "CA")
    }

    @Test func parisIsFrenchUnlessTexasSaysOtherwise() throws {
        #expect(try only("The festival in Paris drew large crowds.").countryCode == "FR")
        let texan = places("She grew up in Paris, Texas, near the Red River.")
        #expect(texan.first?.text == "Paris" && texan.first?.countryCode == "US")
        #expect(texan.count == 2 && texan[1].kind == .region)
        let context = places("Storms hit Dallas and Houston, and later the small town of Paris lost power.")
        #expect(context.last?.text == "Paris" && context.last?.countryCode == "US")
    }

    @Test func georgiaTheCountryOrTheState() throws {
        #expect(try only("Protesters marched through the capital of Georgia.").countryCode == "GE")
        let caucasus = places("Officials in Tbilisi said Georgia would not join the talks.")
        #expect(caucasus.last?.countryCode == "GE" && caucasus.last?.kind == .country)
        let state = places("Voters in Atlanta and Savannah lined up early as Georgia counted its ballots.")
        #expect(state.last?.text == "Georgia" && state.last?.kind == .region && state.last?.countryCode == "US")
    }

    @Test func demonymsAreNotPlacesButCountAsContext() throws {
        #expect(places("Ukrainian and Russian officials met for an hour.").isEmpty)
        #expect(try only("Lebanese soldiers patrolled Tripoli on Sunday.").countryCode == "LB")
        #expect(try only("Soldiers patrolled Tripoli on Sunday.").countryCode == "LY")
    }

    // MARK: - not places

    @Test func surnamesAfterTitlesOrGivenNamesAreNotPlaces() throws {
        #expect(places("President Jackson signed the order.").isEmpty)
        #expect(places("Mr. Allen declined to comment.").isEmpty)
        #expect(places("Michael Jordan watched from the stands.").isEmpty)
        #expect(places("The general briefed George W. Bush in the morning.").isEmpty)
        // One sense per document: once a person, always a person.
        #expect(places("Dave Allen told the story again. Allen laughed.").isEmpty)
        #expect(places("Ben Carson spoke in the morning.").isEmpty)
        // A country named like a person: a given name before a surname, or after a title.
        #expect(places("Jordan Henderson scored twice.").isEmpty)
        #expect(places("Ms. Georgia Fields won the prize.").isEmpty)
        #expect(try only("Troops crossed into Jordan at dawn.").countryCode == "JO")
    }

    @Test func companiesNewspapersAndShipsAreNotPlaces() {
        #expect(places("Shares of Texas Instruments rose on Friday.").isEmpty)
        #expect(places("He told the Moscow Times that the plan had failed.").isEmpty)
        #expect(places("The cruiser Moskva sank in the spring.").isEmpty)
        #expect(places("USS Georgia returned to port.").isEmpty)
        #expect(places("The shuttle Columbia landed safely.").isEmpty)
    }

    @Test func stopListedWordsAreNotPlaces() throws {
        #expect(places("Hamas released a statement.").isEmpty)
        #expect(places("The Police said the road was closed.").isEmpty)
        #expect(places("In March the deal was signed.").isEmpty)
        // A weak stop word is a place with support.
        #expect(try only("They moved to Nice in 2019.").countryCode == "FR")
        #expect(places("Nice work, everyone.").isEmpty)
    }

    @Test func ordinaryWordsAtASentenceStartAreNotPlaces() {
        #expect(places("Most residents stayed home.").isEmpty)
        #expect(places("Mobilization was announced on Friday.").isEmpty)
    }

    @Test func placesInsideLongerNamesAreSkipped() {
        #expect(places("The report was written by Lin-Manuel Miranda and Jo Sutton.").isEmpty)
        #expect(places("Roger van Boxtel spoke first.").isEmpty)
    }

    /// Title-case lines (headlines, "Source:" headers) capitalise every word, so a name inside
    /// a capitalised run there is a place only when the rest of the document backs it.
    @Test func namesInsideTitleCaseRunsNeedTheDocumentsSupport() {
        // "Ahal" is a Turkmen province; nothing else in the text is in Turkmenistan.
        let header = "Source: Ahal Wire Service\n\nHeavy rain closed the roads around Novi Sad and Belgrade on Monday."
        #expect(places(header).map(\.name) == ["Novi Sad", "Belgrade"])
        // The same kind of line about a place the story is about keeps it.
        let headline = "Flood Waters Reach Tulcea Harbour Overnight\n\nThe river rose in Tulcea, Romania, on Sunday."
        #expect(places(headline).map(\.text) == ["Tulcea", "Tulcea", "Romania"])
        // A country keeps its name in a headline either way.
        #expect(places("Serbia Declares Emergency Along The River").map(\.countryCode) == ["RS"])
    }

    @Test func theAndATownsNameIsSomethingNamedAfterIt() {
        // Rivers, cars, teams: "the" + a town's name + punctuation.
        #expect(places("Both the Traun, which drains the lakes, and the Inn were high.").isEmpty)
        #expect(places("Few buyers in Spain chose the Arona.").map(\.text) == ["Spain"])
        // Not a qualified town, nor a town used as a modifier.
        #expect(places("The Pittsburgh, Pennsylvania-based company grew.").map(\.text) == ["Pittsburgh", "Pennsylvania"])
        #expect(places("Crews from the Vienna fire brigade pumped out basements.").map(\.text) == ["Vienna"])
    }

    @Test func emptyGazetteerFindsNothing() {
        #expect(PlaceResolver(gazetteer: Gazetteer()).places(in: "Kyiv and Paris").isEmpty)
    }
}
