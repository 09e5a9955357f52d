// p on the awards and classes panes asks the run loop for the papers of what is on screen; the answer is named on the status line.

import Canvas
@testable import Dashboard
import Store
import XCTest

final class PrintPapersKeysTests: XCTestCase {
    func testPOnTheAwardsPaneAsksForTheYearsListAndFundBook() {
        let data = DashboardData(AwardsFixtures.twoYears)
        var s = AwardsFixtures.state()
        XCTAssertEqual(s.handle(.character("p"), data: data),
                       .printPapers([.awardList(SchoolYear(startYear: 2022)), .fundBook(SchoolYear(startYear: 2022))]))
        _ = s.handle(.character("["), data: data)
        XCTAssertEqual(s.handle(.character("p"), data: data),
                       .printPapers([.awardList(SchoolYear(startYear: 2021)), .fundBook(SchoolYear(startYear: 2021))]),
                       "the year on screen")
    }

    func testPOnTheClassesPaneAsksForTheClassListAndTheSessionsSheet() {
        let env = KeyContext(now: .reference, mayEdit: false, language: .vi)
        var state = ClassesState()
        // LH01 is selected; the attendance view shows the reference day (06/10/2022), within its dates.
        let outcome = ClassesPane.handle(.character("p"), &state, ClassesStateTests.data, env)
        XCTAssertEqual(outcome, .effect(.printPapers([.classList(classId: "LH01"),
                                                      .signin(classId: "LH01", session: ClassesStateTests.day("2022-10-06"))])))
        _ = ClassesPane.handle(.down, &state, ClassesStateTests.data, env)
        guard case .effect(.printPapers(let papers)) = ClassesPane.handle(.character("p"), &state, ClassesStateTests.data, env) else {
            return XCTFail("no papers for the second class")
        }
        XCTAssertEqual(papers.first, .classList(classId: "LH02"))
    }

    func testTheFilesWrittenAreNamedOnTheStatusLine() {
        var s = AwardsFixtures.state()
        s.update(.papersPrinted(PapersOutcome(folder: "~/hoctap-giay-to", files: ["so-quy-2022-2023.docx", "so-quy-2022-2023.xlsx"])))
        XCTAssertEqual(s.notice?.text, "Đã in 2 tệp vào ~/hoctap-giay-to: so-quy-2022-2023.docx, so-quy-2022-2023.xlsx")
        XCTAssertEqual(s.notice?.tone, .good)
        s.update(.papersPrinted(PapersOutcome(folder: "~/hoctap-giay-to", files: [], failure: "ổ đĩa đầy")))
        XCTAssertEqual(s.notice?.text, "Không in được giấy tờ: ổ đĩa đầy")
        XCTAssertEqual(s.notice?.tone, .bad)
    }
}
