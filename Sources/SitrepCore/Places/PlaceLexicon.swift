/// The words around a name that tell the place resolver what the name is: designators ("the
/// Kherson region"), titles ("President X" is a person), organisation and facility words ("X
/// Airlines", "X River" are not the town X), ship words ("the frigate X").
enum PlaceLexicon {
    /// Lower-case words inside multi-word names ("Rio de Janeiro", "Isle of Man").
    static let nameConnectors: WordSet = [
        "de", "da", "do", "dos", "das", "del", "della", "dei", "di", "du", "des", "la", "le", "les", "el",
        "al", "of", "and", "the", "on", "upon", "am", "an", "der", "den", "von", "van", "y", "e", "en",
        "sur", "sous", "im", "bei", "au", "aux", "et", "i", "na", "nad", "pod", "ad", "as", "ar", "ash",
        "at", "az", "ath", "ez", "es", "ul", "al-", "el-", "ben", "bin", "ibn", "sa", "sul", "lès",
    ]

    /// Lower-case words after a name that make it a region, left outside the span
    /// ("the Kherson region", "Idlib province", "Rajasthan state").
    static let regionWordsAfter: WordSet = [
        "region", "regions", "oblast", "oblasts", "province", "provinces", "governorate",
        "governorates", "state", "states", "prefecture", "prefectures", "krai", "kray", "territory",
        "department", "departments", "voivodeship", "canton", "emirate", "republic", "county",
    ]

    /// Capitalised words after a name that belong to the region's name and to its span
    /// ("Donetsk Oblast", "Enugu State", "Kherson Region").
    static let regionWordsInName: WordSet = [
        "Oblast", "Region", "Province", "Governorate", "State", "Prefecture", "Krai", "Kray",
        "Territory", "Voivodeship", "Canton", "Emirate",
    ]

    /// Words before "of" that make the next name a region ("the province of Idlib").
    static let regionWordsBeforeOf: WordSet = [
        "region", "regions", "oblast", "oblasts", "province", "provinces", "governorate",
        "governorates", "state", "states", "prefecture", "prefectures", "territory", "territories",
        "department", "departments", "republic", "regions",
    ]

    /// Lower-case words that make a name a town ("the city of Donetsk", "Donetsk city").
    static let cityWords: WordSet = ["city", "town", "village", "port", "capital", "cities", "towns", "villages"]

    /// Titles and ranks before a surname ("President X", "Gen. X"): what follows is a person.
    static let personTitles: WordSet = [
        "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt",
        "Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Maj", "Brig", "Rev", "Fr", "Hon", "Pres", "Supt", "Insp",
        "Det", "Amb", "Atty", "Mme", "Mlle", "Herr", "Frau", "Sr", "Sra", "Dott",
        "President", "Presidents", "Minister", "Ministers", "Chancellor", "Secretary", "Senator", "Senators",
        "Governor", "Mayor", "Judge", "Justice", "King", "Queen", "Prince", "Princess", "Pope", "Sheikh",
        "Shaikh", "Ayatollah", "Emir", "Sultan", "Admiral", "General", "Commander", "Coach", "Officer",
        "Detective", "Sheriff", "Ambassador", "Spokesman", "Spokeswoman", "Spokesperson", "Director",
        "Chairman", "Chairwoman", "Chair", "CEO", "Lord", "Lady", "Sir", "Dame", "Brother", "Sister",
        "Father", "Rabbi", "Imam", "Bishop", "Cardinal", "Archbishop", "Patriarch", "Deputy",
        "Representative", "Congressman", "Congresswoman", "Councilman", "Councilwoman", "Councillor",
        "Councilor", "Premier", "Speaker", "Captain", "Lieutenant", "Sergeant", "Colonel", "Major",
        "Corporal", "Private", "Marshal", "Agent", "Inspector", "Constable", "Superintendent", "Professor",
        "Doctor", "Dean", "Provost", "Chief", "Leader", "Commissioner", "Attorney", "Prosecutor",
        "Advisor", "Adviser", "Aide", "Envoy", "Consul", "Chef", "Saint", "Mufti", "Tsar", "Czar",
        "Duke", "Duchess", "Earl", "Baron", "Baroness", "Count", "Countess", "Emperor", "Empress",
        "Vice", "Mrs.", "Mr.", "Dr.", "Ms.", "Uncle", "Aunt", "Grandpa", "Grandma", "Mister", "Madam",
        "Dear", "Player", "Striker", "Defender", "Midfielder", "Goalkeeper", "Singer", "Rapper", "Actor",
        "Actress", "Author", "Writer", "Artist", "Designer", "Photographer", "Comedian", "Star",
    ]

    /// Capitalised words that may follow a place without making it part of a longer name:
    /// titles of its officials ("Texas Governor Greg Abbott", "Kyiv Mayor"), parties, dates
    /// ("in Kyiv Thursday") and words that start the next clause.
    static let placeFollowers: WordSet = [
        "President", "Prime", "Minister", "Governor", "Gov", "Mayor", "Premier", "Chancellor",
        "Ambassador", "Secretary", "Senator", "Sen", "Rep", "Representative", "Attorney",
        "Commissioner", "Archbishop", "Bishop", "Deputy", "Vice", "Foreign", "Defence", "Defense",
        "Interior", "Republicans", "Republican", "Democrats", "Democrat", "Democratic", "Officials",
        "Authorities", "County", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
        "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "The", "A", "An", "He", "She", "It", "They", "We",
        "I", "This", "That", "There", "But", "And", "Or", "In", "On", "At", "For", "As", "After",
        "Before", "If", "When", "While", "Last", "Next", "Earlier", "Later", "Meanwhile", "However",
        "Are", "Is", "Was", "Were", "Has", "Have", "Had", "Will", "Would", "Can", "Could", "He's",
        "She's", "It's", "Its", "Their", "His", "Her", "Our", "Yesterday", "Today", "Tomorrow",
    ]

    /// Capitalised words after a name that make the whole a different thing: a company, a
    /// newspaper, a team, a river, an airport ("Moscow Times", "Texas Instruments", "Jordan River").
    static let otherThingWords: WordSet = [
        "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Ltd", "Ltd.", "LLC", "plc", "PLC", "Group",
        "Holdings", "AG", "SA", "GmbH", "Co", "Co.", "Company", "Bank", "Airlines", "Airways", "Motors",
        "Steel", "Telecom", "Pharmaceuticals", "Capital", "Partners", "Ventures", "Media", "Times",
        "Post", "Journal", "Herald", "Tribune", "Gazette", "Independent", "Daily", "Press", "Radio",
        "TV", "Television", "Chronicle", "Observer", "Examiner", "Star", "Sun", "Globe", "Courier",
        "Telegraph", "Review", "Magazine", "Records", "Studios", "Pictures", "Entertainment",
        "FC", "AFC", "CF", "SC", "United", "Rovers", "Athletic", "Wanderers", "Rangers", "Celtic",
        "Hotspur", "Albion", "Dynamo", "Dinamo", "Club", "Orchestra", "Ballet", "Opera", "Philharmonic",
        "University", "College", "Institute", "School", "Academy", "Seminary", "Hospital", "Clinic",
        "Museum", "Zoo", "Stadium", "Arena", "Airport", "Station", "Street", "Avenue", "Road",
        "Boulevard", "Lane", "Square", "Bridge", "River", "Lake", "Sea", "Bay", "Mountain",
        "Mountains", "Mount", "Hills", "Valley", "Canal", "Park", "Gardens", "Hotel", "Tower", "Palace",
        "Cathedral", "Church", "Mosque", "Synagogue", "Temple", "Mall", "Prison", "Jail", "Plant",
        "Dam", "Reservoir", "Pass", "Peninsula", "Island", "Islands", "Strait", "Straits", "Basin",
        "Desert", "Forest", "Marathon", "Open", "Masters", "Classic", "Cup", "Games", "Olympics",
        "Agreement", "Agreements", "Accord", "Accords", "Protocol", "Convention", "Declaration",
        "Treaty", "Format", "Process", "Statement", "Principles", "Conference", "Summit", "Forum",
        "Festival", "Show", "Expo", "Fair", "Symphony", "Syndrome", "Fever", "Flu", "Virus",
        "Mule", "Metro", "Subway", "Railway", "Railways", "Railroad", "Express", "Line", "Lines",
        "Terminal", "Harbor", "Harbour", "Port", "Docks", "Beach", "Coast", "Heights", "Township",
        "Borough", "Parish", "Ward", "Quarter", "District", "Center", "Centre", "Library",
        "Theatre", "Theater", "Hall", "House", "Building", "Base", "Camp", "Fort", "Gate", "Wall",
        "Bowl", "Rams", "Giants", "Jets", "Bears", "Lions", "Tigers", "Kings", "Knights", "Warriors",
        "Raiders", "Chiefs", "Cowboys", "Eagles", "Patriots", "Saints", "Falcons", "Panthers",
        "Dolphins", "Bills", "Titans", "Texans", "Steelers", "Browns", "Bengals", "Ravens",
        "Packers", "Vikings", "Cardinals", "Seahawks", "Broncos", "Colts", "Jaguars", "Buccaneers",
        "Lakers", "Celtics", "Knicks", "Nets", "Bulls", "Heat", "Spurs", "Rockets", "Mavericks",
        "Suns", "Clippers", "Nuggets", "Yankees", "Mets", "Dodgers", "Cubs", "Sox", "Braves",
        "Astros", "Mariners", "Orioles", "Red", "Blue", "Capitals", "Islanders", "Penguins",
        "Flyers", "Bruins", "Canadiens", "Senators", "Sabres", "Wild", "Stars", "Kraken",
        "Blackhawks", "Oilers", "Flames", "Canucks", "Sharks", "Ducks", "Predators", "Hurricanes",
        "Lightning", "Thunder", "Jazz", "Magic", "Pistons", "Pacers", "Hawks", "Grizzlies",
        "Pelicans", "Timberwolves", "Blazers", "Kings", "Wizards", "Hornets", "Raptors", "City",
        "Rebels", "Lions", "Sparks", "Storm", "Fire", "Union", "Galaxy", "Revolution", "Crew",
        "Whitecaps", "Sounders", "Timbers", "Dome", "Garden", "Square", "Alliance", "Council",
        "Fleet", "Command", "Corps", "Federation", "League", "Association", "Organization",
        "Organisation", "Agency", "Foundation", "Fund", "Initiative", "Partnership", "Pact",
        "Cooperation", "Community", "Committee", "Commission", "Society", "Network", "Authority",
        "Limited", "Chamber", "Trust", "Department", "Police", "Army", "Office",
    ]

    /// Words after a country's name that make the whole a company or a paper ("Malta plc",
    /// "Russia Today"), where a country's name before an institution stays a place.
    static let companyWords: WordSet = [
        "Inc", "Corp", "Corporation", "Ltd", "LLC", "plc", "PLC", "Limited", "Group", "Holdings", "AG",
        "GmbH", "Airlines", "Airways", "Air", "Times", "Post", "Journal", "Herald", "Tribune", "Gazette",
        "Today", "Daily", "Telegraph", "Chronicle", "Motors", "Telecom", "Energy", "Oil", "Gas",
        "Petroleum", "Steel", "Mining", "Railways", "Rail", "Express", "Bank", "Insurance", "Capital",
        "Partners", "Ventures", "Media", "Records", "Studios", "Pictures", "Entertainment", "FC",
        "United", "City", "Rovers", "Athletic", "Wanderers", "Rangers", "Club",
    ]

    /// Lower-case words before a name that make it a ship, a storm or an operation
    /// ("the cruiser Moskva", "storm Ciara").
    static let shipWords: WordSet = [
        "ship", "vessel", "frigate", "cruiser", "destroyer", "submarine", "sub", "tanker", "carrier",
        "warship", "boat", "freighter", "yacht", "ferry", "liner", "icebreaker", "corvette",
        "flagship", "trawler", "steamer", "schooner", "dredger", "tug", "airliner", "racehorse",
        "hurricane", "storm", "typhoon", "cyclone", "operation", "codenamed", "code-named",
        "shuttle", "spacecraft", "orbiter", "rocket", "probe", "satellite", "capsule", "rover", "lander",
    ]

    /// Prefixes of ship names ("USS Georgia", "HMS Belfast").
    static let shipPrefixes: WordSet = ["USS", "HMS", "HMCS", "HMAS", "HMNZS", "INS", "RFS", "MV", "SS", "RMS", "FS", "USNS", "ARA", "BNS"]

    /// Words right before a name that say it is a place ("in Nice", "near Split").
    static let locativeWords: WordSet = [
        "in", "at", "near", "from", "outside", "into", "to", "towards", "toward", "around",
        "throughout", "across", "via", "inside", "across", "through", "between", "visit", "visited",
        "visiting", "reached", "entered", "left", "fled", "of", "and", "captured", "liberated",
        "occupied", "shelled", "bombed", "struck", "attacked", "hit", "seized", "recaptured",
    ]

    /// Capitalised words that may stand before a place inside one name run ("Northern Ukraine",
    /// "Greater London", "Occupied Crimea") without making the place a surname.
    static let placeModifiers: WordSet = [
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
        "Northeast", "Northwest", "Southeast", "Southwest", "Northeastern", "Northwestern",
        "Southeastern", "Southwestern", "Greater", "Upper", "Lower", "Inner", "Outer", "Old", "New",
        "Occupied", "Metropolitan", "Mainland", "Downtown", "Rural", "Coastal", "Continental",
        "Soviet", "Imperial", "Colonial", "Free", "Independent", "Liberated", "Annexed", "Post-Soviet",
        "Mid", "Far", "Near", "Middle", "Little", "Great", "Holy", "Ancient", "Modern", "Medieval",
        "Communist", "Nazi", "Tsarist", "Ottoman", "Byzantine", "Roman", "Catholic", "Orthodox",
        "Muslim", "Christian", "Jewish", "Arab", "Kurdish", "Rural", "Urban", "Suburban", "All",
        "Across", "Beyond", "Outside", "Inside", "Like", "Unlike", "Both", "From", "To", "In", "At",
        "For", "With", "By", "On", "Of", "And", "Or", "But", "As", "If", "When", "While", "After",
        "Before", "Since", "Until", "Than", "Via", "Per", "Between", "Among", "Against", "Toward",
        "Towards", "Into", "Onto", "Near", "Through", "Throughout", "Within", "Without", "Including",
        "Excluding", "Despite", "Unlike", "Except", "Plus", "Minus", "Over", "Under", "Above",
        "Below", "Around", "Along", "Behind", "Beside", "Besides", "Beneath", "Amid", "Amidst",
    ]

    /// Lower-case particles inside people's names ("Roger van Boxtel", "Ibrahim bin Rashid").
    static let nameParticles: WordSet = [
        "van", "von", "de", "da", "di", "del", "della", "der", "den", "ter", "ten", "le", "la", "du",
        "dos", "das", "do", "bin", "ibn", "al", "el", "ben", "bint", "mac", "af", "zu",
    ]

    /// Lower-case words between two names of a list ("Kherson, Zaporizhzhia and Donetsk").
    static let listJoiners: WordSet = [",", "and", "or", "&", "as well as"]
}
