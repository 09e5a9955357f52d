/// Generated names: common Vietnamese parts, both spellings of Hòa and Thủy, and a few decomposed.

import Foundation
import XCTest
@testable import Store
@testable import StoreDemo
@testable import Recfile

final class GeneratorNamesTests: XCTestCase {
    private func names(_ count: Int, seed: UInt64) -> [String] {
        let maker = NameMaker()
        var random = GeneratorRandom(seed: seed)
        return (0..<count).map { k in
            let gender: GeneratedGender = k % 2 == 0 ? .female : .male
            return maker.name(&random, gender: gender, birthYear: 1950 + k % 70)
        }
    }

    func testNamesAreFamilyMiddleGivenFromTheLists() {
        let families = Set(VietnameseNames.family.map(\.0))
        let givens = Set((VietnameseNames.givenMale + VietnameseNames.givenFemale).map(\.0))
        for name in names(3_000, seed: 1) {
            let words = name.precomposedStringWithCanonicalMapping.split(separator: " ").map(String.init)
            XCTAssertTrue((3...4).contains(words.count), name)
            XCTAssertTrue(families.contains(words[0]), name)
            XCTAssertTrue(givens.contains(words[words.count - 1]), name)
            XCTAssertNotEqual(words[1], words[words.count - 1], name)
        }
    }

    func testBothTonePlacementsAndSomeDecomposedNamesOccur() {
        let all = names(6_000, seed: 2)
        let composed = all.map { $0.precomposedStringWithCanonicalMapping }
        XCTAssertTrue(composed.contains { $0.hasSuffix(" Hòa") })
        XCTAssertTrue(composed.contains { $0.hasSuffix(" Hoà") })
        XCTAssertTrue(composed.contains { $0.hasSuffix(" Thủy") })
        XCTAssertTrue(composed.contains { $0.hasSuffix(" Thuỷ") })
        let decomposed = zip(all, composed).filter { Array($0.0.unicodeScalars) != Array($0.1.unicodeScalars) }.count
        XCTAssertGreaterThan(decomposed, 20)
        XCTAssertLessThan(decomposed, 300)
    }

    func testChildrenMostlyCarryModernMiddleNames() {
        let maker = NameMaker(decomposedPerMille: 0)
        var random = GeneratorRandom(seed: 3)
        let children = (0..<1_000).map { _ in maker.name(&random, gender: .male, birthYear: 2015) }
        let adults = (0..<1_000).map { _ in maker.name(&random, gender: .male, birthYear: 1965) }
        let van = { (names: [String]) in names.filter { $0.split(separator: " ")[1] == "Văn" }.count }
        XCTAssertLessThan(van(children), van(adults))
    }
}
