/// The recfile merge against a simple model: many seeded random pairs of edits on a small file of keyed awards and an append-only log.

import Recfile
import XCTest

final class RecMergeFuzzTests: XCTestCase {
    /// A small fixed-seed generator (SplitMix64), so a failure is reproduced by its round.
    private struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// One version of the file as the model sees it: the awards (key and amount) in order and the
    /// log's records in order.
    private struct Version {
        var awards: [(id: String, amount: Int)]
        var log: [String]

        var text: String {
            var out = "# awards.rec: fuzz\n\n%rec: Award\n%key: Id\n\n"
            out += awards.map { "Id: \($0.id)\nAmount: \($0.amount)\n" }.joined(separator: "\n")
            out += "\n%rec: Attendance\n\n"
            out += log.map { "Class: LH01\nLearner: \($0)\n" }.joined(separator: "\n")
            return out
        }
    }

    /// One side's random edits of `base`: changes, removals and additions of awards (an addition
    /// sometimes one both sides make alike), removals and appends in the log.
    private func edit(_ base: Version, side: String, round: Int, _ random: inout Seeded) -> Version {
        var v = base
        for i in v.awards.indices.reversed() {
            switch Int.random(in: 0..<10, using: &random) {
            case 0, 1: v.awards[i].amount = Int.random(in: 1...3, using: &random) * 1000  // small range: same changes happen
            case 2: v.awards.remove(at: i)
            default: break
            }
        }
        for n in 0..<Int.random(in: 0...3, using: &random) {
            v.awards.append(("\(side)\(round)-\(n)", n))
        }
        if Bool.random(using: &random) { v.awards.append(("SHARED\(round)", 7)) }
        for i in v.log.indices.reversed() where Int.random(in: 0..<8, using: &random) == 0 { v.log.remove(at: i) }
        for _ in 0..<Int.random(in: 0...3, using: &random) {
            // A small pool, so both sides append some of the same records.
            v.log.append("HV\(Int.random(in: 0..<12, using: &random))")
        }
        return v
    }

    func testRandomEditPairsMergeAsTheModelSays() throws {
        var random = Seeded(state: 20_221_006)
        for round in 0..<400 {
            let base = Version(awards: (0..<Int.random(in: 0...8, using: &random)).map { ("KT\($0)", 100 + $0) },
                               log: (0..<Int.random(in: 0...6, using: &random)).map { _ in "HV\(Int.random(in: 0..<12, using: &random))" })
            let ours = edit(base, side: "A", round: round, &random)
            let theirs = edit(base, side: "B", round: round, &random)
            let result = RecMerge.merge(base: base.text, ours: ours.text, theirs: theirs.text, file: "awards.rec")

            // The model: a record in the base is the side's change if only one side changed or removed it,
            // a clash if both did differently; additions are ours then theirs.
            var expected: [(String, Int)] = []
            var clashing: Set<String> = []
            let o = Dictionary(uniqueKeysWithValues: ours.awards.map { ($0.id, $0.amount) })
            let t = Dictionary(uniqueKeysWithValues: theirs.awards.map { ($0.id, $0.amount) })
            for (id, amount) in base.awards {
                switch (o[id], t[id]) {
                case (nil, nil): break
                case (nil, let tv?): if tv != amount { clashing.insert(id) }
                case (let ov?, nil): if ov != amount { clashing.insert(id) }
                case (let ov?, let tv?):
                    if ov == amount { expected.append((id, tv)) }
                    else if tv == amount || tv == ov { expected.append((id, ov)) }
                    else { clashing.insert(id) }
                }
            }
            let baseIds = Set(base.awards.map(\.id))
            expected += ours.awards.filter { !baseIds.contains($0.id) }.map { ($0.id, $0.amount) }
            expected += theirs.awards.filter { !baseIds.contains($0.id) && o[$0.id] == nil }.map { ($0.id, $0.amount) }

            XCTAssertEqual(Set(result.clashes.map(\.key)), clashing, "round \(round)")
            XCTAssertEqual(result.clashes.allSatisfy { $0.field == "Amount" }, true, "round \(round)")
            XCTAssertEqual(RecMergeMarks.lines(in: result.text).isEmpty, clashing.isEmpty, "round \(round)")

            let merged = RecParagraphs(result.text).paragraphs
            XCTAssertEqual(merged.first?.text, "# awards.rec: fuzz", "round \(round)")
            let awards = merged.filter { $0.kind == .record && $0.set == "Award" }
                .map { ($0.value(of: "Id") ?? "", Int($0.value(of: "Amount") ?? "") ?? -1) }
            // Outside the clashes, the merged awards are the model's, in its order; each clashing
            // record is there twice (both versions), or once beside the removal.
            XCTAssertEqual(awards.filter { !clashing.contains($0.0) }.map { "\($0.0)=\($0.1)" },
                           expected.map { "\($0.0)=\($0.1)" }, "round \(round)")
            for id in clashing {
                let versions = awards.filter { $0.0 == id }.map(\.1)
                let wanted = [o[id], t[id]].compactMap { $0 }
                XCTAssertEqual(versions, wanted, "round \(round): \(id)")
            }

            // The log: a multiset merge. Counting each record's copies: kept where both sides kept
            // them, plus what the side that added more added.
            func counts(_ log: [String]) -> [String: Int] { log.reduce(into: [:]) { $0[$1, default: 0] += 1 } }
            let cb = counts(base.log), co = counts(ours.log), ct = counts(theirs.log)
            var wantedLog: [String: Int] = [:]
            for name in Set(cb.keys).union(co.keys).union(ct.keys) {
                let b = cb[name, default: 0], x = co[name, default: 0], y = ct[name, default: 0]
                let n = min(b, x, y) + max(0, max(x, y) - b)
                if n > 0 { wantedLog[name] = n }
            }
            let log = merged.filter { $0.kind == .record && $0.set == "Attendance" }.map { $0.value(of: "Learner") ?? "" }
            XCTAssertEqual(counts(log), wantedLog, "round \(round)")
        }
    }
}
