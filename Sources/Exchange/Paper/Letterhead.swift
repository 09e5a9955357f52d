/// The issuing body at the top left of a paper and the national motto at the top right.

/// The head of a paper: the parent body over the issuing body (left) and the national motto (right).
public struct Letterhead: Sendable, Equatable {
    /// The body above the issuer, in capitals: "UBND PHƯỜNG QUẢNG CHÂU"; nil for none.
    public var parent: String?
    /// The issuing body, in capitals, bold: "TRUNG TÂM HỌC TẬP CỘNG ĐỒNG".
    public var issuer: String

    public init(parent: String?, issuer: String) {
        self.parent = parent
        self.issuer = issuer
    }

    /// The national motto as Nghị định 30/2020/NĐ-CP sets it: the name of the state in capitals,
    /// then the motto with hyphens between its parts.
    public static let nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    public static let motto = "Độc lập - Tự do - Hạnh phúc"
}
