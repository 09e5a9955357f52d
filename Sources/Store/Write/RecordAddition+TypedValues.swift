/// Dates and amounts written the way a clerk types them are stored the way the store writes them: `06/10/2022` → `2022-10-06`, `1.200.000 đ` → `1200000`.

import Recfile
import VietText

extension RecordAddition {
    /// The value the store writes for what the clerk typed in a date, date-and-time or money field,
    /// or nil when it is already written so, or is not a value of that kind (the check then names
    /// the field and what it expects, as for any bad value). The dashboard's forms already read
    /// these forms; this makes `hoctap add` and `hoctap edit` read them alike.
    static func storeSpelling(of typed: String, as spec: FieldSpec) -> String? {
        switch spec.type {
        case .date:
            guard CalendarDate(iso: typed) == nil, let day = CalendarDate(typed: typed) else { return nil }
            return day.description
        case .dateTime:
            let parts = typed.split(separator: " ", omittingEmptySubsequences: true)
            guard parts.count == 2, CalendarDate(iso: parts[0]) == nil, let day = CalendarDate(typed: parts[0]),
                  parts[1].utf8.count == 5 else { return nil }
            return day.description + " " + parts[1]
        case .int where spec.isMoney:
            guard Int(typed) == nil, let amount = VietText.parseAmount(typed) else { return nil }
            return String(amount)
        default:
            return nil
        }
    }
}

extension FieldSpec {
    /// True for an amount of đồng (an award's, a gift's, a fund year's opening balance).
    var isMoney: Bool { bound == .money || bound == .gift }
}
