/// The classes pane's keys as the hint bar and the help name them, for the mode the pane is in.

enum ClassesHints {
    static func hints(_ state: ClassesState, _ env: KeyContext) -> [KeyHint] {
        if state.form != nil {
            return [
                KeyHint("Enter", help: ("Ghi danh (hoặc chọn học viên gợi ý đang sáng)", "Enroll (or take the highlighted suggestion)"),
                        hint: ("Ghi", "Write")),
                KeyHint("Tab/↓", ascii: "Tab/Down", help: ("Ô sau; ↓ đi vào danh sách gợi ý", "Next field; ↓ walks into the suggestions"),
                        hint: ("Ô sau", "Next")),
                KeyHint("←/→", ascii: "Left/Right", help: ("Chọn lớp, giới tính", "Choose the class, the gender")),
                KeyHint("Esc", help: ("Huỷ: không ghi gì", "Cancel: nothing is written"), hint: ("Huỷ", "Cancel")),
            ]
        }
        if state.card != nil {
            return [
                KeyHint("↑/↓", ascii: "Up/Down", help: ("Chọn một lớp của học viên", "Select one of the learner's classes"), hint: ("Chọn lớp", "Class")),
                KeyHint("Enter", help: ("Mở danh sách lớp đó", "Open that class's roster"), hint: ("Mở lớp", "Open")),
                KeyHint("Esc", help: ("Đóng thẻ học viên", "Close the learner's card"), hint: ("Đóng", "Close")),
            ]
        }
        if state.classSearch.isEditing || state.rosterSearch.isEditing {
            return [
                KeyHint("chữ", ascii: "text", help: ("Gõ tên, không cần dấu: danh sách thu hẹp dần", "Type a name, accents optional: the list narrows"),
                        hint: ("Gõ để tìm", "Type to find")),
                KeyHint("↑/↓", ascii: "Up/Down", help: ("Chọn trong kết quả", "Select among the matches"), hint: ("Chọn", "Select")),
                KeyHint("Enter", help: ("Giữ kết quả, trở lại danh sách", "Keep the matches, back to the list"), hint: ("Xong", "Done")),
                KeyHint("Esc", help: ("Xoá tìm kiếm", "Clear the search"), hint: ("Xoá", "Clear")),
            ]
        }
        var keys: [KeyHint] = []
        switch state.focus {
        case .classes:
            keys.append(KeyHint("↑/↓", ascii: "Up/Down", help: ("Chọn lớp; PgUp/PgDn, Home/End", "Select a class; PgUp/PgDn, Home/End"),
                                hint: ("Chọn lớp", "Class")))
            keys.append(KeyHint("Enter", help: ("Vào danh sách lớp để điểm danh", "Open the roster to take attendance"),
                                hint: ("Điểm danh", "Attendance")))
            keys.append(KeyHint("/", help: ("Tìm lớp hoặc học viên (không cần dấu)", "Find a class or a learner (accents optional)"),
                                hint: ("Tìm", "Find")))
            if state.classSearch.isActive {
                keys.append(KeyHint("n/N", help: ("Kết quả sau / trước", "Next / previous match"), hint: ("Kết quả sau", "Next")))
                keys.append(KeyHint("Esc", help: ("Xoá tìm kiếm", "Clear the search"), hint: ("Xoá tìm", "Clear")))
            }
            keys.append(KeyHint("k", help: ("Lọc theo loại lớp", "Filter by kind of class")))
            keys.append(KeyHint("t", help: ("Lọc theo chủ đề", "Filter by topic")))
        case .roster:
            keys.append(KeyHint("↑/↓", ascii: "Up/Down", help: ("Chọn học viên", "Select a learner"), hint: ("Chọn", "Select")))
            if env.mayEdit {
                keys.append(KeyHint("Space", help: ("Đánh dấu có mặt / vắng ở buổi đang chọn (ghi ngay)",
                                                    "Mark present / absent at the chosen session (written at once)"),
                                    hint: ("Có mặt", "Present")))
            }
            keys.append(KeyHint("←/→", ascii: "Left/Right", help: ("Buổi học trước / sau", "Previous / next session"), hint: ("Buổi", "Session")))
            keys.append(KeyHint("Enter", help: ("Thẻ học viên: lớp, chuyên cần, khen thưởng", "Learner's card: classes, attendance, awards"),
                                hint: ("Thẻ", "Card")))
            keys.append(KeyHint("/", help: ("Tìm trong lớp (không cần dấu)", "Find in the class (accents optional)"), hint: ("Tìm", "Find")))
            if state.rosterSearch.isActive {
                keys.append(KeyHint("n/N", help: ("Kết quả sau / trước", "Next / previous match"), hint: ("Kết quả sau", "Next")))
            }
            keys.append(KeyHint("Esc", help: ("Xoá tìm kiếm, rồi về danh sách lớp", "Clear the search, then back to the classes"),
                                hint: ("Về", "Back")))
        }
        keys.append(KeyHint("s", help: ("Xếp học viên: tên, khu phố, chuyên cần", "Sort learners: name, neighbourhood, attendance"),
                            hint: ("Xếp", "Sort")))
        if env.mayEdit {
            keys.append(KeyHint("a", help: ("Ghi danh học viên (có sẵn hoặc mới)", "Enroll a learner (existing or new)"), hint: ("Ghi danh", "Enroll")))
        } else {
            keys.append(KeyHint("a", help: ("Chỉ xem: kho này không ghi được (ghi danh, điểm danh tắt)",
                                            "Read-only: this store cannot be written (enrolling and attendance are off)")))
        }
        return keys
    }
}
