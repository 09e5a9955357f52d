/// What a list brings in: learners, enrollments in a class, awards or donations, and the fields each takes from its columns.

import Store

/// The kinds of list `hoctap import` reads.
public enum ImportKind: String, CaseIterable, Sendable {
    case learners, enrollments, awards, donations
    /// An assessment sheet: a subject a row, a score a column for each item of one criteria set.
    case assessments

    /// What the list is called in the preview.
    public var words: String {
        switch self {
        case .learners: return "học viên"
        case .enrollments: return "ghi danh"
        case .awards: return "khen thưởng"
        case .donations: return "ủng hộ quỹ"
        case .assessments: return "kết quả đánh giá"
        }
    }

    /// The fields a column may give for this kind; other recognised columns are listed as not used.
    var fields: [ImportField] {
        let person: [ImportField] = [.name, .birth, .gender, .male, .female, .birthMale, .birthFemale,
                                     .neighborhood, .organization, .school, .phone]
        switch self {
        case .learners: return person
        case .enrollments: return person + [.classId, .className, .learnerId, .date]
        case .awards:
            // A pupil's class and school are kept where the store's awards have fields for them.
            let award = StoreSchema.set(named: "Award")
            return [.name, .achievement, .amount, .date, .branch, .neighborhood, .recipientKind, .schoolYear, .sponsor]
                + (award?.field("Class") != nil ? [.className] : []) + (award?.field("School") != nil ? [.school] : [])
        case .donations: return [.name, .amount, .date, .purpose, .branch, .neighborhood]
        case .assessments: return [.name, .birth, .subjectId, .learnerId, .assessor, .date]
        }
    }

    /// The fields a list of this kind cannot do without, with the column's usual name.
    var required: [(ImportField, String)] {
        switch self {
        case .learners, .enrollments: return [(.name, "\"Họ và tên\"")]
        case .awards: return [(.name, "\"Họ và tên\""), (.achievement, "\"Thành tích\"")]
        case .donations: return [(.name, "\"Họ và tên\""), (.amount, "\"Số tiền\"")]
        // Either a name or an id, and the items' columns: checked by `ColumnMap.find`.
        case .assessments: return []
        }
    }
}
