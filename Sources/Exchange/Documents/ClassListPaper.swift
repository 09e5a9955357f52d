/// A class's list of learners as a paper: the class's facts, one row a learner with room to sign, the teacher's signature.

import Reports
import Store
import VietText

extension ClassList {
    /// The list a teacher keeps: the class, its topic, teacher, venue and dates, then STT, name,
    /// year of birth, gender, neighbourhood and "Ký tên". Never the phone or the birth date.
    public var paper: Paper {
        let table = DataTable(
            caption: "Danh sách học viên",
            columns: [TableColumn("STT", .integer), TableColumn("Họ và tên"), TableColumn("Năm sinh"),
                      TableColumn("Giới tính"), TableColumn("Khu phố"), TableColumn("Ký tên", .signature)],
            rows: rows.map { r in
                // The year as it is written ("1985"), not as a count ("1.985").
                [.integer(r.number), .text(r.name), r.birthYear.map { .text(String($0)) } ?? .empty,
                 r.gender.isEmpty ? .empty : .text(r.gender), r.neighborhood.map(CellValue.text) ?? .empty, .empty]
            })
        return Paper(kind: .classSheet, title: "DANH SÁCH HỌC VIÊN", summary: course.name,
                     body: [.bullets(ClassFacts.lines(course, learners: rows.count)), .table(table)],
                     signatures: [SignatureBlock(title: "Giảng viên", name: course.teacher)])
    }
}

/// The facts that head a class's sheets.
enum ClassFacts {
    /// "Mã lớp: LH01", "Chủ đề: …", "Giảng viên: …", "Địa điểm: …", "Thời gian: 01/10/2022 – 30/11/2022", "Sĩ số: 25".
    static func lines(_ c: Course, learners: Int? = nil, session: CalendarDate? = nil) -> [String] {
        var out = ["Mã lớp: \(c.id)", "Chủ đề: \(c.topic)"]
        if let session { out.append("Buổi học: \(VietFormat.weekday(session)), ngày \(VietFormat.date(session))") }
        if let teacher = c.teacher { out.append("Giảng viên: \(teacher)") }
        if let venue = c.venue { out.append("Địa điểm: \(venue)") }
        if session == nil, let start = c.start {
            out.append("Thời gian: " + VietFormat.date(start) + (c.end.map { " – " + VietFormat.date($0) } ?? ""))
        }
        if let learners { out.append("Sĩ số: \(VietFormat.integer(learners))") }
        return out
    }
}
