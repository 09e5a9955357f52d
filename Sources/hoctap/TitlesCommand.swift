/// `hoctap titles`: the year's learning-title results (assessments, the party's block, who waits) as a paper.

import ArgumentParser
import Exchange
import Reports
import Store

struct TitlesCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "titles",
            abstract: CommandWording.text(
                "In kết quả đánh giá, công nhận danh hiệu học tập của một năm: text, md, csv, xlsx, docx, pdf.",
                "Print the results of the assessment and recognition of learning titles for one year: text, md, csv, xlsx, docx, pdf."),
            discussion: CommandWording.text(
                "Năm là năm dương lịch (kết quả gửi lên trước 15/12); mặc định: năm của chiến dịch, "
                    + "nếu không có thì năm gần nhất có số liệu. Người ký lấy từ office.rec (người lập biểu, chủ tịch hội).",
                "The year is a calendar year (results go up before 15 December); default: the campaign's year, "
                    + "else the latest year with figures. The signers come from office.rec (the maker, the association's chair).")
        )
    }

    /// The main command's options: `--store` given after the subcommand is read there (the others are unused).
    @OptionGroup var display: DisplayOptions

    @Option(name: .long, help: CommandWording.help(
        "text, md, csv, xlsx, docx hoặc pdf.",
        "text, md, csv, xlsx, docx or pdf."))
    var format: String = "text"

    @Option(name: .long, help: CommandWording.help(
        "Năm dương lịch, ví dụ 2022.",
        "A calendar year, such as 2022."))
    var year: Int?

    @Option(name: .long, help: CommandWording.help(
        "Ngày lập báo cáo (mặc định: hôm nay).",
        "The report's date (default: today)."))
    var date: String?

    @OptionGroup var output: PaperOutputOptions

    func validate() throws {
        try PaperCommand.checkFormat(format)
        if let year, !(1900...9999).contains(year) { throw ValidationError("--year cần một năm như 2022, không phải \(year)") }
        if let date { _ = try PaperDay.parse(date, option: "--date") }
    }

    func run() throws {
        let (delivery, snapshot) = try PaperCommand.start(format: DocumentFormat(rawValue: format)!, output: output,
                                                          store: display.store)
        let progress = TitleProgress(snapshot)
        let shown = year ?? progress.campaignYear ?? progress.latestYear ?? PaperDay.today.year
        let results = TitleResults(snapshot, year: shown, issued: try PaperCommand.issued(date))
        try PaperCommand.deliver(results.paper, by: delivery)
    }
}
