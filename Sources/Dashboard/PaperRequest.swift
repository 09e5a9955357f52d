/// A paper the clerk asks for from a pane (`p`), and what became of it: the run loop makes the files, the dashboard only names them.

import Store

/// One document to print, named by what it covers; the run loop writes it as docx and xlsx.
public enum PaperRequest: Hashable, Sendable {
    /// The association's award list of a school year.
    case awardList(SchoolYear)
    /// The fund's book of a school year.
    case fundBook(SchoolYear)
    /// A class's list of learners.
    case classList(classId: String)
    /// The sign-in sheet of one session of a class.
    case signin(classId: String, session: CalendarDate)
}

/// The files the run loop wrote for `Effect.printPapers`, or why it wrote none.
public struct PapersOutcome: Hashable, Sendable {
    /// The folder, as the status line shows it (`~/hoctap-giay-to`).
    public var folder: String
    /// The names of the files written, in order.
    public var files: [String]
    /// Why nothing was written; nil when the files are there.
    public var failure: String?

    public init(folder: String, files: [String], failure: String? = nil) {
        self.folder = folder
        self.files = files
        self.failure = failure
    }

    /// The status line's words while the papers are being written into `folder`: under way, so
    /// no mark of success (a year's award list takes some seconds).
    public static func printingNotice(into folder: String, at now: Moment) -> Notice {
        Notice("Đang in giấy tờ vào \(folder)…", tone: .progress, at: now)
    }

    /// The status line's words: the files and the folder, or the failure.
    func notice(at now: Moment) -> Notice {
        if let failure { return Notice("Không in được giấy tờ: \(failure)", tone: .bad, at: now) }
        return Notice("Đã in \(files.count) tệp vào \(folder): \(files.joined(separator: ", "))", tone: .good, at: now)
    }
}
