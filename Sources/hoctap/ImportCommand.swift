/// `hoctap import learners|enrollments|awards|donations FILE`: a list from Excel or CSV previewed, then written in one step, or nothing written.

import ArgumentParser
import Exchange
import Store
import VietText

struct ImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "import",
            abstract: CommandWording.text(
                "Nhập danh sách học viên, ghi danh, khen thưởng, ủng hộ quỹ hoặc bảng chấm điểm danh hiệu từ tệp Excel (.xlsx) hoặc CSV/TSV.",
                "Import a list of learners, enrollments, awards, fund donations or a title scoring sheet from an Excel (.xlsx) or CSV/TSV file."),
            discussion: CommandWording.text(
                """
                Tệp .xlsx (trang tính đầu, hoặc --sheet), .csv hay .tsv (dấu phẩy, chấm phẩy hoặc tab; UTF-8, UTF-16 có BOM,
                Windows-1258); chữ TCVN3 (ABC) hay VNI trong bất kỳ tệp nào được nhận ra theo từng cột và chuyển sang Unicode
                (--encoding tcvn3|vni|cp1258|utf8 để chỉ định). Cột được nhận theo tiêu đề tiếng Việt ("Họ và tên", "Ngày sinh",
                "Năm sinh", "Giới tính", "Nam"/"Nữ", "Khu phố", "Trường", "SĐT", "Thành tích", "Số tiền", "Ngày", "Chi hội" …),
                không kể hoa thường, dấu và khoảng trắng; các dòng tiêu đề bên trên được bỏ qua; cột khác dùng --map "Tên cột=Trường"
                (trường của kho như Name, BirthYear, Phone, Category, Amount; "-" để bỏ cột).
                Trước khi ghi, bản xem trước liệt kê những gì sẽ ghi, các dòng trùng với dữ liệu đã có (học viên cùng tên và năm sinh
                được dùng lại, khen thưởng đã có được bỏ qua) và các dòng bị từ chối kèm số dòng, cột và lý do. Không ghi gì nếu có
                dòng bị từ chối, trừ khi có --skip-bad; mọi bản ghi được ghi một lần dưới khoá của kho, và `hoctap undo` hoàn tác
                cả lần nhập.
                Bảng chấm điểm (assessments, với --set MÃ-BỘ-TIÊU-CHÍ như CDHT-324 và --year NĂM): mỗi dòng một đối tượng (cột
                "Mã" hoặc "Họ và tên", thêm "Năm sinh" với học viên), mỗi chỉ tiêu một cột có tiêu đề là mã chỉ tiêu ("1",
                "Chỉ tiêu 1", "CT 2.1" …) hoặc nội dung chỉ tiêu; ô trống là chưa chấm. Kết quả tính theo quy tắc của bộ tiêu chí.
                Mã trạng thái: 0 khi đã ghi (hoặc --dry-run không có dòng bị từ chối), 1 khi có dòng bị từ chối hoặc tệp không
                đọc được (không ghi gì), 2 khi không đọc được kho.
                """,
                """
                An .xlsx file (its first sheet, or --sheet), .csv or .tsv (comma, semicolon or tab; UTF-8, UTF-16 with a BOM,
                Windows-1258); TCVN3 (ABC) or VNI text in any file is recognised column by column and converted to Unicode
                (--encoding tcvn3|vni|cp1258|utf8 to say which). Columns are recognised by their Vietnamese headers ("Họ và tên",
                "Ngày sinh", "Năm sinh", "Giới tính", "Nam"/"Nữ", "Khu phố", "Trường", "SĐT", "Thành tích", "Số tiền", "Ngày",
                "Chi hội" …), ignoring case, accents and spaces; title rows above are skipped; other columns take --map
                "Column=Field" (a store field such as Name, BirthYear, Phone, Category, Amount; "-" drops the column).
                Before writing, a preview lists what will be written, the rows that match data already there (a learner with the
                same name and birth year is reused, an award already recorded is skipped) and the rows refused, with row, column
                and reason. Nothing is written if a row is refused, unless --skip-bad; all records are written at once under the
                store's lock, and `hoctap undo` takes the whole import back.
                A scoring sheet (assessments, with --set SET-ID such as CDHT-324 and --year YEAR): one subject a row ("Mã" or
                "Họ và tên" column, plus "Năm sinh" for learners), one column per item headed by its code ("1", "Chỉ tiêu 1",
                "CT 2.1" …) or its text; an empty cell is not scored. The result follows the criteria set's rule.
                Exit status: 0 when written (or --dry-run with no row refused), 1 when a row is refused or the file cannot be read
                (nothing written), 2 when the store cannot be read.
                """)
        )
    }

    /// The main command's options: `--store` given after the subcommand is read there.
    @OptionGroup var display: DisplayOptions

    @Argument(help: CommandWording.help(
        "Loại danh sách: learners (học viên), enrollments (ghi danh), awards (khen thưởng), donations (ủng hộ quỹ) hoặc assessments (chấm điểm danh hiệu).",
        "The list's kind: learners, enrollments, awards, donations or assessments."))
    var kind: String

    @Argument(help: CommandWording.help(
        "Tệp .xlsx, .csv hoặc .tsv.",
        "An .xlsx, .csv or .tsv file."))
    var file: String

    @Option(name: .customLong("class"), help: CommandWording.help(
        "Mã lớp để ghi danh mọi dòng (enrollments; với learners: ghi danh luôn).",
        "A class id to enroll every row in (enrollments; with learners: enroll them too)."))
    var classId: String?

    @Option(name: .long, help: CommandWording.help(
        "Mã chi hội của khen thưởng hoặc khoản ủng hộ khi tệp không có cột \"Chi hội\".",
        "The branch of the awards or donations when the file has no \"Chi hội\" column."))
    var branch: String?

    @Option(name: .long, help: CommandWording.help(
        "Năm học khen thưởng, như 2022-2023 (hoặc 2022); với assessments: năm đánh giá, như 2022.",
        "The awards' school year, such as 2022-2023 (or 2022); with assessments: the year assessed, such as 2022."))
    var year: String?

    @Option(name: .customLong("set"), help: CommandWording.help(
        "Mã bộ tiêu chí của bảng chấm điểm (assessments), như CDHT-324.",
        "The scoring sheet's criteria set (assessments), such as CDHT-324."))
    var criteriaSet: String?

    @Option(name: .long, help: CommandWording.help(
        "Ngày của các dòng không có cột ngày (ngày trao, ngày ủng hộ), như 06/10/2022 (mặc định: hôm nay).",
        "The date of rows without a date column (handed out, donated), such as 06/10/2022 (default: today)."))
    var date: String?

    @Option(name: .long, help: CommandWording.help(
        "Tên trang tính của tệp .xlsx (mặc định: trang đầu).",
        "The .xlsx file's sheet (default: the first)."))
    var sheet: String?

    @Option(name: .long, help: CommandWording.help(
        "Cột=Trường, như \"Nơi ở=Neighborhood\" hoặc \"G=-\"; lặp lại cho nhiều cột.",
        "Column=Field, such as \"Nơi ở=Neighborhood\" or \"G=-\"; repeated for several columns."))
    var map: [String] = []

    @Option(name: .long, help: CommandWording.help(
        "Bảng mã của chữ trong tệp: tcvn3, vni, cp1258 hoặc utf8 (mặc định: đoán theo cột).",
        "The text's encoding in the file: tcvn3, vni, cp1258 or utf8 (default: guessed per column)."))
    var encoding: String?

    @Flag(name: .long, help: CommandWording.help(
        "Chỉ xem trước, không ghi gì.",
        "Preview only, writing nothing."))
    var dryRun = false

    @Flag(name: .long, help: CommandWording.help(
        "Bỏ qua các dòng bị từ chối và ghi các dòng còn lại.",
        "Skip the refused rows and write the others."))
    var skipBad = false

    func run() throws {
        guard let kind = ImportKind(rawValue: kind.lowercased()) else {
            throw ValidationError("không có loại danh sách \"\(kind)\": dùng learners, enrollments, awards, donations hoặc assessments")
        }
        let mapping = try map.map { pair -> (column: String, field: String) in
            guard let eq = pair.lastIndex(of: "=") else {
                throw ValidationError("--map \"\(pair)\": cần dạng \"Tên cột=Trường\", như \"Nơi ở=Neighborhood\"")
            }
            return (String(pair[..<eq]), String(pair[pair.index(after: eq)...]))
        }
        let forced = try encoding.map(Self.encoding(named:))
        let calendarYear = try year.flatMap { text -> Int? in
            guard kind == .assessments else { return nil }
            guard text.count == 4, let y = Int(text), (1900...2200).contains(y) else {
                throw ValidationError("--year \"\(text)\": bảng chấm điểm theo năm dương lịch, như 2022")
            }
            return y
        }
        let schoolYear = kind == .assessments ? nil : try year.map { text -> SchoolYear in
            if let y = SchoolYear(text: text) { return y }
            if text.count == 4, let start = Int(text), (1900...2200).contains(start) { return SchoolYear(startYear: start) }
            throw ValidationError("--year \"\(text)\": cần năm học dạng 2022-2023 hoặc năm bắt đầu 2022")
        }
        let day = try date.map { text -> CalendarDate in
            guard let d = CalendarDate(iso: text) ?? ImportOptions.day(text) else {
                throw ValidationError("--date \"\(text)\": cần ngày dạng 06/10/2022 hoặc 2022-10-06")
            }
            return d
        }
        let location = dryRun ? try reportingFatalErrors { try StoreLocation.resolve(option: display.store) }
            : try StoreLocation.writableOrRefuse(option: display.store)
        var options = ImportOptions(kind: kind, classId: classId, branchId: branch, year: schoolYear, now: RecordAddition.localStamp())
        options.date = day
        options.setId = criteriaSet
        options.calendarYear = calendarYear
        let list = try reporting([ImportFileError.self], exitStatus: 1) {
            try reportingFatalErrors {
                try ListImport.prepare(path: file, sheet: sheet, mapping: mapping, encoding: forced, options: options,
                                       folder: location.directory)
            }
        }
        Output.print(ImportPreview.text(list), terminator: "")
        let refused = list.plan.refused.count
        if refused > 0, !skipBad {
            Output.print("\nKhông ghi gì: \(VietFormat.integer(refused)) dòng bị từ chối. Sửa tệp rồi nhập lại, "
                + "hoặc thêm --skip-bad để chỉ ghi các dòng còn lại.")
            throw ExitCode(1)
        }
        if dryRun {
            Output.print("\nChạy thử (--dry-run): không ghi gì.")
            return
        }
        let report = try reportingRefusals { try reportingFatalErrors { try list.write(in: location.directory, skipBad: skipBad) } }
        guard let report else {
            Output.print("\nKhông có gì mới để ghi.")
            return
        }
        var counts: [String: Int] = [:]
        for label in report.summary.records { counts[label.set, default: 0] += 1 }
        let files = Set(report.summary.records.compactMap { StoreSchema.set(named: $0.set)?.file }).sorted()
        let written = ImportPreview.setOrder.compactMap { set in
            counts[set].map { "\(VietFormat.integer($0)) \(ImportPreview.word(set))" }
        }
        Output.print("\nĐã ghi \(written.joined(separator: ", ")) vào \(files.joined(separator: ", "))"
            + (refused > 0 ? ", bỏ qua \(VietFormat.integer(refused)) dòng bị từ chối" : "")
            + " (hoctap undo để hoàn tác cả lần nhập này).")
    }

    static func encoding(named name: String) throws -> LegacyEncoding {
        switch name.lowercased() {
        case "utf8", "utf-8", "unicode": return .utf8
        case "tcvn3", "abc", "vn3": return .tcvn3
        case "vni": return .vni
        case "cp1258", "windows-1258", "1258": return .cp1258
        default: throw ValidationError("--encoding nhận tcvn3, vni, cp1258 hoặc utf8, không phải \"\(name)\"")
        }
    }
}
