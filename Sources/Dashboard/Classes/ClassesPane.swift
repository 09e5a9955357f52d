/// The classes pane: classes of the school year, the selected class's roster, attendance.

import Canvas
import Store

enum ClassesPane {
    static func draw(_ state: ClassesState, _ data: DashboardData, _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) {
        drawLists(state, data, ctx, in: area, into: &buffer)
        RemovalKeys.draw(state.removal, ctx, in: area, into: &buffer)
        RecordFormKeys.draw(state.recordForm, ctx, in: area, into: &buffer)
    }

    private static func drawLists(_ state: ClassesState, _ data: DashboardData, _ ctx: RenderContext, in area: Rect, into buffer: inout Buffer) {
        let index = data.classes
        guard !index.courses.isEmpty else {
            let year = index.schoolYear.map { " " + ctx.text("năm học", "school year") + " " + $0.description } ?? ""
            MessagePane.draw(title: Pane.classes.title(ctx.language),
                             headline: ctx.text("Chưa có lớp học nào", "No classes yet") + year + ".",
                             detail: ctx.mayEdit ? ctx.text("Nhấn c để thêm lớp học (chủ đề, giảng viên, lịch học).",
                                                            "Press c to add a class (topic, teacher, schedule).")
                                 : ctx.text("Thêm bản ghi Class vào classes.rec (hoặc tạo kho mẫu: hoctap init THƯ_MỤC --demo).",
                                            "Add Class records to classes.rec (or make the demo store: hoctap init DIR --demo)."),
                             ctx, in: area, into: &buffer)
            return
        }
        let selection = ClassesSelection(state, index, today: ctx.now.date)
        // On the projector: the classes and their rates, never one person's attendance.
        guard !ctx.presenting else {
            ClassListView.draw(state, selection, ctx, in: area, into: &buffer)
            return
        }
        let share = area.width >= 160 ? 52 : 45
        let parts = Layout.split(area, .horizontal, [.percent(share), .fill(1)])
        ClassListView.draw(state, selection, ctx, in: parts[0], into: &buffer)
        RosterView.draw(state, selection, ctx, in: parts[1], into: &buffer)
        if let card = state.card, let learner = index.learner(id: card.learnerId) {
            LearnerCardView.draw(card, learner: learner, index, ctx, in: area, into: &buffer)
        }
        if let enroll = state.form {
            FormView.draw(enroll.form, ctx, in: area, into: &buffer)
        }
    }
}
