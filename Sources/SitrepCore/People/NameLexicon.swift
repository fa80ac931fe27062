/// Word lists for reading person names: titles and ranks that come before a name, words that
/// make a capitalised run an organisation, a few well-known place names that speak for their
/// governments ("Moscow said"), and a modest list of common given names with their usual gender.
/// All lower case, without dots.
enum NameLexicon {
    /// Titles, ranks and offices written before a name ("Rear Admiral", "President", "Sen.").
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
        "president", "vice", "prime", "minister", "secretary", "senator", "sen", "rep",
        "representative", "congressman", "congresswoman", "gov", "governor", "mayor", "gen",
        "general", "lt", "lieutenant", "col", "colonel", "maj", "major", "capt", "captain", "cmdr",
        "commander", "adm", "admiral", "rear", "sgt", "sergeant", "cpl", "corporal", "pvt",
        "private", "brig", "brigadier", "marshal", "field", "judge", "justice", "chief", "deputy",
        "ambassador", "amb", "king", "queen", "prince", "princess", "pope", "rev", "reverend",
        "father", "rabbi", "imam", "sheikh", "bishop", "archbishop", "cardinal", "chancellor",
        "premier", "speaker", "chairman", "chairwoman", "chair", "director", "commissioner",
        "inspector", "detective", "det", "sheriff", "attorney", "atty", "councillor",
        "councilman", "councilwoman", "leader", "spokesman", "spokeswoman", "spokesperson",
        "former", "acting", "interim", "emir", "crown", "grand", "supreme", "ayatollah", "hon",
        "msgr", "fr", "pres", "supt", "insp", "president-elect", "vice-president", "sultan",
        "patriarch", "metropolitan", "coach", "officer", "agent", "trooper", "constable",
        "superintendent", "ceo", "chairperson", "treasurer", "comptroller", "auditor",
        "commissar", "envoy", "lawmaker", "mp", "mep", "gop", "dem", "democrat", "republican",
        "democratic", "conservative", "liberal", "independent", "candidate", "nominee",
        "frontrunner", "front-runner", "billionaire", "businessman", "businesswoman", "activist",
        "author", "actor", "actress", "rapper", "singer", "comedian", "host", "anchor",
        "pollster", "strategist", "consultant", "adviser", "advisor", "aide", "economist",
        "analyst", "columnist", "reporter", "correspondent", "ally", "rival", "alderman",
        "alderwoman", "councilmember", "secretary-treasurer", "treasurer", "assemblyman",
        "assemblywoman", "delegate", "superintendent", "chancellor", "provost", "dean",
    ]

    /// Titles that say nothing about a role worth reporting (role comes from the others).
    static let courtesyTitles: Set<String> = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "hon", "former", "democrat",
        "republican", "democratic", "conservative", "liberal", "independent",
    ]

    /// Capitalised words that may sit inside a title before a name: departments, branches,
    /// adjectives ("Secretary of State", "Defense Minister", "Russian President").
    static let titleModifiers: Set<String> = [
        "state", "defense", "defence", "foreign", "interior", "home", "finance", "treasury",
        "health", "justice", "economy", "economic", "trade", "commerce", "energy", "labor",
        "labour", "education", "agriculture", "transport", "transportation", "homeland",
        "security", "war", "navy", "army", "air", "force", "staff", "of", "the", "and", "for",
        "affairs", "general", "attorney", "district", "national", "federal", "regional", "city",
        "county", "party", "house", "senate", "opposition", "majority", "minority", "white",
        "first", "deputy", "foreign", "culture", "environment", "emergency", "emergencies",
        "information", "intelligence", "industry", "digital", "u.s.", "us", "uk", "un", "eu",
        "nato", "fbi", "cia", "ceo", "team", "press", "campaign", "interior", "development",
    ]

    /// Title words that imply a gender.
    static let maleTitles: Set<String> = ["mr", "sir", "lord", "king", "prince", "father", "congressman", "chairman", "councilman", "spokesman", "emir", "sultan", "sheikh"]
    static let femaleTitles: Set<String> = ["mrs", "ms", "miss", "dame", "lady", "queen", "princess", "congresswoman", "chairwoman", "councilwoman", "spokeswoman"]

    /// Name suffixes that are not the surname ("Jr.", "III").
    static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv", "phd", "md", "esq", "qc", "kc"]

    /// Words that make a capitalised run an organisation, a group or a thing, not a person.
    static let organisationWords: Set<String> = [
        "news", "times", "post", "journal", "party", "committee", "ministry", "department",
        "agency", "council", "inc", "corp", "corporation", "association", "campaign", "commission",
        "office", "institute", "university", "college", "foundation", "union", "alliance", "army",
        "navy", "police", "service", "services", "group", "network", "press", "company", "bank",
        "fund", "court", "congress", "senate", "house", "administration", "government", "center",
        "centre", "organization", "organisation", "forces", "force", "guard", "board",
        "authority", "bureau", "federation", "coalition", "front", "movement", "church", "club",
        "team", "media", "television", "tv", "radio", "magazine", "review", "tribune", "herald",
        "gazette", "daily", "reuters", "watch", "pac", "society", "trust", "assembly",
        "parliament", "kremlin", "pentagon", "secretariat", "program", "programme", "project",
        "initiative", "laboratory", "hospital", "school", "airlines", "airways", "motors",
        "electric", "industries", "holdings", "partners", "capital", "systems", "technologies",
        "ltd", "llc", "co", "brigade", "battalion", "regiment", "division", "command", "fleet",
        "republic", "kingdom", "states", "nations", "ministries", "federal", "national", "city",
        "county", "province", "region", "district", "street", "avenue", "road", "square",
        "river", "lake", "mountains", "island", "islands", "bridge", "airport", "station",
        "stadium", "hall", "palace", "tower", "park", "museum", "library", "channel", "online",
        "cnn", "bbc", "nbc", "abc", "cbs", "fox", "msnbc", "npr", "afp", "ap", "tass", "ria",
        "interfax", "ukrinform", "politico", "breitbart", "facebook", "twitter", "google",
        "youtube", "instagram", "telegram", "tiktok", "day", "week", "month", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "september", "october", "november", "december", "democrats", "republicans", "democratic", "republican",
        "conservatives", "liberals", "greens", "socialists", "jazeera", "bloomberg", "ministers",
        "staff", "nato", "un", "eu", "fbi", "cia", "gop", "ngo", "operation",
        "act", "bill", "law", "treaty", "accord", "agreement", "plan", "report", "forum",
        "summit", "conference", "festival", "games", "cup", "olympics", "war", "crisis",
        "elementary", "high", "academy", "studio", "studios", "records", "books", "publishing",
        "state", "pac", "caucus", "convention", "primary", "debate", "index", "exchange", "market",
        "airport", "university", "institution", "council", "tribunal", "cabinet", "directorate",
    ]

    /// Words that begin sentences and headlines, capitalised there, and are never the first
    /// word of a name.
    static let startWords: Set<String> = [
        "unlike", "while", "on", "to", "by", "is", "did", "does", "do", "was", "were", "are",
        "has", "have", "had", "would", "can", "could", "should", "might", "must", "year",
        "like", "regarding", "with", "without", "from", "for", "as", "at", "in", "of", "after",
        "before", "since", "until", "when", "where", "why", "how", "what", "who", "whom", "which",
        "if", "though", "although", "because", "so", "but", "and", "or", "nor", "the", "a", "an",
        "this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their", "ask",
        "says", "said", "stop", "dump", "never", "dear", "meet", "watch", "listen", "read", "see",
        "vote", "not", "just", "only", "even", "also", "here", "there", "now", "then", "today",
        "tonight", "yesterday", "tomorrow", "breaking", "exclusive", "update", "video",
        "photos", "opinion", "analysis", "editorial", "why", "inside", "behind", "against",
        "about", "over", "under", "between", "through", "during", "despite", "toward", "towards",
        "endorsed", "elected", "defeated", "asked", "told", "thank", "thanks", "congratulations",
        "sorry", "yes", "no", "hey", "hi", "hello", "goodbye", "welcome", "every", "each", "all", "some", "any", "many", "much", "more", "most", "few", "both",
        "either", "neither", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "mr", "mrs",
    ]

    /// Organisation words that are also common surnames: a run ending in one is a person when a
    /// known given name or a title comes first ("Lena Park", "Dr. Ann Church").
    static let surnameLikeOrganisationWords: Set<String> = [
        "park", "hall", "church", "house", "bank", "tower", "post", "bridge", "station", "palace",
        "trust", "court", "guard", "front", "watch", "fund", "channel", "market", "hill", "field",
        "wood", "king", "street", "times", "may", "day", "march", "cup", "law", "bill", "star",
    ]

    /// Places and institutions often used as the speaker for a government ("Moscow said",
    /// "the Kremlin said"): never a person. A small general list; the Places stage knows more.
    static let placeSpeakers: Set<String> = [
        "russia", "ukraine", "china", "america", "britain", "france", "germany", "italy", "spain",
        "poland", "japan", "india", "iran", "iraq", "israel", "syria", "turkey", "egypt", "canada",
        "mexico", "brazil", "australia", "korea", "nato", "europe", "africa", "asia", "washington",
        "moscow", "kyiv", "kiev", "beijing", "london", "paris", "berlin", "brussels", "tehran",
        "ankara", "tokyo", "delhi", "pyongyang", "seoul", "jerusalem", "damascus", "baghdad",
        "warsaw", "rome", "madrid", "ottawa", "canberra", "cairo", "minsk", "belarus", "hungary",
        "romania", "serbia", "austria", "greece", "sweden", "finland", "norway", "denmark",
        "netherlands", "belgium", "switzerland", "portugal", "ireland", "scotland", "wales",
        "england", "pakistan", "afghanistan", "vietnam", "taiwan", "venezuela", "cuba",
        "argentina", "chile", "colombia", "peru", "nigeria", "kenya", "ethiopia", "sudan",
        "libya", "lebanon", "jordan", "yemen", "qatar", "saudi", "emirates", "gaza", "crimea",
        "donetsk", "luhansk", "lugansk", "kherson", "zaporizhzhia", "mariupol", "kharkiv",
        "odesa", "odessa", "lviv", "budapest", "belgrade", "vienna", "bucharest", "sofia",
        "prague", "washington's", "whitehall", "downing", "capitol", "hollywood", "wall",
        "iowa", "texas", "california", "florida", "ohio", "virginia", "york", "carolina",
        "hampshire", "nevada", "colorado", "michigan", "pennsylvania", "wisconsin", "arizona",
        "georgia", "illinois", "massachusetts", "jersey", "kentucky", "tennessee", "indiana",
        "missouri", "minnesota", "oregon", "utah", "alabama", "louisiana", "maryland",
        "connecticut", "oklahoma", "kansas", "nebraska", "mississippi", "arkansas", "idaho",
        "montana", "wyoming", "alaska", "hawaii", "vermont", "maine", "dakota", "delaware",
        "americans", "russians", "ukrainians", "europeans", "chinese", "god", "christ", "jesus",
        "allah", "congress", "senate", "parliament", "kremlin", "pentagon", "obamacare",
        "twitter", "facebook", "instagram", "youtube", "google", "reddit", "telegram",
    ]

    /// Common given names by usual gender, across languages. Deliberately modest: it only
    /// breaks ties for pronouns and marks a capitalised run as a person.
    static let maleGivenNames: Set<String> = [
        "john", "james", "robert", "michael", "william", "david", "richard", "joseph", "thomas",
        "charles", "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven",
        "paul", "andrew", "joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald",
        "edward", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan",
        "stephen", "larry", "justin", "scott", "brandon", "benjamin", "samuel", "gregory",
        "frank", "alexander", "raymond", "patrick", "jack", "dennis", "jerry", "tyler", "aaron",
        "jose", "adam", "henry", "nathan", "douglas", "zachary", "peter", "kyle", "walter",
        "ethan", "jeremy", "harold", "keith", "christian", "roger", "noah", "gerald", "carl",
        "terry", "sean", "austin", "arthur", "lawrence", "jesse", "dylan", "bryan", "joe",
        "jordan", "billy", "bruce", "albert", "willie", "gabriel", "logan", "alan", "juan",
        "wayne", "roy", "ralph", "randy", "eugene", "vincent", "russell", "elijah", "louis",
        "bobby", "philip", "johnny", "bill", "bernie", "ted", "mike", "jim", "tom", "bob", "dan",
        "chris", "tim", "ben", "sam", "tony", "steve", "jeff", "greg", "ron", "ken", "rick", "dick",
        "marco", "jeb", "rand", "barack", "vladimir", "volodymyr", "dmitry", "dmitri",
        "sergei", "sergey", "serhiy", "oleksandr", "oleksiy", "olexander", "alexei", "alexey",
        "andrei", "andriy", "andrii", "mykhailo", "mikhail", "ivan", "igor", "ihor", "yuri",
        "yuriy", "viktor", "victor", "petro", "pyotr", "pavel", "pavlo", "nikolai", "mykola",
        "vasily", "vasyl", "boris", "denys", "denis", "maksym", "maxim", "rustem", "ramzan",
        "yevgeny", "yevgeniy", "emmanuel", "sebastien", "sébastien", "jean", "pierre", "jacques",
        "francois", "françois", "olaf", "friedrich", "hans", "klaus", "wolfgang", "jürgen",
        "jurgen", "karl", "heinz", "mario", "giuseppe", "giovanni", "luigi", "matteo",
        "pedro", "carlos", "luis", "miguel", "javier", "manuel", "antonio", "francisco",
        "alejandro", "diego", "fernando", "jorge", "ricardo", "rafael", "andres", "andrés",
        "mohammed", "muhammad", "mohammad", "ahmed", "ahmad", "ali", "omar", "hassan", "hussein",
        "ibrahim", "khalid", "abdullah", "mahmoud", "recep", "benjamin", "yair", "naftali",
        "xi", "narendra", "rishi", "keir", "aleksandar", "aleksandr", "alexandr", "milorad", "zoran", "goran",
        "dragan", "milos", "miloš", "nikola", "janez", "tomas", "tomasz", "piotr", "andrzej",
        "jaroslaw", "krzysztof", "lukasz", "jan", "lars", "erik", "anders", "nils", "olav",
        "jens", "magnus", "mats", "henrik", "sven", "bjorn", "björn", "pekka", "mikko", "jonas",
        "ludwig", "felix", "leon", "lukas", "max", "moritz", "paolo", "stefano", "alessandro",
        "ivo", "piet", "jonas", "luca", "lars", "karl", "petr", "jiri", "jiří", "vaclav", "václav", "dusan", "dušan", "istvan", "istván",
        "laszlo", "lászló", "gabor", "gábor", "zoltan", "zoltán", "attila", "florin", "ion",
        "mihai", "nicolae", "bogdan", "radu", "dmytro", "vitali", "vitaliy", "vitaly", "kyrylo",
        "arseniy", "arseny", "valery", "valeriy", "gennady", "anatoly", "leonid", "oleg", "roman",
        "stanislav", "vadim", "vadym", "yaroslav", "yevhen", "taras", "bohdan", "ruslan", "emil",
    ]

    static let femaleGivenNames: Set<String> = [
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica",
        "sarah", "karen", "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly",
        "emily", "donna", "michelle", "dorothy", "carol", "amanda", "melissa", "deborah",
        "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy", "shirley",
        "angela", "helen", "anna", "brenda", "pamela", "nicole", "emma", "samantha", "katherine",
        "christine", "debra", "rachel", "catherine", "carolyn", "janet", "ruth", "maria",
        "heather", "diane", "virginia", "julie", "joyce", "victoria", "olivia", "kelly",
        "christina", "lauren", "joan", "evelyn", "judith", "megan", "cheryl", "andrea", "hannah",
        "martha", "jacqueline", "frances", "gloria", "ann", "teresa", "kathryn", "sara", "janice",
        "jean", "alice", "madison", "doris", "abigail", "julia", "judy", "grace", "denise",
        "amber", "marilyn", "beverly", "danielle", "theresa", "sophia", "marie", "diana",
        "brittany", "natalie", "isabella", "charlotte", "rose", "alexis", "kayla", "hillary",
        "kamala", "nikki", "sarah", "elizabeth", "nancy", "condoleezza", "madeleine", "huma",
        "kellyanne", "ivanka", "melania", "michelle", "chelsea", "debbie", "donna", "carly",
        "angela", "ursula", "kaja", "giorgia", "marine", "ségolène", "segolene", "christine",
        "liz", "jacinda", "sanna", "mette", "annalena", "olena", "olga",
        "oksana", "iryna", "irina", "natalia", "nataliya", "tetiana", "tatiana", "tatyana",
        "yulia", "yuliia", "lyudmila", "svetlana", "elena", "yelena", "maria", "mariya",
        "valentina", "ekaterina", "yekaterina", "kateryna", "anastasia", "daria", "darya",
        "alina", "viktoria", "victoria", "ludmila", "galina", "halyna", "larisa", "marina",
        "vera", "nadia", "nadiya", "sofia", "lena", "petra", "marta", "ines", "kim", "lea", "mia",
        "ida", "ella", "nora", "clara", "kathy", "kate", "katie", "cathy", "jane", "joanne", "jo",
        "meg", "peggy", "sally", "tina", "wendy", "becky", "molly", "holly", "lucy", "amelia", "hanna", "helena", "zoe", "zoë", "alma", "olena", "ivana", "sophie", "camille", "chloe", "léa", "lea", "manon",
        "claire", "isabelle", "nathalie", "sylvie", "anne", "brigitte", "ines", "inés", "carmen",
        "lucia", "lucía", "pilar", "isabel", "ana", "rosa", "francesca", "giulia", "chiara",
        "paola", "laura", "katarina", "katarzyna", "agnieszka", "magdalena", "joanna", "ewa",
        "zuzana", "eva", "petra", "jana", "lenka", "ingrid", "astrid", "karin", "birgit",
        "sabine", "ulrike", "petra", "monika", "ilse", "greta", "fatima", "aisha", "leila",
        "layla", "amina", "mariam", "maryam", "zainab", "noor", "yasmin", "priya", "sunita",
        "mei", "yuki", "ilhan", "alexandria", "elise", "stefanie", "tulsi", "jill", "susanna",
    ]

    /// What a lower-case word is in these lists, as bits, so that one hash lookup answers all.
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt32
        static let title = Flags(rawValue: 1)
        static let titleModifier = Flags(rawValue: 2)
        static let courtesy = Flags(rawValue: 4)
        static let organisation = Flags(rawValue: 8)
        static let place = Flags(rawValue: 16)
        static let male = Flags(rawValue: 32)
        static let female = Flags(rawValue: 64)
        static let suffix = Flags(rawValue: 128)
        static let role = Flags(rawValue: 256)
        static let roleSingular = Flags(rawValue: 512)
        static let maleTitle = Flags(rawValue: 1024)
        static let femaleTitle = Flags(rawValue: 2048)
        /// An organisation word that is also a common surname ("Park", "Hall", "Church").
        static let surnameLike = Flags(rawValue: 4096)
        /// Never a name on its own ("Another", "I", "Everything").
        static let notName = Flags(rawValue: 1 << 13)
        /// A month, a weekday, a holiday.
        static let time = Flags(rawValue: 1 << 14)
        /// A month that is also a given name ("May", "June").
        static let timeNameLike = Flags(rawValue: 1 << 15)
        /// A participle that opens sentences ("Citing", "Having").
        static let initialParticiple = Flags(rawValue: 1 << 16)
        /// A preposition before a place ("in", "at", "from").
        static let placePreposition = Flags(rawValue: 1 << 17)
        /// A word that starts sentences and headlines but is not part of a name ("Unlike", "Stop").
        static let startWord = Flags(rawValue: 1 << 18)
        static let givenName: Flags = [.male, .female]
        static let anyRole: Flags = [.role, .roleSingular]
    }

    private static let table = WordTable(marking: [
        (titles, .title), (titleModifiers, .titleModifier), (courtesyTitles, .courtesy),
        (organisationWords, .organisation), (placeSpeakers, .place),
        (Set(maleGivenNames.map { NameSimilarity.fold($0) }).union(maleGivenNames), .male),
        (Set(femaleGivenNames.map { NameSimilarity.fold($0) }).union(femaleGivenNames), .female),
        (suffixes, .suffix), (SpeechLexicon.roleNouns, .role),
        (Set(SpeechLexicon.roleNouns.map { $0 + "s" }), .roleSingular),
        (maleTitles, .maleTitle), (femaleTitles, .femaleTitle),
        (surnameLikeOrganisationWords, .surnameLike),
        (NameReader.notNames, .notName), (NameReader.timeWords, .time),
        (["may", "june", "april", "august"], .timeNameLike),
        (NameReader.initialParticiples.union(SpeechLexicon.participles), .initialParticiple),
        (NameReader.placePrepositions, .placePreposition),
        (startWords, .startWord),
    ] as [(words: Set<String>, flag: Flags)])

    /// The flags of a word, any ASCII case, dots ignored ("Sen", "U.S.").
    @inline(__always) static func flags(_ word: String) -> Flags { Flags(rawValue: table.value(word)) }

    /// The flags of a token's text (same as `flags(_:)`).
    @inline(__always) static func flags(forToken text: String) -> Flags { Flags(rawValue: table.value(text)) }

    /// A title that says nothing about a role ("Mr", "Dr", "former").
    @inline(__always) static func isCourtesy(_ word: String) -> Bool { flags(word).contains(.courtesy) }

    /// A title or rank written before names ("President", "Sen", "Rear").
    @inline(__always) static func isTitle(_ word: String) -> Bool { flags(word).contains(.title) }

    /// The gender a given name suggests, when the lists agree on one.
    static func gender(ofGivenName name: String) -> PersonGender {
        let lower = NameSimilarity.fold(name)
        let m = maleGivenNames.contains(lower), f = femaleGivenNames.contains(lower)
        if m && !f { return .male }
        if f && !m { return .female }
        return .unknown
    }

    static func isGivenName(_ name: String) -> Bool {
        let lower = NameSimilarity.fold(name)
        return maleGivenNames.contains(lower) || femaleGivenNames.contains(lower)
    }
}

/// What the text says about a person's gender (only used to resolve "he" and "she").
enum PersonGender: Sendable, Hashable { case unknown, male, female }
