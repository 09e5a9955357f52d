/// What sync --setup writes into git's files, the clash wording, and the marks check finds: each alone, without git.

import Foundation
import Store
import StoreFixtures
import XCTest

final class SyncSetupTests: XCTestCase {
    func testLinesAreAddedOnceAndAFileThatHasThemIsLeftAlone() {
        XCTAssertEqual(SyncSetup.adding(["*.rec merge=hoctap"], to: nil), "*.rec merge=hoctap\n")
        XCTAssertEqual(SyncSetup.adding(["*.rec merge=hoctap"], to: "*.pdf binary"), "*.pdf binary\n*.rec merge=hoctap\n")
        XCTAssertNil(SyncSetup.adding(["*.rec merge=hoctap"], to: "*.pdf binary\n*.rec merge=hoctap\n"))
        let ignore = SyncSetup.adding(SyncSetup.localFiles, to: "build/\n.hoctap-undo\n")
        XCTAssertEqual(ignore?.components(separatedBy: ".hoctap-undo").count, 2, "listed twice")
        XCTAssertTrue(ignore?.hasPrefix("build/\n.hoctap-undo\n.hoctap.lock\n") == true, ignore ?? "")
        XCTAssertNil(SyncSetup.adding(SyncSetup.localFiles, to: ignore))
    }

    func testTheDriverCommandQuotesThePathForGitsShell() {
        XCTAssertEqual(SyncSetup.driverCommand(program: "/opt/hoctap/bin/hoctap"), "'/opt/hoctap/bin/hoctap' merge-driver %O %A %B %P")
        XCTAssertEqual(SyncSetup.driverCommand(program: "/home/a b/it's/hoctap"), "'/home/a b/it'\\''s/hoctap' merge-driver %O %A %B %P")
    }

    func testClashesAreWordedWithFileRecordFieldAndBothValues() {
        let changed = RecMergeClash(kind: .bothChanged, file: "awards.rec", set: "Award", key: "KT0012", field: "Amount",
                                    base: "100000", ours: "250000", theirs: "300000")
        XCTAssertEqual(MergeClashWording.text(changed),
                       "awards.rec: khen thưởng KT0012, trường Amount: máy này «250000», máy kia «300000» (trước khi tách: «100000»)")
        let removed = RecMergeClash(kind: .removedOurs, file: "learners.rec", set: "Learner", key: "HV0001", field: "Phone",
                                    base: nil, ours: nil, theirs: "0912345678")
        XCTAssertEqual(MergeClashWording.text(removed),
                       "learners.rec: học viên HV0001, trường Phone: máy này đã xoá bản ghi, máy kia «0912345678»")
        XCTAssertEqual(MergeClashWording.text(changed, .en),
                       "awards.rec: award KT0012, field Amount: ours «250000», theirs «300000» (before: «100000»)")
        let report = MergeClashWording.report([changed, removed], file: "awards.rec")
        XCTAssertTrue(report.hasPrefix("Không gộp được awards.rec: 2 chỗ hai máy sửa khác nhau.\n  awards.rec: khen thưởng KT0012"), report)
    }

    func testMarksLeftInAStoreFileAreFoundWithTheirLines() throws {
        let folder = try makeTemporaryFolder(self)
        try "%rec: Award\n%key: Id\n\n# <<<<<<< ours\n\nId: KT1\n\n# =======\n\nId: KT1\n\n# >>>>>>> theirs\n"
            .write(toFile: folder + "/awards.rec", atomically: true, encoding: .utf8)
        try "# a comment with ======= inside\n".write(toFile: folder + "/funds.rec", atomically: true, encoding: .utf8)
        let lines = MergeMarkProblems.lines(in: folder)
        XCTAssertEqual(lines.map { $0.prefix(while: { $0 != " " }) }, ["awards.rec:4:", "awards.rec:8:", "awards.rec:12:"])
        XCTAssertTrue(lines[0].contains("còn dấu xung đột"), lines[0])
    }
}
