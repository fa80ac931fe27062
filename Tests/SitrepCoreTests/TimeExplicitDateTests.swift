import Testing
@testable import SitrepCore

/// Dates written out, months, years, decades, quarters (anchor: Friday 2026-04-17).
@Suite struct TimeExplicitDateTests {
    typealias F = TimeFixtures

    @Test func monthAndDay() {
        F.expect("The ferry resumes service on May 3.", "May 3", .date, "2026-05-03")
        F.expect("The bridge was closed on October 1.", "October 1", .date, "2025-10-01")
        F.expect("Voting ends Oct. 1st in the northern districts.", "Oct. 1st", .date, "2025-10-01")
        F.expect("Ballots were counted on March 30, and again later.", "March 30", .date, "2026-03-30")
    }

    @Test func fullDates() {
        F.expect("The dam opened on October 1, 2023, after delays.", "October 1, 2023", .date, "2023-10-01")
        F.expect("The dam opened on 1 October 2023 after delays.", "1 October 2023", .date, "2023-10-01")
        F.expect("The filing is dated 2023-10-01 in the registry.", "2023-10-01", .date, "2023-10-01")
        F.expect("The memo, dated 10/1/2023, was leaked.", "10/1/2023", .date, "2023-10-01")
        F.expect("The memo, dated 13/10/2023, was leaked.", "13/10/2023", .date, "2023-10-13")
        F.expect("The harbour froze on the 1st of February 2021.", "the 1st of February 2021", .date, "2021-02-01")
        F.expect("The council met on Saturday, April 25.", "Saturday, April 25", .date, "2026-04-25")
    }

    @Test func monthsAndYears() {
        F.expect("Turnout dropped in September 2022 across the region.", "September 2022", .date, "2022-09")
        F.expect("The levee failed in September of last year.", "September of last year", .date, "2025-09")
        F.expect("Rents rose sharply in February.", "February", .date, "2026-02")
        F.expect("The canal was dug in 1998 by a private firm.", "1998", .date, "1998")
        F.expect("Construction started in mid-2023, months late.", "mid-2023", .date, "2023")
        F.expect("Sales were weak through the 1990s.", "the 1990s", .date, "199")
        F.expect("The movement peaked in the late 1970s.", "the late 1970s", .date, "197")
        F.expect("Growth is expected to slow in the third quarter.", "the third quarter", .date, "2026-Q3")
        // in April a past-tense third quarter has to be last year's
        F.expect("Growth slowed in the third quarter.", "the third quarter", .date, "2025-Q3")
        F.expect("Output fell in the fourth quarter of 2024.", "the fourth quarter of 2024", .date, "2024-Q4")
        F.expect("The mill posted a third-quarter loss.", "third-quarter", .date, "2025-Q3")
        F.expect("Results for Q3 2025 were mixed.", "Q3 2025", .date, "2025-Q3")
        F.expect("The plan covers fiscal 2027 spending.", "fiscal 2027", .date, "2027")
        F.expect("The gallery reopens in the first half of 2027.", "the first half of 2027", .date, "2027-H1")
        F.expect("Half the houses were built in the 20th century.", "the 20th century", .date, "19")
    }

    @Test func namedDays() {
        F.expect("Markets close early on Christmas Eve.", "Christmas Eve", .date, "2025-12-24")
        F.expect("The ceasefire began on New Year's Day.", "New Year's Day", .date, "2026-01-01")
        F.expect("Turkeys sold out before Thanksgiving.", "Thanksgiving", .date, "2025-11-27")
    }

    @Test func wordsThatAreNotDates() {
        F.expectNone("May I ask a question about the vote?", "May")
        F.expectNone("Prices may rise again soon.", "may")
        F.expectNone("Thousands march through the capital each weekend.", "march")
        F.expectNone("Theresa May spoke to reporters.", "May")
        F.expectNone("The town has 2,023 residents.", "2,023")
        F.expectNone("Organisers counted 2023 people at the rally.", "2023")
        F.expectNone("About 1500 troops crossed the border.", "1500")
        F.expectNone("Flight 1549 landed in the river.", "1549")
        F.expectNone("He paid $2000 for the car.", "2000")
        F.expectNone("April Ryan asked the first question.", "April")
    }
}
