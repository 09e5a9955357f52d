/// `hoctap report` over two demo stores and a missing folder: each member's figures, the total, the missing one named, exit 1.

import Foundation
import XCTest

final class AreaEndToEndTests: XCTestCase {
    func testReportOverTwoStoresAndAMissingOne() throws {
        let first = try demoStoreCopy(prefix: "hoctap-area-a"), second = try demoStoreCopy(prefix: "hoctap-area-b")
        let campaign = second.appendingPathComponent("campaign.rec")
        let text = try String(contentsOf: campaign, encoding: .utf8)
        try text.replacingOccurrences(of: "Ward: Phường Quảng Châu", with: "Ward: Phường Quảng Tiến")
            .write(to: campaign, atomically: true, encoding: .utf8)
        let missing = first.path + "-khong-co"
        let run = try ProgramRun.hoctap(["report", "--store", first.path, "--store", second.path, "--store", missing, "--year", "2022-2023"])
        XCTAssertEqual(run.status, 1, run.output)
        XCTAssertTrue(run.output.contains("hoctap: \((missing as NSString).lastPathComponent): không đọc được dữ liệu ở \(missing)"), run.output)
        let rows = run.output.components(separatedBy: "\n")
        let ward = try XCTUnwrap(rows.first { $0.hasPrefix("  Phường Quảng Châu ") }).split(separator: " ", omittingEmptySubsequences: true)
        let total = try XCTUnwrap(rows.first { $0.hasPrefix("  Tổng cộng ") }).split(separator: " ", omittingEmptySubsequences: true)
        XCTAssertTrue(rows.contains { $0.hasPrefix("  Phường Quảng Tiến ") }, run.output)
        // The awards column: the same demo twice, so the total is twice the ward's.
        let awards = Int(ward[4].replacingOccurrences(of: ".", with: "")), sum = Int(total[3].replacingOccurrences(of: ".", with: ""))
        XCTAssertEqual(sum, awards.map { $0 * 2 }, run.output)
    }
}
