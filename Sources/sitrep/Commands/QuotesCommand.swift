import ArgumentParser
import Foundation
import SitrepCore

/// `sitrep quotes`: who said what, searchable by speaker.
struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Print the quotes of a corpus, optionally of one speaker or with given words (text, jsonl or csv).",
        discussion: "--speaker is case- and accent-insensitive; aliases, surnames and transliteration variants count (\"putin\", \"Tsimlianski\"). A near miss suggests the person. --search finds quotes holding every word given (case and accents do not matter), through the store's full-text index."
    )

    @OptionGroup var corpus: CorpusOptions

    @Option(help: ArgumentHelp("Only the quotes of this person.", valueName: "name"))
    var speaker: String?

    @Option(help: ArgumentHelp("Only quotes holding every one of these words.", valueName: "words"))
    var search: String?

    @Option(help: "Output format: text, jsonl or csv.")
    var format: Format = .text

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, jsonl, csv }

    mutating func validate() throws {
        guard !corpus.isEmpty else { throw ValidationError("give at least one PATH, '-' or --input-jsonl FILE") }
    }

    func run() throws {
        let result = corpus.loadCorpus()
        for problem in result.problems { printError(problem.description) }
        let index = QuoteIndex(Corpus(extractions: result.extractions, replaying: result.memo))
        var entries = index.entries
        if let speaker {
            entries = index.quotes(bySpeaker: speaker)
            let found = PeopleIndex.search(speaker, in: index.people).map { index.people[$0].name }
            if entries.isEmpty, !found.isEmpty {
                printError("sitrep: \(found.joined(separator: ", ")) \(found.count == 1 ? "is" : "are") mentioned but not quoted")
            } else if entries.isEmpty {
                let near = index.suggestions(for: speaker)
                printError("sitrep: no quotes by '\(speaker)'" + (near.isEmpty ? "" : "; did you mean " + near.map { "'\($0)'" }.joined(separator: ", ") + "?"))
            }
        }
        if let search {
            let found: [QuoteHit]
            do {
                found = try Self.search(search, in: result)
            } catch {
                printError("sitrep: the quote search failed (\(error))")
                throw ExitCode(1)
            }
            let hits = Set(found.map { QuoteKey(documentID: $0.documentID, start: $0.span.start) })
            entries = entries.filter { hits.contains(QuoteKey(documentID: $0.documentID, start: $0.quote.span.start)) }
        }
        var out = OutputBuffer()
        if format == .csv { out.line("speaker,mention,date,document,start,end,text") }
        for entry in entries {
            let who = index.speaker(of: entry)
            switch format {
            case .text:
                out.line("\(who ?? "(unattributed)") · \(entry.date?.iso ?? "undated") · \(entry.documentID)")
                out.line("  “\(entry.quote.text)”")
            case .jsonl:
                var o = JSONObjectWriter()
                o.add(key: "speaker", string: who)
                o.add(key: "mention", string: entry.quote.mention)
                o.add(key: "date", string: entry.date?.iso)
                o.add(key: "id", string: entry.documentID)
                o.add(key: "start", int: entry.quote.span.start)
                o.add(key: "end", int: entry.quote.span.end)
                o.add(key: "text", string: entry.quote.text)
                out.line(o.json)
            case .csv:
                out.line([who ?? "", entry.quote.mention ?? "", entry.date?.iso ?? "", entry.documentID,
                          String(entry.quote.span.start), String(entry.quote.span.end), entry.quote.text]
                    .map(TimelineExport.csvField).joined(separator: ","))
            }
        }
        out.flush()
        if result.hasFailures { throw ExitCode(1) }
    }

    /// Where a quote is: its document and first offset.
    private struct QuoteKey: Hashable {
        var documentID: String
        var start: Int
    }

    /// The store's full-text search, or, where the store does not hold the whole corpus (no
    /// store, standard input), the same search over an index made in memory for this run.
    private static func search(_ words: String, in load: CorpusLoad) throws -> [QuoteHit] {
        if let store = load.store, load.storeHoldsCorpus { return try store.searchQuotes(words: words) }
        return try ExtractionStore.inMemory(indexing: load.extractions).searchQuotes(words: words)
    }
}
