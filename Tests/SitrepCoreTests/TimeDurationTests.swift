import Testing
@testable import SitrepCore

/// Lengths of time.
@Suite struct TimeDurationTests {
    typealias F = TimeFixtures

    @Test func countedUnits() {
        F.expect("The siege lasted three days.", "three days", .duration, "P3D")
        F.expect("He served two years in prison.", "two years", .duration, "P2Y")
        F.expect("The repairs took 18 months.", "18 months", .duration, "P18M")
        F.expect("The strike lasted a week.", "a week", .duration, "P1W")
        F.expect("Talks dragged on for several weeks.", "several weeks", .duration, "PXW")
        F.expect("The drought lasted a decade.", "a decade", .duration, "P10Y")
        F.expect("She spoke for 10 minutes.", "10 minutes", .duration, "PT10M")
        F.expect("The vote was delayed by half an hour.", "half an hour", .duration, "PT30M")
        F.expect("The trial lasted twenty-one days.", "twenty-one days", .duration, "P21D")
        F.expect("The programme ran for a dozen years.", "a dozen years", .duration, "P12Y")
        F.expect("The ship waited a few months.", "a few months", .duration, "PXM")
        F.expect("The tunnel took 2 1/2 years to dig.", "2 1/2 years", .duration, "P2Y6M")
        F.expect("He was held for nearly two months.", "nearly two months", .duration, "P2M")
        F.expect("The loan runs for at least 20 more years.", "at least 20 more years", .duration, "P20Y")
        F.expect("Rescuers searched for hours.", "hours", .duration, "PTXH")
        F.expect("The bonds have a 30-year term.", "30-year", .duration, "P30Y")
    }

    @Test func periodsWithThe() {
        F.expect("Prices doubled over the past three years.", "the past three years", .duration, "P3Y")
        F.expect("Profit rose in the first nine months.", "the first nine months", .duration, "P9M")
        F.expect("Talks continue over the next two weeks.", "the next two weeks", .duration, "P2W")
    }

    @Test func notDurations() {
        F.expectNone("The mayor, 52 years old, resigned.", "years")
        F.expectNone("A 10-year-old girl was rescued.", "year")
        F.expectNone("He won a second term in office.", "second")
        F.expectNone("Nearly a quarter of the vote went to the left.", "quarter")
        F.expectNone("The firm earns $2 million a year from rents.", "a year")
        F.expect("Wait a second, she said.", "a second", .duration, "PT1S")
    }
}
