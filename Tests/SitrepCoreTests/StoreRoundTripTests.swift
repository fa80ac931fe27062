import Foundation
import Testing
@testable import SitrepCore

/// What goes into the store comes out equal: the codec value by value, and a whole corpus
/// through the loader.
struct StoreRoundTripTests {
    /// A hand-made extraction that uses every field, optional and not.
    static let sample: DocumentExtraction = {
        let document = Document(id: "notes/ünïcode 1.txt", title: "Über die Brücke — 🌉", text: "Ein Text.\nZweite Zeile „Zitat“.",
                                date: DayDate(iso: "2024-02-29"), dateSource: .filename, path: "notes/ünïcode 1.txt",
                                url: "https://example.org/a?b=c", source: nil)
        var quote = Quote(span: TextSpan(start: 24, end: 29), text: "Zitat", speaker: "Dr. Jürgen Maaß-Öztürk", mention: "er",
                          mentionSpan: TextSpan(start: 3, end: 5), personIndex: 0)
        quote.attributionTier = 7
        let unattributed = Quote(span: TextSpan(start: 0, end: 3), text: "Ein")
        let person = Person(name: "Dr. Jürgen Maaß-Öztürk", aliases: ["Maaß-Öztürk", "Jürgen"], role: "Bürgermeister",
                            mentionSpans: [TextSpan(start: 1, end: 2), TextSpan(start: 8, end: 9)], quoteCount: 1)
        let described = Person(name: "head of the river authority", isDescription: true)
        let place = PlaceMention(span: TextSpan(start: 4, end: 8), text: "Text", name: "Texas City", kind: .city,
                                 countryCode: "US", latitude: 29.38385, longitude: -94.9027, placeID: 31_337)
        let region = PlaceMention(span: TextSpan(start: 10, end: 16), text: "Zweite", name: "Europe", kind: .other,
                                  countryCode: "", latitude: -0.0, longitude: 1e-300, placeID: 0)
        let events = [
            Event(date: EventDate(year: 2024, month: 2, day: 29), span: TextSpan(start: 0, end: 9),
                  timexSpan: TextSpan(start: 0, end: 3), actor: "Dr. Jürgen Maaß-Öztürk", summary: "Ein Text.", documentID: document.id),
            Event(date: EventDate(year: 2023), span: TextSpan(start: 10, end: 31), timexSpan: TextSpan(start: 10, end: 16),
                  actor: nil, summary: "Zweite Zeile", documentID: "another document"),
        ]
        let timexes = [Timex(start: 0, end: 3, text: "Ein", type: .duration, value: "P1D"),
                       Timex(start: 4, end: 8, text: "Text", type: .set, value: "P1W"),
                       Timex(start: 10, end: 16, text: "Zweite", type: .time, value: "2024-02-29T10:00")]
        return DocumentExtraction(document: document, timexes: timexes, events: events, quotes: [quote, unattributed],
                                  people: [person, described], places: [place, region])
    }()

    @Test func theCodecGivesBackEveryField() throws {
        let e = Self.sample
        let encoded = EncodedDocument(e, ordinal: 3, hash: e.document.contentHash)
        let info = encoded.info, text = Array(e.document.text.utf8)
        let document = try info.withUnsafeBytes { info in
            try text.withUnsafeBytes { try ExtractionCodec.decodeDocument(info: info, text: String(decoding: $0, as: UTF8.self)) }
        }
        #expect(document == e.document)
        #expect(try encoded.time.withUnsafeBytes(ExtractionCodec.decodeTimexes) == e.timexes)
        let quotes = try encoded.quotes.withUnsafeBytes(ExtractionCodec.decodeQuotesAndPeople)
        #expect(quotes.quotes == e.quotes)
        #expect(quotes.people == e.people)
        #expect(try encoded.places.withUnsafeBytes(ExtractionCodec.decodePlaces) == e.places)
        #expect(try encoded.events.withUnsafeBytes { try ExtractionCodec.decodeEvents($0, documentID: e.document.id) } == e.events)
    }

    @Test func damagedBytesThrowAndNeverTrap() throws {
        let e = Self.sample
        let cases: [([UInt8], (UnsafeRawBufferPointer) throws -> Void)] = [
            (ExtractionCodec.encode(e.timexes), { _ = try ExtractionCodec.decodeTimexes($0) }),
            (ExtractionCodec.encode(quotes: e.quotes, people: e.people), { _ = try ExtractionCodec.decodeQuotesAndPeople($0) }),
            (ExtractionCodec.encode(e.places), { _ = try ExtractionCodec.decodePlaces($0) }),
            (ExtractionCodec.encode(e.events, documentID: e.document.id), { _ = try ExtractionCodec.decodeEvents($0, documentID: "x") }),
            (ExtractionCodec.encodeDocumentInfo(e.document), { _ = try ExtractionCodec.decodeDocument(info: $0, text: "") }),
            (ExtractionCodec.encode(Self.memo), { _ = try ExtractionCodec.decodeMemo($0) }),
        ]
        for (blob, decode) in cases {
            try blob.withUnsafeBytes { try decode($0) }
            // Every cut-short prefix, and the blob with a byte more, fail cleanly.
            for length in 0..<blob.count {
                #expect(throws: StoreDecodingError.self) { try Array(blob.prefix(length)).withUnsafeBytes { try decode($0) } }
            }
            #expect(throws: StoreDecodingError.self) { try (blob + [0]).withUnsafeBytes { try decode($0) } }
        }
        // Noise decodes to something or throws; it never traps nor asks for huge arrays.
        var rng = SplitMix64(seed: 42)
        for _ in 0..<2000 {
            let noise = (0..<(rng.below(64) + 1)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            noise.withUnsafeBytes { bytes in
                _ = try? ExtractionCodec.decodeTimexes(bytes)
                _ = try? ExtractionCodec.decodeQuotesAndPeople(bytes)
                _ = try? ExtractionCodec.decodePlaces(bytes)
                _ = try? ExtractionCodec.decodeEvents(bytes, documentID: "x")
                _ = try? ExtractionCodec.decodeDocument(info: bytes, text: "")
                _ = try? ExtractionCodec.decodeMemo(bytes)
            }
        }
    }

    @Test func aCorpusComesBackFromTheStoreAsExtracted() throws {
        let scratch = try ScratchFolder()
        let paths = try StoreFixtures.write(into: scratch)
        let store = scratch.url.appendingPathComponent("cache/store.sqlite").path
        let folder = scratch.url.appendingPathComponent("articles").path

        let plain = CorpusLoader.testing([folder], store: nil).load()
        let cold = CorpusLoader.testing([folder], store: store).load()
        #expect(cold.statistics.extracted == paths.count)
        #expect(cold.statistics.written == paths.count)
        #expect(cold.problems.isEmpty)

        let warm = CorpusLoader.testing([folder], store: store).load()
        #expect(warm.statistics.reused == paths.count)
        #expect(warm.statistics.extracted == 0)
        #expect(warm.statistics.filesRead == 0)
        #expect(sameExtractions(warm.extractions, cold.extractions))
        #expect(sameExtractions(warm.extractions, plain.extractions))
        #expect(warm.extractions.map(\.document.id) == paths)
        // The fixtures do exercise every stage.
        #expect(warm.extractions.allSatisfy { !$0.quotes.isEmpty && !$0.people.isEmpty && !$0.places.isEmpty && !$0.events.isEmpty })
    }

    /// A memo with values of every size and sign the format holds.
    static let memo = MergeMemo(digests: [0, -1, Int64.max, Int64.min, 0x1234_5678_9ABC_DEF0],
                                entries: [0, 1, 127, 128, 70_000, -1, Int32.max],
                                people: [PeopleIndex.Merging.started, PeopleIndex.Merging.notChosen, 0, 530_000, Int32.max])

    @Test func theMergeMemoComesBackFromTheStore() throws {
        let bytes = ExtractionCodec.encode(Self.memo)
        #expect(try bytes.withUnsafeBytes { try ExtractionCodec.decodeMemo($0) } == Self.memo)

        let scratch = try ScratchFolder()
        try StoreFixtures.write(into: scratch)
        let store = scratch.url.appendingPathComponent("cache/store.sqlite").path
        let folder = scratch.url.appendingPathComponent("articles").path
        let cold = CorpusLoader.testing([folder], store: store).load()
        #expect(cold.memo == nil)
        let memo = Corpus(extractions: cold.extractions).mergeMemo()
        try #require(cold.store).save(memo)
        try #require(cold.store).save(memo)   // replaces, does not add

        // The next load hands it over before the first batch, and a corpus replays it whole.
        var order: [String] = []
        let warm = CorpusLoader.testing([folder], store: store).load(memo: { _ in order.append("memo") },
                                                                     batch: { _ in order.append("batch") })
        #expect(warm.memo == memo)
        #expect(order.first == "memo")
        #expect(order.filter { $0 == "memo" }.count == 1)
        let replayed = Corpus(extractions: warm.extractions, replaying: warm.memo)
        #expect(replayed.replayedWholeMemo)
        #expect(replayed.timeline == Corpus(extractions: warm.extractions).timeline)
    }

    @Test func batchesArriveInInputOrderOnceEach() throws {
        let scratch = try ScratchFolder()
        let paths = try StoreFixtures.write(into: scratch)
        var loader = CorpusLoader.testing(paths.reversed(), store: scratch.url.appendingPathComponent("s.sqlite").path)
        loader.chunkSize = 1
        var seen: [String] = []
        var phases: [LoadProgress.Phase] = []
        let load = loader.load(progress: { phases.append($0.phase) }, batch: { seen += $0.map(\.document.id) })
        #expect(seen == paths.reversed())
        #expect(load.extractions.map(\.document.id) == seen)
        #expect(phases.first == .scanning)
        #expect(phases.last == .done)
        #expect(phases.contains(.extracting))
    }
}
