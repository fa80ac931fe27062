import ArgumentParser
import Foundation
import SitrepCore
import SitrepTerminal
import SitrepUI

/// `sitrep [PATH...]`: the full-screen dashboard (the bundled demo corpus when no path is given).
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the dashboard on PATH... (default command; no path: the bundled demo corpus).",
        discussion: "Keys: ? shows them all. Tab / 1 2 3 move focus, j/k scroll, Enter reads, q quits."
    )

    @OptionGroup var corpus: CorpusOptions

    @Option(help: ArgumentHelp("Colour theme: default, mono, high-contrast, solarized-dark, or your own in ~/.config/sitrep/themes.", valueName: "name"))
    var theme: String?

    @Flag(name: .customLong("no-mouse"), help: "Do not capture the mouse (leaves the terminal's own selection working).")
    var noMouse = false

    @Flag(help: "Draw with ASCII characters only (the default when the locale is not UTF-8).")
    var ascii = false

    func run() throws {
        guard isatty(STDOUT_FILENO) == 1 else {
            printError("sitrep: \(TerminalError.notATerminal)")
            throw ExitCode(2)
        }
        let environment = ProcessInfo.processInfo.environment
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let chosenTheme: Theme
        do {
            let loaded = try Theme.load(named: theme ?? (noColor ? "mono" : "default"))
            chosenTheme = noColor && theme == nil ? loaded.colorless : loaded
        } catch {
            printError("sitrep: \(error)")
            throw ExitCode(2)
        }
        let session: TerminalSession
        do {
            session = try TerminalSession(options: TerminalOptions(mouse: !noMouse, colors: !(noColor && theme == nil)))
        } catch {
            printError("sitrep: \(error)")
            throw ExitCode(2)
        }
        // The first frame appears at once; reading and extraction run off the UI thread.
        let corpusOptions = corpus
        let loading = BackgroundTask { () -> (corpus: Corpus, problems: [IngestProblem]) in
            let loaded = Self.load(corpusOptions)
            return (Corpus(documents: loaded.documents), loaded.problems)
        }
        let size = session.size
        var state = ViewState(problems: [], columns: size.columns, rows: size.rows, theme: chosenTheme,
                              mouseEnabled: !noMouse, statusMessage: "Reading articles…")
        state.asciiOnly = ascii || !TerminalLocale.isUTF8(environment: environment)
        var problems: [IngestProblem] = []
        var lastFrame: Grid?
        while !state.quitRequested {
            if let loaded = loading.take() {
                problems = loaded.problems
                state = Dashboard.update(state, .corpusLoaded(corpus: loaded.corpus, problems: loaded.problems))
            }
            let frame = Dashboard.render(state)
            if frame != lastFrame {
                session.draw(frame)
                lastFrame = frame
            }
            guard let message = session.nextMessage(timeoutMilliseconds: loading.isPending ? 50 : 1000) else {
                state = Dashboard.update(state, .tick(Date()))
                continue
            }
            if case .resize = message { lastFrame = nil }
            state = Dashboard.update(state, message)
        }
        session.close()
        for problem in problems { printError(problem.description) }
    }

    /// The corpus to show: the given paths, or the bundled demo.
    private static func load(_ corpus: CorpusOptions) -> (documents: [Document], problems: [IngestProblem]) {
        if corpus.isEmpty {
            guard let demo = DemoCorpus.folderURL else {
                return ([], [IngestProblem(path: "demo corpus", reason: "not found in the package resources")])
            }
            let result = Ingest.read(paths: [demo.path], options: corpus.ingestOptions)
            return (result.documents.map(Self.renamingDemo), result.problems)
        }
        let result = corpus.load()
        return (result.documents, result.problems)
    }

    /// Demo document ids read "demo/NAME" rather than a path deep inside the build folder.
    private static func renamingDemo(_ document: Document) -> Document {
        var d = document
        d.id = "demo/" + (document.path.map { URL(fileURLWithPath: $0).lastPathComponent } ?? document.id)
        d.source = d.source ?? "demo"
        return d
    }
}
