/// Thousands of random and mutated inputs: the reader must always return, with sane line numbers.

import XCTest
@testable import Store
@testable import Recfile

/// A small deterministic generator (SplitMix64), so a failure can be replayed.
private struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D4_9BB1_1331_11EB
        return z ^ (z >> 31)
    }
}

final class RecParserRobustnessTests: XCTestCase {
    private let sample = Array("""
    \u{FEFF}# campaign
    %rec: Campaign
    %key: Id

    Id: C1
    Title: Tuần lễ hưởng ứng học tập suốt đời \\
    năm 2022
    Note: một
    + hai
    +ba
    Theme: Đọc và học suốt đời\r

    Id: C2
    """.utf8)

    /// Bytes that matter to the grammar, plus bytes that break UTF-8.
    private let interesting: [UInt8] = [0x0A, 0x0D, 0x20, 0x09, 0x23, 0x2B, 0x25, 0x3A, 0x5C, 0x41, 0x5F,
                                        0x00, 0x80, 0xBF, 0xC0, 0xE1, 0xED, 0xEF, 0xBB, 0xF4, 0xFF]

    func testRandomAndMutatedInputsAlwaysReturn() {
        var rng = SplitMix64(state: 0x686F_6374_6170)
        var parsedRecords = 0
        for round in 0..<4000 {
            let input = round % 2 == 0 ? randomBytes(&rng) : mutated(sample, &rng)
            let f = RecParser.parse(input, file: "fuzz.rec")
            let lines = input.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            for r in f.records {
                XCTAssertFalse(r.fields.isEmpty, "round \(round)")
                XCTAssertEqual(r.line, r.fields.first?.line, "round \(round)")
                for field in r.fields { XCTAssertTrue((1...lines).contains(field.line), "round \(round)") }
            }
            for p in f.problems { XCTAssertTrue((1...lines).contains(p.line), "round \(round): \(p)") }
            XCTAssertEqual(f.problems, StoreProblem.sorted(f.problems), "round \(round)")
            parsedRecords += f.records.count
        }
        XCTAssertGreaterThan(parsedRecords, 1000, "the mutated inputs still mostly parse")
    }

    func testUnmutatedSampleParsesCleanly() {
        let f = RecParser.parse(sample, file: "fuzz.rec")
        XCTAssertEqual(f.records.count, 2)
        XCTAssertEqual(f.errors, [])
        XCTAssertEqual(f.warnings.count, 1, "no final newline")
    }

    private func randomBytes(_ rng: inout SplitMix64) -> [UInt8] {
        let count = Int.random(in: 0...300, using: &rng)
        return (0..<count).map { _ in
            Bool.random(using: &rng) ? interesting.randomElement(using: &rng) ?? 0 : UInt8.random(in: 0...255, using: &rng)
        }
    }

    private func mutated(_ base: [UInt8], _ rng: inout SplitMix64) -> [UInt8] {
        var bytes = base
        for _ in 0..<Int.random(in: 1...8, using: &rng) {
            let at = Int.random(in: 0...bytes.count, using: &rng)
            let byte = interesting.randomElement(using: &rng) ?? 0
            switch Int.random(in: 0..<4, using: &rng) {
            case 0 where at < bytes.count: bytes[at] = byte
            case 1: bytes.insert(byte, at: at)
            case 2 where at < bytes.count: bytes.remove(at: at)
            default: bytes = Array(bytes[..<at])
            }
        }
        return bytes
    }
}
