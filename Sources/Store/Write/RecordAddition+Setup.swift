/// What setting up a year adds to an addition: one campaign per store, a class's weekly timetable, the campaign's usual defaults.

import Recfile

extension RecordAddition {
    /// A class's weekly pattern (`--Weekly "T3, T5"`): not a field of the store; it is written as
    /// one `Session` line per date from the class's `Start` to its `End`.
    public static let weeklyField = "Weekly"

    /// The words `add` takes for `set` besides its fields.
    public static func extraFields(of set: SetSchema) -> [String] {
        set.name == "Class" ? [weeklyField] : []
    }

    /// The extra field `name` stands for in `set`, matched ignoring ASCII case.
    static func extraField(_ name: String, in set: SetSchema) -> String? {
        extraFields(of: set).first { $0.lowercased() == name.lowercased() }
    }

    /// What the Lifelong Learning Week is called when the clerk gives it no title.
    public static func campaignTitle(_ year: SchoolYear) -> String {
        "Tuần lễ hưởng ứng học tập suốt đời năm \(year.startYear)"
    }

    /// The week's usual days: 1 to 7 October of the school year's first calendar year.
    public static func campaignWeek(_ year: SchoolYear) -> (start: CalendarDate, end: CalendarDate)? {
        guard let start = CalendarDate(year: year.startYear, month: 10, day: 1),
              let end = CalendarDate(year: year.startYear, month: 10, day: 7) else { return nil }
        return (start, end)
    }

    /// The campaign's id in the demo's pattern: `TLHTSD-2023`.
    public static func campaignId(_ year: SchoolYear) -> String { "TLHTSD-\(year.startYear)" }

    /// A store folder holds one school year's campaign: a second one is refused, naming the first.
    static func refuseSecondCampaign(set: SetSchema, existing: [RecRecord]) throws {
        guard set.name == "Campaign", let first = existing.first else { return }
        let name = [first.value("Id"), first.value("SchoolYear").map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
        throw RecordAdditionError.invalid(set: set.name, problems: [RefusalLine(
            vi: "kho này đã có chiến dịch của nó, \(name); mỗi kho giữ chiến dịch của một năm học. "
                + "Bắt đầu năm sau trong một thư mục mới: hoctap init THƯ-MỤC-MỚI --from KHO-NÀY --year YYYY-YYYY",
            en: "this store holds its campaign already, \(name); a store keeps one school year's campaign. "
                + "Start the next year in a new folder: hoctap init NEWDIR --from THIS-STORE --year YYYY-YYYY")])
    }

    /// Replaces a class's `Weekly` pattern by its `Session` dates between `Start` and `End` (those
    /// given as `Session` stay; each date is written once, in order), and fills `Sessions` with the
    /// number of dates when it is left out.
    static func expandWeekly(_ fields: inout [(name: String, value: String)], set: SetSchema) throws {
        guard let i = fields.firstIndex(where: { $0.name == weeklyField }) else { return }
        let pattern = fields.remove(at: i).value
        func day(_ name: String) -> CalendarDate? {
            fields.first { $0.name == name }.flatMap { CalendarDate(iso: $0.value) }
        }
        guard let first = day("Start"), let last = day("End") else {
            throw RecordAdditionError.invalid(set: set.name, problems: [RefusalLine(
                vi: weeklyField + ": lịch hằng tuần cần ngày bắt đầu (Start) và ngày kết thúc (End) của lớp, dạng YYYY-MM-DD",
                en: weeklyField + ": a weekly pattern needs the class's Start and End, as YYYY-MM-DD")])
        }
        let expanded: [CalendarDate]
        do {
            expanded = try WeeklySchedule.expand(pattern, from: first, to: last)
        } catch {
            throw RecordAdditionError.invalid(set: set.name, problems: [RefusalLine(
                vi: weeklyField + ": " + error.text(.vi), en: weeklyField + ": " + error.text(.en))])
        }
        let listed = fields.filter { $0.name == "Session" }.compactMap { CalendarDate(iso: $0.value) }
        let unreadable = fields.filter { $0.name == "Session" && CalendarDate(iso: $0.value) == nil }
        fields.removeAll { $0.name == "Session" && CalendarDate(iso: $0.value) != nil }
        let all = Array(Set(listed + expanded)).sorted()
        fields += unreadable + all.map { ("Session", $0.description) }
        if !fields.contains(where: { $0.name == "Sessions" }) { fields.append(("Sessions", String(all.count))) }
    }

    /// The defaults of the sets a year is set up with: a campaign's id, title and week from its
    /// school year; an agenda item's number after the last; targets and indicators numbered like
    /// the demo's (T1, I01) by `IdAssigner`.
    static func fillSetupDefaults(_ fields: inout [(name: String, value: String)], set: SetSchema, existing: [RecRecord]) {
        func lacks(_ name: String) -> Bool { !fields.contains { $0.name == name } }
        switch set.name {
        case "Campaign":
            guard let year = fields.first(where: { $0.name == "SchoolYear" }).flatMap({ SchoolYear(text: $0.value) }) else { return }
            if lacks("Id") { fields.append(("Id", campaignId(year))) }
            if lacks("Title") { fields.append(("Title", campaignTitle(year))) }
            if let week = campaignWeek(year) {
                if lacks("WeekStart") { fields.append(("WeekStart", week.start.description)) }
                if lacks("WeekEnd") { fields.append(("WeekEnd", week.end.description)) }
            }
        case "Agenda":
            if lacks("Seq") {
                let last = existing.compactMap { $0.value("Seq").flatMap { Int($0) } }.max() ?? 0
                fields.append(("Seq", String(last + 1)))
            }
        default:
            break
        }
    }
}
