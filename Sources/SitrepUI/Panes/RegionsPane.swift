import SitrepCore

/// A place chosen in the Regions pane: the Timeline and Quotes panes show only what concerns it.
public struct PlaceFilter: Sendable, Hashable {
    public var placeID: Int
    public var name: String
    /// The place and every place inside it (gazetteer ids).
    public var placeIDs: Set<Int>
    /// The documents that mention it or a place inside it.
    public var documents: Set<String>

    init(node: PlaceNode) {
        placeID = node.placeID
        name = node.name
        var ids: Set<Int> = []
        func collect(_ node: PlaceNode) {
            ids.insert(node.placeID)
            node.children.forEach(collect)
        }
        collect(node)
        placeIDs = ids
        documents = Set(node.documents)
    }
}

/// The Regions pane: the places the corpus names, rolled up country -> region -> city
/// (`PlaceRollup`), most mentioned first, each with its count and a bar. A place with places
/// inside starts collapsed ("▸"); Space, Right/Left or `+`/`-` open and close it. Enter sets
/// the place filter. When the pane has room, a map of the selected place's country, or of
/// every place listed (`RegionMap`), takes its right or lower part.
enum RegionsPane {
    static func content(for model: CorpusModel, expanded: Set<Int>, filter: PlaceFilter?) -> PaneContent {
        var content = PaneContent(emptyText: model.documents.isEmpty ? "No documents loaded."
                                  : "No places named in " + Formatting.count(model.documents.count, "document") + ".")
        let most = Double(model.places.map(\.count).max() ?? 1)
        func add(_ node: PlaceNode, depth: Int) {
            let open = expanded.contains(node.placeID)
            let marker = node.children.isEmpty ? " " : open ? "\u{25BE}" : "\u{25B8}"
            let chosen = filter?.placeID == node.placeID
            content.appendItem(PaneRow(kind: .item, text: marker + " " + node.name,
                                       textRole: chosen ? .accent : nil,
                                       secondary: kindLabel(node.kind),
                                       trailing: Formatting.grouped(node.count), trailingIsEssential: true,
                                       bar: Double(node.count) / most, indent: 3 + 2 * depth),
                               target: .place(node.placeID))
            if open { for child in node.children { add(child, depth: depth + 1) } }
        }
        for node in model.places { add(node, depth: 0) }
        return content
    }

    static func kindLabel(_ kind: PlaceKind) -> String {
        switch kind {
        case .country: return "country"
        case .region: return "region"
        case .city: return "city"
        case .other: return ""
        }
    }

    /// The node with `placeID` anywhere in the tree.
    static func node(_ placeID: Int, in nodes: [PlaceNode]) -> PlaceNode? {
        for node in nodes {
            if node.placeID == placeID { return node }
            if let found = self.node(placeID, in: node.children) { return found }
        }
        return nil
    }
}
