/// `hoctap undo`: takes back the last write hoctap made to the store and says what it was.

import ArgumentParser
import Store

struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: "Take back the last write hoctap made to the store (add, edit, remove, a form, a key).",
        discussion: """
        Each run takes back one more write, newest first, from the journal hoctap keeps in the
        store folder (.hoctap-undo, the last 50 writes; local to this machine, never synced). An
        appended record is cut off only if nobody changed it or anything after it since; otherwise
        it is taken out if it is still there unchanged. An edit gets its old text back if the record
        still has the new one; a removed record goes back where it was. If the record was changed
        since, nothing is undone and the message says why.
        Exit status: 0 when a write was taken back, 1 when there was nothing to undo or it was
        refused, 2 when the store cannot be read.
        """
    )

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
