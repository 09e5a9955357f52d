/// The pieces of a paper's body: headings, paragraphs, dashed lists, tables and the "Bằng chữ" line.

import VietText

/// One block of a paper's body, in reading order.
public enum PaperBlock: Sendable, Equatable {
    /// A bold heading: "I. KẾT QUẢ", "1. Lễ khai mạc".
    case heading(String)
    /// A paragraph of running text, justified, its first line indented.
    case paragraph(String)
    /// A list, each item after a dash.
    case bullets([String])
    /// A table; its header rows repeat on each page.
    case table(DataTable)
    /// "Bằng chữ: Một triệu hai trăm nghìn đồng.", in italics under a total.
    case amountInWords(Int64)

    /// The text of an `amountInWords` block.
    static func inWords(_ dong: Int64) -> String {
        "Bằng chữ: " + VietText.amountInWords(dong) + "."
    }
}
