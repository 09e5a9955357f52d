/// Who issues a paper and who signs it, read off the store's bodies and signers: the letterhead and the signature blocks.

import Store

/// The top left of a paper: the body above, the body itself, its code for the paper's number,
/// and the place the paper is dated at.
public struct Letterhead: Hashable, Sendable {
    /// `UBND PHƯỜNG QUẢNG CHÂU`; nil when the store names none.
    public var parent: String?
    /// `TRUNG TÂM HỌC TẬP CỘNG ĐỒNG`.
    public var body: String
    /// The `Id` of the body's record; nil when the store has no `office.rec` and the campaign named it.
    public var bodyId: String?
    /// `TTHTCĐ`, as `Số: 12/BC-TTHTCĐ` writes it.
    public var code: String?
    /// `Phường Quảng Châu`, as `Phường Quảng Châu, ngày … tháng … năm …` writes it.
    public var place: String?

    public init(parent: String?, body: String, bodyId: String?, code: String?, place: String?) {
        self.parent = parent
        self.body = body
        self.bodyId = bodyId
        self.code = code
        self.place = place
    }
}

/// A signature block: the title over the name.
public struct SignatureBlock: Hashable, Sendable {
    /// `Giám đốc`, `Thủ quỹ`.
    public var title: String
    public var name: String
    public var role: SignerRole

    public init(title: String, name: String, role: SignerRole) {
        self.title = title
        self.name = name
        self.role = role
    }
}

/// Reading the letterheads and signers of the store.
public enum PaperHeading {
    /// The body of `kind` that issues papers: of the store's bodies of that kind, the first that
    /// is no other such body's parent (the ward's association, not the city's above it).
    public static func body(_ kind: BodyKind, in s: StoreSnapshot) -> IssuingBody? {
        let ofKind = s.bodies.filter { $0.kind == kind }
        let parents = Set(ofKind.compactMap(\.parent))
        return ofKind.first { !parents.contains($0.id) } ?? ofKind.first
    }

    /// The letterhead of the body of `kind`. Without an `office.rec` record, the campaign's
    /// center (for the center) names the body and its ward the place; nil when neither is there.
    public static func letterhead(_ kind: BodyKind, in s: StoreSnapshot) -> Letterhead? {
        if let b = body(kind, in: s) {
            let parent = b.parent.flatMap { id in s.bodies.first { $0.id == id }?.name } ?? b.parentName
            return Letterhead(parent: parent, body: b.name, bodyId: b.id, code: b.code, place: b.place)
        }
        guard let c = s.campaign else { return nil }
        return Letterhead(parent: nil, body: kind == .center ? c.center.uppercased() : c.ward.uppercased(), bodyId: nil,
                          code: nil, place: c.ward)
    }

    /// The person of `role` who signs for `body` on `day`: the first such signer whose dates
    /// cover the day.
    public static func signer(_ role: SignerRole, body: String?, on day: CalendarDate, in s: StoreSnapshot) -> SignatureBlock? {
        guard let body else { return nil }
        return s.signers.first { $0.body == body && $0.role == role && $0.signs(on: day) }
            .map { SignatureBlock(title: $0.title, name: $0.name, role: $0.role) }
    }

    /// The number a registered paper bears, `12/BC-TTHTCĐ`, with its body's code.
    public static func numberText(_ paper: IssuedPaper, in s: StoreSnapshot) -> String {
        paper.numberText(code: s.bodies.first { $0.id == paper.body }?.code)
    }
}
