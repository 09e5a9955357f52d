/// The decoder of branches.rec (branches and clans); awards.rec and funds.rec use `OneSetFileDecoder`.

import Recfile

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

