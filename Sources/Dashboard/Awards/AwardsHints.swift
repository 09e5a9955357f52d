/// The awards pane's keys as the hint bar and the help show them, for the mode it is in.

import Store

extension AwardsKeys {
    static func hints(_ state: AwardsState, _ env: KeyContext) -> [KeyHint] {
        if let open = state.form {
            if open.form.confirmation != nil {
                return [KeyHint("Enter", help: ("Có thể trùng: vẫn ghi bản ghi này", "Possible double: write it anyway"), hint: ("Vẫn ghi", "Write anyway")),
                        KeyHint("Esc", help: ("Quay lại sửa, chưa ghi gì", "Go back to the form; nothing is written"), hint: ("Sửa lại", "Go back"))]
            }
            return [
                KeyHint("Enter", help: ("Ghi vào kho (kiểm tra trước); trong danh sách gợi ý: chọn", "Write to the store (checked first); in the suggestions: take one"),
                        hint: ("Ghi", "Write")),
                KeyHint("Tab/↓", ascii: "Tab/Down", help: ("Ô sau; ↓ đi vào các gợi ý", "Next field; ↓ walks into the suggestions"), hint: ("Ô sau", "Next")),
                KeyHint("↑", ascii: "Up", help: ("Ô trước", "Previous field")),
                KeyHint("←/→", ascii: "Left/Right", help: ("Trong ô chọn: đổi lựa chọn; trong ô chữ: di chuyển con trỏ", "In a list field: change the choice; in a text field: move the cursor"),
                        hint: ("Chọn", "Choose")),
                KeyHint("Esc", help: ("Đóng biểu mẫu, không ghi gì", "Close the form; nothing is written"), hint: ("Huỷ", "Cancel")),
            ]
        }
        var hints: [KeyHint] = []
        switch state.mode {
        case .branch:
            hints.append(KeyHint("↑/↓", ascii: "Up/Down", help: ("Chọn khen thưởng của chi hội", "Select one of the branch's awards"), hint: ("Chọn", "Select")))
            hints.append(KeyHint("Esc", help: ("Quay lại bảng tổng hợp", "Back to the tallies"), hint: ("Quay lại", "Back")))
        case .tallies:
            hints.append(KeyHint("↑/↓", ascii: "Up/Down", help: ("Chọn chi hội", "Select a branch"), hint: ("Chi hội", "Branch")))
            hints.append(KeyHint("Enter", help: ("Xem các khen thưởng của chi hội đã chọn", "List the selected branch's awards"), hint: ("Xem", "Open")))
            hints.append(KeyHint("v", help: ("Khung bên (màn hình hẹp): loại khen thưởng, quỹ, danh hiệu lần lượt", "Side panel (narrow screens): categories, fund, titles in turn"),
                                 hint: ("Khung bên", "Panel")))
        }
        hints.append(KeyHint("[ ]", help: ("Năm học trước / năm học sau", "Previous / next school year"), hint: ("Năm học", "Year")))
        if env.mayEdit {
            hints.append(KeyHint("a", help: ("Ghi khen thưởng mới (biểu mẫu)", "Record an award (a form)"), hint: ("Khen thưởng", "Award")))
            hints.append(KeyHint("d", help: ("Ghi ủng hộ quỹ khuyến học (biểu mẫu)", "Record a donation to the fund (a form)"), hint: ("Ủng hộ", "Donation")))
        } else {
            hints.append(KeyHint("a d", help: ("Chỉ xem: kho mẫu hoặc trình chiếu không ghi được khen thưởng, ủng hộ",
                                               "Read-only: no awards or donations can be recorded on the demo or a presentation")))
        }
        return hints
    }
}
