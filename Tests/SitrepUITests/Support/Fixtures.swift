import SitrepCore
@testable import SitrepUI

/// A small invented flood story: Latin, Cyrillic, Japanese, emoji and accented titles, one
/// undated note, and one title (and body) full of terminal escape sequences.
enum Fixtures {
    static func day(_ iso: String) -> DayDate? { DayDate(iso: iso) }

    /// The attack title: clear screen, bell, an OSC 52 clipboard write, a bidi override and a
    /// C1 CSI. None of it may reach the grid raw.
    static let hostileTitle = "Breaking\u{1B}[2J\u{07} levee update\u{1B}]52;c;aGFjaw==\u{07} "
        + "\u{202E}reversed\u{202C} \u{9B}31m end"

    static let documents: [Document] = [
        Document(id: "gazette-bridge", title: "Floodwaters reach the old town bridge",
                 text: bridgeText, date: day("2026-04-13"), dateSource: .header,
                 path: "feeds/gazette/2026-04-13-bridge.txt", source: "Riverside Gazette"),
        Document(id: "ru-dams", title: "Мэр обещает новые дамбы к осени",
                 text: "Мэр города заявил, что новые дамбы будут построены к осени.\n\n"
                    + "Жители прибрежных улиц просят ускорить работы.",
                 date: day("2026-04-14"), dateSource: .filename,
                 path: "feeds/ru/2026-04-14-dambi.txt"),
        Document(id: "jp-rail", title: "洪水で鉄道が運休、復旧のめどは立たず",
                 text: "大雨による洪水で、川沿いの鉄道が終日運休となった。\n復旧の見通しは立っていない。",
                 date: day("2026-04-14"), dateSource: .text, source: "Kōsui Shimbun"),
        Document(id: "gazette-volunteers",
                 title: "Volunteers 🚣 ferry families 👨‍👩‍👧 across the river 🇳🇱",
                 text: "Dozens of volunteers with small boats ferried families across the river "
                    + "on Wednesday. 🚣 \"We simply could not wait,\" one of them said.",
                 date: day("2026-04-15"), dateSource: .header, source: "Riverside Gazette"),
        Document(id: "courrier-evacuation", title: "Évacuation préventive à Saint-E\u{301}tienne",
                 text: "La préfecture a ordonné l'évacuation préventive de trois quartiers.",
                 date: day("2026-04-15"), dateSource: .header, source: "Le Courrier du Fleuve"),
        Document(id: "stdin-1", title: hostileTitle,
                 text: "Body with \u{1B}[31mred\u{1B}[0m text, a bell\u{07}, a DEL\u{7F} and "
                    + "\u{202E}an override\u{202C}.\nSecond\tline.",
                 date: day("2026-04-15"), dateSource: .input),
        Document(id: "gazette-levee", title: "Engineers inspect the northern levee overnight",
                 text: "Engineers spent the night walking the northern levee with lamps.",
                 date: day("2026-04-16"), dateSource: .header, source: "Riverside Gazette"),
        Document(id: "notes-pumps", title: "Pumping stations run at full capacity",
                 text: "All four pumping stations are running at full capacity.",
                 date: day("2026-04-16"), dateSource: .mtime, path: "notes/pumps.txt"),
        Document(id: "notes-background", title: "Background: how the river defences were built",
                 text: "The first embankments were raised in the nineteenth century.",
                 date: nil, dateSource: .none, path: "notes/background.txt"),
        Document(id: "wire-insurers", title: "Insurers brace for record claims",
                 text: "Insurers expect claims to exceed last year's record.",
                 date: day("2026-04-17"), dateSource: .option, source: "Market Wire"),
        Document(id: "gazette-schools", title: "Schools reopen as water recedes",
                 text: "Most schools reopened on Saturday as the water receded.",
                 date: day("2026-04-18"), dateSource: .header, source: "Riverside Gazette"),
    ]

    static let bridgeText = """
        The river rose another forty centimetres overnight and by dawn the water was lapping at \
        the arches of the old town bridge, which the council closed to traffic at six.

        "We have not seen it this high since 1998," said the harbour master, standing on the \
        embankment with a measuring pole. Sandbags were stacked along the quay through the \
        morning.

        Residents of the lower streets were advised to move valuables upstairs. The fire \
        service said pumps were on standby and that the forecast for the next two days \
        showed more rain upstream.

        Shops along the market square stayed open, though several owners said they had \
        moved stock to the first floor as a precaution.

        The council will give an update at noon.
        """

    /// `count` plain documents, two per day, for scrolling tests.
    static func many(_ count: Int) -> [Document] {
        (0..<count).map { index in
            Document(id: "doc-\(index)", title: "Article number \(index)",
                     text: "Text of article \(index).",
                     date: DayDate(year: 2026, month: 1 + index / 56, day: 1 + (index / 2) % 28),
                     dateSource: .header, source: "Source \(index % 3)")
        }
    }

    /// The model run on `documents` (once per test process).
    static let corpus = Corpus(documents: documents)

    static func state(columns: Int = 80, rows: Int = 24, documents: [Document]? = nil,
                      corpus: Corpus? = nil, theme: Theme = .fallback) -> ViewState {
        let chosen = corpus ?? documents.map { Corpus(documents: $0) } ?? Self.corpus
        return ViewState(corpus: chosen, problems: [], columns: columns, rows: rows, theme: theme)
    }
}
