/// The merged timeline of a corpus, in date order (within a date, in the order the entries
/// were opened): a random-access collection over the model's per-date entries, which it shares
/// rather than copies, so a corpus state makes one in proportion to its dates, not its entries.
public struct MergedTimeline: RandomAccessCollection, Sendable, Equatable {
    /// Each date's entries, in date order.
    private let groups: [[TimelineEntry]]
    /// Per group, the index of the entry after its last.
    private let ends: [Int]

    public init() { groups = []; ends = [] }

    /// The timeline of entries already in order (tests, exports).
    public init(_ entries: [TimelineEntry]) {
        self.init(groups: entries.isEmpty ? [] : [entries])
    }

    init(groups: [[TimelineEntry]]) {
        let kept = groups.filter { !$0.isEmpty }
        self.groups = kept
        var total = 0
        ends = kept.map { total += $0.count; return total }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { ends.last ?? 0 }

    public subscript(position: Int) -> TimelineEntry {
        let g = group(holding: position)
        return groups[g][position - (g == 0 ? 0 : ends[g - 1])]
    }

    /// The group holding entry `position`: the first whose end lies past it.
    private func group(holding position: Int) -> Int {
        precondition(position >= 0 && position < endIndex, "timeline index out of range")
        var low = 0, high = ends.count - 1
        while low < high {
            let mid = (low + high) / 2
            if ends[mid] > position { high = mid } else { low = mid + 1 }
        }
        return low
    }

    /// Each date of the timeline, in order, with the indices of its entries.
    public var dates: [(date: EventDate, entries: Range<Int>)] {
        groups.indices.map { g in (groups[g][0].date, (g == 0 ? 0 : ends[g - 1])..<ends[g]) }
    }

    /// Walks the groups in turn (no search per entry).
    public struct Iterator: IteratorProtocol {
        fileprivate let groups: [[TimelineEntry]]
        fileprivate var g = 0, k = 0
        public mutating func next() -> TimelineEntry? {
            while g < groups.count {
                if k < groups[g].count { k += 1; return groups[g][k - 1] }
                g += 1; k = 0
            }
            return nil
        }
    }

    public func makeIterator() -> Iterator { Iterator(groups: groups) }

    public static func == (a: MergedTimeline, b: MergedTimeline) -> Bool {
        a.count == b.count && a.elementsEqual(b)
    }
}
