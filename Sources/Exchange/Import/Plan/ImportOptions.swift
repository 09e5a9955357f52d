/// What the clerk said about a list besides the file: its kind, the class, branch and school year it belongs to, the day it comes in.

import Store
import VietText

/// The options of `hoctap import` that shape the records.
public struct ImportOptions: Sendable {
    public var kind: ImportKind
    /// The class every row is enrolled in (`--class`), unless a column names one.
    public var classId: String?
    /// The branch of awards and donations (`--branch`), unless a column names one.
    public var branchId: String?
    /// The school year awards reward (`--year`), unless a column names one.
    public var year: SchoolYear?
    /// The date of a record whose row gives none (`--date`); else today.
    public var date: CalendarDate?
    /// The local date and time, `YYYY-MM-DD HH:MM`: the date of a record whose row gives none.
    public var now: String
    /// How many rows of each part the preview shows.
    public var shown = 10
    /// Where the clerk gives what the file lacks: options of `hoctap import`, or the fields of the
    /// dashboard's import dialog. The preview's hints and the reasons name the one they can use.
    public enum Audience: Sendable {
        case commandLine, dialog
    }
    public var audience = Audience.commandLine

    /// What the clerk may have to give besides the file.
    enum Hint {
        case classId, branch, year, date, map, encoding
    }

    /// How the clerk gives `hint` where they are.
    func hint(_ hint: Hint) -> String {
        switch (audience, hint) {
        case (.commandLine, .classId): "--class MÃ-LỚP"
        case (.commandLine, .branch): "--branch MÃ-CHI-HỘI"
        case (.commandLine, .year): "--year"
        case (.commandLine, .date): "--date"
        case (.commandLine, .map): "dùng --map \"Tên cột=Trường\" nếu cần"
        case (.commandLine, .encoding): "đổi bằng --encoding"
        case (.dialog, .classId): "ô \"Lớp (mã)\" của hộp nhập"
        case (.dialog, .branch): "ô \"Chi hội (mã)\" của hộp nhập"
        case (.dialog, .year): "ô \"Năm học\""
        case (.dialog, .date): "ô \"Ngày\""
        case (.dialog, .map): "đặt lại tên cột trong tệp nếu cần"
        case (.dialog, .encoding): "đoán theo chữ trong cột"
        }
    }

    /// An assessment sheet's criteria set (`--set`) and calendar year (`--year`; else the year of
    /// `date`, else this year's).
    public var setId: String?
    public var calendarYear: Int?

    public init(kind: ImportKind, classId: String? = nil, branchId: String? = nil, year: SchoolYear? = nil, now: String) {
        self.kind = kind
        self.classId = classId
        self.branchId = branchId
        self.year = year
        self.now = now
    }

    /// Today, from `now`.
    var today: String { String(now.prefix(10)) }

    /// The date a row without one gets: `date`, else today.
    var defaultDate: String { date?.description ?? today }

    /// A day typed as 06/10/2022, 6/10/22 or 2022-10-06.
    public static func day(_ text: String) -> CalendarDate? {
        CellValues.date(text: text, pivot: 99)
    }

    /// The calendar year an assessment sheet's rows are for.
    public var assessmentYear: Int { calendarYear ?? date?.year ?? Int(now.prefix(4)) ?? 2025 }

    /// Two-digit years up to this one are 20YY.
    var pivot: Int { (Int(now.prefix(4)) ?? 2025) % 100 }
}
