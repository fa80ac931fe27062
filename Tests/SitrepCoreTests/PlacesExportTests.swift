import Foundation
import Testing
@testable import SitrepCore

/// The script-facing place formats, from a hand-made tree.
struct PlacesExportTests {
    private let tree = [
        PlaceNode(placeID: 1, name: "Serbia", kind: .country, countryCode: "RS", latitude: 44.0, longitude: 21.0,
                  count: 3, documents: ["a.txt", "b.txt"], children: [
                    PlaceNode(placeID: 2, name: "Novi Sad", kind: .city, countryCode: "RS", latitude: 45.25, longitude: 19.84,
                              count: 2, documents: ["a.txt"], children: []),
                  ]),
    ]

    @Test func textIndentsChildren() {
        #expect(PlacesExport.text(tree) == "Serbia (country, RS)  3 mentions in 2 documents\n  Novi Sad (city, RS)  2 mentions in 1 document\n")
    }

    @Test func geoJSONIsAFeatureCollectionOfLonLatPoints() throws {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(PlacesExport.geoJSON(tree).utf8)) as? [String: Any])
        #expect(json["type"] as? String == "FeatureCollection")
        let features = try #require(json["features"] as? [[String: Any]])
        #expect(features.count == 2)
        let geometry = try #require(features[1]["geometry"] as? [String: Any])
        #expect(geometry["coordinates"] as? [Double] == [19.84, 45.25])
        let properties = try #require(features[1]["properties"] as? [String: Any])
        #expect(properties["parent"] as? String == "Serbia")
        #expect(properties["count"] as? Int == 2)
    }

    @Test func csvHasOneRowPerPlace() {
        let lines = PlacesExport.csv(tree).components(separatedBy: "\r\n")
        #expect(lines[0] == "name,kind,country,parent,count,documents,lat,lon")
        #expect(lines[2] == "Novi Sad,city,RS,Serbia,2,1,45.25,19.84")
    }
}
