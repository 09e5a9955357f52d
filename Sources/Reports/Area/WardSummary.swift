/// A ward's published summary: the report's figures with nothing about a person, for the province.

import Store

/// What a ward sends up (`hoctap report --summary`): the figures of `report --format json`
/// (counts, learner-turns, attendance, awards, fund, clans, titles, party, targets, indicators),
/// the ward's and its branches' names, and its problems counted, not quoted: a problem's message
/// can quote a value as found (a phone, a name, a birth date), so no message travels.
public enum WardSummary {
    /// The mark of the format, first in the file.
    public static let format = "hoctap-ward-summary-1"

    /// The summary of a store: `report`'s figures for `schoolYear` (nil: all the data).
    public static func value(_ snapshot: StoreSnapshot, report: StoreReport, schoolYear: SchoolYear?) -> JSONValue {
        let full = ReportJSON.value(report.tallies(schoolYear), titles: report.titles, problems: snapshot.problems)
        let errors = snapshot.problems.filter { $0.severity == .error }.count
        var out: [(String, JSONValue)] = [
            ("format", .string(format)),
            ("ward", .string(snapshot.campaign?.ward ?? "")),
            ("center", .string(snapshot.campaign?.center ?? "")),
            ("schoolYear", .string(schoolYear?.description ?? "")),
        ]
        for (key, value) in full.members where key != "problems" { out.append((key, value)) }
        out.append(("branches", .object(snapshot.branches.map { ($0.id, .string($0.name)) })))
        out.append(("problems", .object([("errors", .int(errors)), ("warnings", .int(snapshot.problems.count - errors))])))
        return .object(out)
    }

    /// The summary as text, ending with a line break.
    public static func text(_ snapshot: StoreSnapshot, report: StoreReport, schoolYear: SchoolYear?) -> String {
        value(snapshot, report: report, schoolYear: schoolYear).text() + "\n"
    }
}
