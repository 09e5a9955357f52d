/// The decoders of branches.rec (branches and clans), awards.rec and funds.rec.

final class BranchesFileDecoder: StoreFileDecoder {
    private var branch: BranchDecoder, clan: ClanDecoder

    override init(name: String) {
        (branch, clan) = (BranchDecoder(file: name), ClanDecoder(file: name))
        super.init(name: name)
    }

    override func makeShadow() -> StoreFileDecoder? { BranchesFileDecoder(name: name) }
    override func restartDecoders() {
        branch.r.restart()
        clan.r.restart()
    }
    override func absorbDecoders(_ shadow: StoreFileDecoder) -> Bool {
        guard let o = shadow as? BranchesFileDecoder else { return false }
        return branch.r.absorb(o.branch.r) && clan.r.absorb(o.clan.r)
    }

    override func take(_ record: RawRecord, set: String, into s: inout StoreSnapshot) {
        switch set {
        case "Branch": if let b = branch.decode(record) { s.branches.append(b) }
        case "Clan": if let c = clan.decode(record) { s.clans.append(c) }
        default: break
        }
    }

    override func keys(of set: String) -> KeyTable? { set == "Branch" ? branch.r.keys : nil }
    override func decoderProblems() -> [StoreProblem] { branch.r.allProblems + clan.r.allProblems }
    override func decoderProblemCounts() -> [Int] { [branch.r.problems.count, clan.r.problems.count] }
    override func attachDecoderExcerpts(since before: [Int], _ lines: LineFinder) {
        branch.r.attachExcerpts(since: before[0], lines)
        clan.r.attachExcerpts(since: before[1], lines)
    }
    override func decoderMarks() -> [RawRecordDecoder.Mark] { [branch.r.mark(), clan.r.mark()] }
    override func rollbackDecoders(_ marks: [RawRecordDecoder.Mark]) {
        branch.r.rollback(to: marks[0])
        clan.r.rollback(to: marks[1])
    }
    override func counts(_ s: StoreSnapshot) -> [Int] { [s.branches.count, s.clans.count] }
    override func truncate(_ s: inout StoreSnapshot, to counts: [Int]) {
        Store.truncate(&s.branches, to: counts[0])
        Store.truncate(&s.clans, to: counts[1])
    }
}

final class AwardsFileDecoder: StoreFileDecoder {
    private var award: AwardDecoder
    private var branches: KeyTable?

    override init(name: String) {
        award = AwardDecoder(file: name)
        super.init(name: name)
    }

    override func makeShadow() -> StoreFileDecoder? { AwardsFileDecoder(name: name) }
    override func restartDecoders() { award.r.restart() }
    override func absorbDecoders(_ shadow: StoreFileDecoder) -> Bool {
        guard let o = shadow as? AwardsFileDecoder else { return false }
        return award.r.absorb(o.award.r)
    }

    override func prepare(_ keys: (String) -> KeyTable?) { branches = keys("Branch") }

    /// An award takes at least 64 bytes (its six mandatory fields).
    override func reserve(_ s: inout StoreSnapshot, bytes: Int) {
        s.awards.reserveCapacity(s.awards.count + bytes / 64)
        award.r.reserveKeys(bytes / 64)
    }

    override func take(_ record: RawRecord, set: String, into s: inout StoreSnapshot) {
        if let a = award.decode(record, branches: branches) { s.awards.append(a) }
    }

    override func dangling(to set: String) -> [String] { award.r.dangling }
    override func decoderProblems() -> [StoreProblem] { award.r.allProblems }
    override func decoderProblemCounts() -> [Int] { [award.r.problems.count] }
    override func attachDecoderExcerpts(since before: [Int], _ lines: LineFinder) {
        award.r.attachExcerpts(since: before[0], lines)
    }
    override func decoderMarks() -> [RawRecordDecoder.Mark] { [award.r.mark()] }
    override func rollbackDecoders(_ marks: [RawRecordDecoder.Mark]) { award.r.rollback(to: marks[0]) }
    override func counts(_ s: StoreSnapshot) -> [Int] { [s.awards.count] }
    override func truncate(_ s: inout StoreSnapshot, to counts: [Int]) { Store.truncate(&s.awards, to: counts[0]) }
}

final class FundsFileDecoder: StoreFileDecoder {
    private var donation: DonationDecoder
    private var branches: KeyTable?

    override init(name: String) {
        donation = DonationDecoder(file: name)
        super.init(name: name)
    }

    override func makeShadow() -> StoreFileDecoder? { FundsFileDecoder(name: name) }
    override func restartDecoders() { donation.r.restart() }
    override func absorbDecoders(_ shadow: StoreFileDecoder) -> Bool {
        guard let o = shadow as? FundsFileDecoder else { return false }
        return donation.r.absorb(o.donation.r)
    }

    override func prepare(_ keys: (String) -> KeyTable?) { branches = keys("Branch") }

    /// A donation takes at least 48 bytes (its four mandatory fields).
    override func reserve(_ s: inout StoreSnapshot, bytes: Int) {
        s.donations.reserveCapacity(s.donations.count + bytes / 48)
        donation.r.reserveKeys(bytes / 48)
    }

    override func take(_ record: RawRecord, set: String, into s: inout StoreSnapshot) {
        if let d = donation.decode(record, branches: branches) { s.donations.append(d) }
    }

    override func dangling(to set: String) -> [String] { donation.r.dangling }
    override func decoderProblems() -> [StoreProblem] { donation.r.allProblems }
    override func decoderProblemCounts() -> [Int] { [donation.r.problems.count] }
    override func attachDecoderExcerpts(since before: [Int], _ lines: LineFinder) {
        donation.r.attachExcerpts(since: before[0], lines)
    }
    override func decoderMarks() -> [RawRecordDecoder.Mark] { [donation.r.mark()] }
    override func rollbackDecoders(_ marks: [RawRecordDecoder.Mark]) { donation.r.rollback(to: marks[0]) }
    override func counts(_ s: StoreSnapshot) -> [Int] { [s.donations.count] }
    override func truncate(_ s: inout StoreSnapshot, to counts: [Int]) { Store.truncate(&s.donations, to: counts[0]) }
}
