/// A paper of the ward's: the letterhead, the title, the body and the signatures, in the layout of Nghị định 30/2020/NĐ-CP.

/// One document as the ward prints it, independent of the file it is written to (docx, md, text; its tables also to xlsx and csv).
public struct Paper: Sendable, Equatable {
    /// The kind of paper, which decides what of the frame is printed.
    public enum Kind: Sendable, Equatable {
        /// The center's administrative report: issuing body, motto, number, "Nơi nhận".
        case administrativeReport
        /// A list of the association's (an award list): issuing body and motto, no number, no "Nơi nhận".
        case associationList
        /// A register such as the fund book: issuing body and motto, no number, no "Nơi nhận".
        case register
        /// A class's sheet (sign-in, class list): title, facts, table and signatures, nothing more.
        case classSheet

        /// The issuing body and the national motto head the page.
        var hasLetterhead: Bool { self != .classSheet }
        /// The paper carries a number ("Số: …/BC-TTHTCĐ").
        var hasNumber: Bool { self == .administrativeReport }
        /// The paper lists where it is sent ("Nơi nhận:").
        var hasRecipients: Bool { self == .administrativeReport }
    }

    /// A4 upright, or on its side for wide lists.
    public enum Orientation: Sendable, Equatable { case portrait, landscape }

    public var kind: Kind
    public var orientation: Orientation
    public var letterhead: Letterhead?
    /// The number line without "Số: ", e.g. "12/BC-TTHTCĐ"; printed on administrative reports only.
    public var number: String?
    /// "Phường Quảng Châu, ngày 10 tháng 10 năm 2022" (see `PlaceAndDate`).
    public var placeAndDate: String?
    /// The type of paper and its name, e.g. "BÁO CÁO".
    public var title: String
    /// What it is about, under the title, e.g. "Kết quả Tuần lễ hưởng ứng học tập suốt đời năm 2022".
    public var summary: String?
    public var body: [PaperBlock]
    /// "Nơi nhận:" lines, e.g. "- UBND phường;"; printed on administrative reports only.
    public var recipients: [String]
    /// One to three signature blocks, side by side.
    public var signatures: [SignatureBlock]

    public init(kind: Kind, orientation: Orientation = .portrait, letterhead: Letterhead? = nil,
                number: String? = nil, placeAndDate: String? = nil, title: String, summary: String? = nil,
                body: [PaperBlock] = [], recipients: [String] = [], signatures: [SignatureBlock] = []) {
        self.kind = kind
        self.orientation = orientation
        self.letterhead = letterhead
        self.number = number
        self.placeAndDate = placeAndDate
        self.title = title
        self.summary = summary
        self.body = body
        self.recipients = recipients
        self.signatures = signatures
    }

    /// The letterhead as printed: none on a class sheet.
    var printedLetterhead: Letterhead? { kind.hasLetterhead ? letterhead : nil }
    /// The number line as printed: "Số: 12/BC-TTHTCĐ", or nil.
    var printedNumber: String? { kind.hasNumber ? number.map { "Số: " + $0 } : nil }
    /// The recipients as printed: none but on an administrative report.
    var printedRecipients: [String] { kind.hasRecipients ? recipients : [] }

    /// The tables of the body, in order: what goes to a workbook or a CSV.
    public var tables: [DataTable] {
        body.compactMap { if case .table(let table) = $0 { table } else { nil } }
    }
}
