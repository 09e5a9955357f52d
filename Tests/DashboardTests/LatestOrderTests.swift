// "Mới ghi nhận": the awards pane lists the latest dates first; the overview's ticker lists what
// was entered last first, and its title says so.

import Canvas
@testable import Dashboard
import Store
import StoreFixtures
import XCTest

final class LatestOrderTests: XCTestCase {
    /// The two-year store with an award for 01/11/2022 entered after the May awards.
    static var lateEntry: StoreSnapshot {
        var s = TwoYears.twoYears
        s.awards.append(Award(id: "KT07", date: TwoYears.date("2022-11-01"), recipient: "Võ Thị Giang", kind: .student,
                              category: "Học sinh giỏi", branch: "KP01", amount: 200_000))
        return s
    }

    private func rows(_ buffer: Buffer, containing names: [String]) -> [String] {
        buffer.lines.compactMap { line in names.first { line.contains($0) } }
    }

    func testTheAwardsPaneListsTheLatestDatesFirst() {
        let data = DashboardData(Self.lateEntry)
        let year = data.awards.shownYear(nil)!
        var buffer = Buffer(size: Size(width: 70, height: 8))
        let ctx = RenderContext(theme: .builtinDefault, language: .vi, ascii: false)
        LatestAwards.draw(data.awards.tally(year), data, ctx, in: buffer.bounds, into: &buffer)
        XCTAssertEqual(buffer.line(0).trimmingCharacters(in: .whitespaces), "Mới nhất theo ngày khen thưởng")
        let names = ["Lê Văn Em", "Phạm Văn Dũng", "Võ Thị Giang", "Nguyễn Thị Hoà", "Lê Văn Cường"]
        XCTAssertEqual(rows(buffer, containing: names), names, "21/05, 20/05, 01/11, then the two of 06/10, the later record first")
        XCTAssertTrue(buffer.line(3).contains("01/11/2022"), buffer.line(3))
    }

    func testTheTickerListsWhatWasEnteredLastFirstAndSaysSo() {
        let data = DashboardData(Self.lateEntry)
        var buffer = Buffer(size: Size(width: 60, height: 6))
        let ctx = RenderContext(theme: .builtinDefault, language: .vi, ascii: false)
        TickerBox.draw(data.latest, ctx, in: buffer.bounds, into: &buffer)
        XCTAssertTrue(buffer.line(0).contains("Mới ghi nhận · vừa nhập ở trên"), buffer.line(0))
        XCTAssertTrue(buffer.line(1).contains("Võ Thị Giang"), "entered last, whatever its date: \(buffer.line(1))")
    }

    func testTheHallSeesTheAwardsAsTheyAreEntered() {
        let data = DashboardData(Self.lateEntry)
        var buffer = Buffer(size: Size(width: 70, height: 4))
        let ctx = RenderContext(theme: .builtinDefault, language: .vi, ascii: false, presenting: true)
        LatestAwards.draw(data.awards.tally(data.awards.shownYear(nil)!), data, ctx, in: buffer.bounds, into: &buffer)
        XCTAssertTrue(buffer.line(0).contains("Mới ghi nhận · vừa nhập ở trên"), buffer.line(0))
        XCTAssertTrue(buffer.line(1).contains("Võ Thị Giang"), "entered last, on top: \(buffer.line(1))")
    }
}
