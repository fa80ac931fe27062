import SitrepCore

/// The Timeline pane. Until the events stage exists it lists the documents themselves under
/// day headers ("Tue 14 Apr 2026"), oldest day first, then "Undated".
enum TimelinePane {
    static func content(for documents: [Document]) -> PaneContent {
        var content = PaneContent(emptyText: "No documents loaded.")
        var byDay: [DayDate: [Int]] = [:]
        var undated: [Int] = []
        for (index, document) in documents.enumerated() {
            if let date = document.date {
                byDay[date, default: []].append(index)
            } else {
                undated.append(index)
            }
        }
        var groups = byDay.keys.sorted().map { (Formatting.dayHeader($0), byDay[$0] ?? []) }
        if !undated.isEmpty { groups.append(("Undated", undated)) }
        for (header, indices) in groups {
            content.appendHeader(header, trailing: Formatting.count(indices.count, "doc"))
            for index in indices {
                content.appendItem(PaneRow(kind: .item, text: documents[index].displayTitle,
                                           indent: 2), document: index)
            }
        }
        return content
    }
}
