/// Who signs a paper: the authority line, the title in capitals, the instruction, room to sign, and the name.

/// One signature block: "TM. BAN CHẤP HÀNH" / "CHỦ TỊCH" / "(Ký, ghi rõ họ tên)" / room / "Nguyễn Văn A".
public struct SignatureBlock: Sendable, Equatable {
    /// The line above the title when signing for a body: "TM. BAN CHẤP HÀNH", "KT. GIÁM ĐỐC"; nil for none.
    public var authority: String?
    /// The signer's title, printed in bold capitals: "GIÁM ĐỐC", "NGƯỜI LẬP BIỂU".
    public var title: String
    /// The instruction under the title, in italics.
    public var instruction: String?
    /// The name, bold, under the room to sign; nil leaves the room and a blank.
    public var name: String?

    public init(authority: String? = nil, title: String, instruction: String? = "(Ký, ghi rõ họ tên)", name: String? = nil) {
        self.authority = authority
        self.title = title
        self.instruction = instruction
        self.name = name
    }

    /// The lines above the room to sign, in order.
    var headLines: [String] {
        [authority, title.uppercased()].compactMap { $0 }
    }
}
