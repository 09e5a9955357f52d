/// `hoctap report` over an area (several `--store`s or `--area FILE`), and `report --summary`.

import ArgumentParser
import Exchange
import Foundation
import Reports
import Store

extension ReportCommand {
    /// Over an area: text and JSON, or the area's paper (xlsx, docx, pdf, md, csv) into `--out`, for a
    /// school year or all the data; no span of days, branch or number. `--summary` is one ward's.
    func validateArea() throws {
        if summary {
            if display.isArea { throw ValidationError("--summary là số liệu của một phường: chỉ một --store") }
            if format != "text" && format != "json" || period.from != nil || branch != nil || issue {
                throw ValidationError("--summary luôn là JSON, chỉ đi với --year và --out")
            }
        }
        guard display.isArea else { return }
        if period.from != nil || branch != nil || issue {
            throw ValidationError("báo cáo tổng hợp nhiều đơn vị chỉ đi với --format, --year, --date và --out (chỉ xem, không cấp số)")
        }
        if (format == "text" || format == "json") && (output.out != nil || date != nil) {
            throw ValidationError("--out và --date đi với báo cáo tổng hợp dạng tệp: --format xlsx, docx, pdf, md hoặc csv")
        }
    }

    /// The combined report: each member beside the total, as text, JSON or a paper; exit 1 when a member could not be read
    /// (the others are still reported).
    func runArea() throws {
        let paper = format == "text" || format == "json" ? nil : DocumentFormat(rawValue: format)
        let delivery = paper.map { PaperDelivery(format: $0, options: output) }
        if let delivery { try reporting([PaperDeliveryError.self], exitStatus: 1) { try delivery.check() } }
        let issued = try PaperCommand.issued(date)
        let language = try display.language()
        let report = try display.areaReport(schoolYear: period.year.flatMap { SchoolYear(text: $0) })
        if let delivery {
            try PaperCommand.deliver(report.paper(issued: issued), by: delivery)
        } else {
            let text = format == "json" ? AreaJSON.text(report) : AreaText.text(AreaFigureTables(report, language: language))
            Output.print(text, terminator: "")
        }
        for m in report.members { if let problem = m.problem { printError(problem.text(language)) } }
        if report.members.contains(where: { $0.failure != nil }) { throw ExitCode(1) }
    }

    /// The ward's published summary, on standard output or into `--out`.
    func writeSummary() throws {
        let location = try reportingFatalErrors { try StoreLocation.resolve(option: display.store) }
        let snapshot = try reportingFatalErrors { try StoreLoader.load(directory: location.directory) }
        let report = StoreReport(snapshot, detail: .figures)
        let text = WardSummary.text(snapshot, report: report, schoolYear: period.year.flatMap { SchoolYear(text: $0) })
        guard let out = output.out else { return Output.print(text, terminator: "") }
        // Written as the papers are: flushed, and never over a file that appeared meanwhile.
        try reporting([PaperDeliveryError.self], exitStatus: 1) {
            try PaperDelivery.write(Data(text.utf8), to: out, replacing: output.force)
        }
        Output.error("Đã ghi số liệu công bố vào \(out)\n")
    }
}
