/// What an addition fills in for the register of papers: the year of the date, the next number of the body's year, the id.

import Recfile
import VietText

extension RecordAddition {
    /// A `Paper` left without `Year`, `Number` or `Id` gets them from its `Date` (today when none)
    /// and the body's papers already in the register: the next number is one more than the
    /// highest of the body's numbers in that calendar year (a new year starts at 1, a removed
    /// paper's number is not given again); the id is `BODY-YEAR-NNN`, and in a copy of a shared
    /// store `BODY-YEAR-NNN-TAG`, so that a paper numbered in two copies (a handover of the register
    /// before the numbers were synced) meets as two records the check names, never as one record
    /// the merge keeps once. Made under the store's lock, like every addition, so two papers issued
    /// at once never share a number.
    static func fillRegisterDefaults(_ fields: inout [(name: String, value: String)], set: SetSchema,
                                     existing: [RecRecord], now: String, copyTag: CopyTag? = nil) {
        guard set.name == StoreSchema.paper.name else { return }
        func value(_ name: String) -> String? { fields.first { $0.name == name }?.value }
        if value("Date") == nil { fields.append(("Date", String(now.prefix(10)))) }
        guard let date = value("Date").flatMap({ CalendarDate(iso: $0) }), let body = value("Body") else { return }
        let year = value("Year").flatMap { Int($0) } ?? date.year
        if value("Year") == nil { fields.append(("Year", String(year))) }
        let number = value("Number").flatMap { Int($0) } ?? Self.nextPaperNumber(body: body, year: year, existing: existing)
        if value("Number") == nil { fields.append(("Number", String(number))) }
        if value("Id") == nil {
            let digits = String(number)
            fields.append(("Id", "\(body)-\(year)-" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
                                 + (copyTag.map { "-\($0)" } ?? "")))
        }
    }

    /// One more than the highest number `body` gave in `year`; 1 for its first paper of the year.
    static func nextPaperNumber(body: String, year: Int, existing: [RecRecord]) -> Int {
        let taken = existing.filter { $0.value("Body") == body && $0.value("Year").flatMap { Int($0) } == year }
            .compactMap { $0.value("Number").flatMap { Int($0) } }
        return (taken.max() ?? 0) + 1
    }

    /// Refuses a `Paper` in a copy of a shared store that does not keep its body's register
    /// (`RegisterKeeper`): only the keeper writes the register, so two copies never give one number.
    static func refuseUnkeptRegister(set: SetSchema, given: [(name: String, value: String)],
                                     files: [String: [UInt8]], copyTag: CopyTag?) throws {
        guard set.name == StoreSchema.paper.name, let body = given.first(where: { $0.name == "Body" })?.value else { return }
        let keeper = RegisterKeeper(body: body, files: files, copy: copyTag)
        guard let vi = keeper.reason(body: body, number: "……", copy: copyTag),
              let en = keeper.reason(body: body, number: "……", copy: copyTag, .en) else { return }
        throw RecordAdditionError.invalid(set: set.name, problems: [RefusalLine(vi: vi, en: en)])
    }
}
