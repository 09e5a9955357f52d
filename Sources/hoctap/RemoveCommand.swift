/// `hoctap remove KIND ID [--yes]`: takes one record out of the store, after a question on a terminal.

import ArgumentParser
import Foundation
import Store

struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove one record from the store, asking first.",
        discussion: """
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
        """
    )

    /// The main command's options: `--store` given after the subcommand is read there.
    @OptionGroup var display: DisplayOptions

    @Flag(name: .long, help: "Remove without asking (for scripts).")
    var yes = false

    @Argument(help: "What to remove: award, learner, class, enrollment …")
    var kind: String

    @Argument(help: "The record's id: its key, CLASS/LEARNER for an enrollment, CLASS/LEARNER/DATE for an attendance.")
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
