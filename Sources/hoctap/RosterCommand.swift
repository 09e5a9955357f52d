/// `hoctap roster`: one class's list of learners in Vietnamese order, as a paper with a column to sign.

import ArgumentParser
import Exchange
import Reports
import Store

struct RosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster",
        abstract: "In danh sách học viên của một lớp (thứ tự tên tiếng Việt, cột ký tên): text, md, csv, xlsx, docx, pdf.",
        discussion: "Không in số điện thoại, ngày sinh. Mã trạng thái 1 khi không có lớp đó."
    )

    /// The main command's options: `--store` given after the subcommand is read there (the others are unused).
    @OptionGroup var display: DisplayOptions

    @Option(name: .customLong("class"), help: "Mã lớp, ví dụ LH03.")
    var classId: String

    @Option(name: .long, help: "text, md, csv, xlsx, docx hoặc pdf.")
    var format: String = "text"

    @Option(name: .long, help: "Ngày lập danh sách (mặc định: hôm nay).")
    var date: String?

    @OptionGroup var output: PaperOutputOptions

    func validate() throws {
        try PaperCommand.checkFormat(format)
        if let date { _ = try PaperDay.parse(date, option: "--date") }
    }

    func run() throws {
        let (delivery, snapshot) = try PaperCommand.start(format: DocumentFormat(rawValue: format)!, output: output,
                                                          store: display.store)
        let issued = try PaperCommand.issued(date)
        // Every class of the store, not only the campaign's year: a list may be printed for any class.
        let list = try reporting([PaperError.self], exitStatus: 1) { try ClassList(snapshot, classId: classId, issued: issued) }
        try PaperCommand.deliver(list.paper, by: delivery)
    }
}
