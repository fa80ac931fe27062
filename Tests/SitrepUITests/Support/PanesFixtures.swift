@testable import SitrepCore
@testable import SitrepUI

/// A small invented story for the Quotes and Regions panes: a storm brings down power lines
/// along a river between two countries. Three short articles, run through the real model.
enum PanesFixtures {
    static let documents: [Document] = [
        Document(id: "storm/novi-sad.txt", title: "Storm cuts power in Novi Sad",
                 text: """
                    A storm brought down power lines across Novi Sad on Monday, leaving \
                    thousands of homes in Vojvodina without electricity.

                    "We expect most homes to have power again by Wednesday evening, but the \
                    villages along the river will take longer because the roads are blocked," \
                    said Jelena Marković, a spokeswoman for the regional grid operator.

                    "Crews are working through the night," Marković said.

                    Serbia asked Hungary to lend two repair teams.
                    """,
                 date: Fixtures.day("2026-05-04"), dateSource: .header, source: "Danube Daily"),
        Document(id: "storm/szeged.txt", title: "Szeged sends repair crews south",
                 text: """
                    Two repair teams left Szeged for Serbia on Tuesday, the Hungarian grid \
                    operator said.

                    "Our neighbours helped us in the floods, and now it is our turn," said \
                    Péter Kovács, who leads the teams.

                    Jelena Markovic thanked the Hungarian crews. "They arrived within hours," \
                    she said.
                    """,
                 date: Fixtures.day("2026-05-05"), dateSource: .header, source: "Alföld News"),
        Document(id: "storm/belgrade.txt", title: "Belgrade escapes the worst of the storm",
                 text: """
                    Belgrade saw strong winds on Monday but few outages, officials said.

                    "The city was lucky this time," an official told reporters on Tuesday.
                    """,
                 date: Fixtures.day("2026-05-05"), dateSource: .header, source: "Danube Daily"),
    ]

    static let corpus = Corpus(documents: documents)

    static func state(columns: Int = 80, rows: Int = 24, focus: Pane = .quotes) -> ViewState {
        ViewState(corpus: corpus, columns: columns, rows: rows, focus: focus)
    }
}
