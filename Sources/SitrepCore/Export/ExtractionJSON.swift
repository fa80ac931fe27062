/// The extraction contract line for a document: the document's keys (`ExtractJSON.object(for:)`),
/// then "quotes", "timexes", "places", "people" and "events", in the order of DESIGN.md.
public enum ExtractionJSON {
    public static func line(for extraction: DocumentExtraction, includeText: Bool = false) -> String {
        var object = ExtractJSON.object(for: extraction.document, includeText: includeText)
        object.add(key: "quotes", array: QuotesJSON.quotes(extraction.quotes))
        object.add(key: "timexes", array: timexes(extraction.timexes))
        object.add(key: "places", array: PlacesJSON.places(extraction.places))
        object.add(key: "people", array: QuotesJSON.people(extraction.people))
        object.add(key: "events", array: events(extraction.events))
        return object.json
    }

    static func timexes(_ timexes: [Timex]) -> JSONArrayWriter {
        var array = JSONArrayWriter()
        for t in timexes {
            var o = JSONObjectWriter()
            o.add(key: "start", int: t.start)
            o.add(key: "end", int: t.end)
            o.add(key: "text", string: t.text)
            o.add(key: "type", string: t.type.rawValue)
            o.add(key: "value", string: t.value)
            array.append(object: o)
        }
        return array
    }

    static func events(_ events: [Event]) -> JSONArrayWriter {
        var array = JSONArrayWriter()
        for e in events {
            var o = JSONObjectWriter()
            o.add(key: "date", string: e.date.description)
            o.add(key: "precision", string: e.precision.rawValue)
            o.add(key: "start", int: e.span.start)
            o.add(key: "end", int: e.span.end)
            o.add(key: "summary", string: e.summary)
            o.add(key: "actor", string: e.actor)
            array.append(object: o)
        }
        return array
    }
}
