/// A session's sign-in sheet as a paper: the class, the day, the teacher and the venue, one row a learner with room to sign.

import Reports
import Store
import VietText

extension SigninSheet {
    /// The sheet that goes round the room at one session: STT, name and a wide "Ký tên" column;
    /// the teacher signs at the foot. Nothing private.
    public var paper: Paper {
        let table = DataTable(
            caption: "Danh sách ký tên",
            columns: [TableColumn("STT", .integer), TableColumn("Họ và tên"), TableColumn("Ký tên", .signature, width: 24)],
            rows: rows.map { [.integer($0.number), .text($0.name), .empty] })
        return Paper(kind: .classSheet, title: "DANH SÁCH HỌC VIÊN KÝ TÊN",
                     summary: course.name,
                     body: [.bullets(ClassFacts.lines(course, learners: rows.count, session: session)), .table(table)],
                     signatures: [SignatureBlock(title: "Giảng viên", name: teacher)])
    }
}
