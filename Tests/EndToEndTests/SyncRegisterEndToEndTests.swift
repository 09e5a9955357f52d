/// The register of papers across copies with real git: only the copy chosen at `sync --setup --register` numbers papers, another prints the number blank and says why, and two papers sharing a number (a handover before the numbers were synced) stop the sync.

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

        // The register handed over to B before A's number reached it: both give number 1 under
        // one title and date, which the merge keeps as two records (ids carry the copy's tag) and
        // the check after the pull names; nothing is pushed.
        let handover = try hoctap(["sync", "--setup", "--register", "--store", b.path], root)
        XCTAssertTrue(handover.output.contains("Bản sao BB giữ sổ đăng ký văn bản của TTHTCD")
                      && handover.output.contains("Chuyển sổ từ bản sao khác: TTHTCD (trước đây: AA)"), handover.output)
        let twin = try hoctap(report + ["--store", b.path], root)
        XCTAssertTrue(twin.output.contains("Số: 1/BC-TTHTCĐ"), twin.output)
        try hoctap(["sync", "--store", a.path], root)
        let stopped = try hoctap(["sync", "--store", b.path], root, expect: 1)
        XCTAssertTrue(stopped.output.contains("Dữ liệu có lỗi sau khi gộp nên chưa gửi đi"), stopped.output)
        XCTAssertTrue(stopped.output.contains("Number: văn bản TTHTCD-2022-001-AA mang số 1 của TTHTCD năm 2022, trùng số với văn bản "
                                              + "TTHTCD-2022-001-BB ở dòng "), stopped.output)
        XCTAssertTrue(stopped.output.contains("Cách làm tiếp: sửa các lỗi trên"), "no clash marks to resolve: \(stopped.output)")
        let office = try String(contentsOf: b.appendingPathComponent("office.rec"), encoding: .utf8)
        XCTAssertTrue(office.contains("Register: BB\n") && !office.contains("Register: AA"), office)
    }
}
