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

    @OptionGroup var liveOptions: LiveOptions

    @Option(help: ArgumentHelp("Seconds between clock ticks (fading marks of new items).", valueName: "seconds"))
    var refresh: Double = 1

    mutating func validate() throws {
        if !(refresh >= 0.1 && refresh <= 3600) {
            throw ValidationError("--refresh takes a number of seconds from 0.1 to 3600")
        }
    }
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
        // The first frame appears at once; reading and extraction run off the UI thread and
        // fill the panes in as documents are done. Then the inputs are followed (LiveFeeds).
        let live = LiveCorpus()
        let demo = corpus.isEmpty && liveOptions.follow.isEmpty
        let feeds = LiveFeeds(corpus: corpus, live: liveOptions, demo: demo)
        let corpusOptions = corpus
        feeds.start(into: live) { Self.loadDemo(corpusOptions) }
        let size = session.size
        var state = ViewState(problems: [], columns: size.columns, rows: size.rows, theme: chosenTheme,
                              mouseEnabled: !noMouse, statusMessage: "Reading articles…")
        state.live.watching = feeds.description
        state.asciiOnly = ascii || !TerminalLocale.isUTF8(environment: environment)
        var problems: [IngestProblem] = []
        var lastFrame: Grid?
        var nextTick = Date()
        var lastTake = Date.distantPast
        // How long the last update took on this thread: on a large corpus the next one waits
        // at least twice that, so keys keep most of the time.
        var takeInterval = 0.25
        while !state.quitRequested {
            let now = Date()
            if now >= nextTick {
                state = Dashboard.update(state, .tick(now))
                nextTick = now.addingTimeInterval(refresh)
            }
            // Arrivals are taken at most four times a second: a burst costs a few redraws.
            if now.timeIntervalSince(lastTake) >= takeInterval, let update = live.take() {
                lastTake = now
                problems = update.problems
                let replaced = state
                if update.isInitialLoad {
                    state = Dashboard.update(replaced, .corpusLoaded(corpus: update.corpus, problems: update.problems))
                } else {
                    state = Dashboard.update(replaced, .corpusUpdated(corpus: update.corpus, diff: update.diff,
                                                                      problems: update.problems, at: now))
                }
                // What only the old corpus held is freed off the UI thread.
                BackgroundRelease.drop(consume replaced)
                state = Dashboard.update(state, .progress(update.progress))
                takeInterval = max(0.25, 2 * Date().timeIntervalSince(now))
            }
            let progress = live.progress
            if progress != state.live.progress { state = Dashboard.update(state, .progress(progress)) }
            let frame = Dashboard.render(state)
            if frame != lastFrame {
                session.draw(frame)
                lastFrame = frame
            }
            let untilTick = max(0, nextTick.timeIntervalSinceNow)
            let wait = min(untilTick, feeds.isActive || live.isBusy ? 0.1 : untilTick)
            guard let message = session.nextMessage(timeoutMilliseconds: Int32(max(1, wait * 1000))) else {
                continue
            }
            if case .resize = message { lastFrame = nil }
            state = Dashboard.update(state, message)
        }
        feeds.stop()
        session.close()
        for problem in problems { printError(problem.description) }
    }

    /// The bundled demo corpus.
    private static func loadDemo(_ corpus: CorpusOptions) -> IngestResult {
        guard let demo = DemoCorpus.folderURL else {
            return IngestResult(problems: [IngestProblem(path: "demo corpus", reason: "not found in the package resources")])
        }
        var result = Ingest.read(paths: [demo.path], options: corpus.ingestOptions)
        result.documents = result.documents.map(Self.renamingDemo)
        return result
    }

    /// Demo document ids read "demo/NAME" rather than a path deep inside the build folder.
    private static func renamingDemo(_ document: Document) -> Document {
        var d = document
        d.id = "demo/" + (document.path.map { URL(fileURLWithPath: $0).lastPathComponent } ?? document.id)
        d.source = d.source ?? "demo"
        return d
    }
}
