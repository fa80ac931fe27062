/// The store's binary encoding of the model's values, one blob per stage output.
///
/// Foundation's JSON coders are an order of magnitude slower on Linux and the store must
/// decode a whole corpus in well under a second, so the format is hand-written: see
/// `ByteWriter` for the primitives. Any change to what is written here must bump
/// `StoreSchema.version`, which makes every store rebuild itself.
enum ExtractionCodec {
    // MARK: Document (everything but the text, which has its own column)

    static func encodeDocumentInfo(_ d: Document) -> [UInt8] {
        var w = ByteWriter(capacity: 64 + d.title.utf8.count)
        w.string(d.id)
        w.string(d.title)
        w.int(d.date.map { $0.year * 10_000 + $0.month * 100 + $0.day } ?? 0)
        w.string(d.dateSource.rawValue)
        // A file's document has its path as id: one string for both.
        w.byte(d.path == nil ? 0 : d.path == d.id ? 2 : 1)
        if let path = d.path, path != d.id { w.string(path) }
        w.optionalString(d.url)
        w.optionalString(d.source)
        return w.bytes
    }

    static func decodeDocument(info: UnsafeRawBufferPointer, text: String) throws -> Document {
        var r = ByteReader(info)
        let id = try r.string()
        let title = try r.string()
        let packed = try r.int()
        let date = packed == 0 ? nil : DayDate(year: packed / 10_000, month: packed / 100 % 100, day: packed % 100)
        guard packed == 0 || date != nil else { throw StoreDecodingError() }
        guard let dateSource = DateSource(rawValue: try r.string()) else { throw StoreDecodingError() }
        let path: String?
        switch try r.byte() {
        case 0: path = nil
        case 1: path = try r.string()
        case 2: path = id
        default: throw StoreDecodingError()
        }
        let document = Document(id: id, title: title, text: text, date: date, dateSource: dateSource,
                                path: path, url: try r.optionalString(), source: try r.optionalString())
        try r.finish()
        return document
    }

    // MARK: Problems met reading a file

    static func encode(_ problems: [IngestProblem]) -> [UInt8] {
        var w = ByteWriter()
        w.array(problems) { w, p in
            w.string(p.path)
            w.string(p.reason)
            w.bool(p.recovered)
        }
        return w.bytes
    }

    static func decodeProblems(_ bytes: UnsafeRawBufferPointer) throws -> [IngestProblem] {
        var r = ByteReader(bytes)
        let problems = try r.array(minimumBytes: 3) { r in
            IngestProblem(path: try r.string(), reason: try r.string(), recovered: try r.bool())
        }
        try r.finish()
        return problems
    }

    // MARK: Time

    static func encode(_ timexes: [Timex]) -> [UInt8] {
        var w = ByteWriter(capacity: 16 + timexes.count * 32)
        w.array(timexes) { w, t in
            w.span(TextSpan(start: t.start, end: t.end))
            w.string(t.text)
            w.byte(t.type.code)
            w.shared(t.value)
        }
        return w.bytes
    }

    static func decodeTimexes(_ bytes: UnsafeRawBufferPointer) throws -> [Timex] {
        var r = ByteReader(bytes)
        let timexes = try r.array(minimumBytes: 5) { r in
            let span = try r.span()
            let text = try r.string()
            let type = try TimexType(code: r.byte())
            return Timex(start: span.start, end: span.end, text: text, type: type, value: try r.sharedString())
        }
        try r.finish()
        return timexes
    }

    // MARK: Quotes and people

    /// People first, so that a quote's speaker is the same `String` as its person's name.
    static func encode(quotes: [Quote], people: [Person]) -> [UInt8] {
        var w = ByteWriter(capacity: 64 + quotes.count * 160 + people.count * 64)
        w.array(people) { w, p in
            w.shared(p.name)
            w.array(p.aliases) { w, a in w.shared(a) }
            w.shared(p.role)
            w.array(p.mentionSpans) { w, s in w.span(s) }
            w.int(p.quoteCount)
            w.bool(p.isDescription)
        }
        w.array(quotes) { w, q in
            w.span(q.span)
            w.string(q.text)
            w.shared(q.speaker)
            w.shared(q.mention)
            w.optionalSpan(q.mentionSpan)
            w.optionalInt(q.personIndex)
            w.int(q.attributionTier)
        }
        return w.bytes
    }

    static func decodeQuotesAndPeople(_ bytes: UnsafeRawBufferPointer) throws -> (quotes: [Quote], people: [Person]) {
        var r = ByteReader(bytes)
        let people = try r.array(minimumBytes: 6) { r in
            Person(name: try r.sharedString(), aliases: try r.array { r in try r.sharedString() }, role: try r.shared(),
                   mentionSpans: try r.array(minimumBytes: 2) { r in try r.span() }, quoteCount: try r.int(),
                   isDescription: try r.bool())
        }
        let quotes = try r.array(minimumBytes: 8) { r in
            var q = Quote(span: try r.span(), text: try r.string(), speaker: try r.shared(),
                          mention: try r.shared(), mentionSpan: try r.optionalSpan(), personIndex: try r.optionalInt())
            q.attributionTier = try r.int()
            return q
        }
        try r.finish()
        return (quotes, people)
    }

    // MARK: Places

    static func encode(_ places: [PlaceMention]) -> [UInt8] {
        var w = ByteWriter(capacity: 16 + places.count * 48)
        w.array(places) { w, p in
            w.span(p.span)
            w.shared(p.text)
            w.shared(p.name)
            w.byte(p.kind.code)
            w.shared(p.countryCode)
            w.double(p.latitude)
            w.double(p.longitude)
            w.int(p.placeID)
        }
        return w.bytes
    }

    static func decodePlaces(_ bytes: UnsafeRawBufferPointer) throws -> [PlaceMention] {
        var r = ByteReader(bytes)
        let places = try r.array(minimumBytes: 22) { r in
            PlaceMention(span: try r.span(), text: try r.sharedString(), name: try r.sharedString(), kind: try PlaceKind(code: r.byte()),
                         countryCode: try r.sharedString(), latitude: try r.double(), longitude: try r.double(),
                         placeID: try r.int())
        }
        try r.finish()
        return places
    }

    // MARK: Events

    /// Events carry their document's id; it is written only where it differs from `documentID`.
    static func encode(_ events: [Event], documentID: String) -> [UInt8] {
        var w = ByteWriter(capacity: 16 + events.count * 140)
        w.array(events) { w, e in
            w.int(e.date.year)
            w.int(e.date.month ?? 0)
            w.int(e.date.day ?? 0)
            w.span(e.span)
            w.span(e.timexSpan)
            w.shared(e.actor)
            w.string(e.summary)
            w.optionalString(e.documentID == documentID ? nil : e.documentID)
        }
        return w.bytes
    }

    static func decodeEvents(_ bytes: UnsafeRawBufferPointer, documentID: String) throws -> [Event] {
        var r = ByteReader(bytes)
        let events = try r.array(minimumBytes: 10) { r in
            let year = try r.int(), month = try r.int(), day = try r.int()
            let date = EventDate(year: year, month: month == 0 ? nil : month, day: day == 0 ? nil : day)
            return Event(date: date, span: try r.span(), timexSpan: try r.span(), actor: try r.shared(),
                         summary: try r.string(), documentID: try r.optionalString() ?? documentID)
        }
        try r.finish()
        return events
    }
}

extension TimexType {
    fileprivate var code: UInt8 {
        switch self {
        case .date: 0
        case .time: 1
        case .duration: 2
        case .set: 3
        }
    }

    fileprivate init(code: UInt8) throws {
        switch code {
        case 0: self = .date
        case 1: self = .time
        case 2: self = .duration
        case 3: self = .set
        default: throw StoreDecodingError()
        }
    }
}

extension PlaceKind {
    fileprivate var code: UInt8 {
        switch self {
        case .country: 0
        case .region: 1
        case .city: 2
        case .other: 3
        }
    }

    fileprivate init(code: UInt8) throws {
        switch code {
        case 0: self = .country
        case 1: self = .region
        case 2: self = .city
        case 3: self = .other
        default: throw StoreDecodingError()
        }
    }
}
