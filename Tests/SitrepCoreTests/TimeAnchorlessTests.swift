import Testing
@testable import SitrepCore

/// Without a document date: anchor-free values stay, the rest is underspecified.
@Suite struct TimeAnchorlessTests {
    typealias F = TimeFixtures

    @Test func underspecifiedValues() {
        F.expect("The bridge opened on October 1.", "October 1", .date, "XXXX-10-01", anchor: nil)
        F.expect("The talks ended on Friday.", "Friday", .date, "XXXX-WXX-5", anchor: nil)
        F.expect("It rained in March.", "March", .date, "XXXX-03", anchor: nil)
        F.expect("The dam burst yesterday.", "yesterday", .date, "PAST_REF", anchor: nil)
        F.expect("The envoy arrives today.", "today", .date, "PRESENT_REF", anchor: nil)
        F.expect("The mill closed last year.", "last year", .date, "PAST_REF", anchor: nil)
        F.expect("Sales rose in the third quarter.", "the third quarter", .date, "XXXX-Q3", anchor: nil)
        F.expect("The siren sounded at 10 a.m.", "10 a.m.", .time, "XXXX-XX-XXT10:00", anchor: nil)
    }

    @Test func anchorFreeValues() {
        F.expect("The treaty was signed on October 1, 2023.", "October 1, 2023", .date, "2023-10-01", anchor: nil)
        F.expect("The siege lasted three days.", "three days", .duration, "P3D", anchor: nil)
        F.expect("The market opens every week.", "every week", .set, "P1W", anchor: nil)
        F.expect("The canal was dug in 1998.", "1998", .date, "1998", anchor: nil)
    }
}
