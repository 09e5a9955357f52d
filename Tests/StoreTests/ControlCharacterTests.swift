/// A value holding a control character is an error with its place, in every text field; tabs pass.

import Foundation
import XCTest
@testable import Store
@testable import Recfile
import StoreFixtures

final class ControlCharacterTests: XCTestCase {
    func testTheScanFindsEveryKindOfControlAndNothingElse() {
        let cases: [(String, Int?, UInt32?)] = [
            ("Nguyễn Thị Hiền, 68,6% · 500.000 đ", nil, nil),
            ("a\tb", nil, nil),
            ("\u{1B}[2J", 0, 0x1B),
            ("abcdefghij\u{0}", 10, 0),
            ("abcdefgh\u{7F}", 8, 0x7F),
            ("Hiền\u{9B}31m", 6, 0x9B),
            ("0123456789abcdef\u{85}", 16, 0x85),
        ]
        for (text, index, scalar) in cases {
            let found = Array(text.utf8).withUnsafeBufferPointer { ControlCharacters.first(in: $0) }
            XCTAssertEqual(found?.index, index, text.debugDescription)
            XCTAssertEqual(found?.scalar, scalar, text.debugDescription)
        }
    }

    func testAnEscapeInANameIsAnErrorAtItsLineAndTheRecordIsNotRead() {
        var files = StoreFixture.files()
        let text = String(decoding: files["learners.rec"]!, as: UTF8.self)
        let hostile = text.replacingOccurrences(of: "Name: Trần Văn An", with: "Name: Trần\u{1B}]52;c;aGk=\u{07} Văn An")
        XCTAssertNotEqual(hostile, text, "the fixture has the name")
        files["learners.rec"] = Array(hostile.utf8)
        let snapshot = StoreLoader.decode(files: files)
        let problem = snapshot.errors.first { $0.file == "learners.rec" }
        XCTAssertEqual(problem?.field, "Name")
        XCTAssertEqual(problem?.line, StoreFixture.line(of: "Name: Trần Văn An", in: "learners.rec"))
        XCTAssertTrue(problem?.message.contains("U+001B") == true, problem?.message ?? "")
        XCTAssertFalse(snapshot.learners.contains { $0.name.contains("\u{1B}") })
        XCTAssertEqual(problem?.found?.unicodeScalars.contains { $0.value < 0x20 }, false, "the problem quotes no control")
    }

    func testACategoryReadThroughTheInternerIsCheckedToo() {
        var files = StoreFixture.files()
        let text = String(decoding: files["awards.rec"]!, as: UTF8.self)
        // The same hostile category on every award: each is reported, none is read.
        let hostile = text.replacingOccurrences(of: "Category: ", with: "Category: \u{9B}2J")
        let awards = text.components(separatedBy: "Category: ").count - 1
        XCTAssertGreaterThan(awards, 1)
        files["awards.rec"] = Array(hostile.utf8)
        let snapshot = StoreLoader.decode(files: files)
        XCTAssertEqual(snapshot.errors.map(\.field), Array(repeating: "Category", count: awards))
        XCTAssertEqual(snapshot.awards.count, 0)
        XCTAssertTrue(snapshot.errors.first?.message.contains("U+009B") == true)
    }
}
