/// A day as a person types it: `2022-10-06`, or day first as Vietnam writes it, `06/10/2022`, `6/10/2022`, `06.10.2022`, `06-10-2022`.

extension CalendarDate {
    /// The day `text` names, ISO or day–month–year with a four-digit year (`/`, `.` or `-` between
    /// the parts, spaces around it ignored); nil for anything else or a day that does not exist.
    /// (A store file holds ISO only; this is for what the clerk types on the command line, in a
    /// form or in an option.)
    public init?(typed text: some StringProtocol) {
        let trimmed = text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()
        if let day = CalendarDate(iso: String(trimmed)) {
            self = day
            return
        }
        let parts = trimmed.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" })
        guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let day = Int(String(parts[0])), let month = Int(String(parts[1])), let year = Int(String(parts[2])) else { return nil }
        self.init(year: year, month: month, day: day)
    }
}
