/// The journal's hand-written JSON is byte for byte what JSONEncoder writes, and reads back as the values.

import Foundation
import XCTest
@testable import Store

final class UndoJournalJSONTests: XCTestCase {
    private let pieces = ["a", "Nguyễn", "\"", "\\", "/", "\n", "\r", "\t", "\u{08}", "\u{0C}", "\u{01}", "\u{1F}", "\u{7F}",
                          "\u{2028}", "💡", " ", "{", "}", "[", ",", ":", "e\u{0301}"]

    private func text(_ random: inout SystemRandomNumberGenerator) -> String {
        (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    private func bytes(_ random: inout SystemRandomNumberGenerator) -> Data {
        Data((0..<Int.random(in: 0...40, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) })
    }

    func testChangesAndSummariesAreWhatJSONEncoderWrites() throws {
        var random = SystemRandomNumberGenerator()
        let encoder = UndoJournal.encoder()
        let decoder = JSONDecoder()
        for _ in 0..<300 {
            let changes = (0..<Int.random(in: 0...3, using: &random)).map { _ -> UndoChange in
                var change = UndoChange(file: "learners.rec", set: text(&random), before: [UInt8](bytes(&random)),
                                        after: [UInt8](bytes(&random)),
                                        put: (0..<Int.random(in: 0...3, using: &random)).map { _ in [UInt8](bytes(&random)) },
                                        took: (0..<Int.random(in: 0...2, using: &random)).map { _ in [UInt8](bytes(&random)) })
                change.file = text(&random)
                change.afterHash = text(&random)
                change.isAppend = Bool.random(using: &random)
                return change
            }
            XCTAssertEqual(String(decoding: UndoJournalJSON.changes(changes), as: UTF8.self),
                           String(decoding: try encoder.encode(changes), as: UTF8.self))
            XCTAssertEqual(try decoder.decode([UndoChange].self, from: Data(UndoJournalJSON.changes(changes))), changes)
            let summary = ChangeSummary([.add, .edit, .remove].randomElement(using: &random)!,
                                        (0..<Int.random(in: 0...4, using: &random)).map { _ in
                                            RecordLabel(set: text(&random), id: text(&random), name: Bool.random(using: &random) ? text(&random) : nil)
                                        })
            XCTAssertEqual(String(decoding: UndoJournalJSON.summary(summary), as: UTF8.self),
                           String(decoding: try encoder.encode(summary), as: UTF8.self))
        }
    }
}
