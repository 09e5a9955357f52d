/// `hoctap fund`: the study-promotion fund's book of a year (the association's calendar year unless its record says a school year) or a span of days.

import ArgumentParser
import Exchange
import Reports
import Store

struct FundCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "fund",
            abstract: CommandWording.text(
                "In sổ quỹ khuyến học (ngày, số chứng từ, diễn giải, thu, chi, tồn): text, md, csv, xlsx, docx, pdf.",
                "Print the study-promotion fund book (date, voucher number, description, in, out, balance): text, md, csv, xlsx, docx, pdf."),
            discussion: CommandWording.text(
                """
                --year nhận năm dương lịch (2022: năm kế toán của hội) hoặc năm học (2022-2023). Mặc định: năm quỹ \
                mới nhất trong fundbook.rec (FundYear), không có thì năm dương lịch hiện tại. Sổ quỹ luôn là của cả phường.
                """,
                """
                --year takes a calendar year (2022: the association's accounting year) or a school year (2022-2023). Default: the \
                latest fund year in fundbook.rec (FundYear), else this calendar year. The fund book is always the whole ward's.
                """)
        )
    }

    /// The main command's options: `--store` given after the subcommand is read there (the others are unused).
    @OptionGroup var display: DisplayOptions

    @Option(name: .long, help: CommandWording.help(
        "text, md, csv, xlsx, docx hoặc pdf.",
        "text, md, csv, xlsx, docx or pdf."))
    var format: String = "text"

    @Option(name: .long, help: CommandWording.help(
        "Năm của sổ: 2022 (năm dương lịch) hoặc 2022-2023 (năm học).",
        "The book's year: 2022 (a calendar year) or 2022-2023 (a school year)."))
    var year: String?

    @Option(name: .long, help: CommandWording.help(
        "Từ ngày (2022-01-01 hoặc 01/01/2022), cùng với --to.",
        "From this day (2022-01-01 or 01/01/2022), with --to."))
    var from: String?

    @Option(name: .long, help: CommandWording.help(
        "Đến ngày, cùng với --from.",
        "To this day, with --from."))
    var to: String?

    @Option(name: .long, help: CommandWording.help(
        "Ngày khoá sổ, ký sổ (mặc định: hôm nay).",
        "The day the book is closed and signed (default: today)."))
    var date: String?

    @OptionGroup var output: PaperOutputOptions

    func validate() throws {
        try PaperCommand.checkFormat(format)
        if let year, FundPeriod(text: year) == nil {
            throw ValidationError("--year cần năm dương lịch như 2022 hoặc năm học như 2022-2023, không phải \"\(year)\"")
        }
        // The span's checks are the other commands'.
        try PaperPeriodOptions.parse((from.map { ["--from", $0] } ?? []) + (to.map { ["--to", $0] } ?? [])).validate()
        if year != nil, from != nil { throw ValidationError("chọn --year hoặc --from/--to, không cả hai") }
        if let date { _ = try PaperDay.parse(date, option: "--date") }
    }

    func run() throws {
        let (delivery, snapshot) = try PaperCommand.start(format: DocumentFormat(rawValue: format)!, output: output,
                                                          store: display.store)
        let issued = try PaperCommand.issued(date)
        let book = FundBook(snapshot, period: try bookPeriod(snapshot), issued: issued)
        try PaperCommand.deliver(book.paper, by: delivery)
    }

    /// The span asked for; a calendar year as its days, a school year as itself; without one, the
    /// latest year the store's fund book records, else this calendar year.
    private func bookPeriod(_ s: StoreSnapshot) throws -> PaperPeriod {
        if let from, let to { return .dates(try PaperDay.parse(from, option: "--from"), try PaperDay.parse(to, option: "--to")) }
        let fundYear = year.flatMap { FundPeriod(text: $0) }
            ?? s.fundYears.max { $0.period.firstDay < $1.period.firstDay }?.period
            ?? .calendar(PaperDay.today.year)
        switch fundYear {
        case .calendar: return .dates(fundYear.firstDay, fundYear.lastDay)
        case .school(let y): return .schoolYear(y)
        }
    }
}
