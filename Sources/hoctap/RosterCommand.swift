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
        guard DocumentFormat(rawValue: format) != nil else {
            throw ValidationError("--format nhận text, md, csv, xlsx, docx hoặc pdf, không phải \"\(format)\"")
        }
        if let date { _ = try PaperDay.parse(date, option: "--date") }
    }

    func run() throws {
        let delivery = PaperDelivery(format: DocumentFormat(rawValue: format)!, options: output)
        try reporting([PaperDeliveryError.self], exitStatus: 1) { try delivery.check() }
        let snapshot = try reportingFatalErrors {
            try StoreLoader.load(directory: StoreLocation.resolve(option: display.store).directory)
        }
        let issued = try date.map { try PaperDay.parse($0, option: "--date") } ?? PaperDay.today
        // Every class of the store, not only the campaign's year: a list may be printed for any class.
        let list = try reporting([PaperError.self], exitStatus: 1) { try ClassList(snapshot, classId: classId, issued: issued) }
        try reporting([PaperDeliveryError.self], exitStatus: 1) { try delivery.deliver(list.paper) }
    }
}
