/// How far a load or a watch batch has got: documents done of those known so far.
public struct LoadProgress: Sendable, Equatable {
    public var done: Int
    public var total: Int
    public init(done: Int, total: Int) { self.done = done; self.total = total }
    public var fraction: Double { total > 0 ? min(1, Double(done) / Double(total)) : 0 }
}
