/// The options the paper commands share: where the paper goes (--out, --force), its period (--year, --from, --to) and its date.

import ArgumentParser
import Dashboard
import Exchange
import Foundation
import Reports
import Store

/// `--out FILE` and `--force`: a file to write instead of standard output, and leave to replace one.
struct PaperOutputOptions: ParsableArguments {
    @Option(name: .long, help: CommandWording.help(
        "Ghi ra tệp này (bắt buộc với xlsx, docx, pdf); không có: in ra màn hình.",
        "Write to this file (required for xlsx, docx, pdf); without it: print on the screen."))
    var out: String?

    @Flag(name: .long, help: CommandWording.help(
        "Ghi đè tệp --out đã có.",
        "Replace an existing --out file."))
    var force = false
}

/// `--year`, `--from D --to D`: a school year or a span of days.
struct PaperPeriodOptions: ParsableArguments {
    @Option(name: .long, help: CommandWording.help(
        "Năm học, ví dụ 2022-2023 (từ 01/09 đến 31/08).",
        "A school year, such as 2022-2023 (1 September to 31 August)."))
    var year: String?

    @Option(name: .long, help: CommandWording.help(
        "Từ ngày (2022-10-01 hoặc 01/10/2022), cùng với --to.",
        "From this day (2022-10-01 or 01/10/2022), with --to."))
    var from: String?

    @Option(name: .long, help: CommandWording.help(
        "Đến ngày (2022-10-07 hoặc 07/10/2022), cùng với --from.",
        "To this day (2022-10-07 or 07/10/2022), with --from."))
    var to: String?

    func validate() throws {
        if let year, SchoolYear(text: year) == nil {
            throw ValidationError("--year cần một năm học như 2022-2023, không phải \"\(year)\"")
        }
        if (from == nil) != (to == nil) { throw ValidationError("--from và --to phải đi cùng nhau") }
        if year != nil, from != nil { throw ValidationError("chọn --year hoặc --from/--to, không cả hai") }
        if let from { _ = try PaperDay.parse(from, option: "--from") }
        if let to { _ = try PaperDay.parse(to, option: "--to") }
        if let a = from.flatMap({ try? PaperDay.parse($0, option: "--from") }),
           let b = to.flatMap({ try? PaperDay.parse($0, option: "--to") }), b < a {
            throw ValidationError("--to (\(b)) đứng trước --from (\(a))")
        }
    }

    /// The period asked for; without one, the campaign's school year, else today's.
    func period(_ s: StoreSnapshot) throws -> PaperPeriod {
        if let from, let to { return .dates(try PaperDay.parse(from, option: "--from"), try PaperDay.parse(to, option: "--to")) }
        if let year, let y = SchoolYear(text: year) { return .schoolYear(y) }
        return .schoolYear(PaperDay.defaultSchoolYear(s))
    }
}

/// The steps every paper command takes around its own paper.
enum PaperCommand {
    /// Refuses a `--format` that is not a paper's.
    static func checkFormat(_ format: String) throws {
        guard DocumentFormat(rawValue: format) != nil else {
            throw ValidationError("--format nhận text, md, csv, xlsx, docx hoặc pdf, không phải \"\(format)\"")
        }
    }

    /// The delivery of `format` to `output`, checked first (a refused `--out` is exit status 1,
    /// before the store is read), and the store's snapshot.
    static func start(format: DocumentFormat, output: PaperOutputOptions, store: String?) throws
        -> (delivery: PaperDelivery, snapshot: StoreSnapshot) {
        let delivery = PaperDelivery(format: format, options: output)
        try reporting([PaperDeliveryError.self], exitStatus: 1) { try delivery.check() }
        let snapshot = try reportingFatalErrors { try StoreLoader.load(directory: StoreLocation.resolve(option: store).directory) }
        return (delivery, snapshot)
    }

    /// Writes the paper where the delivery says (a refused write is exit status 1).
    static func deliver(_ paper: Paper, by delivery: PaperDelivery) throws {
        try reporting([PaperDeliveryError.self], exitStatus: 1) { try delivery.deliver(paper) }
    }

    /// The paper's date: `--date`, else today.
    static func issued(_ date: String?) throws -> CalendarDate {
        try date.map { try PaperDay.parse($0, option: "--date") } ?? PaperDay.today
    }
}

/// The days the commands read and the paper's date.
enum PaperDay {
    /// `2022-10-06` or `06/10/2022`.
    static func parse(_ text: String, option: String) throws -> CalendarDate {
        if let day = CalendarDate(typed: text) { return day }
        throw ValidationError("\(option) cần một ngày như 2022-10-06 hoặc 06/10/2022, không phải \"\(text)\"")
    }

    /// Today, on the machine's clock.
    static var today: CalendarDate { Moment.current().date }

    /// The campaign's school year, else the one today falls in.
    static func defaultSchoolYear(_ s: StoreSnapshot) -> SchoolYear {
        s.campaign.flatMap { SchoolYear(text: $0.schoolYear) } ?? SchoolYear(containing: today)
    }
}

/// A branch named on the command line that the store does not have.
struct UnknownBranch: Error, CustomStringConvertible {
    let id: String
    let known: [String]
    var description: String {
        "không có chi hội \(id) trong branches.rec" + (known.isEmpty ? "" : "; các chi hội: " + known.joined(separator: ", "))
    }

    /// Refuses `id` unless the store has such a branch.
    static func check(_ id: String?, in s: StoreSnapshot) throws {
        guard let id, !s.branches.contains(where: { $0.id == id }) else { return }
        throw UnknownBranch(id: id, known: s.branches.map(\.id))
    }
}
