/// The rolled-up place tree as text for scripts: an indented list, JSON Lines, CSV and GeoJSON.
public enum PlacesExport {
    /// Every node with its depth, depth-first in tree order (most-mentioned first).
    public static func flatten(_ roots: [PlaceNode]) -> [(depth: Int, node: PlaceNode, parent: String?)] {
        var out: [(Int, PlaceNode, String?)] = []
        func walk(_ node: PlaceNode, _ depth: Int, _ parent: String?) {
            out.append((depth, node, parent))
            for child in node.children { walk(child, depth + 1, node.name) }
        }
        for root in roots { walk(root, 0, nil) }
        return out
    }

    /// "Serbia (country, RS)  37 mentions in 9 documents", children indented.
    public static func text(_ roots: [PlaceNode]) -> String {
        flatten(roots).map { depth, node, _ in
            let code = node.countryCode.isEmpty ? "" : ", \(node.countryCode)"
            return String(repeating: "  ", count: depth)
                + "\(node.name) (\(node.kind.rawValue)\(code))  \(node.count) mention\(node.count == 1 ? "" : "s") in \(node.documents.count) document\(node.documents.count == 1 ? "" : "s")\n"
        }.joined()
    }

    private static func object(_ node: PlaceNode, depth: Int, parent: String?) -> JSONObjectWriter {
        var o = JSONObjectWriter()
        o.add(key: "name", string: node.name)
        o.add(key: "kind", string: node.kind.rawValue)
        o.add(key: "country", string: node.countryCode.isEmpty ? nil : node.countryCode)
        o.add(key: "parent", string: parent)
        o.add(key: "depth", int: depth)
        o.add(key: "count", int: node.count)
        o.add(key: "lat", double: node.latitude)
        o.add(key: "lon", double: node.longitude)
        o.add(key: "documents", strings: node.documents)
        return o
    }

    public static func jsonLines(_ roots: [PlaceNode]) -> String {
        flatten(roots).map { object($0.node, depth: $0.depth, parent: $0.parent).json + "\n" }.joined()
    }

    public static func csv(_ roots: [PlaceNode]) -> String {
        var out = "name,kind,country,parent,count,documents,lat,lon\r\n"
        for (_, node, parent) in flatten(roots) {
            out += [node.name, node.kind.rawValue, node.countryCode, parent ?? "", String(node.count),
                    String(node.documents.count), String(node.latitude), String(node.longitude)]
                .map(TimelineExport.csvField).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// A FeatureCollection of points (RFC 7946: [longitude, latitude]), one per place, with its
    /// kind, country, parent and counts as properties: opens in any map viewer.
    public static func geoJSON(_ roots: [PlaceNode]) -> String {
        var features = JSONArrayWriter()
        for (depth, node, parent) in flatten(roots) {
            var geometry = JSONObjectWriter()
            geometry.add(key: "type", string: "Point")
            geometry.add(key: "coordinates", raw: "[\(node.longitude),\(node.latitude)]")
            var feature = JSONObjectWriter()
            feature.add(key: "type", string: "Feature")
            feature.add(key: "geometry", object: geometry)
            feature.add(key: "properties", object: object(node, depth: depth, parent: parent))
            features.append(object: feature)
        }
        var collection = JSONObjectWriter()
        collection.add(key: "type", string: "FeatureCollection")
        collection.add(key: "features", array: features)
        return collection.json + "\n"
    }
}
