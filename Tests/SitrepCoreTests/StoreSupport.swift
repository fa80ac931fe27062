import Foundation
@testable import SitrepCore

/// Articles of our own for the store's tests: quotes, people, places and dates in each.
enum StoreFixtures {
    static let articles: [(name: String, text: String)] = [
        ("2026-03-02-bridge.txt", """
            Title: Chain Bridge reopens
            Date: 2026-03-02

            The Chain Bridge in Budapest reopened on Monday after eight months of repairs, the city said.
            “We finished two weeks early,” said Anna Kovács, the chief engineer of the project. Kovács said \
            traffic would return to normal by Friday. Trams will cross the bridge again from March 9.

            """),
        ("2026-03-03-ferry.txt", """
            Title: Ferry service suspended
            Date: 2026-03-03

            Ferries between Split and Hvar were suspended on Tuesday as winds reached 90 km/h, the harbour \
            authority in Croatia said. “No boat leaves until the storm passes,” harbour master Ivo Marić told \
            reporters. Marić said the service could resume on Thursday.

            """),
        ("2026-03-04-vote.txt", """
            Title: Council delays the vote
            Date: 2026-03-04

            The city council of Lyon postponed its vote on the new tram line to April 15, the mayor's office \
            announced on Wednesday. “We need another month to listen to residents,” said deputy mayor Claire \
            Dubois. Dubois added that a public meeting would be held in Villeurbanne next week.

            """),
    ]

    /// Writes the articles into `folder` and returns their paths in walk order. They are
    /// dated an hour back: the store reads again files modified in the last seconds.
    @discardableResult
    static func write(into folder: ScratchFolder, under sub: String = "articles") throws -> [String] {
        try articles.map { try folder.writeSettled("\(sub)/\($0.name)", $0.text) }
    }
}

extension ScratchFolder {
    /// Writes a file dated `age` seconds back (the store trusts only files modified earlier
    /// than a few seconds ago by their size and time).
    @discardableResult
    func writeSettled(_ relative: String, _ text: String, age: TimeInterval = 3600) throws -> String {
        try writeSettled(relative, bytes: Array(text.utf8), age: age)
    }

    @discardableResult
    func writeSettled(_ relative: String, bytes: [UInt8], age: TimeInterval = 3600) throws -> String {
        let path = try write(relative, bytes: bytes)
        try touch(path, modified: Date(timeIntervalSinceNow: -age))
        return path
    }
}

/// True when two extractions hold the same document and the same items, stage by stage.
func sameExtraction(_ a: DocumentExtraction, _ b: DocumentExtraction) -> Bool {
    a.document == b.document && a.timexes == b.timexes && a.events == b.events && a.quotes == b.quotes
        && a.people == b.people && a.places == b.places
}

func sameExtractions(_ a: [DocumentExtraction], _ b: [DocumentExtraction]) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy(sameExtraction)
}

/// One extractor for all store tests (the gazetteer loads once).
let storeTestExtractor = Extractor()

extension CorpusLoader {
    /// A loader of `paths` through the store file at `store`, sharing the tests' extractor.
    static func testing(_ paths: [String], store: String?, versions: StageVersions = .current) -> CorpusLoader {
        CorpusLoader(inputs: paths.map(CorpusInput.path), store: store.map { .file(URL(fileURLWithPath: $0)) } ?? StoreChoice.none,
                     versions: versions, makeExtractor: { storeTestExtractor })
    }
}
