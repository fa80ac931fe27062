import Testing
@testable import SitrepCore

/// The timeline merge: `TimelineBuilder.build` against a plain restatement of its rule, and a
/// date's merge gone on in steps (`DateMerge`, `Corpus.apply`) against merging at once.
struct TimelineStepMergeTests {
    /// Events of a generated corpus: many per date, with shared wording, so entries merge.
    private static let extractions: [DocumentExtraction] = {
        let extractor = Extractor()
        return SyntheticCorpus(count: 120, seed: 7).articles().map { article in
            extractor.extract(Document(id: article.name, title: article.title, text: article.text,
                                       date: article.date, dateSource: .header))
        }
    }()

    private static var events: [Event] { extractions.flatMap(\.events) }

    /// The rule, stated plainly: an event joins the first entry of its date (in opening order)
    /// holding an event whose content words it shares enough of (Jaccard at least
    /// `wordingThreshold`, or `actorThreshold` with the same actor); words already held by more
    /// than `postingLimit` events of the date do not count as shared.
    private static func referenceMerge(_ events: [Event]) -> [TimelineEntry] {
        var entriesByDate: [EventDate: [(entry: TimelineEntry, members: [Set<String>])]] = [:]
        var holders: [EventDate: [String: Int]] = [:]
        for event in events {
            let words = TimelineBuilder.contentWords(event.summary)
            var entries = entriesByDate[event.date] ?? []
            let counts = holders[event.date] ?? [:]
            let rare = words.filter { (counts[$0] ?? 0) <= TimelineBuilder.postingLimit }
            var target: Int?
            for (k, candidate) in entries.enumerated() where target == nil {
                let best = candidate.members.map { member -> Double in
                    let common = member.intersection(rare).count
                    return common == 0 ? 0 : Double(common) / Double(words.count + member.count - common)
                }.max() ?? 0
                let sameActor = event.actor != nil && candidate.entry.actor != nil
                    && TimelineBuilder.normalise(event.actor!) == TimelineBuilder.normalise(candidate.entry.actor!)
                if best >= TimelineBuilder.wordingThreshold || sameActor && best >= TimelineBuilder.actorThreshold {
                    target = k
                }
            }
            let source = EventSource(documentID: event.documentID, span: event.span, timexSpan: event.timexSpan)
            if let target {
                entries[target].entry.sources.append(source)
                if entries[target].entry.actor == nil { entries[target].entry.actor = event.actor }
                entries[target].members.append(words)
            } else {
                entries.append((TimelineEntry(date: event.date, summary: event.summary, actor: event.actor,
                                              sources: [source], isAnnounced: false), [words]))
            }
            entriesByDate[event.date] = entries
            for word in words { holders[event.date, default: [:]][word, default: 0] += 1 }
        }
        return entriesByDate.keys.sorted().flatMap { entriesByDate[$0]!.map(\.entry) }
    }

    @Test func theBuilderFollowsItsRule() {
        let events = Self.events
        let built = TimelineBuilder.build(events: events, newestArticle: nil)
        #expect(built == Self.referenceMerge(events))
        // Some entries merge several sentences, or the comparison says little.
        #expect(built.count < events.count)
        #expect(built.contains { $0.sources.count >= 3 })
    }

    @Test func aDateMergedInStepsEqualsOneMerge() {
        let events = Self.events
        let date = Dictionary(grouping: events, by: \.date).max { $0.value.count < $1.value.count }!.key
        let told = events.filter { $0.date == date }
        var merge = TimelineBuilder.DateMerge()
        var copies: [TimelineBuilder.DateMerge] = []
        for event in told {
            merge.add(event, newestArticle: nil)
            copies.append(merge)   // a copy kept, as a published corpus keeps one
        }
        #expect(merge.entries == TimelineBuilder.build(events: told, newestArticle: nil))
        // Copies taken on the way are not changed by what came after.
        #expect(copies.first?.entries.count == 1)
        #expect(copies.first?.entries.first?.sources.count == 1)
    }

    @Test func batchesOfArrivalsAndAReplacementEqualARebuild() {
        let all = Self.extractions
        var corpus = Corpus()
        var start = 0
        var published: [MergedTimeline] = []
        for size in [1, 2, 17, 40, 3, 57] where start < all.count {
            let end = min(all.count, start + size)
            corpus.apply(CorpusChange(upserted: Array(all[start..<end])))
            published.append(corpus.timeline)
            start = end
        }
        #expect(corpus.timeline == Corpus(extractions: all).timeline)
        // An earlier state, kept by a consumer, still equals a rebuild of its documents.
        #expect(published[2] == Corpus(extractions: Array(all[0..<20])).timeline)
        // A replacement merges its dates again; a removal too.
        let replaced = all[5]
        let edited = Extractor().extract(Document(id: replaced.document.id, title: "edited",
                                                  text: all[9].document.text, date: replaced.document.date,
                                                  dateSource: .header))
        corpus.apply(CorpusChange(upserted: [edited], removed: [all[11].document.id]))
        var expected = all
        expected[5] = edited
        expected.remove(at: 11)
        #expect(corpus.timeline == Corpus(extractions: expected).timeline)
    }

    @Test func theTimelineIsItsDatesEntriesInDateOrder() {
        let timeline = Corpus(extractions: Self.extractions).timeline
        let flat = Array(timeline)
        #expect(flat.count == timeline.count && !flat.isEmpty)
        // Indexing reads the same entries as walking.
        #expect(timeline.indices.allSatisfy { timeline[$0] == flat[$0] })
        #expect(zip(flat, flat.dropFirst()).allSatisfy { $0.date <= $1.date })
        // Each date once, its entries one run.
        let dates = timeline.dates
        #expect(Set(dates.map(\.date)).count == dates.count)
        #expect(dates.first?.entries.lowerBound == 0 && dates.last?.entries.upperBound == flat.count)
        for (date, range) in dates { #expect(range.allSatisfy { flat[$0].date == date }) }
        #expect(MergedTimeline(flat) == timeline)
        #expect(MergedTimeline().isEmpty && MergedTimeline().dates.isEmpty)
    }

    @Test func theASCIIWordScanReadsTheWordsOfTheGeneralOne() {
        let texts = ["The Ministers said their BRIDGES were closed in 2026; glass, gas and bus lines too.",
                     "a an the of", "", "Authorities-led talks: x1 99 KYIV's ports", "Ports, ports, ports!",
                     // Characters outside ASCII that are not letters end a word, as a space does.
                     "The mayor\u{2019}s \u{201C}levees\u{201D} held\u{2014}barely\u{2013}so far \u{2026} ports\u{00A0}closed",
                     "\u{2018}Bridges\u{2019} \u{00B7} 12\u{00BD} trucks \u{20AC}40 \u{1F30A}waves"]
        for text in texts {
            var scanned: [String] = []
            let ascii = TimelineBuilder.forEachASCIIContentWord(text) { word, hash in
                var h: UInt64 = 0xcbf2_9ce4_8422_2325
                for b in word { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
                #expect(h == hash)
                scanned.append(String(decoding: word, as: UTF8.self))
            }
            var general: [String] = []
            TimelineBuilder.forEachContentWord(text) { general.append($0) }
            #expect(ascii)
            #expect(scanned == general, "\(text)")
        }
        #expect(!TimelineBuilder.forEachASCIIContentWord("Zürich talks") { _, _ in Issue.record("called") })
        // A letter outside ASCII anywhere, even after ASCII words, refuses the whole text.
        #expect(!TimelineBuilder.forEachASCIIContentWord("Ports closed in Łódź") { _, _ in Issue.record("called") })
        #expect(!TimelineBuilder.forEachASCIIContentWord("cafe\u{0301} talks") { _, _ in Issue.record("called") })
    }
}
