/// The generator is a pure function of its seed and counts: same seed, same bytes; another seed, other data.

import Foundation
import XCTest
@testable import Store
@testable import StoreDemo
@testable import Recfile
import StoreFixtures

final class GeneratorDeterminismTests: XCTestCase {
    static let small = StoreCounts(neighborhoodBranches: 4, schoolBranches: 2, agencyBranches: 1, clans: 9,
                                   studiousClans: 5, classes: 8, learners: 120, enrollments: 260, awards: 300,
                                   donations: 12, agendaLog: 3)

    func testSplitMix64MatchesTheReferenceSequence() {
        // The published first outputs of SplitMix64 for seed 1234567.
        var random = GeneratorRandom(seed: 1_234_567)
        XCTAssertEqual((0..<5).map { _ in random.next() }, [
            6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
            4_593_380_528_125_082_431, 16_408_922_859_458_223_821,
        ])
    }

    func testBoundedDrawsStayInRangeAndReachEveryValue() {
        var random = GeneratorRandom(seed: 9)
        var seen = Set<Int>()
        for _ in 0..<2_000 {
            let n = random.below(7)
            XCTAssertTrue((0..<7).contains(n))
            seen.insert(n)
            XCTAssertTrue((3...5).contains(random.int(in: 3...5)))
        }
        XCTAssertEqual(seen, Set(0..<7))
        XCTAssertEqual(random.below(1), 0)
        XCTAssertEqual(random.weighted([0, 0, 5]), 2)
    }

    func testPartStreamsAreIndependentOfEachOther() {
        var a = GeneratorRandom(seed: 5, part: 3, index: 10)
        var b = GeneratorRandom(seed: 5, part: 3, index: 10)
        var c = GeneratorRandom(seed: 5, part: 3, index: 11)
        var d = GeneratorRandom(seed: 5, part: 4, index: 10)
        let first = a.next()
        XCTAssertEqual(first, b.next())
        XCTAssertNotEqual(first, c.next())
        XCTAssertNotEqual(first, d.next())
    }

    func testTheSameSeedGivesTheSameBytes() {
        let one = StoreGenerator(seed: 42, counts: Self.small).texts()
        let two = StoreGenerator(seed: 42, counts: Self.small).texts()
        XCTAssertEqual(Set(one.keys), Set(StoreSchema.files))
        for name in StoreSchema.files {
            XCTAssertEqual(one[name].map { Array($0.utf8) }, two[name].map { Array($0.utf8) }, name)
        }
    }

    func testAnotherSeedGivesOtherData() {
        let one = StoreGenerator(seed: 42, counts: Self.small).texts()
        let two = StoreGenerator(seed: 43, counts: Self.small).texts()
        for name in ["learners.rec", "awards.rec", "attendance.rec", "funds.rec", "branches.rec", "classes.rec"] {
            XCTAssertNotEqual(one[name], two[name], name)
        }
        // The campaign is the ward's fixed figures, whatever the seed (only the note names the seed).
        XCTAssertEqual(StoreGenerator(seed: 42, counts: Self.small, note: []).texts()["campaign.rec"],
                       StoreGenerator(seed: 43, counts: Self.small, note: []).texts()["campaign.rec"])
        XCTAssertNotEqual(one["campaign.rec"], two["campaign.rec"])
    }

    func testStreamingInSmallChunksWritesExactlyTheTextsInMemory() throws {
        let generator = StoreGenerator(seed: 42, counts: Self.small)
        let folder = try makeTemporaryFolder(self)
        let counts = try generator.write(to: folder, chunkSize: 500)
        let texts = generator.texts()
        for name in StoreSchema.files {
            let data = try Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent(name))
            XCTAssertEqual(Array(data), Array((texts[name] ?? "").utf8), name)
        }
        XCTAssertEqual(counts, generator.recordCounts())
    }

    func testWritingReplacesAnOlderGeneratedStore() throws {
        let folder = try makeTemporaryFolder(self)
        try StoreGenerator(seed: 1, counts: StoreCounts.withAwards(500)).write(to: folder)
        try StoreGenerator(seed: 42, counts: Self.small).write(to: folder)
        let awards = try String(contentsOfFile: folder + "/awards.rec", encoding: .utf8)
        XCTAssertEqual(awards, StoreGenerator(seed: 42, counts: Self.small).texts()["awards.rec"])
    }
}
