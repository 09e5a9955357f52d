// Two snapshots compared set by set, and problem by problem, for the tests that read a store two ways.

import Store
import XCTest

/// Every record of every set and every problem of `a` and `b` are equal; a difference names the
/// set, or the first problem that differs.
func assertSameSnapshot(_ a: StoreSnapshot, _ b: StoreSnapshot, _ note: String, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(a.campaigns, b.campaigns, note, file: file, line: line)
    XCTAssertEqual(a.targets, b.targets, note, file: file, line: line)
    XCTAssertEqual(a.indicators, b.indicators, note, file: file, line: line)
    XCTAssertEqual(a.agenda, b.agenda, note, file: file, line: line)
    XCTAssertEqual(a.agendaLog, b.agendaLog, note, file: file, line: line)
    XCTAssertEqual(a.classes, b.classes, note, file: file, line: line)
    XCTAssertEqual(a.learners, b.learners, note, file: file, line: line)
    XCTAssertEqual(a.enrollments, b.enrollments, note, file: file, line: line)
    XCTAssertEqual(a.attendance, b.attendance, note, file: file, line: line)
    XCTAssertEqual(a.branches, b.branches, note, file: file, line: line)
    XCTAssertEqual(a.clans, b.clans, note, file: file, line: line)
    XCTAssertEqual(a.awards, b.awards, note, file: file, line: line)
    XCTAssertEqual(a.donations, b.donations, note, file: file, line: line)
    XCTAssertEqual(a.titles, b.titles, note, file: file, line: line)
    XCTAssertEqual(a.criteriaSets, b.criteriaSets, note, file: file, line: line)
    XCTAssertEqual(a.communities, b.communities, note, file: file, line: line)
    XCTAssertEqual(a.units, b.units, note, file: file, line: line)
    XCTAssertEqual(a.partyCells, b.partyCells, note, file: file, line: line)
    XCTAssertEqual(a.families, b.families, note, file: file, line: line)
    XCTAssertEqual(a.registrations, b.registrations, note, file: file, line: line)
    XCTAssertEqual(a.assessments, b.assessments, note, file: file, line: line)
    XCTAssertEqual(a.problems.count, b.problems.count, note, file: file, line: line)
    for (x, y) in zip(a.problems, b.problems) where x != y {
        XCTFail("\(note): \(x) ≠ \(y)", file: file, line: line)
        break
    }
}
