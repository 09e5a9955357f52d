/// `hoctap awards`: the association's award list of a school year or a span of days, for the ward or one branch.

import ArgumentParser
import Exchange
import Reports
import Store

struct AwardsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "awards",
            abstract: CommandWording.text(
                "In danh sách khen thưởng (ký nhận, tổng tiền và số tiền bằng chữ): text, md, csv, xlsx, docx, pdf.",
                "Print the award list (signatures, total and the amount in words): text, md, csv, xlsx, docx, pdf."),
            discussion: CommandWording.text(
                "Mặc định: năm học của chiến dịch, cả phường. Người ký lấy từ office.rec (người lập biểu, thủ quỹ, chủ tịch hội).",
                "Default: the campaign's school year, the whole ward. The signers come from office.rec (the list's maker, the treasurer, the association's chair).")
        )
    }

    /// The main command's options: `--store` given after the subcommand is read there (the others are unused).
    @OptionGroup var display: DisplayOptions

    @Option(name: .long, help: CommandWording.help(
        "text, md, csv, xlsx, docx hoặc pdf.",
        "text, md, csv, xlsx, docx or pdf."))
    var format: String = "text"

    @OptionGroup var period: PaperPeriodOptions

    @Option(name: .long, help: CommandWording.help(
        "Mã chi hội: chỉ khen thưởng của chi hội đó.",
        "A branch's id: only that branch's awards."))
    var branch: String?

    @Option(name: .long, help: CommandWording.help(
        "Ngày lập danh sách (mặc định: hôm nay).",
        "The list's date (default: today)."))
    var date: String?

    @OptionGroup var output: PaperOutputOptions

    func validate() throws {
        try PaperCommand.checkFormat(format)
        if let date { _ = try PaperDay.parse(date, option: "--date") }
    }

    func run() throws {
        let (delivery, snapshot) = try PaperCommand.start(format: DocumentFormat(rawValue: format)!, output: output,
                                                          store: display.store)
        try reporting([UnknownBranch.self], exitStatus: 1) { try UnknownBranch.check(branch, in: snapshot) }
        let issued = try PaperCommand.issued(date)
        let list = AwardList(snapshot, scope: PaperScope(try period.period(snapshot), branch: branch), issued: issued)
        try PaperCommand.deliver(list.paper, by: delivery)
    }
}
