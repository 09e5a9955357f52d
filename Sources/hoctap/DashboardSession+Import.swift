/// The dashboard's import, read and planned here with `Exchange`: the dialog asks, the session answers with a preview the dashboard can draw.

import Dashboard
import Exchange
import Foundation
import Store
import VietText

extension DashboardSession {
    /// Reads and plans the list `request` names against this session's store, as `hoctap import`
    /// does, and says what would be written; nothing is written here.
    mutating func readImport(_ request: ImportRequest) -> ImportAnswer {
        let (answer, checked) = Self.readImport(request, folder: directory, now: RecordAddition.localStamp())
        importChecked = checked
        return answer
    }

    /// As `readImport(_:)`, for a store `folder` at the local time `now` (`YYYY-MM-DD HH:MM`); with
    /// the store's check of the records a review would write.
    static func readImport(_ request: ImportRequest, folder: String, now: String) -> (ImportAnswer, RecordBatch?) {
        guard let kind = ImportKind(rawValue: request.kind.rawValue) else { return (.failed("không nhập được loại \(request.kind.rawValue)"), nil) }
        var year: SchoolYear?
        if let text = request.year {
            if let y = SchoolYear(text: text) {
                year = y
            } else if text.count == 4, let start = Int(text), (1900...2200).contains(start) {
                year = SchoolYear(startYear: start)
            } else {
                return (.failed("Năm học \"\(text)\": cần dạng 2022-2023 hoặc năm bắt đầu 2022"), nil)
            }
        }
        var options = ImportOptions(kind: kind, classId: request.classId, branchId: request.branchId, year: year, now: now)
        if let text = request.date {
            guard let day = CalendarDate(iso: text) ?? ImportOptions.day(text) else {
                return (.failed("Ngày \"\(text)\": cần dạng 06/10/2022 hoặc 2022-10-06"), nil)
            }
            options.date = day
        }
        // The screen scrolls: more rows of each part than the command line prints; its hints name
        // the dialog's fields, not the command's options.
        options.shown = 200
        options.audience = .dialog
        let path = Self.expandingHome(request.path)
        do {
            let list = try ListImport.prepare(path: path, options: options, folder: folder)
            return (.review(Self.review(list, typed: request.path)), list.plan.checked)
        } catch let error as ImportFileError {
            return (.failed(error.description), nil)
        } catch let error as StoreError {
            return (.failed(error.description), nil)
        } catch {
            return (.failed("\(path): \(error)"), nil)
        }
    }

    /// `~` and `~/…` as the user's home folder.
    static func expandingHome(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        return home + path.dropFirst()
    }

    /// The preview's lines, each with how it is drawn, the records of the rows kept, and what they are in words.
    static func review(_ list: ListImport, typed: String) -> ImportReview {
        let refused = list.plan.refused
        let (records, _) = list.plan.records(excluding: refused)
        var tone = ImportReview.Tone.plain
        let lines = ImportPreview.text(list).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { sub -> ImportReview.Line in
            let text = String(sub)
            if text.hasPrefix("Trùng với dữ liệu đã có") {
                tone = .duplicate
                return ImportReview.Line(text, .heading)
            }
            if text.hasPrefix("Dòng bị từ chối") {
                tone = .refused
                return ImportReview.Line(text, .heading)
            }
            if text.hasPrefix("Sẽ ghi") { return ImportReview.Line(text, .heading) }
            if text.isEmpty { tone = .plain }
            return ImportReview.Line(text, text.hasPrefix("  ") ? tone : .plain)
        }
        var counts: [String: Int] = [:]
        for record in records { counts[record.set, default: 0] += 1 }
        let written = ImportPreview.setOrder.compactMap { set in
            counts[set].map { "\(VietFormat.integer($0)) \(ImportPreview.word(set))" }
        }.joined(separator: ", ")
        return ImportReview(path: typed, lines: lines, refusedRows: refused.count, records: records, written: written)
    }
}
