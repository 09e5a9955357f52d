/// `hoctap undo`: takes back the last write hoctap made to the store and says what it was.

import ArgumentParser
import Store

struct UndoCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "undo",
            abstract: CommandWording.text(
                "Hoàn tác lần ghi gần nhất hoctap đã ghi vào kho (thêm, sửa, xoá, một biểu mẫu, một phím).",
                "Take back the last write hoctap made to the store (add, edit, remove, a form, a key)."),
            discussion: CommandWording.text("""
                Mỗi lần chạy hoàn tác thêm một lần ghi, mới nhất trước, theo sổ ghi hoctap giữ trong thư mục kho
                (.hoctap-undo, 50 lần ghi gần nhất; chỉ ở máy này, không đồng bộ). Bản ghi được thêm vào cuối tệp chỉ bị
                cắt đi khi từ đó đến nay không ai sửa nó hay phần sau nó; nếu không thì được gỡ ra nếu vẫn còn nguyên.
                Lần sửa được trả lại nội dung cũ nếu bản ghi vẫn giữ nội dung mới; bản ghi đã xoá được đặt lại chỗ cũ.
                Nếu bản ghi đã bị sửa từ đó, không hoàn tác gì và thông báo cho biết lý do.
                Mã trạng thái: 0 khi đã hoàn tác, 1 khi không có gì để hoàn tác hoặc bị từ chối, 2 khi không đọc được kho.
                """, """
                Each run takes back one more write, newest first, from the journal hoctap keeps in the
                store folder (.hoctap-undo, the last 50 writes; local to this machine, never synced). An
                appended record is cut off only if nobody changed it or anything after it since; otherwise
                it is taken out if it is still there unchanged. An edit gets its old text back if the record
                still has the new one; a removed record goes back where it was. If the record was changed
                since, nothing is undone and the message says why.
                Exit status: 0 when a write was taken back, 1 when there was nothing to undo or it was
                refused, 2 when the store cannot be read.
                """)
        )
    }

    /// The main command's options: `--store` given after the subcommand is read there.
    @OptionGroup var display: DisplayOptions

    func run() throws {
        let location = try StoreLocation.writableOrRefuse(option: display.store)
        let report = try reportingRefusals {
            try reportingFatalErrors { try StoreUndo.undo(in: location.directory, now: RecordAddition.localStamp()) }
        }
        Output.print("Đã hoàn tác: \(report.summary.text(.vi)).")
        if !report.records.isEmpty {
            Output.print("Đặt lại:")
            Output.print(report.records.map(\.text).joined(separator: "\n"), terminator: "")
        }
    }
}
