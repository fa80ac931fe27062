/// The word lists the synthetic bench corpus is built from. Everything here was written for
/// Sitrep; places are real (city, region, country) so that the place stage has work to do,
/// people and organisations are invented.
///
/// Templates use `{key}` placeholders, filled by `SyntheticWriter.fill(_:)`:
/// `{city}` `{region}` `{country}` (the story's main place), `{city2}` (another place, in the
/// same country when there is one), `{agency}`, `{n}` (2-95), `{big}` (120-48,000), `{pct}`,
/// `{dec}` (a magnitude such as 5.4), `{temp}`, `{month}` (the article's month), `{oldYear}`,
/// and the date phrases `{past}` (yesterday, on Tuesday, on March 3, ...), `{future}` (next
/// week, tomorrow, ...) and `{earlier}` (last year, in 2019, ...).
enum SyntheticVocabulary {
    struct Place: Sendable {
        let city: String
        let region: String
        let country: String
    }

    /// One kind of developing story.
    struct Topic: Sendable {
        let slug: String
        let headlines: [String]
        let agencies: [String]
        /// Roles for named people; the role follows the name after a comma.
        let roles: [String]
        /// Things that happened (past-tense clauses, lower-case unless a name starts them).
        let facts: [String]
        /// Things expected (clauses completed by a `{future}` phrase).
        let plans: [String]
        /// Sentences that give history (each holds an `{earlier}` phrase).
        let background: [String]
        /// What people say, without final punctuation.
        let quotes: [String]
    }

    static let places: [Place] = [
        Place(city: "Lyon", region: "Auvergne-Rhône-Alpes", country: "France"),
        Place(city: "Toulouse", region: "Occitania", country: "France"),
        Place(city: "Porto", region: "Norte", country: "Portugal"),
        Place(city: "Seville", region: "Andalusia", country: "Spain"),
        Place(city: "Valencia", region: "the Valencian Community", country: "Spain"),
        Place(city: "Bologna", region: "Emilia-Romagna", country: "Italy"),
        Place(city: "Naples", region: "Campania", country: "Italy"),
        Place(city: "Graz", region: "Styria", country: "Austria"),
        Place(city: "Linz", region: "Upper Austria", country: "Austria"),
        Place(city: "Dresden", region: "Saxony", country: "Germany"),
        Place(city: "Cologne", region: "North Rhine-Westphalia", country: "Germany"),
        Place(city: "Wrocław", region: "Lower Silesia", country: "Poland"),
        Place(city: "Kraków", region: "Lesser Poland", country: "Poland"),
        Place(city: "Brno", region: "South Moravia", country: "the Czech Republic"),
        Place(city: "Košice", region: "the Košice Region", country: "Slovakia"),
        Place(city: "Szeged", region: "Csongrád-Csanád County", country: "Hungary"),
        Place(city: "Novi Sad", region: "Vojvodina", country: "Serbia"),
        Place(city: "Split", region: "Split-Dalmatia County", country: "Croatia"),
        Place(city: "Cluj-Napoca", region: "Cluj County", country: "Romania"),
        Place(city: "Iași", region: "Iași County", country: "Romania"),
        Place(city: "Tulcea", region: "Tulcea County", country: "Romania"),
        Place(city: "Plovdiv", region: "Plovdiv Province", country: "Bulgaria"),
        Place(city: "Thessaloniki", region: "Central Macedonia", country: "Greece"),
        Place(city: "İzmir", region: "İzmir Province", country: "Turkey"),
        Place(city: "Kharkiv", region: "Kharkiv Oblast", country: "Ukraine"),
        Place(city: "Odesa", region: "Odesa Oblast", country: "Ukraine"),
        Place(city: "Kutaisi", region: "Imereti", country: "Georgia"),
        Place(city: "Kaunas", region: "Kaunas County", country: "Lithuania"),
        Place(city: "Gothenburg", region: "Västra Götaland", country: "Sweden"),
        Place(city: "Bergen", region: "Vestland", country: "Norway"),
        Place(city: "Tampere", region: "Pirkanmaa", country: "Finland"),
        Place(city: "Cork", region: "County Cork", country: "Ireland"),
        Place(city: "Glasgow", region: "Scotland", country: "the United Kingdom"),
        Place(city: "Halifax", region: "Nova Scotia", country: "Canada"),
        Place(city: "Winnipeg", region: "Manitoba", country: "Canada"),
        Place(city: "Sacramento", region: "California", country: "the United States"),
        Place(city: "Houston", region: "Texas", country: "the United States"),
        Place(city: "Porto Alegre", region: "Rio Grande do Sul", country: "Brazil"),
        Place(city: "Córdoba", region: "Córdoba Province", country: "Argentina"),
        Place(city: "Valparaíso", region: "the Valparaíso Region", country: "Chile"),
        Place(city: "Mombasa", region: "Mombasa County", country: "Kenya"),
        Place(city: "Durban", region: "KwaZulu-Natal", country: "South Africa"),
        Place(city: "Chennai", region: "Tamil Nadu", country: "India"),
        Place(city: "Cebu City", region: "Central Visayas", country: "the Philippines"),
        Place(city: "Osaka", region: "Osaka Prefecture", country: "Japan"),
        Place(city: "Brisbane", region: "Queensland", country: "Australia"),
        Place(city: "Christchurch", region: "Canterbury", country: "New Zealand"),
        Place(city: "Coimbra", region: "Centro", country: "Portugal"),
        Place(city: "Debrecen", region: "Hajdú-Bihar County", country: "Hungary"),
        Place(city: "Subotica", region: "Vojvodina", country: "Serbia"),
        Place(city: "Zadar", region: "Zadar County", country: "Croatia"),
        Place(city: "Ruse", region: "Ruse Province", country: "Bulgaria"),
        Place(city: "Larissa", region: "Thessaly", country: "Greece"),
        Place(city: "Manisa", region: "Manisa Province", country: "Turkey"),
        Place(city: "Batumi", region: "Adjara", country: "Georgia"),
        Place(city: "Klaipėda", region: "Klaipėda County", country: "Lithuania"),
        Place(city: "Borås", region: "Västra Götaland", country: "Sweden"),
        Place(city: "Stavanger", region: "Rogaland", country: "Norway"),
        Place(city: "Turku", region: "Southwest Finland", country: "Finland"),
        Place(city: "Limerick", region: "County Limerick", country: "Ireland"),
        Place(city: "Edinburgh", region: "Scotland", country: "the United Kingdom"),
        Place(city: "Olomouc", region: "the Olomouc Region", country: "the Czech Republic"),
        Place(city: "Prešov", region: "the Prešov Region", country: "Slovakia"),
        Place(city: "Pelotas", region: "Rio Grande do Sul", country: "Brazil"),
        Place(city: "Rosario", region: "Santa Fe Province", country: "Argentina"),
        Place(city: "Viña del Mar", region: "the Valparaíso Region", country: "Chile"),
        Place(city: "Kisumu", region: "Kisumu County", country: "Kenya"),
        Place(city: "Pietermaritzburg", region: "KwaZulu-Natal", country: "South Africa"),
        Place(city: "Madurai", region: "Tamil Nadu", country: "India"),
        Place(city: "Iloilo City", region: "Western Visayas", country: "the Philippines"),
        Place(city: "Kobe", region: "Hyōgo Prefecture", country: "Japan"),
        Place(city: "Townsville", region: "Queensland", country: "Australia"),
        Place(city: "Timaru", region: "Canterbury", country: "New Zealand"),
    ]

    static let femaleFirstNames = [
        "Anna", "Maria", "Elena", "Sofia", "Ingrid", "Claire", "Lucía", "Katarzyna", "Jana", "Ioana",
        "Eleni", "Ayşe", "Olena", "Nino", "Priya", "Aiko", "Fatima", "Grace", "Marta", "Zsófia",
        "Milena", "Chloé", "Henrike", "Aoife",
    ]
    static let maleFirstNames = [
        "Thomas", "Marco", "Jan", "Pavel", "Luis", "Pierre", "Mihai", "Nikos", "Mehmet", "Andriy",
        "Giorgi", "Rahul", "Kenji", "Samuel", "David", "Lars", "Tomás", "Ivan", "Mateus", "Ahmed",
        "Jonas", "Dragan", "Kwame", "Ciarán",
    ]
    static let lastNames = [
        "Keller", "Moreau", "Rossi", "Novak", "Kowalski", "Horváth", "Popescu", "Yılmaz", "Kovalenko",
        "Beridze", "Iyer", "Tanaka", "Okafor", "Mensah", "Lindqvist", "Fernández", "Silva", "O'Brien",
        "MacLeod", "Dubois", "Schneider", "Petrović", "Jovanović", "Müller", "Haas", "Brennan", "Costa",
        "Almeida", "Nakamura", "Mwangi", "Nguyen", "Haddad", "Bergström", "Virtanen", "Kaya",
        "Bianchi", "Laurent", "Walsh", "Ortega", "Reyes", "Van der Berg", "De Luca",
    ]

    static let sources = [
        "Continental Wire", "Northern Dispatch", "Harbour Times", "The Evening Ledger",
        "Regional News Service", "Morning Courier", "Riverside Gazette",
    ]

    /// Short quoted fragments used inside a sentence ("described the situation as ...").
    static let partialQuotes = [
        "under control", "worse than we feared", "far from over", "a matter of days",
        "difficult but stable", "unprecedented", "a test for everyone", "close to breaking point",
    ]

    static let genericFacts = [
        "officials in {city} held an emergency meeting that lasted until after midnight",
        "{agency} set up a crisis centre in the town hall of {city}",
        "the government promised {city} emergency funds of {n} million euros",
        "journalists were allowed into the worst-hit streets of {city2} for the first time",
        "neighbouring regions sent {n} teams to help",
        "the mayor of {city2} cancelled all public events for the week",
    ]

    static let genericQuotes = [
        "We are doing everything we can, and we will keep doing it",
        "People in {city} have been patient, and they deserve answers",
        "This is not the moment to look for someone to blame",
        "We will need help from the whole of {country}",
        "I have never seen anything like it in {n} years of this work",
        "Nobody should take risks that are not necessary",
    ]
}
