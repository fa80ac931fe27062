/// English word lists for the timex lexicon: calendar names, units, parts of the day,
/// signal words and the verbs that show tense. All lower case.
enum TimexWords {
    /// Full name first, then abbreviations (which need a period or a day number after them).
    static let months: [[String]] = [
        ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"],
        ["june", "jun"], ["july", "jul"], ["august", "aug"], ["september", "sept", "sep"],
        ["october", "oct"], ["november", "nov"], ["december", "dec"],
    ]

    /// Name, plural, then abbreviations.
    static let weekdays: [[String]] = [
        ["monday", "mondays", "mon"], ["tuesday", "tuesdays", "tue", "tues"],
        ["wednesday", "wednesdays", "wed"], ["thursday", "thursdays", "thu", "thur", "thurs"],
        ["friday", "fridays", "fri"], ["saturday", "saturdays", "sat"], ["sunday", "sundays", "sun"],
    ]

    static let units: [(String, TimeUnit, Bool)] = [
        ("second", .second, false), ("seconds", .second, true),
        ("minute", .minute, false), ("minutes", .minute, true),
        ("hour", .hour, false), ("hours", .hour, true),
        ("day", .day, false), ("days", .day, true),
        ("week", .week, false), ("weeks", .week, true),
        ("fortnight", .fortnight, false), ("fortnights", .fortnight, true),
        ("month", .month, false), ("months", .month, true),
        ("quarter", .quarter, false), ("quarters", .quarter, true),
        ("year", .year, false), ("years", .year, true),
        ("decade", .decade, false), ("decades", .decade, true),
        ("century", .century, false), ("centuries", .century, true),
        ("millennium", .millennium, false), ("millennia", .millennium, true),
    ]

    static let seasons: [[String]] = [
        ["spring", "springs"], ["summer", "summers"], ["fall", "autumn", "autumns"], ["winter", "winters"],
    ]

    static let partsOfDay: [[String]] = [
        ["morning", "mornings"], ["afternoon", "afternoons"], ["evening", "evenings"], ["night", "nights"],
    ]

    static let functionWords: [(String, TWord)] = [
        ("the", .the), ("a", .a), ("an", .an), ("this", .this), ("that", .that), ("these", .these),
        ("those", .those), ("its", .its), ("his", .possessive), ("her", .possessive),
        ("their", .possessive), ("our", .possessive), ("my", .possessive), ("your", .possessive),
        ("last", .last), ("next", .next), ("past", .past), ("coming", .coming),
        ("previous", .previous), ("prior", .prior), ("following", .following),
        ("current", .current), ("recent", .recent), ("latest", .latest), ("early", .early),
        ("earlier", .earlier), ("late", .late), ("later", .later), ("mid", .mid),
        ("middle", .middle), ("end", .end), ("beginning", .beginning), ("start", .start),
        ("rest", .rest), ("ago", .ago), ("before", .before), ("after", .after), ("from", .from),
        ("hence", .hence), ("ahead", .ahead), ("since", .since), ("now", .now),
        ("today", .today), ("yesterday", .yesterday), ("tomorrow", .tomorrow),
        ("tonight", .tonight), ("currently", .currently), ("nowadays", .nowadays),
        ("recently", .recently), ("lately", .lately), ("present", .present),
        ("future", .future), ("soon", .soon), ("right", .right), ("of", .of), ("in", .in),
        ("on", .on), ("at", .at), ("by", .by), ("until", .until), ("till", .till),
        ("through", .through), ("throughout", .throughout), ("during", .during),
        ("within", .within), ("for", .for), ("over", .over), ("under", .under), ("into", .into),
        ("to", .to), ("between", .between), ("around", .around), ("about", .about),
        ("circa", .circa), ("approximately", .approximately), ("roughly", .roughly),
        ("nearly", .nearly), ("almost", .almost), ("some", .some), ("more", .more),
        ("less", .less), ("fewer", .fewer), ("than", .than), ("least", .least), ("most", .most),
        ("up", .up), ("no", .no), ("just", .just), ("and", .and), ("or", .or), ("so", .so), ("as", .as),
        ("per", .per), ("every", .every), ("each", .each), ("other", .other), ("twice", .twice),
        ("once", .once), ("times", .times), ("thrice", .thrice), ("few", .few),
        ("several", .several), ("many", .many), ("couple", .couple), ("dozen", .dozen),
        ("dozens", .dozens), ("hundreds", .hundreds), ("thousands", .thousands),
        ("half", .half), ("numerous", .numerous), ("fiscal", .fiscal), ("weekend", .weekend),
        ("weekends", .weekend), ("noon", .noon), ("midday", .midday), ("midnight", .midnight),
        ("overnight", .overnight), ("old", .old), ("eve", .eve), ("near", .near),
        ("foreseeable", .foreseeable), ("distant", .distant), ("immediate", .immediate),
        ("term", .term), ("short", .short), ("long", .long), ("sometime", .sometime),
        ("period", .period), ("same", .same), ("ended", .ended), ("ending", .ending),
        ("additional", .additional), ("extra", .extra), ("full", .full),
        ("straight", .straight), ("consecutive", .consecutive), ("whole", .whole),
        ("entire", .entire), ("trading", .trading), ("business", .business),
        ("calendar", .calendar), ("working", .working), ("successive", .successive),
        ("further", .further), ("comparable", .comparable), ("corresponding", .corresponding),
        ("o", .o), ("clock", .clock), ("am", .am), ("pm", .pm), ("local", .local),
        ("time", .time), ("q", .q), ("h", .h), ("bc", .bc), ("bce", .bc), ("ad", .ad), ("ce", .ad),
        ("gmt", .zone), ("utc", .zone), ("est", .zone), ("edt", .zone), ("cst", .zone),
        ("cdt", .zone), ("mst", .zone), ("mdt", .zone), ("pst", .zone), ("pdt", .zone),
        ("bst", .zone), ("cet", .zone), ("cest", .zone), ("et", .zone), ("ct", .zone), ("pt", .zone),
        ("mt", .zone), ("ist", .zone), ("jst", .zone), ("aest", .zone), ("msk", .zone), ("will", .will), ("would", .would),
        ("going", .going), ("percent", .percent), ("quarterly", .quarterly), ("daily", .daily),
        ("weekly", .weekly), ("monthly", .monthly), ("yearly", .yearly), ("annually", .annually),
        ("hourly", .hourly), ("nightly", .nightly), ("christmas", .christmas),
        ("halloween", .halloween), ("thanksgiving", .thanksgiving), ("easter", .easter),
        ("valentine", .valentine), ("boxing", .boxing), ("memorial", .memorial), ("labor", .labor),
        ("labour", .labor), ("new", .new), ("good", .good),
    ]

    /// Auxiliaries and common verbs whose form shows the tense of their clause.
    static let tenseWords: [(String, Tense)] = {
        var out: [(String, Tense)] = []
        for w in ["will", "shall", "ll", "gonna", "plans", "planned", "expects", "expect", "expected",
                  "scheduled", "slated", "due", "upcoming", "intends", "aims", "hopes", "wants", "would",
                  "tomorrow", "next"] { out.append((w, .future)) }
        for w in ["was", "were", "had", "did", "said", "told", "went", "came", "took", "made", "met",
                  "held", "gave", "saw", "found", "left", "began", "lost", "fell", "rose", "got",
                  "sold", "bought", "paid", "ran", "spent", "sent", "wrote", "spoke", "became",
                  "brought", "thought", "felt", "kept", "knew", "led", "meant", "struck", "stood",
                  "broke", "chose", "drove", "flew", "grew", "shot", "fought", "caught", "taught",
                  "sought", "threw", "wore", "withdrew", "ago", "yesterday", "last", "been", "did",
                  "won", "hit", "quit", "shut", "slid", "sank", "swore", "tore", "underwent",
                  "overtook", "forgot", "froze", "arose", "rang", "sang", "drew", "ate", "hid", "fled",
                  "sat", "lay", "dealt", "heard", "built", "lent", "sent", "reported", "announced",
                  "recently", "earlier", "previously"] { out.append((w, .past)) }
        for w in ["is", "are", "am", "says", "say", "has", "have", "now", "today", "currently"] {
            out.append((w, .present))
        }
        return out
    }()
}
