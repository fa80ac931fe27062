@testable import SitrepCore
@testable import SitrepUI

/// A small invented story for the Timeline pane: a rockfall shuts a mountain rail tunnel.
/// Three articles on three days, dated relatively ("on Sunday", "yesterday", "next month"),
/// so the real model (`Corpus(documents:)`) resolves them. Between them they give:
///
/// - one event told by two articles (the rockfall, "×2");
/// - a month-precision event (February) and two year-precision ones (2011, 2019);
/// - two announced events after the newest article (Friday 13 March; April, "next month");
/// - a sentence with CJK, and a paragraph with Cyrillic, a combining accent and an emoji.
enum StoryFixtures {
    static let documents: [Document] = [
        Document(id: "alpine/rockfall.txt", title: "Rockfall shuts the Valmora rail tunnel",
                 text: """
                    A rockfall closed the Valmora rail tunnel on Sunday, cutting the main line \
                    between Arvel and Santa Ruvina.

                    No train was in the tunnel at the time, the operator said. The tunnel was \
                    last closed in 2019, after a smaller slide.

                    Engineers will inspect the slope above the portal on Friday. Repairs are \
                    expected to take until next month.
                    """,
                 date: Fixtures.day("2026-03-10"), dateSource: .header, source: "Alpine Courier"),
        Document(id: "courier/buses.txt", title: "Buses replace trains as the Valmora tunnel stays shut",
                 text: """
                    The rockfall that closed the Valmora tunnel on Sunday also damaged a signal \
                    cabin, officials said.

                    Replacement buses started running on Monday between Arvel and Santa Ruvina. \
                    Freight traffic had already fallen sharply in February.

                    Mayor Ilse Brandauer said yesterday that the town would pay for extra buses.
                    """,
                 date: Fixtures.day("2026-03-11"), dateSource: .filename, source: "Valley Post"),
        Document(id: "wire/kofu.txt", title: "Kōfu delegation visits Arvel 🚞",
                 text: """
                    A delegation from Kōfu (甲府) arrived in Arvel on Tuesday to study the slope \
                    nets. Мэр Арвеля, Ilse Brandauer, met them at the station; the visitors \
                    brought cafe\u{301} crème and 🍡 sweets.

                    The two towns signed a twinning agreement in 2011.
                    """,
                 date: Fixtures.day("2026-03-12"), dateSource: .header, source: "Mountain Wire"),
    ]

    /// The model run on the three articles (once per test process).
    static let corpus = Corpus(documents: documents)

    static func state(columns: Int = 80, rows: Int = 24, theme: Theme = .fallback) -> ViewState {
        ViewState(corpus: corpus, columns: columns, rows: rows, theme: theme)
    }

    // MARK: hand-made events, for tests that must not depend on the model's wording

    /// A corpus whose events are given directly: each `(document, date, summary)` becomes one
    /// event whose sentence is the whole document text.
    static func corpus(events: [(id: String, date: EventDate, summary: String)],
                       documentDates: [String: String] = [:]) -> Corpus {
        var extractions: [DocumentExtraction] = []
        for (id, date, summary) in events {
            let text = summary
            let length = text.unicodeScalars.count
            let event = Event(date: date, span: TextSpan(start: 0, end: length),
                              timexSpan: TextSpan(start: max(0, length - 4), end: length),
                              actor: nil, summary: summary, documentID: id)
            if let index = extractions.firstIndex(where: { $0.document.id == id }) {
                extractions[index].events.append(event)
            } else {
                let document = Document(id: id, title: "Report " + id, text: text,
                                        date: documentDates[id].flatMap(Fixtures.day) ?? Fixtures.day("2026-12-31"),
                                        dateSource: .header)
                extractions.append(DocumentExtraction(document: document, events: [event]))
            }
        }
        return Corpus(extractions: extractions)
    }

    /// `count` events, two a day from 1 Jan 2026, each in its own document, none merged.
    static func manyEvents(_ count: Int) -> Corpus {
        corpus(events: (0..<count).map { index in
            let day = DayDate(year: 2026, month: 1, day: 1)!.adding(days: index / 2)!
            return ("doc-\(index)", EventDate(day), "Report \(100 + index) item \(500 + index)")
        })
    }

    static func day(_ iso: String) -> EventDate { EventDate(Fixtures.day(iso)!) }
}
