/// What the five documents share: the store's letterhead and signers as a paper prints them, the place and date, the period in words.

import Reports
import Store
import VietText

/// Turning the values' letterheads and signers into a paper's frame.
enum DocumentFrame {
    /// The printed letterhead of the values' issuing body: the parent over the body.
    static func letterhead(_ head: Reports.Letterhead?) -> Letterhead? {
        head.map { Letterhead(parent: $0.parent, issuer: $0.body) }
    }

    /// "Phường Quảng Châu, ngày 10 tháng 10 năm 2022"; the date alone when the store names no place.
    static func placeAndDate(_ head: Reports.Letterhead?, ward: String? = nil, _ day: CalendarDate) -> String {
        guard let place = head?.place ?? ward else { return VietFormat.longDate(day).capitalizedFirst }
        return Paper.placeAndDate(place, day)
    }

    /// A signature block as printed: the title over room to sign and the name. The chairman of
    /// the association signs for its executive committee ("TM. BAN CHẤP HÀNH").
    static func signature(_ s: Reports.SignatureBlock, association: Bool = false) -> SignatureBlock {
        let authority = association && s.role == .head ? "TM. BAN CHẤP HÀNH" : nil
        return SignatureBlock(authority: authority, title: s.title, name: s.name)
    }

    /// The signatures of the association's papers in the order they stand: the one who drew the
    /// paper up, the treasurer, the chairman; a role the store does not name keeps its place with
    /// room to sign and no name.
    static func associationSignatures(_ signers: [Reports.SignatureBlock]) -> [SignatureBlock] {
        let titles: [(SignerRole, String)] = [(.preparer, "Người lập biểu"), (.treasurer, "Thủ quỹ"), (.head, "Chủ tịch")]
        return titles.map { role, title in
            if let s = signers.first(where: { $0.role == role }) { return signature(s, association: true) }
            return SignatureBlock(authority: role == .head ? "TM. BAN CHẤP HÀNH" : nil, title: title)
        }
    }
}

extension String {
    /// The text with its first letter in capitals: "ngày 06 …" → "Ngày 06 …".
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }

    /// The text with its first letter in small letters: "Phường Quảng Châu" → "phường Quảng Châu".
    var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
