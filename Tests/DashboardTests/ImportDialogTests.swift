// The import dialog on the classes and awards panes: opened with i and filled in from the selection, the request it
// sends, the preview fed back, the explicit choice to skip refused rows, the write and the status line; its frames
// at 80×24 and 120×40.

import Canvas
@testable import Dashboard
import Store
@testable import StoreDemo
import XCTest

final class ImportDialogTests: XCTestCase {
    private static let data: DashboardData? = {
        guard let dir = StoreLoader.demoDirectory(), let snapshot = try? StoreLoader.load(directory: dir) else { return nil }
        return DashboardData(snapshot)
    }()

    private func demo(file: StaticString = #filePath, line: UInt = #line) throws -> DashboardData {
        try XCTUnwrap(Self.data, "the demo store is not in the resources", file: file, line: line)
    }

    /// A preview as the program makes it: two learners to write and enroll, a duplicate, a refused row.
    private static let review: ImportReview = {
        let lines: [ImportReview.Line] = [
            .init("Danh sách học viên ghi danh: ~/Tải về/hoc-vien.csv — CSV (dấu chấm phẩy), UTF-8."),
            .init("Dòng tiêu đề: dòng 3."),
            .init("Các cột đọc: \"Họ và tên\" (họ và tên), \"Năm sinh\" (năm sinh), \"Giới tính\" (giới tính), \"Khu phố\" (khu phố)."),
            .init("Bảng mã đoán theo cột (đổi bằng --encoding): \"Họ và tên\": TCVN3 (ABC); đã chuyển sang Unicode."),
            .init(""),
            .init("Đọc 4 dòng dữ liệu."),
            .init("Sẽ ghi: 2 học viên mới (learners.rec), 3 ghi danh mới (attendance.rec).", .heading),
            .init("  Dòng 4: Quách Thị Ngọc Diễm — nữ — sinh 1987 — Khu phố 1 — ghi danh lớp L01"),
            .init("  Dòng 6: La Văn Cầu — nam — sinh 1962 — Khu phố 1 — ghi danh lớp L01"),
            .init(""),
            .init("Trùng với dữ liệu đã có (1 dòng):", .heading),
            .init("  Dòng 7: Nguyễn Văn An — đã có học viên HV0001 (Nguyễn Văn An, sinh 1970) — dùng lại", .duplicate),
            .init(""),
            .init("Dòng bị từ chối (1):", .heading),
            .init("  Dòng 5, cột \"Năm sinh\": không đọc được ngày/năm sinh \"19x7\" (cần như 1987 hoặc 06/10/1987)", .refused),
        ]
        let records = [
            NewRecord(set: "Learner", fields: [.init("Name", "Quách Thị Ngọc Diễm"), .init("Gender", "F"), .init("BirthYear", "1987")]),
            NewRecord(set: "Enrollment", fields: [.init("Class", "L01")], links: [.init(field: "Learner", record: 0, from: "Id")]),
        ]
        return ImportReview(path: "~/Tải về/hoc-vien.csv", lines: lines, refusedRows: 1, records: records,
                            written: "2 học viên, 3 ghi danh")
    }()

    private func selectedClass(_ state: AppState, _ data: DashboardData) -> String? {
        ClassesSelection(state.classes, data.classes, today: state.now.date).course.map { data.classes.courses[$0].id }
    }

    func testIOnTheClassesPaneAsksForTheFileWithTheSelectedClass() throws {
        let data = try demo()
        var state = app(.classes)
        send([.down, .down], &state, data)
        let course = try XCTUnwrap(selectedClass(state, data))
        send([.character("i")], &state, data)
        let dialog = try XCTUnwrap(state.importer)
        XCTAssertEqual(dialog.origin, .classes)
        XCTAssertEqual(dialog.form.value("Class"), course)
        XCTAssertTrue(state.paneCapturesKeys, "typing a path must not switch panes or quit")

        // Enter with no file: the field says so, nothing is asked of the program.
        XCTAssertEqual(send([.enter], &state, data), [])
        XCTAssertNotNil(state.importer?.form.field("Path")?.error)

        let effects = send(typed("~/ds q.csv") + [.enter], &state, data)
        XCTAssertEqual(effects, [.readImport(ImportRequest(kind: .enrollments, path: "~/ds q.csv", classId: course))])
        XCTAssertEqual(state.importer?.stage, .reading)
    }

    func testLearnersAloneAreAskedWithoutAClass() throws {
        let data = try demo()
        var state = app(.classes)
        let effects = send([.character("i")] + typed("a.csv") + [.tab, .right, .enter], &state, data)
        XCTAssertEqual(state.importer?.stage, .reading)
        XCTAssertEqual(effects.count, 1)
        guard case .readImport(let request)? = effects.first else { return XCTFail("no request: \(effects)") }
        XCTAssertEqual(request.kind, .learners)
        XCTAssertNil(request.classId)
    }

    func testTheAwardsPaneAsksForAwardsOfTheSelectedBranchAndYear() throws {
        let data = try demo()
        var state = app(.awards)
        send([.down, .character("i")], &state, data)
        let dialog = try XCTUnwrap(state.importer)
        let year = try XCTUnwrap(data.awards.shownYear(nil))
        XCTAssertEqual(dialog.form.value("Year"), year.description)
        let branch = try XCTUnwrap(AwardsKeys.selectedBranch(state.awards, data.awards.tally(year)))
        XCTAssertEqual(dialog.form.value("Branch"), branch)
        let effects = send(typed("/tmp/kt.xlsx") + [.tab, .right, .enter], &state, data)
        XCTAssertEqual(effects, [.readImport(ImportRequest(kind: .donations, path: "/tmp/kt.xlsx", branchId: branch,
                                                           year: year.description))])
    }

    func testAReadOnlyStoreOpensNoDialog() throws {
        let data = try demo()
        var state = app(.classes, canWrite: false)
        send([.character("i")], &state, data)
        XCTAssertNil(state.importer)
        XCTAssertTrue(state.classes.message?.text.contains("Chỉ xem") == true)
    }

    func testAFileThatCannotBeReadGoesBackToTheFormWithTheReason() throws {
        let data = try demo()
        var state = app(.classes)
        send([.character("i")] + typed("x.xls") + [.enter], &state, data)
        state.update(.importRead(.failed("x.xls: chỉ nhập được tệp .xlsx, .csv, .tsv hoặc .txt; không ghi gì")), data: data)
        XCTAssertEqual(state.importer?.stage, .form)
        XCTAssertEqual(state.importer?.form.message, "x.xls: chỉ nhập được tệp .xlsx, .csv, .tsv hoặc .txt; không ghi gì")
        send([.escape], &state, data)
        XCTAssertNil(state.importer, "Esc on the form closes the dialog")
    }

    func testRefusedRowsAreWrittenOnlyOnTheExplicitChoice() throws {
        let data = try demo()
        var state = app(.classes)
        send([.character("i")] + typed("~/Tải về/hoc-vien.csv") + [.enter], &state, data)
        state.update(.importRead(.review(Self.review)), data: data)
        XCTAssertEqual(state.importer?.stage, .review)

        // Enter does not write while a row is refused: the foot says what b does.
        XCTAssertEqual(send([.enter], &state, data), [])
        XCTAssertTrue(state.importer?.message?.contains("nhấn b để bỏ qua các dòng lỗi") == true, "\(String(describing: state.importer?.message))")
        XCTAssertTrue(state.paneHints().contains { $0.keyLabel == "b" })

        send([.down, .down, .pageDown], &state, data)
        XCTAssertEqual(state.importer?.scroll, 12)
        send([.end], &state, data)
        XCTAssertEqual(state.importer?.scroll, Self.review.lines.count - 1)

        let effects = send([.character("b")], &state, data)
        XCTAssertEqual(effects, [.write(.add(Self.review.records), origin: .classes)])
        XCTAssertEqual(state.importer?.stage, .writing)

        state.update(.writeFinished(.written([]), origin: .classes), data: data)
        XCTAssertNil(state.importer)
        XCTAssertEqual(state.notice?.text, "Đã nhập hoc-vien.csv: 2 học viên, 3 ghi danh — u để hoàn tác cả lần nhập")
    }

    func testEscOnThePreviewGoesBackToTheFormKeepingWhatWasTyped() throws {
        let data = try demo()
        var state = app(.classes)
        send([.character("i")] + typed("a.csv") + [.enter], &state, data)
        var clean = Self.review
        clean.refusedRows = 0
        state.update(.importRead(.review(clean)), data: data)
        send([.escape], &state, data)
        XCTAssertEqual(state.importer?.stage, .form)
        XCTAssertEqual(state.importer?.form.value("Path"), "a.csv")
        // Every row passes: Enter writes at once.
        send([.enter], &state, data)
        state.update(.importRead(.review(clean)), data: data)
        XCTAssertEqual(send([.enter], &state, data), [.write(.add(clean.records), origin: .classes)])
        // The store refused under the lock: back on the preview, saying why.
        state.update(.writeFinished(.refused(problems: ["lớp L01 đã đủ 30 học viên"]), origin: .classes), data: data)
        XCTAssertEqual(state.importer?.stage, .review)
        XCTAssertTrue(state.importer?.message?.contains("lớp L01 đã đủ 30 học viên") == true)
    }

    // MARK: frames

    private func frame(_ pane: Pane, _ keys: [Key], review: ImportReview? = nil, size: Size) throws -> Buffer {
        let data = try demo()
        var state = AppState(pane: pane, storeLabel: "/srv/hoctap", canWrite: true)
        for key in keys { state.handle(key, data: data) }
        if let review { state.update(.importRead(.review(review)), data: data) }
        return Screen.render(state: state, data: data, theme: .builtinDefault, size: size)
    }

    func testFormFrames() throws {
        let keys: [Key] = [.down, .down, .character("i")] + typed("~/Tải về/hoc-vien.csv")
        let small = try frame(.classes, keys, size: Size(width: 80, height: 24))
        assertSnapshot(small, theme: .builtinDefault, named: "import-form-classes-80x24")
        XCTAssertTrue(small.text.contains("Nhập danh sách từ tệp"), small.text)
        XCTAssertTrue(small.text.contains("Enter xem trước"), small.text)
        let wide = try frame(.awards, [.character("i")] + typed("~/kt.xlsx"), size: Size(width: 120, height: 40))
        assertSnapshot(wide, theme: .builtinDefault, named: "import-form-awards-120x40")
        XCTAssertTrue(wide.text.contains("Năm học"), wide.text)
    }

    func testPreviewFrames() throws {
        let keys: [Key] = [.character("i")] + typed("~/Tải về/hoc-vien.csv") + [.enter]
        let wide = try frame(.classes, keys, review: Self.review, size: Size(width: 120, height: 40))
        assertSnapshot(wide, theme: .builtinDefault, named: "import-preview-120x40")
        // Nothing the clerk must read to act is cut at 120×40: every line of the preview, and the choice.
        for line in Self.review.lines where !line.text.isEmpty {
            XCTAssertTrue(wide.text.contains(String(line.text.trimmingCharacters(in: .whitespaces).prefix(40))), line.text)
        }
        XCTAssertTrue(wide.text.contains("b: bỏ qua các dòng lỗi, ghi 2 học viên, 3 ghi danh"), wide.text)
        let inBox = wide.lines.filter { $0.hasPrefix("││") }
        XCTAssertFalse(inBox.contains { $0.contains("…") }, "a line was cut:\n" + wide.text)
        let small = try frame(.classes, keys, review: Self.review, size: Size(width: 80, height: 24))
        assertSnapshot(small, theme: .builtinDefault, named: "import-preview-80x24")
        XCTAssertTrue(small.text.contains("Esc: quay lại, chưa ghi gì"), small.text)
    }
}
