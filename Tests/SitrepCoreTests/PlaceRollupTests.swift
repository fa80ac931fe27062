import Foundation
import Testing
@testable import SitrepCore

/// The corpus-level place tree and the contract's JSON for places.
struct PlaceRollupTests {
    let resolver = PlaceResolver()

    func mentions(_ docs: [(String, String)]) -> [(documentID: String, mention: PlaceMention)] {
        docs.flatMap { id, text in resolver.places(in: text).map { (documentID: id, mention: $0) } }
    }

    @Test func townsCountForTheirRegionAndCountry() throws {
        let tree = PlaceRollup.rollUp(mentions([
            ("a", "Trains from Kyiv reached Kharkiv late."),
            ("b", "Kyiv asked Ukraine's partners for help, and Paris answered."),
        ]))
        let ukraine = try #require(tree.first)
        #expect(ukraine.name == "Ukraine" && ukraine.kind == .country)
        #expect(ukraine.count == 4)   // Kyiv twice, Kharkiv, Ukraine
        #expect(ukraine.documents == ["a", "b"])
        let kyivRegion = try #require(ukraine.children.first)
        #expect(kyivRegion.kind == .region && kyivRegion.count == 2)
        #expect(kyivRegion.children.map(\.name) == ["Kyiv"])
        #expect(kyivRegion.children.first?.documents == ["a", "b"])
        #expect(ukraine.children.count == 2)
        #expect(ukraine.children[1].children.map(\.name) == ["Kharkiv"])

        let france = try #require(tree.first { $0.countryCode == "FR" })
        #expect(france.count == 1 && france.documents == ["b"])
        #expect(france.children.first?.children.first?.name == "Paris")
    }

    @Test func placesInSeveralCountriesAreRoots() throws {
        let tree = PlaceRollup.rollUp(mentions([("a", "Storms crossed the Atlantic towards Europe.")]))
        #expect(tree.map(\.name).sorted() == ["Atlantic", "Europe"])
        #expect(tree.allSatisfy { $0.children.isEmpty && $0.count == 1 })
    }

    @Test func regionMentionsCountForTheCountry() throws {
        let tree = PlaceRollup.rollUp(mentions([("a", "Shelling hit the Kherson region and Ukraine protested.")]))
        let ukraine = try #require(tree.first)
        #expect(ukraine.count == 2)
        #expect(ukraine.children.first?.name == "Kherson Oblast")
        #expect(ukraine.children.first?.children.isEmpty == true)
    }

    @Test func jsonHasTheContractKeys() throws {
        let found = resolver.places(in: "From Kyiv to Europe.")
        let json = PlacesJSON.places(found).json
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(array.count == 2)
        let kyiv = array[0]
        #expect(Set(kyiv.keys) == ["start", "end", "text", "name", "kind", "country", "lat", "lon"])
        #expect(kyiv["start"] as? Int == 5 && kyiv["end"] as? Int == 9)
        #expect(kyiv["country"] as? String == "UA" && kyiv["kind"] as? String == "city")
        #expect(array[1]["country"] is NSNull)
        #expect(array[1]["kind"] as? String == "other")
    }
}
