import Foundation

/// The version of each model stage's output, which the store keeps beside every stored result.
///
/// **Bump a stage's number whenever a change makes it give different output for the same
/// document**; the next open of every store re-extracts that stage, and what depends on it,
/// and nothing else:
///
/// - `ingest` (reading files into `Document`s): files are read again; a document whose text,
///   title and date come out the same keeps its extraction.
/// - `text` (sentences, tokens, name runs): everything that reads them (quotes, places, events).
/// - `time`, `quotes` (quotes and people), `places` (also keyed by the gazetteer files' sizes):
///   that stage, and events.
/// - `events`: events only. Events read the timexes, quotes, people and places of their
///   document, so a change to any of those re-runs them too.
///
/// Debug builds also key every stage by the running executable (its size and modification
/// time), so that model work in progress never reads results of an older build.
public struct StageVersions: Sendable, Hashable {
    public var ingest: Int
    public var text: Int
    public var time: Int
    public var quotes: Int
    public var places: Int
    public var events: Int

    public init(ingest: Int, text: Int, time: Int, quotes: Int, places: Int, events: Int) {
        self.ingest = ingest; self.text = text; self.time = time
        self.quotes = quotes; self.places = places; self.events = events
    }

    /// The versions of the stages in this build.
    public static let current = StageVersions(ingest: 1, text: 1, time: 1, quotes: 1, places: 1, events: 1)

    /// The stored key of each stage: its version and the versions of what it reads.
    struct Keys: Sendable, Hashable {
        var ingest: Int64
        var time: Int64
        var quotes: Int64
        var places: Int64
        var events: Int64
    }

    /// `build` distinguishes builds (see `buildIdentity`); `gazetteer`, the place data.
    func keys(build: String = StageVersions.buildIdentity, gazetteer: String = StageVersions.gazetteerIdentity) -> Keys {
        func key(_ parts: [String]) -> Int64 { StableHash.of(([build] + parts).joined(separator: "|")) }
        let time = "time \(self.time)"
        let text = "text \(self.text)"
        let quotes = "quotes \(self.quotes)"
        let places = "places \(self.places) \(gazetteer)"
        return Keys(ingest: key(["ingest \(ingest)"]), time: key([time]), quotes: key([text, quotes]),
                    places: key([text, places]), events: key([text, time, quotes, places, "events \(events)"]))
    }

    /// Empty in release builds; the executable's size and modification time in debug builds.
    static let buildIdentity: String = {
        #if DEBUG
        guard let path = Bundle.main.executablePath,
              let info = try? FileManager.default.attributesOfItem(atPath: path) else { return "debug" }
        let size = (info[.size] as? NSNumber)?.int64Value ?? 0
        let modified = (info[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "debug \(size) \(modified)"
        #else
        return ""
        #endif
    }()

    /// The bundled gazetteer's files and their sizes: new place data re-runs the places stage.
    static let gazetteerIdentity: String = {
        guard let folder = Gazetteer.resourceDirectory,
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return "none" }
        return names.sorted().map { name -> String in
            let info = try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)
            return "\(name):\((info?[.size] as? NSNumber)?.int64Value ?? -1)"
        }.joined(separator: ",")
    }()
}
