/// `hoctap add KIND --Field value …`: checks one new record against the store and writes it, or refuses.

import ArgumentParser
import Reports
import Store

struct AddCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "add",
            abstract: CommandWording.text(
                "Thêm một bản ghi vào kho: khen thưởng, học viên, ghi danh, điểm danh, ủng hộ quỹ, chuyển mục chương trình buổi lễ " + "và những gì lập nên một năm học (chiến dịch, chỉ tiêu, chỉ số, mục chương trình, lớp, chi hội, dòng họ).",
                "Add one record to the store: the year's awards, learners, enrollments, attendance, donations, agenda moves, " + "and what sets a year up (campaign, target, indicator, agenda-item, class, branch, clan)."),
            discussion: CommandWording.text("""
                Các trường ghi theo tên của chúng trong lược đồ kho: --Tên GIÁ-TRỊ hoặc --Tên=GIÁ-TRỊ, ví dụ
                  hoctap add award --Recipient "Nguyễn Văn An" --Kind student --Category "Học sinh giỏi" --Branch KP01 --Amount 500000
                  hoctap add class --Name "Tin học cơ bản" --Topic "Chuyển đổi số" --Start 2023-10-03 --End 2023-11-30 --Weekly "T3, T5"
                  hoctap add campaign --Ward "Phường Quảng Châu" --Center "…" --SchoolYear 2023-2024 --Theme "…" --Theme "…"
                Trường ghi được nhiều lần (Theme, Session) thì ghi mỗi giá trị một lần, theo thứ tự. Không ghi Id thì tự đặt mã
                tiếp theo; khen thưởng không ghi Date thì lấy ngày hôm nay, chuyển mục chương trình không ghi At thì lấy giờ hiện
                tại, mục chương trình không ghi Seq thì lấy số tiếp theo; chiến dịch tự có mã, tên và tuần lễ (01/10 đến 07/10)
                theo năm học. `agenda` chuyển dấu "đang diễn ra" của buổi lễ; `agenda-item` thêm một mục vào chương trình. Mỗi kho
                chỉ có một chiến dịch: chiến dịch thứ hai bị từ chối. Bản ghi được kiểm tra như `hoctap check`; có gì sai thì in lý
                do và không ghi gì. Khen thưởng trùng người nhận, loại khen thưởng, chi hội và năm học với một khen thưởng đã ghi bị
                từ chối vì có thể ghi trùng; --force vẫn ghi (`hoctap check` sẽ ghi chú lại).
                hoctap add KIND --help liệt kê các trường của loại bản ghi đó, với tên như trên biểu mẫu của bảng điều khiển.
                Mã trạng thái: 0 khi đã ghi, 1 khi bị từ chối, 2 khi không đọc được kho.
                """, """
                Fields are given by their names in the store's schema: --Name VALUE or --Name=VALUE, such as
                  hoctap add award --Recipient "Nguyễn Văn An" --Kind student --Category "Học sinh giỏi" --Branch KP01 --Amount 500000
                  hoctap add class --Name "Tin học cơ bản" --Topic "Chuyển đổi số" --Start 2023-10-03 --End 2023-11-30 --Weekly "T3, T5"
                  hoctap add campaign --Ward "Phường Quảng Châu" --Center "…" --SchoolYear 2023-2024 --Theme "…" --Theme "…"
                A repeatable field (Theme, Session) is given once per value, in order. A missing Id is assigned
                (the next in the set's pattern); an award's Date defaults to today, an agenda entry's At to
                now, an agenda item's Seq to the next number, and a campaign's Id, Title and week (1–7 October)
                to its school year's. `agenda` moves the ceremony's "now" marker; `agenda-item` adds an item to
                its programme. A store holds one campaign: a second is refused. The record is checked as `hoctap check` would check it; if
                anything is wrong, the reason is printed and nothing is written. An award to the same
                recipient, in the same category, from the same branch, for the same school year as one already
                recorded is refused as a probable double entry; --force writes it anyway (`hoctap check` then
                lists it as a note).
                Exit status: 0 when the record was written, 1 when it was refused, 2 when the store cannot be read.
                """)
        )
    }

    @Option(name: .long, help: CommandWording.help(
        "Thư mục kho dữ liệu (mặc định: $HOCTAP_STORE, nếu không có thì ./store).",
        "The store folder (default: $HOCTAP_STORE, else ./store)."))
    var store: String?

    @Argument(help: CommandWording.help(
        "Loại bản ghi cần thêm (award, learner, enrollment, attendance, donation, agenda, campaign, target, indicator, agenda-item, class, branch, clan …); không có gì khác: danh sách các loại.",
        "What to add (award, learner, enrollment, attendance, donation, agenda, campaign, target, indicator, agenda-item, class, branch, clan); alone, the list of kinds."))
    var kind: String?

    @Argument(parsing: .captureForPassthrough, help: CommandWording.help(
        "Các trường: --Tên GIÁ-TRỊ hoặc --Tên=GIÁ-TRỊ.",
        "The fields: --Name VALUE or --Name=VALUE."))
    var fields: [String] = []

    func run() throws {
        guard let kind else {
            Output.print(RecordAddition.kindsHelp(language: CommandWording.language), terminator: "")
            return
        }
        if fields.contains("--help") || fields.contains("-h") {
            let set = try reporting([RecordAdditionError.self], exitStatus: 1) { try RecordAddition.set(forKind: kind) }
            Output.print(RecordAddition.fieldsHelp(for: set, kind: kind.lowercased(), language: CommandWording.language),
                         terminator: "")
            return
        }
        var words = fields
        let storeOption = try Self.takeStore(from: &words) ?? store
        let force = words.contains("--force")
        words.removeAll { $0 == "--force" }
        let location = try StoreLocation.writableOrRefuse(option: storeOption)
        let addition = try reporting([RecordAdditionError.self, RecWriterError.self], exitStatus: 1) {
            let set = try RecordAddition.set(forKind: kind)
            let given = try RecordAddition.fields(from: words, for: set)
            return try reportingFatalErrors {
                try RecordAddition.add(set: set, given: given, in: location.directory, now: RecordAddition.localStamp(),
                                       force: force)
            }
        }
        Output.print("Đã thêm vào \(addition.set.file):")
        Output.print(addition.record.text, terminator: "")
        if addition.set.name == "Assessment" { printResult(of: addition, in: location.directory) }
    }

    /// The result the set's rule gives the assessment just written, read back from the store.
    private func printResult(of addition: RecordAddition, in folder: String) {
        var fields: [String: String] = [:]
        for line in addition.record.text.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        // Subject, Set and Year name one assessment: the store refuses a second.
        guard let snapshot = try? StoreLoader.load(directory: folder),
              let written = snapshot.assessments.first(where: {
                  $0.subject == fields["Subject"] && $0.set == fields["Set"] && String($0.year) == fields["Year"]
              }),
              let set = snapshot.criteriaSets.first(where: { $0.id == written.set }) else { return }
        Output.print(AssessmentSummary.lines(written, set: set).joined(separator: "\n"))
    }

    /// Removes `--store DIR` or `--store=DIR` given among the fields, returning the folder.
    static func takeStore(from words: inout [String]) throws -> String? {
        var found: String?
        var i = 0
        while i < words.count {
            if words[i] == "--store" {
                guard i + 1 < words.count else { throw ValidationError(CommandWording.text("--store cần một thư mục", "--store needs a folder")) }
                found = words[i + 1]
                words.removeSubrange(i...(i + 1))
            } else if words[i].hasPrefix("--store=") {
                found = String(words[i].dropFirst("--store=".count))
                words.remove(at: i)
            } else {
                i += words[i].hasPrefix("--") && words[i].contains("=") ? 1 : 2
            }
        }
        return found
    }
}
