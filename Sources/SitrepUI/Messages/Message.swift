import Foundation
import SitrepCore

/// A key press, already decoded by the backend.
public enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case tab, backTab, enter, escape, backspace, delete
    /// Ctrl + a letter, lower-case ("c" for Ctrl-C).
    case control(Character)
    case function(Int)
}

/// A mouse event at a cell position (0-based column and row).
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case press, wheelUp, wheelDown }
    public var kind: Kind
    public var column: Int
    public var row: Int
    public init(kind: Kind, column: Int, row: Int) {
        self.kind = kind; self.column = column; self.row = row
    }
}

/// Everything that can change the dashboard: input, time, and news from the model.
/// `update(state, message) -> state` is the only place state changes.
public enum Message: Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(columns: Int, rows: Int)
    case tick(Date)
    /// The model's corpus (the whole corpus so far, not a diff) and the problems met reading
    /// its inputs.
    case corpusLoaded(corpus: Corpus, problems: [IngestProblem])
    /// The corpus after documents arrived, changed or went while the dashboard was open
    /// (`diff` says which), the problems met so far, and when it happened.
    case corpusUpdated(corpus: Corpus, diff: CorpusDiff, problems: [IngestProblem], at: Date)
    /// How far a running load has got; nil when it has finished.
    case progress(LoadProgress?)
}
