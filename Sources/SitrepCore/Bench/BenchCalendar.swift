/// Day arithmetic for the synthetic corpus, on the Time stage's `DateMath` (days since
/// 1970-01-01 <-> civil dates), with English names.
enum BenchCalendar {
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]
    /// Index 0 is Sunday.
    static let weekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    static func days(year: Int, month: Int, day: Int) -> Int { DateMath.days(year, month, day) }

    static func date(fromDays days: Int) -> (year: Int, month: Int, day: Int) { DateMath.civil(days) }

    static func dayDate(fromDays days: Int) -> DayDate {
        let d = date(fromDays: days)
        // Every value produced by `date(fromDays:)` is a valid day.
        return DayDate(year: d.year, month: d.month, day: d.day)!
    }

    /// 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday).
    static func weekday(days: Int) -> Int { ((days + 4) % 7 + 7) % 7 }
}
