/// Space in the attendance view: marks the selected learner present at the chosen session, or not.

import Store
import VietText

/// Marking adds an `Attendance` record (an append); un-marking takes that record out of
/// `attendance.rec` (a rewrite through a temporary file and a rename), so the file only ever
/// holds the sessions people attended, as the schema describes it.
enum AttendanceMark {
    static func toggle(_ state: inout ClassesState, _ selection: ClassesSelection, _ env: KeyContext) -> KeyOutcome {
        guard env.mayEdit else {
            state.message = PaneMessage(text: env.language.pick("Chỉ xem: kho này không ghi được, không điểm danh được",
                                                                "Read-only: this store cannot be written, so no attendance"), tone: .bad)
            return .handled
        }
        guard let course = selection.course, let learner = selection.learner, let date = selection.sessionDate else { return .handled }
        guard date <= env.now.date else {
            state.message = PaneMessage(text: env.language.pick("Buổi này chưa diễn ra: chỉ điểm danh đến hôm nay",
                                                                "This session has not happened yet: attendance goes up to today"), tone: .bad)
            return .handled
        }
        let index = selection.index
        guard ClassDates(index.courses[course]).allowsAttendance(on: date) else {
            state.message = PaneMessage(text: env.language.pick("Ngày này không phải buổi học của lớp: không điểm danh được",
                                                                "Not a session of this class: no attendance on this day"), tone: .bad)
            return .handled
        }
        let fields = [NewRecord.Field("Class", index.courses[course].id), NewRecord.Field("Learner", index.learners[Int(learner)].id),
                      NewRecord.Field("Date", date.description)]
        let present = index.rolls[course].isPresent(learner, on: date)
        state.sessionDate = date
        state.markAsked = Asked(name: index.learners[Int(learner)].name, date: date, present: !present)
        // On to the next learner, as a clerk goes down the sheet.
        state.rosterCursor.index = min(selection.rosterRow + 1, max(0, selection.roster.count - 1))
        return .effect(.write(present ? .remove(set: "Attendance", matching: fields) : .add([NewRecord(set: "Attendance", fields: fields)]),
                              origin: .classes))
    }

    /// A mark asked of the store: who, which session, and whether they are now marked present.
    struct Asked: Hashable, Sendable {
        let name: String
        let date: CalendarDate
        let present: Bool

        /// What the status line says once it is written: "Đã ghi có mặt: Nguyễn Văn An, buổi
        /// 12/10/2022", "Đã bỏ có mặt: …".
        func report(_ language: Language) -> String {
            let session = language.pick("buổi ", "session ") + VietFormat.date(date, language)
            return (present ? language.pick("Đã ghi có mặt: ", "Marked present: ") : language.pick("Đã bỏ có mặt: ", "No longer marked present: "))
                + name + ", " + session
        }
    }
}
