import Testing
@testable import SitrepCore

/// Recurring times.
@Suite struct TimeSetTests {
    typealias F = TimeFixtures

    @Test func recurrences() {
        F.expect("The market opens every week.", "every week", .set, "P1W")
        F.expect("The ferry sails each year in spring.", "each year", .set, "P1Y")
        F.expect("The board meets twice a week.", "twice a week", .set, "P1W")
        F.expect("Elections are held every two years.", "every two years", .set, "P2Y")
        F.expect("Buses run every other day.", "every other day", .set, "P2D")
        F.expect("The choir sings each Thursday.", "each Thursday", .set, "XXXX-WXX-4")
        F.expect("The shop is closed on Mondays.", "Mondays", .set, "XXXX-WXX-1")
        F.expect("Pensions are paid monthly.", "monthly", .set, "P1M")
        F.expect("The report is published three times a year.", "three times a year", .set, "P1Y")
    }

    @Test func adjectivesAreNotSets() {
        F.expectNone("The daily newspaper endorsed him.", "daily")
        F.expectNone("The firm raised its quarterly dividend.", "quarterly")
    }
}
