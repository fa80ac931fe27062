import Foundation
import SitrepCore

/// The Quotes pane: who said what. One heading per speaker (people merged across documents by
/// `PeopleIndex`; organisations by name; quotes without a speaker under "Unattributed"), most
/// quoted first, with the role and the quote count; under it each quote, with its date and
/// source document. `/` filters the speakers as you type (letters in order, case and accents
/// aside; the matched letters are marked); a place filter keeps the quotes of the documents
/// that mention the place.
enum QuotesPane {
    /// The speakers shown: the model's (`SpeakerIndex`), or with a place filter, only the
    /// quotes of the documents that name the place.
    static func speakers(for model: CorpusModel, documents allowed: Set<String>?) -> [Speaker] {
        guard let allowed else { return model.speakers }
        // By position, looked up once per document rather than once per quote.
        var kept = [Bool](repeating: false, count: model.documents.count)
        for id in allowed {
            if let d = model.documentIndex(id: id), kept.indices.contains(d) { kept[d] = true }
        }
        return SpeakerIndex.filter(model.speakers) { d in kept.indices.contains(d) && kept[d] }
    }

    /// Most lines a quote takes in the pane; a longer one ends with "…" (the reader shows it all).
    static let maximumLines = 4
    /// Above this many quotes, each quote takes one line (cut with "…"): wrapping every quote
    /// to find the pane's height would hold up the first frame of a big corpus.
    static let wrapLimit = 20_000

    /// `width`: the columns a quote's text gets (its lines are wrapped at spaces to fit).
    static func content(for model: CorpusModel, speakerFilter: String, place: PlaceFilter?,
                        width: Int = 60) -> PaneContent {
        let filter = speakerFilter.trimmingCharacters(in: .whitespaces)
        let speakers = speakers(for: model, documents: place?.documents)
        let quoteCount = speakers.reduce(0) { $0 + $1.quotes.count }
        let wraps = quoteCount <= wrapLimit
        let width = max(8, width)
        let extractions = model.corpus.extractions
        var content = PaneContent(emptyText: emptyText(model: model, speakerFilter: speakerFilter, place: place),
                                  key: "quotes \(wraps ? width : 0)") { target in
            guard case .quote(let d, let q)? = target, extractions.indices.contains(d),
                  extractions[d].quotes.indices.contains(q) else { return [] }
            return rows(for: extractions[d], quote: q, width: width, wraps: wraps)
        }
        let wanted = FuzzyMatch.Query(filter)
        for speaker in speakers {
            var marks: [Int] = []
            if !filter.isEmpty {
                guard let found = ([speaker.name] + speaker.aliases).lazy
                    .compactMap({ form in wanted.positions(in: form).map { (form, $0) } })
                    .first else { continue }
                marks = found.0 == speaker.name ? found.1 : []
            }
            content.appendHeader(speaker.name, secondary: speaker.role ?? "",
                                 trailing: Formatting.count(speaker.quotes.count, "quote"), marks: marks)
            if wraps {
                content.appendItems(.quotes(speaker.quotes), rows: speaker.quotes.map { reference in
                    max(1, wrapped(extractions[reference.document].quotes[reference.quote].text, width: width).count) + 1
                })
            } else {
                content.appendItems(.quotes(speaker.quotes), rowsEach: 2)
            }
        }
        return content
    }

    /// A quote's rows: its text (wrapped, or on one line to be cut), then its date and source.
    private static func rows(for extraction: DocumentExtraction, quote q: Int, width: Int, wraps: Bool) -> [PaneRow] {
        let quote = extraction.quotes[q]
        let date = extraction.document.date.map(Formatting.dayHeader) ?? "undated"
        let lines = wraps ? wrapped(quote.text, width: width) : [oneLine(quote.text)]
        let first = lines.first ?? ""
        let rest = lines.dropFirst().map { PaneRow(kind: .detail, text: $0, textRole: .text, indent: 3) }
        return [PaneRow(kind: .item, text: first, indent: 2)] + rest
            + [PaneRow(kind: .detail, text: date + " · " + extraction.document.id, indent: 4)]
    }

    /// The quote in curly quotes on one line, its white space made single spaces.
    static func oneLine(_ text: String) -> String {
        "\u{201C}" + TimelinePane.singleSpaced(text) + "\u{201D}"
    }

    /// The quote in curly quotes, wrapped to `width`, cut to `maximumLines` with "…"; kept
    /// in `WrapCache`, so that a corpus update or a keystroke of the speaker filter does not
    /// wrap every quote of the corpus again.
    static func wrapped(_ text: String, width: Int) -> [String] {
        WrapCache.shared.lines(for: text, width: width) {
            var lines = DisplayText.wrap(oneLine(text), toColumns: width)
            if lines.count > maximumLines {
                lines = Array(lines.prefix(maximumLines))
                lines[maximumLines - 1] = (lines[maximumLines - 1] + " \u{2026}")
            }
            return lines
        }
    }

    private static func emptyText(model: CorpusModel, speakerFilter: String, place: PlaceFilter?) -> String {
        if model.documents.isEmpty { return "No documents loaded." }
        if !speakerFilter.isEmpty { return "No speaker matches \u{201C}\(speakerFilter)\u{201D}. Esc clears it." }
        if let place { return "No quotes in documents that mention \(place.name). Esc clears it." }
        return "No quotes in " + Formatting.count(model.documents.count, "document") + "."
    }
}

/// Letters of a query found in order in a name, case and accents aside ("zln" in "Zelensky").
enum FuzzyMatch {
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// The positions (in the name's sanitised graphemes) of the query's letters, or nil when
    /// they are not all there in order. Spaces in the query are ignored.
    static func positions(of query: String, in name: String) -> [Int]? {
        Query(query).positions(in: name)
    }

    /// A query folded once, to be matched against many names (a keystroke of the speaker
    /// filter tries every speaker).
    struct Query {
        /// The query's letters, folded, spaces left out.
        let wanted: [Character]
        /// The same as bytes when every letter is printable ASCII: then a printable-ASCII name is
        /// matched byte by byte, without folding each of its letters.
        private let ascii: [UInt8]?

        init(_ query: String) {
            wanted = Array(FuzzyMatch.fold(query).filter { !$0.isWhitespace })
            let bytes = wanted.compactMap { $0.asciiValue }
            ascii = bytes.count == wanted.count && bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F } ? bytes : nil
        }

        func positions(in name: String) -> [Int]? {
            guard !wanted.isEmpty else { return [] }
            if let ascii, name.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
                // One grapheme per byte; folding a printable ASCII letter lower-cases it.
                var positions: [Int] = []
                var next = 0
                for (index, byte) in name.utf8.enumerated() where next < ascii.count {
                    if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) == ascii[next] {
                        positions.append(index)
                        next += 1
                    }
                }
                return next == ascii.count ? positions : nil
            }
            var positions: [Int] = []
            var next = 0
            for (index, grapheme) in Sanitizer.graphemes(of: name).enumerated() where next < wanted.count {
                if FuzzyMatch.fold(grapheme.text) == String(wanted[next]) {
                    positions.append(index)
                    next += 1
                }
            }
            return next == wanted.count ? positions : nil
        }
    }
}
