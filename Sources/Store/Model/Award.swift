/// An award (khen thưởng) handed out by a branch, with its recipient, category and amount.

import Recfile

/// One `Award` record of `awards.rec`.
/// (The small fields come last, so that a million awards take less room.)
public struct Award: Hashable, Sendable {
    public var id: String
    public var recipient: String
    public var category: String
    /// The `Id` of a `Branch`.
    public var branch: String
    public var source: SourcePlace
    /// Whole đồng.
    public var amount: Int?
    public var date: CalendarDate
    public var kind: RecipientKind
    /// The sponsor, the pupil's class and school and the payment voucher, behind one reference
    /// (many awards have none, and awards that share them share one box, see `AwardDecoder`).
    private var extra: AwardExtra.Box?
    /// The start year of the school year the record names in `SchoolYear`, or 0 when it names none
    /// (two bytes, in room the record has anyway).
    private var namedYear: UInt16

    /// The school year whose results the award rewards: the one it names, else the one of its date.
    public var rewardedYear: SchoolYear {
        namedYear == 0 ? SchoolYear(containing: date) : SchoolYear(startYear: Int(namedYear))
    }

    /// The school year the record names, if it names one.
    public var schoolYear: SchoolYear? {
        get { namedYear == 0 ? nil : SchoolYear(startYear: Int(namedYear)) }
        set { namedYear = newValue.map { UInt16(clamping: $0.startYear) } ?? 0 }
    }

    /// Who paid for the award, when the record names someone.
    public var sponsor: String? {
        get { extra?.value.sponsor }
        set { extra = AwardExtra.box(AwardExtra(sponsor: newValue, paper: paper)) }
    }

    /// The class, school and voucher the award's record names (each may be missing).
    public var paper: AwardPaperFields {
        get { extra?.value.paper ?? AwardPaperFields() }
        set { extra = AwardExtra.box(AwardExtra(sponsor: sponsor, paper: newValue)) }
    }
}

extension Award {
    public init(id: String, date: CalendarDate, recipient: String, kind: RecipientKind, category: String,
                branch: String, amount: Int? = nil, sponsor: String? = nil, schoolYear: SchoolYear? = nil,
                paper: AwardPaperFields = AwardPaperFields(), source: SourcePlace = .unknown) {
        self.init(id: id, date: date, recipient: recipient, kind: kind, category: category, branch: branch, amount: amount,
                  schoolYear: schoolYear, extra: AwardExtra.box(AwardExtra(sponsor: sponsor, paper: paper)), source: source)
    }

    /// An award whose sponsor and paper fields come in a box already made (shared between awards).
    /// (The loader makes a million of these: going through the public initialiser copied each award
    /// twice, and an initialiser setting each field itself made the award and then copied it, a
    /// reference count up and down for each of its texts. The memberwise initialiser, there because
    /// the type's body declares none, makes it in place.)
    init(id: String, date: CalendarDate, recipient: String, kind: RecipientKind, category: String,
         branch: String, amount: Int?, schoolYear: SchoolYear?, extra: AwardExtra.Box?, source: SourcePlace) {
        self.init(id: id, recipient: recipient, category: category, branch: branch, source: source, amount: amount,
                  date: date, kind: kind, extra: extra, namedYear: schoolYear.map { UInt16(clamping: $0.startYear) } ?? 0)
    }
}

/// What an award may name beyond its tallied fields.
struct AwardExtra: Hashable, Sendable {
    var sponsor: String?
    var paper: AwardPaperFields

    /// A box of `extra`, or nil when it names nothing.
    static func box(_ extra: AwardExtra) -> Box? {
        extra.sponsor == nil && extra.paper.isEmpty ? nil : Box(extra)
    }

    /// An immutable box, compared and hashed by its value.
    final class Box: Hashable, Sendable {
        let value: AwardExtra
        init(_ value: AwardExtra) { self.value = value }
        static func == (a: Box, b: Box) -> Bool { a.value == b.value }
        func hash(into hasher: inout Hasher) { hasher.combine(value) }
    }
}

/// What an award list and the fund book read off an award beyond the tallies.
public struct AwardPaperFields: Hashable, Sendable {
    /// As written: `Lớp 5A`.
    public var className: String?
    public var school: String?
    /// The fund's payment voucher.
    public var voucher: String?

    public init(className: String? = nil, school: String? = nil, voucher: String? = nil) {
        self.className = className
        self.school = school
        self.voucher = voucher
    }

    var isEmpty: Bool { className == nil && school == nil && voucher == nil }
}
