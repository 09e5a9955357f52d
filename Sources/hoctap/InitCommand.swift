/// `hoctap init DIR [--demo | --from OLDDIR [--year Y]]`: a new store folder, empty with its schema, holding the demo data,
/// or seeded from last year's store.

import ArgumentParser
import Foundation
import Store
import StoreDemo

struct InitCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "init",
            abstract: CommandWording.text(
                "Tạo thư mục kho: mọi tệp với phần đầu lược đồ, dữ liệu mẫu với --demo, hoặc năm học mới với --from.",
                "Create a store folder: every file with its schema headers, the demo data with --demo, or a new school year with --from."),
            discussion: CommandWording.text("""
                Mỗi kho giữ một năm học. Sang năm học sau, --from THƯ-MỤC-CŨ --year 2023-2024 chép các chi hội, dòng họ và
                các lớp còn học sau ngày 01/09, và mở chiến dịch mới với phường và trung tâm của chiến dịch cũ (tên, mã và tuần lễ
                01/10 đến 07/10 theo năm học); không có --year thì lấy năm học sau năm của chiến dịch cũ.
                Không bao giờ ghi đè: nếu trong THƯ-MỤC đã có tệp nào của kho thì không ghi gì (mã trạng thái 1).
                """, """
                A store holds one school year. For the next one, --from OLDDIR --year 2023-2024 copies the branches, the clans and
                the classes still open on 1 September, and starts the new campaign with the old one's ward and centre (title, id and
                week 1–7 October from the year); --year defaults to the year after the old campaign's.
                Never replaces a file: if any store file exists in DIR already, nothing is written (exit 1).
                """)
        )
    }

    @Argument(help: CommandWording.help(
        "Thư mục cần tạo hoặc ghi tệp vào.",
        "The folder to create or fill."))
    var directory: String

    @Flag(name: .long, help: CommandWording.help(
        "Chép kho mẫu có sẵn (năm học 2022–2023) thay cho các tệp trống.",
        "Copy the built-in demo store (school year 2022–2023) instead of empty files."))
    var demo = false

    @Flag(name: .long, help: CommandWording.help(
        "Cùng với --demo: tạo lại dữ liệu mẫu (hạt giống 20221006) thay vì chép các tệp có sẵn.",
        "With --demo: generate the demo afresh (seed 20221006) instead of copying the built-in files."))
    var regenerate = false

    @Option(name: .long, help: CommandWording.help(
        "Mở năm học mới từ kho này: chi hội, dòng họ, các lớp còn học, phường và trung tâm của chiến dịch.",
        "Seed a new school year from this store: its branches, clans, open classes and campaign's ward and centre."))
    var from: String?

    @Option(name: .long, help: CommandWording.help(
        "Cùng với --from: năm học mới, ví dụ 2023-2024 (mặc định: năm học sau năm của chiến dịch cũ).",
        "With --from: the new school year, such as 2023-2024 (default: the year after the old campaign's)."))
    var year: String?

    func run() throws {
        if regenerate && !demo { throw ValidationError(CommandWording.text("--regenerate chỉ đi với --demo", "--regenerate goes with --demo")) }
        if from != nil && demo { throw ValidationError(CommandWording.text(
            "--from và --demo tạo hai kiểu kho khác nhau: chỉ ghi một trong hai", "--from and --demo make different stores: give one of them")) }
        if year != nil && from == nil { throw ValidationError(CommandWording.text("--year chỉ đi với --from", "--year goes with --from")) }
        if let from { return try seed(from: from) }
        let contents: StoreInitializer.Contents
        if regenerate {
            contents = .texts(DemoStoreWriter.texts())
        } else if demo {
            guard let source = StoreLoader.demoDirectory() else {
                printError(CommandWording.text("không tìm thấy kho mẫu có sẵn cạnh chương trình; chưa ghi gì",
                                               "the built-in demo store was not found next to the program; nothing was written"))
                throw ExitCode(1)
            }
            contents = .copy(from: source)
        } else {
            contents = .empty
        }
        let paths = try reporting([StoreInitializer.Failure.self], exitStatus: 1) {
            try StoreInitializer.create(in: directory, contents: contents)
        }
        for path in paths { Output.print(CommandWording.text("đã ghi", "wrote") + " \(path)  \(Self.summary(of: path))") }
        Output.print(demo ? CommandWording.text("kho mẫu đã sẵn sàng trong \(directory)", "demo store ready in \(directory)")
                          : CommandWording.text("kho trống đã sẵn sàng trong \(directory)", "empty store ready in \(directory)"))
    }

    /// `--from OLDDIR`: the new year's store, and what it carried over.
    private func seed(from old: String) throws {
        let target: SchoolYear
        if let year {
            guard let parsed = SchoolYear(text: year) else { throw ValidationError(CommandWording.text(
                "--year: cần năm học dạng YYYY-YYYY, ví dụ 2023-2024", "--year: expected a school year written YYYY-YYYY, such as 2023-2024")) }
            target = parsed
        } else {
            guard let next = NewYearSeed.nextYear(after: old) else {
                throw ValidationError(CommandWording.text(
                    "\(old) không có chiến dịch để lấy năm học: hãy ghi --year YYYY-YYYY",
                    "\(old) has no campaign to take the year from: give --year YYYY-YYYY"))
            }
            target = next
        }
        let summary = try reporting([NewYearSeed.Failure.self, StoreInitializer.Failure.self], exitStatus: 1) {
            try NewYearSeed.create(in: directory, from: old, year: target)
        }
        Output.print(CommandWording.text("năm học \(summary.year) đã sẵn sàng trong \(directory), lấy từ \(old):",
                                         "school year \(summary.year) ready in \(directory), from \(old):"))
        let open = summary.classes.isEmpty ? "" : " (" + summary.classes.joined(separator: ", ") + ")"
        Output.print(CommandWording.text(
            "  \(summary.branches) chi hội, \(summary.clans) dòng họ, \(summary.classes.count) lớp còn học" + open,
            "  \(summary.branches) branches, \(summary.clans) clans, \(summary.classes.count) classes still open" + open))
        if let campaign = summary.campaign {
            Output.print(CommandWording.text(
                "  chiến dịch \(campaign) với phường và trung tâm của năm trước, tuần lễ 01/10 đến 07/10: thêm ngày, giờ,\n"
                    + "  địa điểm và chủ đề của lễ khai mạc; rồi các chỉ tiêu và chương trình (hoctap add target,\n"
                    + "  hoctap add agenda-item, hoặc phím a trên bảng điều khiển)",
                "  campaign \(campaign) with last year's ward and centre, week 1–7 October: add its ceremony day, time,\n"
                    + "  venue and themes; then its targets and agenda (hoctap add target, hoctap add agenda-item, or a in the dashboard)"))
        } else {
            Output.print(CommandWording.text("  chưa có chiến dịch: hoctap add campaign, hoặc phím a trên bảng điều khiển",
                                             "  no campaign yet: hoctap add campaign, or a in the dashboard"))
        }
        Output.print(CommandWording.text("mở kho bằng: hoctap --store \(directory)", "open it with: hoctap --store \(directory)"))
    }

    /// "2 Enrollment, 5 Attendance": the records of each set in the file, in file order.
    private static func summary(of path: String) -> String {
        guard let file = try? RecParser.parse(contentsOf: path) else { return "" }
        return file.descriptors.map { set in
            "\(file.records(of: set.name).count) \(set.name)"
        }.joined(separator: ", ")
    }
}
