import ArgumentParser
import Foundation
import SitrepCore

/// `sitrep places`: where the story happens, rolled up city -> region -> country.
struct PlacesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "places",
        abstract: "Print the places of a corpus rolled up country -> region -> city (text, jsonl, csv or geojson).",
        discussion: "A mention of a city counts for its region and its country. --format geojson opens in any map viewer."
    )

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Output format: text, jsonl, csv or geojson.")
    var format: Format = .text

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, jsonl, csv, geojson }

    mutating func validate() throws {
        guard !corpus.isEmpty else { throw ValidationError("give at least one PATH, '-' or --input-jsonl FILE") }
    }

    func run() throws {
        let result = corpus.loadCorpus()
        for problem in result.problems { printError(problem.description) }
        let mentions = result.extractions.flatMap { e in e.places.map { (documentID: e.document.id, mention: $0) } }
        let tree = PlaceRollup.rollUp(mentions)
        var out = OutputBuffer()
        switch format {
        case .text: out.write(PlacesExport.text(tree))
        case .jsonl: out.write(PlacesExport.jsonLines(tree))
        case .csv: out.write(PlacesExport.csv(tree))
        case .geojson: out.write(PlacesExport.geoJSON(tree))
        }
        out.flush()
        if result.hasFailures { throw ExitCode(1) }
    }
}
