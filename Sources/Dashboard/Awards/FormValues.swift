/// Reading what the clerk typed in the awards pane's forms: amounts, dates, and the messages when they are wrong.

import Store
import VietText

enum FormValues {
    static func isBlank(_ text: String) -> Bool { text.allSatisfy { $0 == " " || $0 == "\t" } }

    static func trimmed(_ text: String) -> String {
        String(text.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }

    /// The amount typed, or an error in the interface language; "" is nil with no error.
    static func amount(_ typed: String, required: Bool, _ language: Language) -> (value: Int?, error: String?) {
        if isBlank(typed) {
            return (nil, required ? language.pick("Cần nhập số tiền", "An amount is needed") : nil)
        }
        guard let value = VietText.parseAmount(typed) else {
            return (nil, language.pick("Số tiền chưa đúng: nhập 200000, 200.000, 200k hoặc 1,5tr",
                                       "Not an amount: type 200000, 200.000, 200k or 1,5tr"))
        }
        return (value, nil)
    }

    /// The day typed as `06/10/2022` or `2022-10-06`, or an error.
    static func date(_ typed: String, _ language: Language) -> (value: CalendarDate?, error: String?) {
        let t = trimmed(typed)
        if t.isEmpty { return (nil, language.pick("Cần nhập ngày", "A date is needed")) }
        if let d = CalendarDate(typed: t) { return (d, nil) }
        return (nil, language.pick("Ngày chưa đúng: nhập như 06/10/2022", "Not a date: type it like 06/10/2022"))
    }

    /// "Cần nhập …" for a required text left empty.
    static func required(_ typed: String, _ what: Words, _ language: Language) -> String? {
        isBlank(typed)
            ? language.pick("Cần nhập \(lowerFirst(what.vi))", "\(what.en) is needed") : nil
    }

    /// The day a new record is given unless the clerk changes it: today when it falls in the year
    /// shown, else the campaign's ceremony day when that does, else the year's first day.
    static func defaultDate(year: SchoolYear?, today: CalendarDate, _ data: DashboardData) -> CalendarDate {
        guard let year else { return today }
        if year.contains(today) { return today }
        if let ceremony = data.snapshot.campaign?.ceremonyDate, year.contains(ceremony) { return ceremony }
        return year.firstDay ?? today
    }

    /// Values from `list` that match what is typed (accents aside), without the typed text itself
    /// ("hoc sinh gioi" still offers "Học sinh giỏi"): whole-word matches first, then the list's
    /// own order.
    static func suggestions(_ typed: String, from list: [String], limit: Int = FormView.maximumSuggestions) -> [String] {
        let query = SearchQuery(typed)
        if query.isEmpty { return Array(list.prefix(limit)) }
        let trimmed = typed.trimmingCharacters(in: .whitespaces)
        let ranked = query.ranked(list.filter { $0 != trimmed }, key: VietText.searchKey)
        return Array(ranked.prefix(limit))
    }

    /// A label inside a sentence: its first letter small, the rest as written ("Trung tâm HTCĐ" →
    /// "trung tâm HTCĐ"; lowercasing it all would spoil the abbreviation).
    static func lowerFirst(_ label: String) -> String {
        guard let first = label.first else { return label }
        return first.lowercased() + label.dropFirst()
    }

    /// `text` with one space between words and none at the ends, as the store writes text.
    static func tidy(_ text: String) -> String { VietText.spaced(text) }

    /// The value of `list` that is `typed` with accents, tone placement and case aside, if any.
    static func sameAs(_ typed: String, in list: [String]) -> String? {
        let folded = VietText.searchKey(typed)
        guard !folded.isEmpty else { return nil }
        return list.first { VietText.searchKey($0) == folded }
    }
}
