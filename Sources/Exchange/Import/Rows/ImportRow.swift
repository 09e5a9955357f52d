/// One row of a list read into store fields, with the columns they came from and the reasons it cannot be written.

import Store

/// Why a row, or one of its cells, is refused: the row's number in the file, the column, a reason
/// in Vietnamese.
public struct RowProblem: Equatable, Sendable {
    public var row: Int
    public var column: String?
    public var reason: String

    /// "Dòng 7, cột "Ngày sinh": …".
    public var text: String {
        "Dòng \(row)" + (column.map { ", cột \"\($0)\"" } ?? "") + ": " + reason
    }
}

/// A data row of the list, read.
public struct ImportRow: Sendable {
    /// The row's number in the file (the spreadsheet's row, the text file's line).
    public var number: Int
    /// The fields of the row's record (a Learner, an Award, a Donation), by store field name.
    public var fields: [NewRecord.Field] = []
    /// The column header each field came from, for the reasons given back.
    public var sources: [String: String] = [:]
    /// For an enrollment: the class, the learner's id when the list gives it, and the date.
    public var classId: String?
    public var learnerId: String?
    public var enrollDate: String?
    public var problems: [RowProblem] = []
    /// Whom the row is about, as the store names them, when its fields hold only an id (an
    /// assessment's subject).
    public var label: String?
    /// What the row comes to, for the preview (an assessment's total and computed result).
    public var summary: String?

    public init(number: Int) {
        self.number = number
    }

    /// The value of a store field of the row.
    public func value(_ name: String) -> String? { fields.first { $0.name == name }?.value }

    mutating func set(_ name: String, _ value: String, from column: String?) {
        fields.removeAll { $0.name == name }
        fields.append(NewRecord.Field(name, value))
        if let column { sources[name] = column }
    }

    mutating func refuse(_ column: String?, _ reason: String) {
        problems.append(RowProblem(row: number, column: column, reason: reason))
    }
}
