/// Why a paper cannot be made: a class the store does not have, a day that is not one of its sessions.

import Store
import VietText

/// A paper refused, with the sentence the clerk reads (Vietnamese).
public enum PaperError: Error, Equatable, CustomStringConvertible {
    case unknownClass(String)
    /// The class does not meet that day: its session dates, or its first and last day.
    case notASession(classId: String, day: CalendarDate, sessions: [CalendarDate], start: CalendarDate?, end: CalendarDate?)

    public var description: String {
        switch self {
        case .unknownClass(let id):
            return "không có lớp \(id) trong classes.rec; hãy xem mã lớp bằng hoctap roster hoặc trên màn hình Lớp học"
        case .notASession(let id, let day, let sessions, let start, let end):
            if !sessions.isEmpty {
                let shown = sessions.prefix(12).map { VietFormat.date($0) }.joined(separator: ", ")
                    + (sessions.count > 12 ? ", …" : "")
                return "lớp \(id) không có buổi học ngày \(VietFormat.date(day)); các buổi học của lớp: \(shown)"
            }
            let from = start.map { "từ ngày \(VietFormat.date($0))" } ?? ""
            let to = end.map { "đến ngày \(VietFormat.date($0))" } ?? ""
            return "ngày \(VietFormat.date(day)) nằm ngoài thời gian học của lớp \(id) (\([from, to].filter { !$0.isEmpty }.joined(separator: " ")))"
        }
    }
}
