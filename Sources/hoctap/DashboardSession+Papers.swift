/// The papers the dashboard's `p` asks for, written as Word and Excel files into the clerk's papers folder.

import Dashboard
import Exchange
import Foundation
import Reports
import Store
import VietText

extension DashboardSession {
    /// Writes each requested paper as docx and xlsx into `PaperFolder` (a file of the same name is
    /// replaced: printing again gives the paper as the store now has it) and says which files.
    /// Nothing is written into the store's folder.
    func printPapers(_ requests: [PaperRequest], environment: [String: String] = ProcessInfo.processInfo.environment)
        -> PapersOutcome {
        let folder = PaperFolder(environment)
        var files: [String] = []
        do {
            try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
            let today = state.now.date
            let snapshot = data.snapshot
            for request in requests {
                let (name, paper) = try Self.paper(request, snapshot, today: today)
                for format in [DocumentFormat.docx, .xlsx] {
                    let file = "\(name).\(format.fileExtension)"
                    try PaperDelivery.write(paper.rendered(as: format), to: folder.path + "/" + file, replacing: true)
                    files.append(file)
                }
            }
        } catch {
            return PapersOutcome(folder: folder.shown, files: files, failure: "\(error)")
        }
        return PapersOutcome(folder: folder.shown, files: files)
    }

    /// The paper asked for and the file name it goes under (ASCII, so any machine takes it).
    static func paper(_ request: PaperRequest, _ s: StoreSnapshot, today: CalendarDate) throws -> (String, Paper) {
        switch request {
        case .awardList(let year):
            return ("danh-sach-khen-thuong-\(year)", AwardList(s, scope: PaperScope(.schoolYear(year)), issued: today).paper)
        case .fundBook(let year):
            return ("so-quy-\(year)", FundBook(s, period: .schoolYear(year), issued: today).paper)
        case .classList(let id):
            return ("danh-sach-lop-\(Self.fileSafe(id))", try ClassList(s, classId: id, issued: today).paper)
        case .signin(let id, let day):
            return ("ky-ten-\(Self.fileSafe(id))-\(day)", try SigninSheet(s, classId: id, session: day).paper)
        }
    }
}

extension DashboardSession {
    /// A class's id as part of a file name: accents off, anything but letters, digits, - and _ as -.
    static func fileSafe(_ id: String) -> String {
        let folded = VietText.searchKey(id).uppercased()
        let kept = folded.unicodeScalars.map { s -> String in
            (s.isASCII && (CharacterSet.alphanumerics.contains(s) || s == "-" || s == "_")) ? String(s) : "-"
        }.joined()
        return kept.isEmpty ? "lop" : kept
    }
}

/// Where the dashboard puts the papers it prints: `~/hoctap-giay-to`, a folder of the clerk's own
/// (not the store's folder, which is watched, may be a git repository the sync commits, and for
/// the built-in demo is never written); the temporary folder when there is no home.
struct PaperFolder {
    let path: String
    /// As the status line shows it: `~/hoctap-giay-to`.
    let shown: String

    init(_ environment: [String: String]) {
        if let home = environment["HOME"], !home.isEmpty {
            path = home + "/hoctap-giay-to"
            shown = "~/hoctap-giay-to"
        } else {
            path = NSTemporaryDirectory() + "hoctap-giay-to"
            shown = path
        }
    }
}
