/// `hoctap edit KIND ID --Field value …`: changes fields of one record, checked as an addition is, or refuses.

import ArgumentParser
import Store

struct EditCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "edit",
            abstract: CommandWording.text(
                "Sửa các trường của một bản ghi trong kho (khen thưởng, học viên, lớp …).",
                "Change fields of one record of the store (an award, a learner, a class …)."),
            discussion: CommandWording.text("""
                Bản ghi được gọi theo loại và mã của nó, ví dụ
                  hoctap edit award A1875 --Amount 300000 --Sponsor ""
                Ghi danh gọi là LỚP/HỌC-VIÊN (LH01/HV0001), điểm danh là LỚP/HỌC-VIÊN/NGÀY (LH01/HV0001/2022-10-12).
                Giá trị mới thay giá trị cũ của trường; --Trường "" xoá một trường không bắt buộc. Không đổi được mã (hay các
                trường dùng để gọi bản ghi). Bản ghi được kiểm tra như `hoctap add` kiểm tra bản ghi mới; có gì sai thì không
                ghi gì. `hoctap undo` hoàn tác lần sửa. `hoctap edit KIND --help` liệt kê các trường của loại bản ghi đó.
                Mã trạng thái: 0 khi đã ghi, 1 khi bị từ chối, 2 khi không đọc được kho.
                """, """
                The record is named by its kind and its key, as in
                  hoctap edit award A1875 --Amount 300000 --Sponsor ""
                An enrollment is named CLASS/LEARNER (LH01/HV0001), an attendance CLASS/LEARNER/DATE
                (LH01/HV0001/2022-10-12). A value replaces the field's; --Field "" removes a field that is
                not required. The key (or the fields that name the record) cannot be changed. The record is
                checked as `hoctap add` checks a new one; if anything is wrong, nothing is written.
                `hoctap undo` takes the edit back. `hoctap edit KIND --help` lists the kind's fields.
                Exit status: 0 when the record was written, 1 when it was refused, 2 when the store cannot be read.
                """)
        )
    }

    @Option(name: .long, help: CommandWording.help(
        "Thư mục kho dữ liệu (mặc định: $HOCTAP_STORE, nếu không có thì ./store).",
        "The store folder (default: $HOCTAP_STORE, else ./store)."))
    var store: String?

    @Argument(help: CommandWording.help(
        "Loại bản ghi cần sửa: award, learner, class, branch …; không có gì khác: danh sách các loại.",
        "What to edit: award, learner, class, branch …; alone, the list of kinds."))
    var kind: String?

    @Argument(parsing: .captureForPassthrough, help: CommandWording.help(
        "Mã của bản ghi, rồi các trường: --Tên GIÁ-TRỊ hoặc --Tên=GIÁ-TRỊ.",
        "The record's id, then the fields: --Name VALUE or --Name=VALUE."))
    var words: [String] = []

    func run() throws {
        guard let kind else {
            Output.print(RecordIdentity.kindsHelp(command: "edit", language: CommandWording.language), terminator: "")
            return
        }
        let set = try reporting([StoreChangeError.self], exitStatus: 1) { try RecordIdentity.set(forKind: kind) }
        if words.contains("--help") || words.contains("-h") {
            Output.print(RecordAddition.fieldsHelp(for: set, kind: kind.lowercased(), editing: true,
                                                   language: CommandWording.language), terminator: "")
            return
        }
        var rest = words
        // The id comes first, unless --store does.
        let id = rest.first.flatMap { $0.hasPrefix("--") ? nil : rest.removeFirst() }
        let storeOption = try AddCommand.takeStore(from: &rest) ?? store
        guard let id = id ?? rest.first.flatMap({ $0.hasPrefix("--") ? nil : rest.removeFirst() }) else {
            printError("cần mã của bản ghi: hoctap edit \(kind) MÃ --Field giá-trị (hoctap edit \(kind) --help liệt kê các trường)")
            throw ExitCode(1)
        }
        let location = try StoreLocation.writableOrRefuse(option: storeOption)
        let report = try reportingRefusals {
            let given = try RecordAddition.fields(from: rest, for: set)
            return try reportingFatalErrors {
                try StoreWrite.edit(set: set.name, id: id, fields: given.map { NewRecord.Field($0.name, $0.value) })
                    .performed(in: location.directory, now: RecordAddition.localStamp())
            }
        }
        Output.print("Đã sửa \(report.summary.records.map { $0.text(.vi) }.joined(separator: ", ")) trong \(set.file):")
        Output.print(report.records.map(\.text).joined(separator: "\n"), terminator: "")
    }
}

/// Runs `body`; a refusal by the store (a record refused, not found, named by others, nothing to
/// undo) or a failed write becomes its message and exit status 1.
func reportingRefusals<T>(_ body: () throws -> T) throws -> T {
    try reporting([RecordAdditionError.self, StoreChangeError.self, RecWriterError.self], exitStatus: 1, body)
}

extension StoreLocation {
    /// The store to write to; the built-in demo is refused (exit status 1), and a folder that
    /// cannot be found is exit status 2.
    static func writableOrRefuse(option: String?) throws -> StoreLocation {
        let location = try reportingFatalErrors { try StoreLocation.resolve(option: option) }
        if location.isBuiltInDemo {
            printError("kho dữ liệu mẫu có sẵn chỉ để xem; không ghi gì. Hãy chép nó bằng \"hoctap init DIR --demo\" "
                + "rồi làm việc trên bản chép với \"--store DIR\"")
            throw ExitCode(1)
        }
        return location
    }
}
