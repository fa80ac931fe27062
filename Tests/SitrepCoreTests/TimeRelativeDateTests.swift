import Testing
@testable import SitrepCore

/// Weekdays and calendar units relative to the anchor (Friday 2026-04-17).
@Suite struct TimeRelativeDateTests {
    typealias F = TimeFixtures

    @Test func weekdays() {
        F.expect("The minister resigned on Monday.", "Monday", .date, "2026-04-13")
        F.expect("Rescuers reached the village Wednesday.", "Wednesday", .date, "2026-04-15")
        F.expect("The vote took place Friday.", "Friday", .date, "2026-04-17")
        F.expect("The talks will resume on Tuesday.", "Tuesday", .date, "2026-04-21")
        F.expect("We will meet this Friday in Lyon.", "this Friday", .date, "2026-04-17")
        F.expect("The mayor spoke last Tuesday.", "last Tuesday", .date, "2026-04-14")
        F.expect("The court sits again next Wednesday.", "next Wednesday", .date, "2026-04-22")
        F.expect("Friday's vote was close.", "Friday", .date, "2026-04-17")
        F.expect("Rallies are planned for this coming Sunday.", "this coming Sunday", .date, "2026-04-19")
    }

    @Test func unitsOfTheCalendar() {
        F.expect("The inspectors arrive next week.", "next week", .date, "2026-W17")
        F.expect("Inflation eased last month.", "last month", .date, "2026-03")
        F.expect("Exports grew this year.", "this year", .date, "2026")
        F.expect("Exports grew last year.", "last year", .date, "2025")
        F.expect("Elections are due next year.", "next year", .date, "2027")
        F.expect("Prices doubled over the past decade.", "the past decade", .date, "201")
        F.expect("Shares fell 3% last week.", "last week", .date, "2026-W15")
        F.expect("The river flooded last summer.", "last summer", .date, "2025-SU")
        F.expect("The road opens this summer.", "this summer", .date, "2026-SU")
        F.expect("Crowds gathered over the weekend.", "the weekend", .date, "2026-W15-WE")
        F.expect("The company expects profits early next year.", "early next year", .date, "2027")
        F.expect("The plant reopened earlier this month.", "earlier this month", .date, "2026-04")
        F.expect("Funding runs out by the end of the year.", "the end of the year", .date, "2026")
    }

    @Test func referringBack() {
        F.expect("The strike began in March 2019. The following year it spread.", "The following year", .date, "2020")
        F.expect("He arrived on June 3, 2024, and left the next day.", "the next day", .date, "2024-06-04")
        F.expect("The city voted on the eve of May 3.", "the eve of May 3", .date, "2026-05-02")
        // An event the text does not date: news reports its eve on the day it happens.
        F.expect("They gathered on the eve of the election.", "the eve of the election", .date, "2026-04-17")
        F.expect("This same Friday, the council met.", "This same Friday", .date, "2026-04-17")
    }

    @Test func titlesAndNames() {
        F.expectNone("The Sunday Times reported the deal.", "Sunday")
        F.expectNone("She appeared on \"This Week\" to defend the plan.", "This Week")
        F.expectNone("The story ran in USA Today.", "Today")
    }
}
