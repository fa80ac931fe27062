import Testing
@testable import SitrepCore

/// Today, yesterday, "ago", "earlier", and the PRESENT/PAST/FUTURE references.
@Suite struct TimeDeicticTests {
    typealias F = TimeFixtures

    @Test func daysAroundTheAnchor() {
        F.expect("The curfew was lifted today.", "today", .date, "2026-04-17")
        F.expect("Two trains collided yesterday.", "yesterday", .date, "2026-04-16")
        F.expect("The results are due tomorrow.", "tomorrow", .date, "2026-04-18")
        F.expect("Fireworks are planned for tonight.", "tonight", .time, "2026-04-17TNI")
        F.expect("The airport reopened this morning.", "this morning", .time, "2026-04-17TMO")
        F.expect("Shelling resumed last night.", "last night", .time, "2026-04-16TNI")
        F.expect("The envoy left yesterday afternoon.", "yesterday afternoon", .time, "2026-04-16TAF")
        F.expect("The well was found the day before yesterday.", "the day before yesterday", .date, "2026-04-15")
    }

    /// "N units ago" is the anchor day moved back (the seed gold's convention; TimeBank
    /// annotators vary between this and the unit's granularity).
    @Test func agoAndEarlier() {
        F.expect("The factory closed a year ago.", "a year ago", .date, "2025-04-17")
        F.expect("The fire started two weeks ago.", "two weeks ago", .date, "2026-04-03")
        F.expect("The dam cracked three days ago.", "three days ago", .date, "2026-04-14")
        F.expect("The mine flooded five months ago.", "five months ago", .date, "2025-11-17")
        F.expect("The bank failed about two years ago.", "about two years ago", .date, "2024-04-17")
        F.expect("Several years ago the town had no clinic.", "Several years ago", .date, "PAST_REF")
        // "earlier" counts back from the date just mentioned, at that date's precision
        F.expect("The treaty was signed on May 5, 2024. Two weeks earlier, talks had stalled.",
                 "Two weeks earlier", .date, "2024-04-21")
        // "later" stays outside the span, as in TimeBank: the duration is what is tagged
        F.expect("The bridge was closed and two weeks later it reopened.", "two weeks", .duration, "P2W")
    }

    @Test func references() {
        F.expect("The region is now calm.", "now", .date, "PRESENT_REF")
        F.expect("The minister is currently abroad.", "currently", .date, "PRESENT_REF")
        F.expect("At present, the road is shut.", "present", .date, "PRESENT_REF")
        F.expect("Nowadays few people fish here.", "Nowadays", .date, "PRESENT_REF")
        F.expect("The bank recently cut rates.", "recently", .date, "PAST_REF")
        F.expect("Floods were rare in the past.", "the past", .date, "PAST_REF")
        F.expect("More storms are expected in the future.", "the future", .date, "FUTURE_REF")
        F.expect("A decision will come soon, officials said.", "soon", .date, "FUTURE_REF")
        F.expect("Aid flows rose in recent years.", "recent years", .date, "PAST_REF")
        F.expectNone("Leave as soon as the alarm sounds.", "soon")
        F.expectNone("The past president spoke first.", "past")
    }
}
