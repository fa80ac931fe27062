/// Word lists the sentence splitter and name finder need: abbreviations that take a dot
/// without ending a sentence, and words that commonly start sentences.
enum Abbreviations {
    /// Lower-cased, without the dot. Titles, months, and common Latin/English short forms.
    static let nonTerminal: WordSet = [
        // titles and ranks
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "rev", "hon", "pres",
        "gov", "sen", "rep", "gen", "lt", "col", "maj", "capt", "cpt", "cmdr", "adm", "sgt",
        "cpl", "pvt", "brig", "insp", "supt", "det", "amb", "sec", "atty", "fr", "msgr",
        // months and days
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        // organisations and places
        "inc", "corp", "co", "ltd", "bros", "dept", "univ", "assn", "ave", "blvd", "rd", "no",
        "vol", "fig", "approx", "est", "vs", "etc", "cf", "al", "ca", "op", "pp", "ch",
    ]

    /// Abbreviations that are very often followed by a capitalised name ("Mr. Smith"): never a break.
    static let beforeNames: WordSet = [
        "mr", "mrs", "ms", "dr", "prof", "rev", "hon", "gov", "sen", "rep", "gen", "lt", "col",
        "maj", "capt", "cpt", "cmdr", "adm", "sgt", "cpl", "pvt", "brig", "insp", "supt", "det",
        "amb", "atty", "fr", "msgr", "st", "mt", "pres",
    ]

    /// Capitalised words that usually begin a new sentence; after "U.S." or "etc." they mark a break.
    static let sentenceStarters: WordSet = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
        "those", "in", "on", "at", "but", "and", "or", "so", "yet", "if", "when", "while", "as",
        "after", "before", "since", "there", "his", "her", "their", "its", "our", "my", "however",
        "meanwhile", "still", "also", "for", "with", "by", "from", "according", "officials",
        "some", "many", "most", "both", "one", "no", "not", "what", "who", "why", "how", "where",
    ]
}
