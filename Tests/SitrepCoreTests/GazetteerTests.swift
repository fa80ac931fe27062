import Foundation
import Testing
@testable import SitrepCore

/// The bundled gazetteer: what it holds and how names are found in it.
struct GazetteerTests {
    let gazetteer = Gazetteer.shared

    @Test func loadsTheBundledData() {
        #expect(Gazetteer.loadError == nil)
        #expect(gazetteer.count > 30_000)
        #expect(gazetteer.places.filter { $0.kind == .country }.count > 240)
        #expect(gazetteer.places.filter { $0.kind == .region }.count > 3_800)
    }

    @Test func countriesHaveCodesCapitalsAndCentres() throws {
        let expected = ["FR": "France", "DE": "Germany", "JP": "Japan", "BR": "Brazil", "UA": "Ukraine",
                        "GB": "United Kingdom", "US": "United States", "NL": "Netherlands", "CI": "Ivory Coast"]
        for (code, name) in expected {
            let country = try #require(gazetteer.country(code))
            #expect(country.name == name)
            #expect(country.kind == .country)
        }
        #expect(gazetteer.capital(of: "UA")?.name == "Kyiv")
        #expect(gazetteer.capital(of: "FR")?.name == "Paris")
        let ukraine = try #require(gazetteer.country("UA"))
        #expect(abs(ukraine.latitude - 49) < 1 && abs(ukraine.longitude - 32) < 1)
    }

    @Test func everyNameFormOfACountryFindsIt() {
        for (name, code) in [("UK", "GB"), ("Britain", "GB"), ("Great Britain", "GB"), ("USA", "US"),
                             ("America", "US"), ("United States", "US"), ("Holland", "NL"),
                             ("the Netherlands", "NL"), ("Czechia", "CZ"), ("Czech Republic", "CZ"),
                             ("Côte d'Ivoire", "CI"), ("Burma", "MM"), ("Myanmar", "MM")] {
            #expect(gazetteer.places(named: name).contains { $0.kind == .country && $0.countryCode == code },
                    "\(name) should name \(code)")
        }
    }

    @Test func exonymsAndTransliterationsFindTheSameTown() {
        let pairs = [("Kiev", "Kyiv"), ("Lugansk", "Luhansk"), ("Zaporozhye", "Zaporizhzhia"),
                     ("Odessa", "Odesa"), ("Kharkov", "Kharkiv"), ("Nikolaev", "Mykolaiv")]
        for (old, new) in pairs {
            let a = gazetteer.places(named: old).filter { $0.kind == .city && $0.countryCode == "UA" }
            let b = gazetteer.places(named: new).filter { $0.kind == .city && $0.countryCode == "UA" }
            #expect(!a.isEmpty && a.first?.key == b.first?.key, "\(old) and \(new)")
            #expect(a.first?.name == new)
        }
    }

    @Test func regionsBelongToTheirCountry() {
        let regions = [("Texas", "US"), ("Bavaria", "DE"), ("Kherson Oblast", "UA"), ("Donetsk Oblast", "UA"),
                       ("Luhansk Oblast", "UA"), ("Ontario", "CA"), ("Gaza Strip", "PS"), ("Crimea", "UA"),
                       ("Scotland", "GB"), ("Kursk Oblast", "RU")]
        for (name, code) in regions {
            #expect(gazetteer.places(named: name).contains { $0.kind == .region && $0.countryCode == code },
                    "\(name) should be a region of \(code)")
        }
        // The oblast's short name and its old spelling find the oblast too.
        #expect(gazetteer.places(named: "Lugansk").contains { $0.key == "UA.14" })
        #expect(gazetteer.places(named: "Zaporizhzhia").contains { $0.key == "UA.26" })
    }

    @Test func townsKnowTheirRegion() throws {
        let mariupol = try #require(gazetteer.places(named: "Mariupol").first)
        #expect(gazetteer.region(of: mariupol)?.name == "Donetsk Oblast")
        let houston = try #require(gazetteer.places(named: "Houston").first { $0.countryCode == "US" })
        #expect(gazetteer.region(of: houston)?.name == "Texas")
    }

    @Test func foldingIgnoresCaseAndDiacritics() {
        #expect(NameFolding.fold("Zürich") == "zurich")
        #expect(NameFolding.fold("Łódź") == "lodz")
        #expect(NameFolding.fold("Côte d’Ivoire") == "cote d'ivoire")
        #expect(NameFolding.fold("  São   Paulo ") == "sao paulo")
        #expect(gazetteer.places(named: "ZURICH").first?.countryCode == "CH")
        #expect(gazetteer.places(named: "Sao Paulo").first?.countryCode == "BR")
    }

    @Test func stopListedWordsAreListed() {
        for word in ["Hamas", "Of", "Man", "Police", "Best", "Deal", "March", "Reading", "Bath", "Nice",
                     "Orange", "Split", "Mobile"] {
            #expect(gazetteer.isStopWord(word), "\(word)")
        }
        #expect(!gazetteer.isStopWord("Kyiv"))
    }

    @Test func demonymsPointToTheirCountry() {
        #expect(gazetteer.demonymPlace("Ukrainian")?.countryCode == "UA")
        #expect(gazetteer.demonymPlace("French")?.countryCode == "FR")
        #expect(gazetteer.demonymPlace("Texan")?.name == "Texas")
        #expect(gazetteer.demonymPlace("Kyiv") == nil)
    }

    @Test func handMadePlacesHaveNoCountryWhenTheySpanSeveral() throws {
        let europe = try #require(gazetteer.places(named: "Europe").first)
        #expect(europe.kind == .other && europe.countryCode.isEmpty)
        let donbas = try #require(gazetteer.places(named: "Donbass").first)
        #expect(donbas.kind == .region && donbas.countryCode == "UA")
    }

    @Test func worldMapHasCountryOutlines() throws {
        let map = WorldMap.shared
        #expect(map.countries.count > 170)
        let france = try #require(map.country("FR"))
        #expect(france.rings.count >= 1)
        let points = france.rings.flatMap { $0 }
        #expect(points.allSatisfy { (-180...180).contains($0.longitude) && (-90...90).contains($0.latitude) })
        #expect(points.contains { abs($0.latitude - 48) < 3 && abs($0.longitude - 2) < 6 })
    }

    @Test func loadingFromAMissingFolderFailsWithTheFileName() throws {
        let missing = URL(fileURLWithPath: "/nonexistent-sitrep-gazetteer")
        #expect(throws: (any Error).self) { try Gazetteer(directory: missing) }
        do {
            _ = try Gazetteer(directory: missing)
        } catch {
            #expect("\(error)".contains("places.tsv"))
        }
    }
}
