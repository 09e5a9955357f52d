/// The page of a docx paper in twips: A4, the decree's margins, the type sizes of each part.

/// A4 and the margins of Nghị định 30/2020/NĐ-CP (top and bottom 20 mm, left 30 mm, right 15 mm),
/// in twips (1/1440 inch; 1 mm ≈ 56,7 twips); on its side the sheet turns and the margins stay.
struct DocxPage {
    static let shortSide = 11_906
    static let longSide = 16_838
    static let top = 1_134, bottom = 1_134, left = 1_701, right = 850
    /// The page number sits 10 mm from the top edge, in the top margin.
    static let header = 567, footer = 567

    let orientation: Paper.Orientation

    var width: Int { orientation == .portrait ? Self.shortSide : Self.longSide }
    var height: Int { orientation == .portrait ? Self.longSide : Self.shortSide }
    /// The width between the margins.
    var textWidth: Int { width - Self.left - Self.right }

    var section: WordSection {
        WordSection(
            headers: [.init(type: "default", id: DocxParts.numberedHeaderID), .init(type: "first", id: DocxParts.firstHeaderID)],
            pageSize: .init(width: width, height: height, orientation: orientation == .landscape ? "landscape" : nil),
            margins: .init(top: Self.top, right: Self.right, bottom: Self.bottom, left: Self.left,
                           header: Self.header, footer: Self.footer))
    }
}

/// Type sizes in points, after the decree's appendix: 12–13 for the letterhead, 13–14 for the rest.
enum DocxType {
    static let font = "Times New Roman"
    static let body = 14.0
    static let table = 13.0
    static let parent = 12.0
    static let issuer = 12.0
    static let nation = 12.0
    static let motto = 13.0
    static let number = 13.0
    static let placeAndDate = 13.0
    static let title = 14.0
    static let recipientsHead = 12.0
    static let recipients = 11.0
    static let signature = 13.0
    static let name = 14.0
    static let pageNumber = 13.0
    /// A paragraph's first line is indented 1 cm.
    static let firstLineIndent = 567
    /// 6 pt between paragraphs, in twentieths of a point.
    static let paragraphGap = 120
}
