/// What `hoctap check` prints: each problem at its place (errors with the line and a caret), then a summary.

import Recfile
import VietText

/// The output of a store check, in Vietnamese or English (`ProblemWording`).
public enum CheckReport {
    /// Every problem in order, then the notes (`CheckNotes`), then the summary line; ends with a line break.
    public static func text(_ snapshot: StoreSnapshot, _ language: Language) -> String {
        let notes = CheckNotes.lines(snapshot, language)
        return snapshot.problems.map { entry($0, language) }.joined(separator: "\n") + (snapshot.problems.isEmpty ? "" : "\n")
            + notes.map { $0 + "\n" }.joined() + summary(snapshot, language, notes: notes.count) + "\n"
    }

    /// An error as `file:line: Field: message` with the excerpt and caret below; a warning on one line,
    /// as `file:line: warning: Field: message` (`cảnh báo`).
    public static func entry(_ p: StoreProblem, _ language: Language) -> String {
        guard p.severity == .warning else { return ProblemWording.detailedText(p, language) }
        let word = ProblemWording.severity(.warning, language)
        return "\(p.place): \(word): \(p.field.map { "\($0): " } ?? "")\(ProblemWording.message(p, language))"
    }

    /// `9 tệp, 5.432 bản ghi hợp lệ: 2 lỗi, 1 cảnh báo`, or `…: không có vấn đề nào`; in English
    /// `9 files, 5432 valid records: 2 errors, 1 warning`, or `…: no problems`.
    public static func summary(_ snapshot: StoreSnapshot, _ language: Language, notes: Int = 0) -> String {
        let missing = Set(snapshot.problems.filter { $0.kind == .missingFile }.map(\.file))
        let files = StoreSchema.files.filter { !missing.contains($0) }.count
        let records = recordCount(snapshot)
        let errors = snapshot.problems.lazy.filter { $0.severity == .error }.count
        let warnings = snapshot.problems.count - errors
        guard language == .vi else {
            var found: [String] = []
            if errors > 0 { found.append(plural(errors, "error")) }
            if warnings > 0 { found.append(plural(warnings, "warning")) }
            let head = "\(plural(files, "file")), \(plural(records, "valid record"))"
            return head + ": " + (found.isEmpty ? "no problems" : found.joined(separator: ", "))
                + (notes > 0 ? " (\(plural(notes, "note")))" : "")
        }
        var found: [String] = []
        if errors > 0 { found.append("\(VietFormat.integer(errors)) lỗi") }
        if warnings > 0 { found.append("\(VietFormat.integer(warnings)) cảnh báo") }
        let head = "\(VietFormat.integer(files)) tệp, \(VietFormat.integer(records)) bản ghi hợp lệ"
        return head + ": " + (found.isEmpty ? "không có vấn đề nào" : found.joined(separator: ", "))
            + (notes > 0 ? " (\(VietFormat.integer(notes)) ghi chú)" : "")
    }

    /// The valid records of every set; of the titles, each kind's latest year (as `hoctap report` counts them).
    private static func recordCount(_ s: StoreSnapshot) -> Int {
        var latest: [TitleKind: SchoolYear] = [:]
        for t in s.titles where latest[t.kind].map({ $0 < t.schoolYear }) ?? true { latest[t.kind] = t.schoolYear }
        let titles = s.titles.lazy.filter { latest[$0.kind] == $0.schoolYear }.count
        return s.campaigns.count + s.targets.count + s.indicators.count + s.agenda.count + s.agendaLog.count
            + s.classes.count + s.learners.count + s.enrollments.count + s.attendance.count + s.branches.count
            + s.clans.count + s.awards.count + s.donations.count + titles
            + s.bodies.count + s.signers.count + s.papers.count + s.fundYears.count + s.expenses.count
            + s.criteriaSets.reduce(s.criteriaSets.count) { $0 + $1.items.count }
            + s.communities.count + s.units.count + s.partyCells.count + s.families.count
            + s.registrations.count + s.assessments.count
    }

    private static func plural(_ n: Int, _ word: String) -> String {
        "\(n) \(word)\(n == 1 ? "" : "s")"
    }
}
