/// The function and signal words the timex rules refer to by name.
enum TWord: UInt8 {
    case none
    // determiners
    case the, a, an, this, that, these, those, its, possessive
    // relative modifiers
    case last, next, past, coming, previous, prior, following, current, recent, latest
    case early, earlier, late, later, mid, middle, end, beginning, start, rest
    case ago, before, after, from, hence, ahead, since
    // deictic words
    case now, today, yesterday, tomorrow, tonight, currently, nowadays, recently, lately
    case present, future, soon, right
    // prepositions and particles
    case of, `in`, on, at, by, until, till, through, throughout, during, within, `for`, over
    case under, into, to, between, around, about, circa
    case approximately, roughly, nearly, almost, some, more, less, fewer, than, least, most
    case up, no, just, and, or, so, `as`, per, every, each, other, twice, once, times, thrice
    case few, several, many, couple, dozen, dozens, hundreds, thousands, half, numerous
    case fiscal, weekend, noon, midday, midnight, overnight, old, eve, near, foreseeable
    case distant, immediate, term, short, long, sometime, period, same, ended, ending
    case additional, extra, full, straight, consecutive, whole, entire, trading, business
    case calendar, working, successive, further, comparable, corresponding
    case o, clock, am, pm, local, time, q, h, bc, ad, zone
    case will, would, going, percent, quarterly
    case daily, weekly, monthly, yearly, annually, hourly, nightly
    case christmas, halloween, thanksgiving, easter, valentine, boxing, memorial, labor, new, good
}

/// What one word can be: any mix of roles ("second" is an ordinal and a unit, "may" a month).
struct LexEntry: Sendable {
    var word: TWord = .none
    var month: Int8 = 0            // 1...12
    var weekday: Int8 = 0          // 1 Monday ... 7 Sunday
    var abbreviation = false       // "Sept", "Fri": needs a period or a number after it
    var plural = false             // "weeks", "Mondays"
    var unit: TimeUnit?
    var cardinal: Int32 = -1       // "one" 1 ... "ninety" 90, "hundred" 100 ...
    var cardinalClass: CardinalClass = .none
    var ordinal: Int8 = 0          // "first" 1 ... "thirtieth" 30
    var season: Int8 = 0           // 1 spring ... 4 winter
    var partOfDay: Int8 = 0        // 1 morning, 2 afternoon, 3 evening, 4 night
    var decade: Int8 = 0           // "nineties" 9
    var tense: Tense = .unknown    // a verb or auxiliary that shows the clause's tense
}

enum CardinalClass: UInt8 { case none, digit, teen, tens, scale }

/// The rough tense of a clause, enough to choose between the last and the next Friday.
enum Tense: UInt8 { case unknown, past, present, future }

/// The word table: lower-case ASCII words of up to 12 letters packed 5 bits a letter into a
/// UInt64 key, looked up once per word token.
enum TimexLexicon {
    static let maxLength = 12

    static func key(_ word: String) -> UInt64 {
        var k: UInt64 = 0
        for b in word.utf8 { k = k << 5 | UInt64((b | 0x20) - 96) }
        return k
    }

    static let built: (table: [UInt64: Int16], entries: [LexEntry]) = build()

    static var entries: [LexEntry] { built.entries }

    /// `built.table` as an open-addressing array: a key is a word's exact packed letters (never
    /// 0), so a probe compares keys, with no hashing of its own.
    private static let probe = KeyTable(built.table)

    @inline(__always) static func lookup(_ key: UInt64) -> Int16 { probe.value(key) }

    private struct KeyTable: Sendable {
        private var keys: [UInt64]
        private var values: [Int16]
        private let shift: UInt64
        private let mask: Int

        init(_ table: [UInt64: Int16]) {
            var bits: UInt64 = 4
            while (1 << bits) < table.count * 4 { bits += 1 }
            let capacity = 1 << Int(bits)
            keys = [UInt64](repeating: 0, count: capacity)
            values = [Int16](repeating: -1, count: capacity)
            shift = 64 - bits
            mask = capacity - 1
            for (key, value) in table {
                var i = Self.slot(key, shift)
                while keys[i] != 0 { i = (i + 1) & mask }
                keys[i] = key; values[i] = value
            }
        }

        @inline(__always) private static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
            Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        }

        @inline(__always) func value(_ key: UInt64) -> Int16 {
            var i = Self.slot(key, shift)
            while true {
                let k = keys[i]
                if k == key { return values[i] }
                if k == 0 { return -1 }
                i = (i + 1) & mask
            }
        }
    }

    private static func build() -> ([UInt64: Int16], [LexEntry]) {
        var table: [UInt64: Int16] = [:]
        var entries: [LexEntry] = []
        func add(_ word: String, _ update: (inout LexEntry) -> Void) {
            let k = key(word)
            if let idx = table[k] {
                update(&entries[Int(idx)])
            } else {
                var e = LexEntry()
                update(&e)
                table[k] = Int16(entries.count)
                entries.append(e)
            }
        }
        for (w, tw) in TimexWords.functionWords { add(w) { $0.word = tw } }
        for (i, names) in TimexWords.months.enumerated() {
            for (j, n) in names.enumerated() { add(n) { $0.month = Int8(i + 1); $0.abbreviation = j > 0 } }
        }
        for (i, names) in TimexWords.weekdays.enumerated() {
            for (j, n) in names.enumerated() { add(n) { $0.weekday = Int8(i + 1); $0.abbreviation = j > 1; $0.plural = j == 1 } }
        }
        for (w, u, pl) in TimexWords.units { add(w) { $0.unit = u; $0.plural = pl } }
        for (i, names) in TimexWords.seasons.enumerated() { for n in names { add(n) { $0.season = Int8(i + 1) } } }
        for (i, names) in TimexWords.partsOfDay.enumerated() {
            for n in names { add(n) { $0.partOfDay = Int8(i + 1); $0.plural = n.hasSuffix("s") } }
        }
        for (i, w) in NumberWords.digitsAndTeens.enumerated() {
            add(w) { $0.cardinal = Int32(i); $0.cardinalClass = i < 10 ? .digit : .teen }
        }
        for (i, w) in NumberWords.tens.enumerated() { add(w) { $0.cardinal = Int32(20 + 10 * i); $0.cardinalClass = .tens } }
        for (w, v) in NumberWords.scales { add(w) { $0.cardinal = Int32(v); $0.cardinalClass = .scale } }
        for (i, w) in NumberWords.ordinals.enumerated() { add(w) { $0.ordinal = Int8(i + 1) } }
        for (i, w) in NumberWords.tensOrdinals.enumerated() { add(w) { $0.ordinal = Int8(20 + 10 * i) } }
        for (i, w) in NumberWords.decades.enumerated() { add(w) { $0.decade = Int8(i + 2) } }
        for (w, t) in TimexWords.tenseWords { add(w) { $0.tense = t } }
        return (table, entries)
    }
}
