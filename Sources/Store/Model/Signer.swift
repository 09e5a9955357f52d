/// A person who signs a body's papers: name, the title printed above it, and the role the papers look for.

import Recfile

/// The part a signer plays on the papers.
public enum SignerRole: String, CaseIterable, Hashable, Sendable {
    /// The director of the center, the chairman of the association or the committee.
    case head
    case deputy
    /// Thủ quỹ: keeps the fund's cash.
    case treasurer
    /// Người lập biểu: draws the paper up.
    case preparer
    case secretary
}

/// One `Signer` record of `office.rec`.
public struct Signer: Hashable, Sendable {
    public var id: String
    public var name: String
    /// As printed above the name: `Giám đốc`.
    public var title: String
    public var role: SignerRole
    /// The `Id` of the body the person signs for.
    public var body: String
    public var from: CalendarDate?
    public var to: CalendarDate?
    public var source: SourcePlace

    public init(id: String, name: String, title: String, role: SignerRole, body: String, from: CalendarDate? = nil,
                to: CalendarDate? = nil, source: SourcePlace = .unknown) {
        self.id = id
        self.name = name
        self.title = title
        self.role = role
        self.body = body
        self.from = from
        self.to = to
        self.source = source
    }

    /// True when the person signed on `day` (no dates: always).
    public func signs(on day: CalendarDate) -> Bool {
        (from.map { $0 <= day } ?? true) && (to.map { day <= $0 } ?? true)
    }
}
