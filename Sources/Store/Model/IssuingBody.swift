/// A body that issues papers (the ward's committee, the center, the association) and the body above it.

import Recfile

/// What kind of body a `Body` record is.
public enum BodyKind: String, CaseIterable, Hashable, Sendable {
    /// A people's committee (UBND).
    case committee
    /// The Community Learning Center (TTHTCĐ).
    case center
    /// The Study Promotion Association (Hội Khuyến học).
    case association
    case school
}

/// One `Body` record of `office.rec`.
public struct IssuingBody: Hashable, Sendable {
    public var id: String
    /// As written on the letterhead, in capitals: `TRUNG TÂM HỌC TẬP CỘNG ĐỒNG`.
    public var name: String
    public var kind: BodyKind
    /// The short name after a paper's number: `TTHTCĐ`.
    public var code: String?
    /// The `Id` of the body above it.
    public var parent: String?
    /// The name of the body above it when the store has no record of it.
    public var parentName: String?
    /// Where its papers are dated: `Phường Quảng Châu`.
    public var place: String?
    /// In a store shared through git, the tag of the copy that keeps the body's register of
    /// papers (`BX`); nil when none was chosen.
    public var register: String?
    public var source: SourcePlace

    public init(id: String, name: String, kind: BodyKind, code: String? = nil, parent: String? = nil,
                parentName: String? = nil, place: String? = nil, register: String? = nil,
                source: SourcePlace = .unknown) {
        self.id = id
        self.name = name
        self.kind = kind
        self.code = code
        self.parent = parent
        self.parentName = parentName
        self.place = place
        self.register = register
        self.source = source
    }
}
