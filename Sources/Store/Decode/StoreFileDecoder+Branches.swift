/// The decoder of branches.rec (branches and clans); awards.rec and funds.rec use `OneSetFileDecoder`.

import Recfile

final class BranchesFileDecoder: StoreFileDecoder {
    private var branch: BranchDecoder, clan: ClanDecoder

    override init(name: String) {
        (branch, clan) = (BranchDecoder(file: name), ClanDecoder(file: name))
        super.init(name: name)
    }

    override func makeShadow() -> StoreFileDecoder? { BranchesFileDecoder(name: name) }
    override func forEachDecoder(_ body: (inout RawRecordDecoder) -> Void) {
        body(&branch.r)
        body(&clan.r)
    }

    override func take(_ record: RawRecord, set: String, into s: inout StoreSnapshot) {
        switch set {
        case "Branch": if let b = branch.decode(record) { s.branches.append(b) }
        case "Clan": if let c = clan.decode(record) { s.clans.append(c) }
        default: break
        }
    }

    override func keys(of set: String) -> KeyTable? {
        set == "Branch" ? branch.r.keys : set == "Clan" ? clan.r.keys : nil
    }
    override var arrays: [SnapshotArray] { [SnapshotArray(\.branches), SnapshotArray(\.clans)] }
}
