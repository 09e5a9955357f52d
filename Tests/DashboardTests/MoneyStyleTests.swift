// Money keeps one style per place in every pane, at every size, in both languages: full sums in
// lists and tables, words in tiles and headlines, never "300k" or "1,5 tr".

import Canvas
@testable import Dashboard
@testable import Reports
import Store
import VietText
import XCTest

final class MoneyStyleTests: XCTestCase {
    private static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60)]

    /// An abbreviated amount: "300k", "1,5 tr", "23 tr", "2 M", "500 k".
    private static let abbreviated = try! NSRegularExpression(pattern: #"\d(k| k| tr| M| B)(?!\p{L})"#)

    private func frames(_ data: DashboardData) -> [(String, String)] {
        var out: [(String, String)] = []
        for language in [Language.vi, .en] {
            for size in Self.sizes {
                for pane in Pane.allCases {
                    for presenting in [false, true] {
                        var state = AppState(pane: pane, language: language, presentation: PresentationState(isOn: presenting))
                        for side in AwardsState.Side.allCases {
                            state.awards.side = side
                            let text = Screen.render(state: state, data: data, theme: .builtinDefault, size: size).text
                            out.append(("\(pane) \(language) \(size.width)x\(size.height) \(presenting ? "presenting " : "")\(side)", text))
                        }
                    }
                }
            }
        }
        return out
    }

    func testNoPaneAbbreviatesAnAmount() {
        for data in [AwardsFixtures.demoData, DashboardData(AwardsFixtures.twoYears)] {
            for (place, text) in frames(data) {
                let found = Self.abbreviated.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
                XCTAssertNil(found, "\(place): " + (found.map { match in
                    let at = (text as NSString).lineRange(for: match.range)
                    return (text as NSString).substring(with: at)
                } ?? ""))
            }
        }
    }

    func testListsGiveFullSumsAndHeadlinesWords() {
        let state = AppState(pane: .awards)
        let text = Screen.render(state: state, data: AwardsFixtures.demoData, theme: .builtinDefault, size: Size(width: 120, height: 40)).text
        let year = AwardsFixtures.demoData.awards.tally(AwardsFixtures.demoData.awards.shownYear(nil)!)
        XCTAssertTrue(text.contains("lượt khen thưởng · " + VietFormat.moneyShort(year.amount) + " đồng"), "the headline in words")
        let top = year.branches[0]
        XCTAssertTrue(text.contains(VietFormat.money(top.amount)), "the branch table in full: \(VietFormat.money(top.amount))")
    }

    func testMoneyTextStyles() {
        let ctx = RenderContext(theme: .builtinDefault, language: .vi, ascii: false)
        XCTAssertEqual(MoneyText.full(300_000, ctx), "300.000 đ")
        XCTAssertEqual(MoneyText.words(1_500_000, ctx), "1,5 triệu đồng")
        XCTAssertEqual(MoneyText.words(750_000, ctx), "750 nghìn đồng")
        XCTAssertEqual(MoneyText.words(500, ctx), "500 đồng")
        let en = RenderContext(theme: .builtinDefault, language: .en, ascii: false)
        XCTAssertEqual(MoneyText.full(300_000, en), "300,000 VND")
        XCTAssertEqual(MoneyText.words(1_500_000, en), "1.5 million VND")
        // What a form takes typed stays accepted.
        XCTAssertEqual(FormValues.amount("300k", required: true, .vi).value, 300_000)
        XCTAssertEqual(FormValues.amount("1,5tr", required: true, .vi).value, 1_500_000)
    }
}
