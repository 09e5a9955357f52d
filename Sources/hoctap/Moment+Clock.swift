/// The machine's local clock as a dashboard `Moment`.

import Dashboard
import Foundation
import Store

extension Moment {
    /// Now, in the machine's time zone.
    static func current(_ date: Date = Date(), timeZone: TimeZone = .current) -> Moment {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let day = CalendarDate(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1) ?? Moment.reference.date
        return Moment(date: day, hour: c.hour ?? 0, minute: c.minute ?? 0, second: c.second ?? 0)
    }
}
