import Foundation
@testable import SitrepCore

/// `../shared` beside the package (the seed article and the dev sets), for the acceptance tests
/// and dev harnesses, which skip themselves when it is absent.
enum SharedData {
    /// `<package root>/../shared`, found from this file's path.
    static let folder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")

    static func file(_ relativePath: String) -> URL { folder.appendingPathComponent(relativePath) }

    /// A dev set's documents: each JSON line's "id", "text" and "date" (lines without an id or
    /// text are passed over).
    static func documents(_ file: URL) throws -> [(id: String, text: String, date: DayDate?)] {
        let data = try Data(contentsOf: file)
        var docs: [(id: String, text: String, date: DayDate?)] = []
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            guard let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let id = obj["id"] as? String, let text = obj["text"] as? String else { continue }
            docs.append((id, text, (obj["date"] as? String).flatMap { DayDate(iso: $0) }))
        }
        return docs
    }
}
