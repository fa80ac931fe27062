/// The word lists attribution reads: speech and claim verbs, the words that may stand between a
/// speaker and the verb, role nouns that make a describing phrase ("the spokeswoman"), and
/// pronouns. Lower-case, built once.
enum SpeechLexicon {
    /// Finite speech and claim verb forms ("X said", "X warns").
    static let finiteVerbs: Set<String> = [
        "said", "stated", "claimed", "warned", "insisted", "noted", "added", "told", "asked",
        "replied", "explained", "argued", "wrote", "tweeted", "declared", "announced", "reported",
        "alerted", "acknowledged", "admitted", "urged", "stressed", "emphasized", "emphasised",
        "suggested", "predicted", "promised", "vowed", "pledged", "conceded", "countered",
        "responded", "remarked", "observed", "commented", "complained", "boasted", "lamented",
        "contended", "maintained", "asserted", "affirmed", "confirmed", "mentioned", "testified",
        "cautioned", "recounted", "demanded", "alleged", "reiterated", "concluded", "exclaimed",
        "shouted", "pleaded", "mused", "scoffed", "advised", "assured", "answered", "joked",
        "quipped", "retorted", "described", "denied", "called", "wondered", "recalled", "posted",
        "accused", "cited", "accuses", "cites", "put", "puts", "blasted", "slammed", "praised",
        "criticized", "criticised", "mocked", "touted", "quoted", "questioned", "recommended",
        "proclaimed", "insists", "predicts", "warns", "argues", "fired", "fires", "shot", "hit",
        "hits", "pushed", "chimed", "weighed", "spoke", "struck", "points",
        "says", "states", "claims", "warns", "insists", "notes", "adds", "tells", "asks", "replies",
        "explains", "argues", "writes", "tweets", "declares", "announces", "reports", "admits",
        "acknowledges", "urges", "stresses", "emphasizes", "emphasises", "suggests", "predicts",
        "promises", "vows", "concedes", "counters", "responds", "remarks", "observes",
        "complains", "contends", "maintains", "asserts", "confirms", "mentions", "recalls",
        "cautions", "alleges", "describes", "calls", "wonders", "say", "pointed",
    ]

    /// Participles that take their clause's subject ("X left, saying that ...").
    static let participles: Set<String> = [
        "saying", "adding", "noting", "warning", "insisting", "arguing", "explaining", "telling",
        "writing", "declaring", "claiming", "stressing", "urging", "asking", "stating",
        "announcing", "emphasizing", "emphasising", "acknowledging", "admitting", "pointing",
        "suggesting", "predicting", "tweeting", "replying", "responding", "describing",
        "alleging", "recalling", "cautioning", "complaining", "vowing", "promising", "contending",
        "maintaining", "asserting", "alerting", "reiterating", "calling", "accusing", "citing",
        "describing", "questioning", "touting", "proclaiming", "firing", "hitting", "pushing",
    ]

    /// Forms that attribute only right after a closing quote ("...,” she continued).
    static let afterQuoteVerbs: Set<String> = ["continued", "continues", "went", "laughed", "joked", "smiled"]

    /// Forms that may come before their subject after a quote ("...,” said the minister).
    static let invertibleVerbs: Set<String> = [
        "said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "replied", "explained",
        "continued", "declared", "warned", "insisted", "noted", "recalled", "answered", "countered",
        "tweeted", "stated", "argued", "responded", "concluded", "remarked", "observed", "cautioned",
    ]

    /// Verbs that are speech only with their particle ("pointed out", "fired back").
    static let particles: [String: String] = [
        "pointed": "out", "pointing": "out", "points": "out", "fired": "back", "fires": "back",
        "firing": "back", "shot": "back", "hit": "back", "hits": "back", "hitting": "back",
        "pushed": "back", "pushing": "back", "chimed": "in", "weighed": "in", "spoke": "out",
        "struck": "back",
    ]
    static let needsOut: Set<String> = Set(particles.keys)

    /// Verbs that need "it" after them ("as X put it").
    static let needsIt: Set<String> = ["put", "puts"]

    /// Verbs that attribute only when the quote follows within a few words ("called it “...”"),
    /// and not as "called on", "called for".
    static let nearQuoteOnly: Set<String> = [
        "called", "calls", "calling", "described", "describes", "describing", "accused", "accuses",
        "accusing", "blasted", "slammed", "praised", "criticized", "criticised", "mocked", "touted",
        "touting", "quoted", "questioned", "questioning", "recommended", "cited", "cites", "citing",
    ]

    /// Words that may stand between a subject and its speech verb ("X also said", "he has said").
    static let betweenSubjectAndVerb: Set<String> = [
        "also", "later", "then", "previously", "once", "again", "repeatedly", "recently",
        "reportedly", "has", "have", "had", "would", "will", "just", "further", "earlier", "often",
        "quickly", "simply", "publicly", "privately", "flatly", "bluntly", "openly", "candidly",
        "frequently", "famously", "still", "even", "never", "himself", "herself", "themselves",
        "itself", "subsequently", "immediately", "first", "initially", "finally", "only",
        "already", "ultimately", "defiantly", "angrily", "calmly", "confidently", "firmly",
        "loudly", "softly", "quietly", "sharply", "succinctly", "tersely", "curtly", "emphatically",
        "proudly", "cheerfully", "simply", "has also", "was", "is", "were", "are", "may", "might",
        "could", "should", "can", "did", "does", "do", "not", "'s", "’s", "reiterated", "recently",
    ]

    /// Nouns that name a role or a kind of person: the head of a describing phrase
    /// ("the spokeswoman", "a senior official", "the head of the alliance").
    static let roleNouns: Set<String> = [
        "spokesperson", "spokesman", "spokeswoman", "spokespeople", "official", "officials",
        "minister", "head", "chief", "director", "mayor", "president", "adviser", "advisor",
        "resident", "residents", "witness", "witnesses", "governor", "senator", "congressman",
        "congresswoman", "lawmaker", "representative", "secretary", "chairman", "chairwoman",
        "chair", "leader", "commander", "general", "officer", "analyst", "expert", "economist",
        "professor", "researcher", "scientist", "doctor", "nurse", "lawyer", "attorney",
        "prosecutor", "judge", "ambassador", "diplomat", "envoy", "negotiator", "strategist",
        "aide", "manager", "executive", "ceo", "founder", "owner", "worker", "farmer", "engineer",
        "teacher", "student", "activist", "organizer", "organiser", "volunteer", "candidate",
        "nominee", "member", "source", "sources", "observer", "monitor", "inspector", "coordinator",
        "administrator", "commissioner", "councillor", "councilor", "councilman", "councilwoman",
        "deputy", "vice", "premier", "chancellor", "king", "queen", "prince", "princess",
        "pope", "bishop", "priest", "rabbi", "imam", "pastor", "captain", "colonel", "sergeant",
        "lieutenant", "admiral", "soldier", "fighter", "rescuer", "firefighter", "policeman",
        "policewoman", "sheriff", "chief", "superintendent", "historian", "author", "writer",
        "journalist", "reporter", "editor", "correspondent", "columnist", "commentator",
        "pollster", "consultant", "operative", "staffer", "aide", "partner", "employee",
        "survivor", "victim", "mother", "father", "wife", "husband", "son", "daughter", "brother",
        "sister", "woman", "man", "resident", "shopkeeper", "driver", "pilot", "voter",
        "supporter", "opponent", "critic", "delegate", "organizer", "host", "moderator",
        "speaker", "presenter", "anchor", "director-general", "secretary-general", "head",
        "boss", "planner", "specialist", "hydrologist", "meteorologist", "forecaster",
        "ranger", "guard", "paramedic", "medic", "surgeon", "physician", "villager", "neighbour",
        "neighbor", "protester", "protestor", "demonstrator", "campaigner", "advocate",
        "representative", "rep", "sen", "gov", "governor-general", "vice-president",
        "democrat", "republican", "insider", "veteran", "colleague", "friend", "fan", "resident",
        "parent", "citizen", "official", "attendee", "participant", "donor", "fundraiser",
        "surrogate", "backer", "ally", "rival", "challenger", "incumbent", "mp", "legislator",
        "statesman", "politician", "lobbyist", "spokespeople", "chief-of-staff", "head", "master",
        "confidant", "insider", "organiser", "blogger", "commenter", "viewer", "listener", "reader",
        "harbourmaster", "harbormaster", "captain", "skipper", "warden", "ranger",
    ]

    /// Role nouns that tell the person's gender.
    static let femaleRoleNouns: Set<String> = [
        "spokeswoman", "congresswoman", "chairwoman", "councilwoman", "policewoman", "queen",
        "princess", "mother", "wife", "daughter", "sister", "woman", "businesswoman", "actress",
    ]
    static let maleRoleNouns: Set<String> = [
        "spokesman", "congressman", "chairman", "councilman", "policeman", "king", "prince",
        "father", "husband", "son", "brother", "man", "businessman", "actor",
    ]

    /// Determiners and quantifiers that open a describing phrase.
    static let determiners: Set<String> = [
        "the", "a", "an", "another", "one", "his", "her", "their", "its", "our",
        "some", "several", "two", "three", "many", "most",
    ]

    /// Prepositions that may sit inside a describing phrase ("head of the alliance").
    static let phrasePrepositions: Set<String> = ["of", "for", "at", "with", "in", "to", "from", "on"]

    /// Lower-case words that end a backwards walk over a describing phrase: verbs, conjunctions,
    /// clause openers.
    static let phraseStoppers: Set<String> = [
        "and", "or", "but", "that", "which", "who", "when", "while", "as", "because", "if",
        "said", "says", "told", "is", "was", "are", "were", "has", "have", "had", "be", "been",
        "by", "than", "after", "before", "since", "during", "where", "whom", "whose", "not",
        "it", "he", "she", "they", "we", "i", "you", "there", "here", "so", "then", "also",
    ]

    /// Words that, right before a short quote, make it a name or a label rather than speech.
    static let labelCues: Set<String> = [
        "so-called", "dubbed", "called", "termed", "nicknamed", "titled", "entitled", "named",
        "labeled", "labelled", "branded", "known", "word", "words", "term", "terms", "phrase",
        "slogan", "hashtag", "calling", "dubbing", "labelling", "labeling", "branding", "coined",
        "coin", "mark", "marked", "stamped", "read", "reading", "reads", "headlined", "billed",
        "styled", "self-styled", "self-proclaimed", "alleged", "supposed", "quote-unquote",
    ]

    /// What a lower-case word is in these lists, as bits, so that one hash lookup answers all.
    struct WordClass: OptionSet, Sendable {
        let rawValue: UInt32
        static let finite = WordClass(rawValue: 1 << 0)
        static let participle = WordClass(rawValue: 1 << 1)
        static let afterQuote = WordClass(rawValue: 1 << 2)
        static let invertible = WordClass(rawValue: 1 << 3)
        static let needsOut = WordClass(rawValue: 1 << 4)
        static let between = WordClass(rawValue: 1 << 5)
        static let determiner = WordClass(rawValue: 1 << 6)
        static let stopper = WordClass(rawValue: 1 << 7)
        static let preposition = WordClass(rawValue: 1 << 8)
        static let role = WordClass(rawValue: 1 << 9)
        static let femaleRole = WordClass(rawValue: 1 << 10)
        static let maleRole = WordClass(rawValue: 1 << 11)
        static let nonSubject = WordClass(rawValue: 1 << 12)
        static let label = WordClass(rawValue: 1 << 13)
        /// The plural of a role noun ("advisers").
        static let rolePlural = WordClass(rawValue: 1 << 14)
        static let needsIt = WordClass(rawValue: 1 << 15)
        static let nearQuoteOnly = WordClass(rawValue: 1 << 16)
    }

    /// More speech, claim and stance verbs, as regular lemmas: their -ed, -s and -ing forms are
    /// added to the lists above ("bark" -> barked, barks, barking).
    static let moreLemmas: [String] = [
        "bark", "snap", "snipe", "chuckle", "laugh", "sigh", "yell", "scream", "cry", "whisper",
        "mumble", "mutter", "interject", "interrupt", "reason", "surmise", "speculate", "estimate",
        "indicate", "decry", "deride", "propose", "implore", "beg", "hail", "laud", "dismiss",
        "object", "protest", "challenge", "agree", "disagree", "order", "instruct", "lament",
        "boast", "brag", "joke", "tease", "vow", "swear", "threaten", "promise", "predict",
        "forecast", "reply", "respond", "retort", "counter", "rebut", "clarify", "elaborate",
        "summarize", "summarise", "characterize", "characterise", "label", "dub", "term", "brand",
        "praise", "criticize", "criticise", "condemn", "denounce", "blast", "slam", "mock",
        "ridicule", "attack", "accuse", "blame", "charge", "allege", "contend", "insist", "suggest",
        "recommend", "advise", "caution", "warn", "urge", "plead", "demand", "call", "tell",
        "inform", "assure", "reassure", "remind", "confide", "concede", "admit", "confess",
        "acknowledge", "affirm", "reaffirm", "declare", "proclaim", "pronounce", "announce",
        "report", "write", "post", "tweet", "text", "email", "blog", "publish", "state", "note",
        "observe", "remark", "comment", "mention", "add", "continue", "conclude", "recall",
        "recount", "describe", "explain", "argue", "ask", "question", "wonder", "muse", "quip",
        "exclaim", "shout", "scoff", "lash", "rail", "fume", "gush", "rave", "complain", "grumble",
        "worry", "fret", "hope", "emphasize", "emphasise", "stress", "underline", "underscore",
        "highlight", "repeat", "reiterate", "echo", "concur", "assert", "maintain", "claim",
        "deny", "refute", "reject", "confirm", "testify", "pledge", "vow", "remember", "recount",
        "relate", "reflect", "concede", "opine", "theorize", "posit", "muse", "marvel", "chime",
    ]

    private static func forms(_ lemma: String) -> (ed: String, s: String, ing: String) {
        let consonantDoubling: Set<String> = ["snap", "beg", "dub", "quip", "admit", "rebut", "text"]
        if lemma == "tell" { return ("told", "tells", "telling") }
        if lemma == "write" { return ("wrote", "writes", "writing") }
        if lemma == "swear" { return ("swore", "swears", "swearing") }
        if lemma == "forecast" { return ("forecast", "forecasts", "forecasting") }
        if lemma == "text" { return ("texted", "texts", "texting") }
        if consonantDoubling.contains(lemma), let last = lemma.last {
            return (lemma + String(last) + "ed", lemma + "s", lemma + String(last) + "ing")
        }
        if lemma.hasSuffix("e") { return (lemma + "d", lemma + "s", String(lemma.dropLast()) + "ing") }
        if lemma.hasSuffix("y"), let before = lemma.dropLast().last, !"aeiou".contains(before) {
            return (String(lemma.dropLast()) + "ied", String(lemma.dropLast()) + "ies", lemma + "ing")
        }
        if lemma.hasSuffix("s") || lemma.hasSuffix("sh") || lemma.hasSuffix("ch") || lemma.hasSuffix("x") {
            return (lemma + "ed", lemma + "es", lemma + "ing")
        }
        return (lemma + "ed", lemma + "s", lemma + "ing")
    }

    /// Forms that are common nouns or adjectives far more often than verbs: kept out.
    private static let ambiguousForms: Set<String> = [
        "reports", "posts", "notes", "states", "charges", "comments", "counters", "orders", "demands",
        "promises", "vows", "pledges", "remarks", "texts", "emails", "blogs", "terms", "brands",
        "labels", "questions", "attacks", "objects", "protests", "challenges", "echoes", "laughs",
        "cries", "hopes", "worries", "calls", "forecasts", "rails", "jokes", "quips", "claims",
        "orders", "agrees", "stresses", "texting", "posting", "blogging", "publishing", "hoping",
        "worrying", "ordering", "continuing", "reporting", "charging", "calling", "branding",
        "terming", "labeling", "questioning", "attacking", "publishes", "published", "ordered",
        "continues", "continue", "hoped", "worried", "continued", "charged", "attacked", "labeled",
        "termed", "branded", "dubbed", "called", "blamed", "challenged", "objected", "agreed",
    ]

    /// The -ed and -s forms (finite) and -ing forms of `moreLemmas`, less the ambiguous ones.
    private static let lemmaForms: (finite: Set<String>, ing: Set<String>) = {
        var finite = Set<String>(), ing = Set<String>()
        for lemma in moreLemmas {
            let f = forms(lemma)
            for w in [f.ed, f.s] where !ambiguousForms.contains(w) { finite.insert(w) }
            if !ambiguousForms.contains(f.ing) { ing.insert(f.ing) }
        }
        return (finite, ing)
    }()

    private static let table = WordTable(marking: [
        (lemmaForms.finite.subtracting(afterQuoteVerbs), .finite), (lemmaForms.ing, .participle),
        (finiteVerbs, .finite), (participles, .participle), (afterQuoteVerbs, .afterQuote),
        (invertibleVerbs, .invertible), (needsOut, .needsOut), (betweenSubjectAndVerb, .between),
        (determiners, .determiner), (phraseStoppers, .stopper), (phrasePrepositions, .preposition),
        (roleNouns, .role), (femaleRoleNouns, .femaleRole), (maleRoleNouns, .maleRole),
        (nonSubjects, .nonSubject), (labelCues, .label),
        (needsIt, .needsIt), (nearQuoteOnly, .nearQuoteOnly),
        (Set(roleNouns.map { $0.hasSuffix("s") ? $0 + "es" : $0 + "s" })
            .union(roleNouns.filter { $0.hasSuffix("man") }.map { String($0.dropLast(3)) + "men" }), .rolePlural),
    ] as [(words: Set<String>, flag: WordClass)])

    /// The classes of a word, any ASCII case (empty when it is in no list).
    @inline(__always) static func word(_ w: String) -> WordClass { WordClass(rawValue: table.value(w)) }

    /// Pronouns that can be a speaker mention, with the gender they ask for.
    enum PronounGender { case male, female, plural, neuter }
    static let subjectPronouns: [String: PronounGender] = [
        "he": .male, "she": .female, "they": .plural, "it": .neuter,
    ]

    /// Lower-case words that cannot end a subject noun phrase (so "because he said" never makes
    /// "because" a speaker).
    static let nonSubjects: Set<String> = [
        "that", "which", "who", "what", "and", "or", "but", "as", "when", "while", "if", "because",
        "also", "later", "then", "has", "have", "had", "is", "was", "it", "this", "there",
    ]
}
