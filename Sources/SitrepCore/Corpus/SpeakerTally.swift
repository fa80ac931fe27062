/// The quotes of a corpus gathered into groups that each end up under one speaker, kept so that
/// a corpus growing by a few articles files only their quotes (`add`), and the speakers are
/// then made per group, not per quote (`speakers(people:)`).
///
/// A quote goes to the group of its person as the people merge's first pass placed it, to the
/// group of its speaker's name (case aside) when it has no person, or to "Unattributed". A
/// person known by a surname alone is placed only by the merge's second pass, which runs again
/// for every state: such a person's quotes wait in a group of their own (per document and
/// person) and join their final person when the speakers are made. The result equals
/// `SpeakerIndex.speakers` over every document.
struct SpeakerTally: Sendable {
    /// Who a group's quotes belong to.
    private enum Owner: Sendable {
        /// A corpus person of the merge's first pass.
        case person(Int)
        /// A document's person the first pass left to the second (a surname alone).
        case pending(PeopleIndex.Key)
        /// A speaker with no person, by the first spelling met.
        case name(String)
    }

    private struct Group: Sendable {
        var owner: Owner
        /// In input order.
        var quotes: [QuoteReference]
    }

    /// In order of first quote.
    private var groups: [Group] = []
    private var byPerson: [Int: Int] = [:]
    private var byPending: [PeopleIndex.Key: Int] = [:]
    private var byName: [String: Int] = [:]
    /// The same spelling comes again and again: it is lowercased once.
    private var bySpelling: [String: Int] = [:]
    private var unattributed: [QuoteReference] = []
    /// Documents filed so far: the next one's position.
    private(set) var documentCount = 0

    /// Files the quotes of the next documents. `people` maps (document, person) to a corpus
    /// person for every document up to these (a merge's first pass, or a finished merge); a
    /// person it has room for but no entry is left to the second pass.
    mutating func add<Extractions: Sequence<DocumentExtraction>>(_ extractions: Extractions, people: PeopleIndex.PersonMap) {
        for extraction in extractions {
            let d = documentCount
            documentCount += 1
            for (q, quote) in extraction.quotes.enumerated() {
                let reference = QuoteReference(document: d, quote: q)
                if let p = quote.personIndex, case let key = PeopleIndex.Key(document: d, person: p), people.holds(key) {
                    if let c = people[key] {
                        if let known = byPerson[c] {
                            groups[known].quotes.append(reference)
                        } else {
                            byPerson[c] = groups.count
                            groups.append(Group(owner: .person(c), quotes: [reference]))
                        }
                    } else if let known = byPending[key] {
                        groups[known].quotes.append(reference)
                    } else {
                        byPending[key] = groups.count
                        groups.append(Group(owner: .pending(key), quotes: [reference]))
                    }
                } else if let name = quote.speaker, !name.isEmpty {
                    if let known = bySpelling[name] {
                        groups[known].quotes.append(reference)
                    } else if let known = byName[name.lowercased()] {
                        bySpelling[name] = known
                        groups[known].quotes.append(reference)
                    } else {
                        byName[name.lowercased()] = groups.count
                        bySpelling[name] = groups.count
                        groups.append(Group(owner: .name(name), quotes: [reference]))
                    }
                } else {
                    unattributed.append(reference)
                }
            }
        }
    }

    /// The speakers, most quoted first (ties in order of first quote), "Unattributed" last.
    /// `people` is the finished merge of the same documents.
    func speakers(people: PeopleIndex.Merged) -> [Speaker] {
        // Each final speaker's groups, in order of first quote.
        var parts: [[Int]] = []
        var speakerOfPerson: [Int: Int] = [:]
        // Groups whose person the merge does not know (never met): their quotes go unattributed.
        var orphans: [[QuoteReference]] = []
        for (g, group) in groups.enumerated() {
            let person: Int?
            switch group.owner {
            case .person(let c): person = c
            case .pending(let key): person = people.map[key]
            case .name: parts.append([g]); continue
            }
            guard let person, people.people.indices.contains(person) else {
                orphans.append(group.quotes)
                continue
            }
            if let known = speakerOfPerson[person] {
                parts[known].append(g)
            } else {
                speakerOfPerson[person] = parts.count
                parts.append([g])
            }
        }
        var speakers: [Speaker] = []
        speakers.reserveCapacity(parts.count)
        for groupsOfSpeaker in parts {
            let first = groups[groupsOfSpeaker[0]]
            // One group: its quotes are shared, not copied.
            let quotes = groupsOfSpeaker.count == 1 ? first.quotes : Self.merged(groupsOfSpeaker.map { groups[$0].quotes })
            let person: Int?
            switch first.owner {
            case .name(let name):
                speakers.append(Speaker(name: name, quotes: quotes))
                continue
            case .person(let c): person = c
            case .pending(let key): person = people.map[key]
            }
            if let person {
                let found = people.people[person]
                speakers.append(Speaker(name: found.name, aliases: found.aliases, role: found.role, quotes: quotes))
            }
        }
        let unattributed = orphans.isEmpty ? self.unattributed : Self.merged([self.unattributed] + orphans)
        return SpeakerIndex.ordered(speakers)
            + (unattributed.isEmpty ? [] : [Speaker(name: SpeakerIndex.unattributed, quotes: unattributed)])
    }

    /// Lists of quotes, each in input order, merged into one in input order.
    private static func merged(_ lists: [[QuoteReference]]) -> [QuoteReference] {
        var all = lists.flatMap { $0 }
        all.sort { ($0.document, $0.quote) < ($1.document, $1.quote) }
        return all
    }
}
