/// The area's text report: every table the paper has (and the overview and the awards by branch), each total the sum of the wards and the JSON's figure, aligned in display columns, in Vietnamese or English.

@testable import Exchange
import Foundation
import Reports
import Store
import StoreFixtures
import VietText
import XCTest

final class AreaTextTests: XCTestCase {
    /// Two former wards from the small fixture (the second with one more award, more learner-turns
    /// and gifts, a problem, and a name in wide characters) and one whose summary could not be read.
    private static let report: AreaReport = {
        let year = SchoolYear(text: "2022-2023")
        let first = StoreFixture.snapshot()
        let second = StoreFixture.snapshot([
            "campaign.rec": [("Ward: Phường Hòa Bình", "Ward: Phường Quảng Châu (cũ)")],
            "learners.rec": [("Name: Trần Văn An", "Name: Trần Văn An\nBirthDate: 17/05/1991")],
            "awards.rec": [("Id: A1\nDate: 2022-08-31", "Id: A9\nDate: 2022-10-06\nRecipient: Lê Thị Hoa\nKind: student\n"
                + "Category: Học sinh xuất sắc\nBranch: TR01\nAmount: 700000\n\nId: A1\nDate: 2022-08-31")],
        ])
        var more = AreaReport.figures(second, schoolYear: year)
        more.learnerTurns += 40
        more.fund.donations += 2_500_000
        return AreaReport(area: Area(name: "Phường Sầm Sơn", level: .ward, members: []), schoolYear: year, members: [
            AreaMemberReport(name: "Phường Hòa Bình (cũ)".decomposedStringWithCanonicalMapping, source: .store("hoa-binh"),
                             figures: AreaReport.figures(first, schoolYear: year)),
            AreaMemberReport(name: "Phường 廣州 (cũ)", source: .store("quang-chau"), figures: more),
            AreaMemberReport(name: "Phường Quảng Tiến (cũ)", source: .summary("quang-tien.json"),
                             failure: "Phường Quảng Tiến (cũ): không đọc được số liệu công bố quang-tien.json (không mở được tệp)"),
        ])
    }()

    /// A section of the text: its heading, then its lines without the two spaces of indent.
    private func sections(_ text: String) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for block in text.components(separatedBy: "\n\n").dropFirst() {
            let lines = block.split(separator: "\n").map(String.init)
            guard let heading = lines.first else { continue }
            out[heading] = lines.dropFirst().map { String($0.dropFirst(2)) }
        }
        return out
    }

    /// The section headed `heading`, or `heading (công nhận/tổng số)`.
    private func section(_ sections: [String: [String]], _ heading: String) -> [String]? {
        sections.first { $0.key == heading || $0.key.hasPrefix(heading + " (") }?.value
    }

    /// The numbers of a row after its name: `1.200.000 đ` (`1,200,000 VND`) is one, `2/3` two, `—` none.
    private func numbers(_ line: String) -> [Int] {
        line.components(separatedBy: "  ").dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .flatMap { $0.components(separatedBy: "/") }
            .compactMap { Int($0.replacingOccurrences(of: " đ", with: "").replacingOccurrences(of: " VND", with: "")
                .replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: "")) }
    }

    private func value(_ json: Any?, _ path: String) -> Int? {
        var v = json
        for key in path.split(separator: ".") { v = (v as? [String: Any])?[String(key)] }
        return v as? Int
    }

    func testEachTotalIsTheSumOfTheWardsAndTheJSONsFigureAndEveryPaperTableIsThere() throws {
        let json = try JSONSerialization.jsonObject(with: Data(AreaJSON.text(Self.report).utf8)) as? [String: Any]
        let total = json?["total"]
        // The JSON's figure behind each column of each table, in its order (a share is two numbers).
        let titles = AssessedTitle.allCases.flatMap { ["titles.\($0.rawValue).recognized", "titles.\($0.rawValue).total"] }
        let paths: [AreaSubject: [String]] = [
            .overview: ["learnerTurns", "awards.count", "awards.amount", "fund.donations", "clans.studious", "clans.total"],
            .classes: ["learnerTurns", "counts.Class", "counts.Learner", "attendance"],
            .awards: ["awards.count", "awards.amount"] + RecipientKind.allCases.map { "awards.byKind.\($0.rawValue)" },
            .titles: titles,
            .fund: ["fund.opening", "fund.donations", "counts.Donation", "fund.awarded", "fund.expenses", "fund.closing"],
            .problems: ["problems.errors", "problems.warnings"],
        ]
        for language in Language.allCases {
            let tables = AreaFigureTables(Self.report, language: language)
            let text = AreaText.text(tables)
            let found = sections(text)
            for subject in AreaSubject.allCases {
                let heading = tables[subject].heading
                let lines = try XCTUnwrap(section(found, heading), "\(language): \(heading) in\n\(text)")
                let names = lines.map { $0.components(separatedBy: "  ").first ?? "" }
                XCTAssertEqual(Array(names.dropFirst()), Self.report.members.map(\.name) + [AreaWording.total(language)], heading)
                XCTAssertTrue(lines[3].hasSuffix("  " + AreaWording.unreadable(language)), lines[3])
                let wards = [numbers(lines[1]), numbers(lines[2])], sum = numbers(lines[4])
                XCTAssertEqual(sum, zip(wards[0], wards[1]).map { $0 + $1 }, "\(language) \(heading): the total is the sum of the wards")
                XCTAssertEqual(sum, try XCTUnwrap(paths[subject]).map { value(total, $0) }, "\(language) \(heading): the JSON's total")
                // Display columns: every row of the table ends in the same column, wide characters and NFD included.
                XCTAssertEqual(Set(lines.enumerated().filter { $0.offset != 3 }.map { TextWidth.of($0.element) }).count, 1,
                               lines.joined(separator: "\n"))
            }
            XCTAssertGreaterThan(value(total, "learnerTurns") ?? 0, 40, "the sums are of figures, not of zeros")
            let failed = try XCTUnwrap(Self.report.members[2].failure)
            XCTAssertTrue(text.contains("⚠ " + failed), text)
        }
        // Every table the paper has is in the text, with the same rows.
        let text = AreaText.text(AreaFigureTables(Self.report))
        let found = sections(text)
        for case .table(let table) in Self.report.paper(issued: CalendarDate(year: 2022, month: 10, day: 10)!).body {
            let lines = try XCTUnwrap(section(found, table.caption ?? "—"), "\(table.caption ?? "") in\n\(text)")
            XCTAssertEqual(lines.count, table.rows.count + 3, "header, the wards read, the unreadable one, the total: \(lines)")
        }
    }

    func testTheAwardsByBranchAddUpToEachWardAndTheWardsToTheTotal() throws {
        for language in Language.allCases {
            let tables = AreaFigureTables(Self.report, language: language)
            let lines = try XCTUnwrap(sections(AreaText.text(tables))[tables.awardsByBranch.heading])
            var wards: [Int] = [], branches: [Int] = [], perWard: [Int] = []
            for line in lines.dropFirst().dropLast() where !line.hasSuffix(AreaWording.unreadable(language)) {
                if line.hasPrefix("  ") {
                    branches[branches.count - 1] += numbers(line)[0]
                } else {
                    wards.append(numbers(line)[0])
                    perWard.append(numbers(line)[0])
                    branches.append(0)
                }
            }
            XCTAssertEqual(branches, perWard, "\(language): a ward's branches add up to its awards")
            XCTAssertEqual(numbers(try XCTUnwrap(lines.last))[0], wards.reduce(0, +))
            XCTAssertEqual(wards, [2, 3])
        }
    }

    func testInEnglishTheWordsAndNumbersAreTheSingleStoresEnglishOnes() {
        let text = AreaText.text(AreaFigureTables(Self.report, language: .en))
        for words in ["COMBINED REPORT — PHƯỜNG SẦM SƠN", "School year 2022-2023", "Classes and learner-turns", "Study-promotion fund",
                      "Learning titles (recognised/total)", "Learner-turns", "Opening balance", "Students", "Total", " VND"] {
            XCTAssertTrue(text.contains(words), "\(words) in\n\(text)")
        }
        for vietnamese in ["Tổng cộng", "Lượt người học", " đ\n", "Năm học"] {
            XCTAssertFalse(text.contains(vietnamese), "\(vietnamese) in\n\(text)")
        }
    }
}
