/// `hoctap report`: the week report as a paper (text, Markdown, CSV, Word, Excel, PDF), or the tallies as JSON for programs.

import ArgumentParser
import Exchange
import Foundation
import Reports
import Store

struct ReportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "report",
            abstract: CommandWording.text(
                "In báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời (text, md, csv, xlsx, docx, pdf), hoặc số liệu dạng JSON.",
                "Print the report on the Lifelong Learning Week (text, md, csv, xlsx, docx, pdf), or the figures as JSON."),
            discussion: CommandWording.text(
                """
                Báo cáo tính cho năm học của chiến dịch (hoặc --year, --from/--to), cả phường hoặc một chi hội (--branch). \
                --issue cấp số tiếp theo trong sổ văn bản (papers.rec) và in số đó lên báo cáo; không có --issue, \
                số để trống "……/BC-…" để ghi tay. --format json giữ nguyên cấu trúc số liệu cho chương trình khác \
                (không có --year: toàn bộ dữ liệu).
                """,
                """
                The report covers the campaign's school year (or --year, --from/--to), the whole ward or one branch (--branch). \
                --issue gives the next number of the register of papers (papers.rec) and prints it on the report; without --issue, \
                the number is left blank "……/BC-…" to be written by hand. --format json keeps the figures' structure for other \
                programs (without --year: all the data).
                """)
        )
    }

    /// The main command's options: `--store` given after the subcommand is read there (the others are unused).
    @OptionGroup var display: DisplayOptions

    @Option(name: .long, help: CommandWording.help(
        "text, md, csv, xlsx, docx, pdf (báo cáo) hoặc json (số liệu cho chương trình khác).",
        "text, md, csv, xlsx, docx, pdf (the report) or json (the figures, for other programs)."))
    var format: String = "text"

    @OptionGroup var period: PaperPeriodOptions

    @Option(name: .long, help: CommandWording.help(
        "Mã chi hội: chỉ khen thưởng, ủng hộ và danh hiệu của chi hội đó.",
        "A branch's id: only that branch's awards, donations and titles."))
    var branch: String?

    @Option(name: .long, help: CommandWording.help(
        "Ngày ký báo cáo (mặc định: hôm nay).",
        "The day the report is signed (default: today)."))
    var date: String?

    @Flag(name: .long, help: CommandWording.help(
        "Cấp số văn bản tiếp theo (ghi vào papers.rec) và in lên báo cáo.",
        "Give the paper the register's next number (written to papers.rec) and print it on the report."))
    var issue = false

    @Flag(name: .long, help: CommandWording.help(
        "Số liệu công bố của phường gửi lên tỉnh (JSON, không có họ tên, điện thoại, ngày sinh).",
        "The ward's published figures for the province (JSON, without names, phone numbers or birth dates)."))
    var summary = false

    @OptionGroup var output: PaperOutputOptions

    func validate() throws {
        try validateArea()
        guard format == "json" || DocumentFormat(rawValue: format) != nil else {
            throw ValidationError("--format nhận text, md, csv, xlsx, docx, pdf hoặc json, không phải \"\(format)\"")
        }
        if format == "json" {
            if period.from != nil || branch != nil || issue || output.out != nil {
                throw ValidationError("--format json chỉ đi với --year")
            }
        }
        if let date { _ = try PaperDay.parse(date, option: "--date") }
    }

    func run() throws {
        if display.isArea { return try runArea() }
        if summary { return try writeSummary() }
        let location = try reportingFatalErrors { try StoreLocation.resolve(option: display.store) }
        let snapshot = try reportingFatalErrors { try StoreLoader.load(directory: location.directory) }
        guard let format = DocumentFormat(rawValue: format) else {
            let report = StoreReport(snapshot, detail: .figures)
            let tallies = report.tallies(period.year.flatMap { SchoolYear(text: $0) })
            Output.print(ReportJSON.text(tallies, titles: report.titles, problems: snapshot.problems), terminator: "")
            // As `render` ends: the figures are out, the store's data is not taken apart for nobody.
            Foundation.exit(0)
        }
        let delivery = PaperDelivery(format: format, options: output)
        try reporting([PaperDeliveryError.self, UnknownBranch.self], exitStatus: 1) {
            try delivery.check()
            try UnknownBranch.check(branch, in: snapshot)
        }
        let scope = PaperScope(try period.period(snapshot), branch: branch)
        let issued = try PaperCommand.issued(date)
        var report = WeekReport(snapshot, scope: scope, issued: issued)
        if issue {
            report = try issueNumber(report, snapshot: snapshot, format: format)
        }
        try PaperCommand.deliver(report.paper, by: delivery)
    }

    /// The report with the register's next number, written under the store's lock. Refused on the
    /// built-in demo and for a PDF that cannot be made (so no number is spent on nothing).
    private func issueNumber(_ report: WeekReport, snapshot: StoreSnapshot, format: DocumentFormat) throws -> WeekReport {
        let location = try StoreLocation.writableOrRefuse(option: display.store)
        if format == .pdf, PDFConverter().program == nil {
            printError(PDFConversionError.noLibreOffice(searchPath: PDFConverter().searchPath).description)
            throw ExitCode(1)
        }
        guard let body = report.letterhead?.bodyId else {
            printError("không cấp số được: office.rec chưa có trung tâm (Body với Kind: center) để ghi sổ văn bản")
            throw ExitCode(1)
        }
        // In a store shared through git only the copy that keeps the body's register numbers
        // its papers; another prints the number blank and says why.
        let copy = try reportingFatalErrors { try CopyTag.read(in: location.directory) }
        let keeper = RegisterKeeper(register: snapshot.bodies.first { $0.id == body }?.register, copy: copy)
        let code = report.letterhead?.code.map { "-\($0)" } ?? ""
        if let reason = keeper.reason(body: report.letterhead?.body ?? body, number: "……/BC\(code)", copy: copy) {
            Output.error("Chưa cấp số: \(reason).\n")
            return report
        }
        let paper = try reporting([RecordAdditionError.self, RecWriterError.self], exitStatus: 1) {
            try reportingFatalErrors {
                try PaperRegister.issue(in: location.directory, body: body, kind: "BC", title: report.paper.summary ?? "Báo cáo",
                                        date: report.issued, now: RecordAddition.localStamp())
            }
        }
        let reloaded = try reportingFatalErrors { try StoreLoader.load(directory: location.directory) }
        Output.error("Đã cấp số \(PaperHeading.numberText(paper, in: reloaded)) trong papers.rec\n")
        return WeekReport(reloaded, scope: report.scope, issued: report.issued, paper: paper)
    }
}
