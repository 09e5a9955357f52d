// Searching "hoa": Hoa, Hòa and Hoà before Hoàng and Hoài, in the class search, the roster, the
// enroll form's suggestions and the award form's, on a small store and on the demo.

import Canvas
@testable import Dashboard
@testable import Reports
import Store
import VietText
import XCTest

final class SearchRankingTests: XCTestCase {
    static func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    /// LH03 has only Hoàng and Hoài, LH01 everyone, LH02 is about flowers ("Cắm hoa") and has no one.
    static let snapshot: StoreSnapshot = {
        let names = ["Hoàng Văn An", "Nguyễn Thị Hoa", "Hoàng Thị Bình", "Lê Hòa", "Trần Hoài Nam", "Phạm Thị Hoà Bình", "Võ Minh An"]
        let learners = names.enumerated().map { i, name in Learner(id: "HV0\(i + 1)", name: name) }
        return StoreSnapshot(
            directory: "",
            campaign: nil,
            classes: [
                Course(id: "LH03", name: "Tin học cơ bản", topic: "Tin học", kind: .vocational,
                       start: day("2022-10-01"), end: day("2022-12-01")),
                Course(id: "LH01", name: "Kỹ năng số", topic: "Chuyển đổi số", kind: .thematic,
                       start: day("2022-10-01"), end: day("2022-12-01")),
                Course(id: "LH02", name: "Cắm hoa nghệ thuật", topic: "Nghệ thuật", kind: .club,
                       start: day("2022-10-01"), end: day("2023-05-30")),
            ],
            learners: learners,
            enrollments: learners.map { Enrollment(classId: "LH01", learnerId: $0.id) }
                + ["HV01", "HV05"].map { Enrollment(classId: "LH03", learnerId: $0) },
            attendance: []
        )
    }()

    static let data = DashboardData(snapshot)
    let env = KeyContext(now: .reference, mayEdit: true, language: .vi)

    private func names(_ learners: [Int32], _ index: ClassesIndex) -> [String] { learners.map { index.learners[Int($0)].name } }

    func testTheRosterListsWholeWordsFirstEachInNameOrder() {
        var s = ClassesState()
        for key in [Key.down, .enter, .character("/")] + typed("hoa") { _ = ClassesPane.handle(key, &s, Self.data, env) }
        let roster = ClassesSelection(s, Self.data.classes, today: Moment.reference.date).roster
        // Given names first: Bình, Hoa, Hòa; then An, Bình, Nam.
        XCTAssertEqual(names(roster, Self.data.classes),
                       ["Phạm Thị Hoà Bình", "Nguyễn Thị Hoa", "Lê Hòa", "Hoàng Văn An", "Hoàng Thị Bình", "Trần Hoài Nam"])
    }

    func testTheClassSearchListsClassesWithAWholeWordFirst() {
        var s = ClassesState()
        for key in [Key.character("/")] + typed("hoa") { _ = ClassesPane.handle(key, &s, Self.data, env) }
        let classes = ClassesSelection(s, Self.data.classes, today: Moment.reference.date).classes
        XCTAssertEqual(classes.map { Self.data.classes.courses[$0].id }, ["LH01", "LH02", "LH03"])
    }

    func testTheEnrollFormSuggestsWholeWordsFirst() {
        var s = ClassesState()
        for key in [Key.character("a")] + typed("hoa") { _ = ClassesPane.handle(key, &s, Self.data, env) }
        let suggestions = s.form?.form.field(EnrollForm.nameField)?.suggestions ?? []
        XCTAssertEqual(suggestions.count, min(6, FormView.maximumSuggestions))
        let expected = ["Phạm Thị Hoà Bình", "Nguyễn Thị Hoa", "Lê Hòa", "Hoàng Văn An", "Hoàng Thị Bình", "Trần Hoài Nam"]
        for (suggestion, name) in zip(suggestions, expected) { XCTAssertTrue(suggestion.hasPrefix(name), "\(suggestion) is \(name)") }
    }

    func testTheAwardFormSuggestsWholeWordsFirstInTheListsOrder() {
        let list = ["Giải Hoàng Sa", "Học sinh giỏi", "Hội hoạ thiếu nhi", "Hoa điểm 10", "Học bổng Hoài Đức"]
        XCTAssertEqual(FormValues.suggestions("hoa", from: list), ["Hội hoạ thiếu nhi", "Hoa điểm 10", "Giải Hoàng Sa", "Học bổng Hoài Đức"])
        XCTAssertEqual(FormValues.suggestions("hoa", from: list, limit: 2), ["Hội hoạ thiếu nhi", "Hoa điểm 10"])
        XCTAssertEqual(FormValues.suggestions("Hoa điểm 10", from: list), [], "not the typed text itself")
    }

    /// A roster of more than 2.000 learners is narrowed through the word index: same order.
    func testALongRosterRanksThroughTheWordIndex() {
        let given = ["Hoa", "Hoàng", "Hòa", "Hoài", "An"]
        let learners = (0..<2_100).map { i in Learner(id: "HV\(i)", name: "Nguyễn Văn \(given[i % given.count]) \(i)") }
        let big = StoreSnapshot(directory: "", campaign: nil,
                                classes: [Course(id: "LH01", name: "Lớp lớn", topic: "Chung", kind: .thematic,
                                                 start: Self.day("2022-10-01"), end: Self.day("2022-12-01"))],
                                learners: learners, enrollments: learners.map { Enrollment(classId: "LH01", learnerId: $0.id) },
                                attendance: [])
        let data = DashboardData(big)
        var s = ClassesState()
        for key in [Key.enter, .character("/")] + typed("hoa") { _ = ClassesPane.handle(key, &s, data, env) }
        let roster = ClassesSelection(s, data.classes, today: Moment.reference.date).roster
        XCTAssertEqual(roster.count, 1_680)
        let query = SearchQuery("hoa")
        let ranks = roster.map { query.rank(data.classes.learnerSearch[Int($0)])! }
        XCTAssertEqual(ranks, ranks.sorted(), "whole words first")
        XCTAssertEqual(ranks.filter { $0 == 0 }.count, 840)
        let order = data.classes.rolls[0].byName
        for rank in [0, 1] {
            let within = roster.filter { query.rank(data.classes.learnerSearch[Int($0)]) == rank }
            XCTAssertEqual(within, order.filter { within.contains($0) }, "the roster's order within rank \(rank)")
        }
    }

    // MARK: the demo

    func testTheDemoFindsHoaBeforeHoang() {
        let index = AwardsFixtures.demoData.classes
        let query = SearchQuery("hoa")
        let found = index.learners(matching: query, limit: 1_000)
        let ranks = found.map { query.rank(index.learnerSearch[Int($0)])! }
        XCTAssertTrue(ranks.contains(0) && ranks.contains(1), "the demo has both Hoa and Hoàng")
        XCTAssertEqual(ranks, ranks.sorted(), "no Hoàng before a Hoa")
        for rank in Set(ranks) {
            let within = zip(found, ranks).filter { $0.1 == rank }.map { index.nameRank[Int($0.0)] }
            XCTAssertEqual(within, within.sorted(), "name order within rank \(rank)")
        }
        let first = FormView.maximumSuggestions
        XCTAssertTrue(names(Array(found.prefix(first)), index).allSatisfy { query.rank(VietText.searchKey($0)) == 0 },
                      "the suggestions the enroll form shows are all Hoa, Hòa or Hoà")
    }

    /// The word index ranks every learner as `SearchQuery.rank` does, for queries of one and more words.
    func testTheWordIndexAgreesWithTheQueryOnTheDemo() {
        let index = AwardsFixtures.demoData.classes
        for typed in ["hoa", "nguyen hoa", "ng h", "thi an", "van", "h"] {
            let query = SearchQuery(typed)
            let matches = index.learners(matching: query)!
            for l in index.learners.indices {
                XCTAssertEqual(matches.rank(of: Int32(l)), query.rank(index.learnerSearch[l]), "\(typed): \(index.learners[l].name)")
            }
        }
    }
}
