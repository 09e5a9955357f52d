/// `hoctap remove KIND ID [--yes]`: takes one record out of the store, after a question on a terminal.

import ArgumentParser
import Foundation
import Store

struct RemoveCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "remove",
            abstract: CommandWording.text(
                "Xoá một bản ghi khỏi kho, có hỏi lại trước khi xoá.",
                "Remove one record from the store, asking first."),
            discussion: CommandWording.text("""
                Bản ghi được gọi theo loại và mã của nó, ví dụ
                  hoctap remove award A1875
                Ghi danh gọi là LỚP/HỌC-VIÊN (LH01/HV0001), điểm danh là LỚP/HỌC-VIÊN/NGÀY (LH01/HV0001/2022-10-12).
                Bản ghi còn được bản ghi khác nhắc đến thì không xoá (học viên đã ghi danh hay điểm danh, lớp có ghi danh,
                chi hội có khen thưởng, ủng hộ hay danh hiệu, mục chương trình đã chuyển đến): thông báo cho biết bao nhiêu
                bản ghi và ở đâu, cần xoá trước. Trên màn hình dòng lệnh, bản ghi được hiện ra và hỏi lại ([c/K]: c là xoá);
                không có màn hình thì cần --yes. `hoctap undo` đưa bản ghi trở lại.
                Mã trạng thái: 0 khi đã xoá, 1 khi bị từ chối hoặc không xác nhận, 2 khi không đọc được kho.
                """, """
                The record is named by its kind and its key, as in
                  hoctap remove award A1875
                An enrollment is named CLASS/LEARNER (LH01/HV0001), an attendance CLASS/LEARNER/DATE
                (LH01/HV0001/2022-10-12). A record that others name is not removed (a learner with
                enrollments or attendance, a class with enrollments, a branch with awards, donations or
                titles, an agenda item with steps logged): the message says how many and where, to be
                removed first. On a terminal the record is shown and the question asked ([c/K]: c removes);
                without a terminal, --yes is needed. `hoctap undo` puts the record back.
                Exit status: 0 when the record was removed, 1 when it was refused or not confirmed, 2 when
                the store cannot be read.
                """)
        )
    }

    /// The main command's options: `--store` given after the subcommand is read there.
    @OptionGroup var display: DisplayOptions

    @Flag(name: .long, help: CommandWording.help(
        "Xoá không hỏi lại (cho các tập lệnh tự động).",
        "Remove without asking (for scripts)."))
    var yes = false

    @Argument(help: CommandWording.help(
        "Loại bản ghi cần xoá: award, learner, class, enrollment …",
        "What to remove: award, learner, class, enrollment …"))
    var kind: String

    @Argument(help: CommandWording.help(
        "Mã của bản ghi: mã khoá, LỚP/HỌC-VIÊN với ghi danh, LỚP/HỌC-VIÊN/NGÀY với điểm danh.",
        "The record's id: its key, CLASS/LEARNER for an enrollment, CLASS/LEARNER/DATE for an attendance."))
    var id: String

    func run() throws {
        let set = try reporting([StoreChangeError.self], exitStatus: 1) { try RecordIdentity.set(forKind: kind) }
        let location = try StoreLocation.writableOrRefuse(option: display.store)
        if !yes {
            // The question names the record as it is now; the removal checks it again under the lock.
            let preview = try reportingRefusals {
                try reportingFatalErrors { try RecordRemoval.preview(set: set, id: id, in: location.directory) }
            }
            guard isatty(STDIN_FILENO) == 1 else {
                printError("xoá \(preview.label.text(.vi)) cần xác nhận: chạy trên terminal để được hỏi, hoặc thêm --yes; chưa xoá gì")
                throw ExitCode(1)
            }
            Output.print(preview.record.text, terminator: "")
            Output.print("Xoá \(preview.label.text(.vi)) khỏi \(set.file)? [c/K] ", terminator: "")
            fflush(nil)
            let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
            guard ["c", "có", "co", "y", "yes"].contains(answer) else {
                Output.print("Không xoá gì.")
                throw ExitCode(1)
            }
        }
        let report = try reportingRefusals {
            try reportingFatalErrors {
                try StoreWrite.removeRecord(set: set.name, id: id).performed(in: location.directory, now: RecordAddition.localStamp())
            }
        }
        Output.print("Đã xoá \(report.summary.records.map { $0.text(.vi) }.joined(separator: ", ")) khỏi \(set.file) "
            + "(hoctap undo để đặt lại).")
    }
}
