/// The award list (danh sách khen thưởng) of a period: one row per award, by branch then name, with the total and the association's signers.

import Store
import VietText

/// One recipient on the list.
public struct AwardListRow: Hashable, Sendable {
    /// Số thứ tự, from 1.
    public var number: Int
    public var name: String
    /// `Lớp 5A, Trường Tiểu học Quảng Châu`, as far as the award names them; "" when it names neither.
    public var classOrSchool: String
    public var branchId: String
    public var branchName: String
    /// The category (thành tích).
    public var category: String
    /// Whole đồng; 0 for an award without money.
    public var amount: Int
    public var awardId: String
}

/// The Study Promotion Association's list of the awards of a scope, to be signed for. Rows
/// come branch by branch, in the order of the store's branches (a branch the store does not
/// have last, by id), and within a branch in Vietnamese name order (given name, middle names,
/// family name: `VietText.nameSortKey`, the project's collation), ties by the award's id.
/// The count and total of a school year for the whole ward equal `hoctap report`'s
/// `awards.count` and `awards.amount`.
public struct AwardList: Sendable {
    public var letterhead: Letterhead?
    public var scope: PaperScope
    /// The recipient kinds listed; empty: every kind.
    public var kinds: Set<RecipientKind>
    public var rows: [AwardListRow]
    public var totalAmount: Int
    public var count: Int
    /// Người lập, thủ quỹ, chủ tịch hội, as far as the store names them.
    public var signers: [SignatureBlock]
    public var issued: CalendarDate

    public init(_ s: StoreSnapshot, scope: PaperScope, kinds: Set<RecipientKind> = [], issued: CalendarDate) {
        self.scope = scope
        self.kinds = kinds
        self.issued = issued
        let head = PaperHeading.letterhead(.association, in: s)
        letterhead = head
        signers = [SignerRole.preparer, .treasurer, .head].compactMap {
            PaperHeading.signer($0, body: head?.bodyId, on: issued, in: s)
        }
        let place = Dictionary(s.branches.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let names = Dictionary(s.branches.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let period = scope.period
        let picked = scope.snapshot(s).awards.filter { period.contains($0.date) && (kinds.isEmpty || kinds.contains($0.kind)) }
        let keyed = picked.map { (award: $0, key: VietText.nameSortKey($0.recipient)) }
        let sorted = keyed.sorted { a, b in
            let pa = place[a.award.branch] ?? Int.max, pb = place[b.award.branch] ?? Int.max
            if pa != pb { return pa < pb }
            if a.award.branch != b.award.branch { return a.award.branch < b.award.branch }
            if a.key != b.key { return a.key < b.key }
            return a.award.id < b.award.id
        }
        rows = sorted.enumerated().map { n, item in
            let a = item.award
            let where_ = [a.paper.className, a.paper.school].compactMap { $0 }.joined(separator: ", ")
            return AwardListRow(number: n + 1, name: a.recipient, classOrSchool: where_, branchId: a.branch,
                                branchName: names[a.branch] ?? a.branch, category: a.category, amount: a.amount ?? 0,
                                awardId: a.id)
        }
        totalAmount = rows.reduce(0) { $0 + $1.amount }
        count = rows.count
    }
}
