/// One line of `sitrep extract` (the extraction contract in DESIGN.md) for a document.
///
/// Keys in this order: `"id"`, `"title"`, `"date"` (`YYYY-MM-DD` or null), `"dateSource"`,
/// then `"text"` when asked for. Later stages append theirs (`"quotes"`, `"timexes"`,
/// `"places"`, `"people"`, `"events"`) to `object(for:)`; a stage not built leaves its key out.
public enum ExtractJSON {
    /// The document's keys, ready for later stages to add theirs.
    public static func object(for document: Document, includeText: Bool = false) -> JSONObjectWriter {
        var object = JSONObjectWriter()
        object.add(key: "id", string: document.id)
        object.add(key: "title", string: document.title)
        object.add(key: "date", string: document.date?.iso)
        object.add(key: "dateSource", string: document.dateSource.rawValue)
        if includeText { object.add(key: "text", string: document.text) }
        return object
    }

    /// One JSON object, without a newline.
    public static func line(for document: Document, includeText: Bool = false) -> String {
        object(for: document, includeText: includeText).json
    }
}
