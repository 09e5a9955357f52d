/// The one check of a record about to be written (added, edited or put back): what `hoctap check` would say about its lines.

import Recfile

/// A record is checked in place: the store is decoded with the file as it will be, and the errors
/// that fall on the record's lines are its problems. Additions, edits and the undo of an edit or a
/// removal all check this way, so none lets in what another refuses.
enum RecordCheck {
    /// The errors on `lines` of `file` once the store's files are `files`, with the limits that
    /// depend on the day (a birth date not in the future) read against the day of `now`
    /// (`YYYY-MM-DD HH:MM`).
    static func errors(in file: String, lines: ClosedRange<Int>, files: [String: [UInt8]], now: String) -> [StoreProblem] {
        check(in: file, lines: lines, files: files, now: now).errors
    }

    /// The same, with the store as decoded (for the rules that look at other records, such as
    /// the double-entry guard).
    static func check(in file: String, lines: ClosedRange<Int>, files: [String: [UInt8]],
                      now: String) -> (snapshot: StoreSnapshot, errors: [StoreProblem]) {
        let today = CalendarDate(iso: now.prefix(10)) ?? ReferenceDay.current
        let snapshot = ReferenceDay.$fixed.withValue(today) { StoreLoader.decode(files: files) }
        let errors = snapshot.problems.filter { $0.file == file && $0.severity == .error && lines.contains($0.line) }
        return (snapshot, errors)
    }

    /// The lines `bytes` (a record's text) take when it starts on line `first`.
    static func lines(of bytes: [UInt8], from first: Int) -> ClosedRange<Int> {
        first...(first + max(1, bytes.count(where: { $0 == 0x0A })) - 1)
    }

    /// The errors of files other than `file` in `snapshot` (the store as an edit leaves it) that
    /// the store as it is (`before`) does not have: records elsewhere the edit breaks, such as
    /// attendance on a session the class no longer has. The store is decoded a second time only
    /// when other files have errors at all.
    static func newErrors(outside file: String, in snapshot: StoreSnapshot, before: [String: [UInt8]],
                          now: String) -> [StoreProblem] {
        let others = snapshot.problems.filter { $0.file != file && $0.severity == .error }
        guard !others.isEmpty else { return [] }
        let old = Set(check(in: file, lines: 0...0, files: before, now: now).snapshot.problems)
        return others.filter { !old.contains($0) }
    }
}
