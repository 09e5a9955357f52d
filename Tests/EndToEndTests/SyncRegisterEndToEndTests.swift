/// The register of papers across copies with real git: only the copy chosen at `sync --setup --register` numbers papers, another prints the number blank and says why, and two papers sharing a number stop the sync.

import Foundation
import XCTest

extension SyncEndToEndTests {
    /// A small store with the center as its one body, copy A (tag AA, keeping the register) pushed
    /// to a bare remote, and copy B (tag BB) cloned from it and set up.
    func registerCopies(_ prefix: String) throws -> (root: String, a: URL, b: URL) {
        let root = try makeTemporaryFolder(prefix: prefix)
        let top = URL(fileURLWithPath: root)
        let a = top.appendingPathComponent("A"), b = top.appendingPathComponent("B")
        try hoctap(["init", a.path], root)
        try hoctap(["add", "body", "--store", a.path, "--Id", "TTHTCD", "--Name", "TRUNG TÂM HỌC TẬP CỘNG ĐỒNG",
                    "--Kind", "center", "--Code", "TTHTCĐ", "--Place", "Phường Hòa Bình"], root)
        try git(["init", "-q", "-b", "main"], in: a, root)
        let setup = try hoctap(["sync", "--setup", "--store", a.path, "--copy", "aa", "--register"], root)
        XCTAssertTrue(setup.output.contains("Bản sao AA giữ sổ đăng ký văn bản của TTHTCD (Register: AA trong office.rec)"),
                      setup.output)
        try git(["init", "-q", "--bare", "-b", "main", "remote.git"], in: top, root)
        try git(["remote", "add", "origin", "../remote.git"], in: a, root)
        try hoctap(["sync", "--store", a.path], root)
        try git(["clone", "-q", "remote.git", "B"], in: top, root)
        try hoctap(["sync", "--setup", "--store", b.path, "--copy", "bb"], root)
        return (root, a, b)
    }

    func testOnlyTheCopyKeepingTheRegisterNumbersAndTwoPapersWithOneNumberStopTheSync() throws {
        let (root, a, b) = try registerCopies("hoctap-sync-register")
        let report = ["report", "--issue", "--date", "2022-10-10"]

        let kept = try hoctap(report + ["--store", a.path], root)
        XCTAssertTrue(kept.output.contains("Số: 1/BC-TTHTCĐ") && kept.output.contains("Đã cấp số 1/BC-TTHTCĐ trong papers.rec"),
                      kept.output)

        // B prints the paper with the number to fill in, and says whose register it is.
        let blank = try hoctap(report + ["--store", b.path], root)
        XCTAssertTrue(blank.output.contains("Số: ……/BC-TTHTCĐ"), blank.output)
        XCTAssertTrue(blank.output.contains("Chưa cấp số: sổ đăng ký văn bản của TRUNG TÂM HỌC TẬP CỘNG ĐỒNG do bản sao AA giữ "
                                            + "(Register: AA trong office.rec), bản sao này là BB nên không cấp số"), blank.output)
        let refused = try hoctap(["add", "paper", "--store", b.path, "--Body", "TTHTCD", "--Kind", "BC", "--Title", "Báo cáo"],
                                 root, expect: nil)
        XCTAssertNotEqual(refused.status, 0)
        XCTAssertTrue(refused.output.contains("do bản sao AA giữ") && refused.output.contains("chưa ghi gì"), refused.output)

        // A number written in B by hand (the clerk copied it wrong) meets A's at the merge: named, not pushed.
        let papers = b.appendingPathComponent("papers.rec")
        let typed = try String(contentsOf: papers, encoding: .utf8)
            + "\nId: TTHTCD-2022-001-BB\nBody: TTHTCD\nYear: 2022\nNumber: 1\nKind: BC\nDate: 2022-10-10\nTitle: Báo cáo ghi tay\n"
        try Data(typed.utf8).write(to: papers)
        try hoctap(["sync", "--store", a.path], root)
        let stopped = try hoctap(["sync", "--store", b.path], root, expect: 1)
        XCTAssertTrue(stopped.output.contains("Dữ liệu có lỗi sau khi gộp nên chưa gửi đi"), stopped.output)
        XCTAssertTrue(stopped.output.contains("Number: văn bản TTHTCD-2022-001 mang số 1 của TTHTCD năm 2022, trùng số với văn bản "
                                              + "TTHTCD-2022-001-BB ở dòng "), stopped.output)
        XCTAssertTrue(stopped.output.contains("Cách làm tiếp: sửa các lỗi trên"), "no clash marks to resolve: \(stopped.output)")
        XCTAssertTrue(try String(contentsOf: papers, encoding: .utf8).contains("Id: TTHTCD-2022-001\n"), "A's paper came in")
    }
}
