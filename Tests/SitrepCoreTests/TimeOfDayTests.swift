import Testing
@testable import SitrepCore

/// Clock times, resolved to the anchor's day unless a day is written.
@Suite struct TimeOfDayTests {
    typealias F = TimeFixtures

    @Test func clockTimes() {
        F.expect("The polls open at 10 a.m. sharp.", "10 a.m.", .time, "2026-04-17T10:00")
        F.expect("The verdict came at 3:30 p.m. local time.", "3:30 p.m. local time", .time, "2026-04-17T15:30")
        F.expect("The blast happened at 9pm.", "9pm", .time, "2026-04-17T21:00")
        F.expect("The convoy left at 0800 GMT.", "0800 GMT", .time, "2026-04-17T08:00")
        F.expect("The ship docked at 15:30 in the harbour.", "15:30", .time, "2026-04-17T15:30")
        F.expect("The curfew starts at noon.", "noon", .time, "2026-04-17T12:00")
        F.expect("The deadline expires at midnight.", "midnight", .time, "2026-04-17T24:00")
        F.expect("Voting begins around 7:15 p.m.", "around 7:15 p.m.", .time, "2026-04-17T19:15")
    }

    @Test func timesWithDays() {
        F.expect("The court will rule at 10 a.m. on Monday.", "10 a.m. on Monday", .time, "2026-04-20T10:00")
        F.expect("The offer expired at noon Thursday.", "noon Thursday", .time, "2026-04-16T12:00")
        F.expect("They met Tuesday at 4 p.m. in Geneva.", "Tuesday at 4 p.m.", .time, "2026-04-14T16:00")
        F.expect("The storm hit at 3 p.m. yesterday.", "3 p.m. yesterday", .time, "2026-04-16T15:00")
        F.expect("Shops were looted Wednesday night.", "Wednesday night", .time, "2026-04-15TNI")
    }

    @Test func notTimes() {
        F.expectNone("The score was 3:1 at half time.", "3:1")
        F.expectNone("Read chapter 10:30 again.", "10:30")
    }
}
