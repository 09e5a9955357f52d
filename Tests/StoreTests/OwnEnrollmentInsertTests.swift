// The reload after the dashboard's own enrollment reads only the inserted record and moves what follows it: the snapshot is a fresh load's, and appends after it are still read as appends.

import Foundation
import XCTest
@testable import Store
@testable import Recfile
import StoreFixtures

final class OwnEnrollmentInsertTests: XCTestCase {
    private let now = "2022-10-20 09:00"
    private let learners = 12, classes = 4

    // MARK: - Fixtures

    /// Twelve learners, four classes, three enrollments, then an Attendance part with a mark, a
    /// mark with an unknown field (a warning after the insertion), one with a bad date (a decoder's
    /// error) and one with a line that is no field (the reader's error).
    private func folder() throws -> String {
        var records = StoreFixture.records
        records["learners.rec"] = (1...learners).map { "Learner|Id: HV\($0)\nName: Người học \($0)\nNeighborhood: Khu phố \(1 + $0 % 3)\n" }.joined()
        records["classes.rec"] = (1...classes).map { "Class|Id: L\($0)\nName: Lớp \($0)\nTopic: Chủ đề \($0)\nKind: club\nStart: 2022-09-05\n" }.joined()
        records["attendance.rec"] = "Enrollment|Class: L1\nLearner: HV1\nEnrollment|Class: L2\nLearner: HV2\nEnrollment|Class: L1\nLearner: HV3\n"
            + "Attendance|Class: L1\nLearner: HV1\nDate: 2022-10-13\n"
            + "Attendance|Class: L2\nLearner: HV2\nDate: 2022-10-13\nRoom: 3\n"
            + "Attendance|Class: L1\nLearner: HV3\nDate: 2022-13-40\n"
            + "Attendance|Class: L2\nthis line is not a field\nLearner: HV2\nDate: 2022-10-14\n"
        return try StoreFixture.folder(self, records: records)
    }

    private func enroll(_ course: String, _ learner: String) -> StoreWrite {
        .add([NewRecord(set: "Enrollment", fields: [.init("Class", course), .init("Learner", learner)])])
    }

    private func mark(_ course: String, _ learner: String, _ day: Int) -> StoreWrite {
        .add([NewRecord(set: "Attendance", fields: [.init("Class", course), .init("Learner", learner),
                                                    .init("Date", String(format: "2022-10-%02d", day))])])
    }

    private func appendByHand(_ text: String, in folder: String) throws {
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: folder + "/attendance.rec"))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }

    /// The dashboard's own enrollment, as the session writes it and reloads after it.
    private func ownEnrollment(_ course: String, _ learner: String, _ store: inout LiveStore, _ cache: inout SnapshotWriteCache,
                               folder: String) throws {
        let stamps = try XCTUnwrap(store.stamps, "the snapshot shown was read from stamped files")
        _ = try enroll(course, learner).performed(in: folder, now: now, snapshot: store.shown, stamps: stamps, cache: &cache)
        _ = store.reload(after: cache.lastWrite)
    }

    /// The snapshot shown is the one a fresh load of the files gives, record by record (values and
    /// source lines), problem by problem (lines, words, excerpts), with the same records per file.
    private func assertFresh(_ store: LiveStore, _ note: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let fresh = try StoreLoader.load(directory: store.directory)
        assertSameSnapshot(store.shown, fresh, note, file: file, line: line)
        XCTAssertEqual(store.shown.fileRecords, fresh.fileRecords, note, file: file, line: line)
        XCTAssertEqual(store.shown.problems.map(\.excerpt), fresh.problems.map(\.excerpt), note, file: file, line: line)
    }

    // MARK: - One enrollment, then appends

    func testTheOwnEnrollmentIsReadInPlaceAndTheNextAppendFromTheRightOffset() throws {
        let folder = try folder()
        var store = try LiveStore(directory: folder)
        XCTAssertEqual(store.shown.warnings.count, 1, "the unknown field Room after the Enrollment part")
        XCTAssertEqual(store.shown.errors.count, 2, "the bad date and the line that is no field after the Enrollment part")
        // The first reload of a session reads the store whole and keeps what the reader needs, as for appends.
        XCTAssertTrue(store.reload())
        var cache = SnapshotWriteCache()
        let attendanceLines = store.shown.attendance.map(\.source.line)

        try ownEnrollment("L3", "HV4", &store, &cache, folder: folder)
        XCTAssertNotNil(cache.lastWrite?.insertion, "the write says where it put the enrollment")
        XCTAssertTrue(store.lastWasIncremental, "the inserted record read alone")
        XCTAssertEqual(store.lastAppend?.enrollments.count, 1)
        XCTAssertEqual(store.shown.enrollments.last?.learnerId, "HV4")
        XCTAssertEqual(store.shown.attendance.map(\.source.line), attendanceLines.map { $0 + 3 }, "moved by the record and its blank line")
        try assertFresh(store, "after the own enrollment")

        // Another program marks the new learner present: an append at the end, read from the moved offset.
        _ = try mark("L3", "HV4", 14).performed(in: folder, now: now)
        XCTAssertTrue(store.reload())
        XCTAssertTrue(store.lastWasIncremental, "the external append read as an append")
        XCTAssertEqual(store.lastAppend?.attendance.count, 1)
        try assertFresh(store, "after the external append")

        // A mark typed by hand with its date twice: the warning names the line of the first date.
        try appendByHand("\nClass: L1\nLearner: HV1\nDate: 2022-10-14\nDate: 2022-10-15\n", in: folder)
        XCTAssertTrue(store.reload())
        XCTAssertTrue(store.lastWasIncremental)
        XCTAssertTrue(store.shown.warnings.contains { $0.kind == .repeatedField }, "\(store.shown.warnings)")
        try assertFresh(store, "after a date typed twice")

        // An own enrollment now moves a problem whose words name a line: the store is read whole.
        try ownEnrollment("L4", "HV5", &store, &cache, folder: folder)
        XCTAssertFalse(store.lastWasIncremental, "a problem after the insertion names a line: read whole")
        XCTAssertNil(store.lastAppend, "the warning's words changed with the line they name: the panes build whole")
        try assertFresh(store, "after the second own enrollment")
        try ownEnrollment("L4", "HV6", &store, &cache, folder: folder)
        XCTAssertFalse(store.lastWasIncremental, "the warning naming a line is still after the Enrollment part")
        try assertFresh(store, "after the third own enrollment")
        _ = try mark("L4", "HV6", 15).performed(in: folder, now: now)
        XCTAssertTrue(store.reload())
        XCTAssertTrue(store.lastWasIncremental)
        try assertFresh(store, "after the last append")
    }

    func testAnotherWriteBetweenIsReadWhole() throws {
        let folder = try folder()
        var store = try LiveStore(directory: folder)
        _ = store.reload()
        var cache = SnapshotWriteCache()
        let stamps = try XCTUnwrap(store.stamps)
        _ = try enroll("L2", "HV7").performed(in: folder, now: now, snapshot: store.shown, stamps: stamps, cache: &cache)
        _ = try mark("L2", "HV7", 14).performed(in: folder, now: now)
        _ = store.reload(after: cache.lastWrite)
        XCTAssertFalse(store.lastWasIncremental, "the files are not as the write left them")
        XCTAssertNil(store.lastAppend)
        try assertFresh(store, "an append after the own write")
    }

    // MARK: - Seeded mixes

    /// Own enrollments, other programs' marks and enrollments, and marks typed by hand (some with
    /// an unknown field or a field twice) in a seeded random order; after each, the snapshot shown
    /// is a fresh load's.
    func testSeededMixesOfOwnEnrollmentsAndAppendsGiveAFreshLoad() throws {
        var inPlace = 0, own = 0, appendsRead = 0
        for seed in [UInt64(1), 18, 2022] {
            var rng = SeededGenerator(seed: seed)
            let folder = try folder()
            var store = try LiveStore(directory: folder)
            _ = store.reload()
            var cache = SnapshotWriteCache()
            var enrolled = Set(store.shown.enrollments.map { "\($0.classId)/\($0.learnerId)" })
            for step in 0..<30 {
                let course = "L\(Int.random(in: 1...classes, using: &rng))", learner = "HV\(Int.random(in: 1...learners, using: &rng))"
                let day = Int.random(in: 6...19, using: &rng)
                let note = "seed \(seed) step \(step)"
                switch Int.random(in: 0..<10, using: &rng) {
                case 0..<4 where !enrolled.contains("\(course)/\(learner)"):
                    try ownEnrollment(course, learner, &store, &cache, folder: folder)
                    enrolled.insert("\(course)/\(learner)")
                    own += 1
                    if store.lastWasIncremental {
                        inPlace += 1
                        XCTAssertEqual(store.lastAppend?.enrollments.count, 1, note)
                    }
                case 4 where !enrolled.contains("\(course)/\(learner)"):
                    _ = try enroll(course, learner).performed(in: folder, now: now)
                    enrolled.insert("\(course)/\(learner)")
                    _ = store.reload()
                case 5, 6:
                    guard let pair = enrolled.sorted().randomElement(using: &rng) else { continue }
                    let parts = pair.split(separator: "/").map(String.init)
                    do { _ = try mark(parts[0], parts[1], day).performed(in: folder, now: now) } catch is RecordAdditionError { continue }
                    _ = store.reload()
                    if store.lastWasIncremental { appendsRead += 1 }
                default:
                    // Typed by hand: a plain mark, one with an unknown field, or (rarely) one with its
                    // date twice, whose warning names a line and sends the next own enrollments to a
                    // whole read. Errors are left out: a store with more errors keeps its last good data.
                    let extra = Int.random(in: 0..<25, using: &rng) == 0 ? "Date: 2022-10-19\n"
                        : ["", "Room: \(day)\n", "", "Note: x\n"].randomElement(using: &rng)!
                    guard let pair = enrolled.sorted().randomElement(using: &rng) else { continue }
                    let parts = pair.split(separator: "/").map(String.init)
                    try appendByHand("\nClass: \(parts[0])\nLearner: \(parts[1])\nDate: \(String(format: "2022-10-%02d", day))\n\(extra)", in: folder)
                    _ = store.reload()
                    if store.lastWasIncremental { appendsRead += 1 }
                    XCTAssertNotNil(store.lastAppend, note)
                }
                try assertFresh(store, note)
            }
        }
        XCTAssertGreaterThan(own, 20, "the mixes hold own enrollments")
        XCTAssertGreaterThan(inPlace, own / 2, "many own enrollments are read in place (\(inPlace) of \(own))")
        XCTAssertLessThan(inPlace, own, "some fall back to a whole read after a problem that names a line")
        print("own enrollments \(own), read in place \(inPlace); appends read as appends \(appendsRead)")
        XCTAssertGreaterThan(appendsRead, 20, "appends after them are read as appends")
    }
}
