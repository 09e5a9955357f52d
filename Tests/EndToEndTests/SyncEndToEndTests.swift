/// Two copies of a store with a bare remote and real git: hoctap sync --setup, interleaved writes on each, pulls through the record-level merge driver, and a clash on one field.

import Foundation
import XCTest

final class SyncEndToEndTests: XCTestCase {
    /// Git with a home of its own (no user or system configuration) and a fixed author.
    func gitEnvironment(_ root: String) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = root
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["GIT_AUTHOR_NAME"] = "Văn thư"
        environment["GIT_AUTHOR_EMAIL"] = "vanthu@example.org"
        environment["GIT_COMMITTER_NAME"] = "Văn thư"
        environment["GIT_COMMITTER_EMAIL"] = "vanthu@example.org"
        environment.removeValue(forKey: "HOCTAP_STORE")
        return environment
    }

    @discardableResult
    func git(_ arguments: [String], in folder: URL, _ root: String, expect status: Int32? = 0,
                     file: StaticString = #filePath, line: UInt = #line) throws -> ProgramRun {
        let run = try ProgramRun.run("/usr/bin/env", ["git"] + arguments, in: folder, environment: gitEnvironment(root), file: file, line: line)
        if let status { XCTAssertEqual(run.status, status, "git \(arguments.joined(separator: " ")):\n\(run.output)", file: file, line: line) }
        return run
    }

    @discardableResult
    func hoctap(_ arguments: [String], _ root: String, expect status: Int32? = 0,
                        file: StaticString = #filePath, line: UInt = #line) throws -> ProgramRun {
        let run = try ProgramRun.hoctap(arguments, environment: gitEnvironment(root), file: file, line: line)
        if let status { XCTAssertEqual(run.status, status, "hoctap \(arguments.prefix(3).joined(separator: " ")):\n\(run.output)", file: file, line: line) }
        return run
    }

    /// The award records of a store, by Id, each as its whole text.
    func awards(_ store: URL) throws -> [String: String] {
        let text = try String(contentsOf: store.appendingPathComponent("awards.rec"), encoding: .utf8)
        var found: [String: String] = [:]
        for paragraph in text.components(separatedBy: "\n\n") {
            let lines = paragraph.split(separator: "\n").filter { !$0.hasPrefix("#") }
            guard let id = lines.first(where: { $0.hasPrefix("Id: ") }) else { continue }
            XCTAssertNil(found[String(id.dropFirst(4))], "two records \(id)")
            found[String(id.dropFirst(4))] = lines.joined(separator: "\n")
        }
        return found
    }

    private func award(_ id: String, _ who: String, _ amount: Int) -> [String] {
        ["--Id", id, "--Recipient", who, "--Kind", "student", "--Category", "Học sinh giỏi", "--Branch", "KP01",
         "--Date", "2022-10-06", "--Amount", String(amount)]
    }

    /// A remote, copy A (the demo, committed and pushed) and copy B (a clone), both set up.
    private func twoCopies(_ prefix: String) throws -> (root: String, a: URL, b: URL) {
        let root = try makeTemporaryFolder(prefix: prefix)
        let top = URL(fileURLWithPath: root)
        let a = top.appendingPathComponent("A"), b = top.appendingPathComponent("B")
        try FileManager.default.moveItem(at: try demoStoreCopy(prefix: prefix + "-demo"), to: a)
        try git(["init", "-q", "--bare", "-b", "main", "remote.git"], in: top, root)

        let notGit = try hoctap(["sync", "--setup", "--store", a.path], root, expect: 1)
        XCTAssertTrue(notGit.output.contains("chưa nằm trong kho git") && notGit.output.contains("git init"), notGit.output)

        try git(["init", "-q", "-b", "main"], in: a, root)
        let setup = try hoctap(["sync", "--setup", "--store", a.path], root)
        XCTAssertTrue(setup.output.contains("Đã cài bộ gộp hoctap"), setup.output)
        let again = try hoctap(["sync", "--setup", "--store", a.path], root)
        XCTAssertTrue(again.output.contains("không thay đổi gì"), again.output)
        let attributes = try String(contentsOf: a.appendingPathComponent(".gitattributes"), encoding: .utf8)
        XCTAssertEqual(attributes, "*.rec merge=hoctap\n")
        let ignored = try String(contentsOf: a.appendingPathComponent(".gitignore"), encoding: .utf8)
        for name in [".hoctap.lock", ".hoctap-undo", ".hoctap.waiting/", ".hoctap-files"] {
            XCTAssertTrue(ignored.split(separator: "\n").contains(Substring(name)), "\(name) not in .gitignore:\n\(ignored)")
        }
        let driver = try git(["config", "--get", "merge.hoctap.driver"], in: a, root).output
        XCTAssertTrue(driver.hasPrefix("'/") && driver.hasSuffix("hoctap' merge-driver %O %A %B %P\n"), driver)

        try git(["add", "-A"], in: a, root)
        try git(["commit", "-q", "-m", "Dữ liệu ban đầu"], in: a, root)
        try git(["remote", "add", "origin", "../remote.git"], in: a, root)
        try git(["push", "-q", "-u", "origin", "main"], in: a, root)
        try git(["clone", "-q", "remote.git", "B"], in: top, root)
        try hoctap(["sync", "--setup", "--store", b.path], root)
        return (root, a, b)
    }

    private func commit(_ store: URL, _ message: String, _ root: String) throws {
        try git(["add", "-A"], in: store, root)
        try git(["commit", "-q", "-m", message], in: store, root)
        let status = try git(["status", "--porcelain", "--ignored"], in: store, root).output
        XCTAssertTrue(status.contains("!! .hoctap.lock") || status.contains("!! .hoctap-undo"), "local files not ignored:\n\(status)")
    }

    func testTwoCopiesAddEditAndRemoveAndEndWithTheSameRecords() throws {
        let (root, a, b) = try twoCopies("hoctap-sync")
        let base = try awards(a)
        let baseAttendance = try String(contentsOf: a.appendingPathComponent("attendance.rec"), encoding: .utf8)

        // A and B write at the same time, each at the end of the same files.
        try hoctap(["add", "award", "--store", a.path] + award("KT9001", "Lê Văn Một", 100000), root)
        try hoctap(["edit", "award", "KT0001", "--store", a.path, "--Amount", "250000"], root)
        try hoctap(["remove", "award", "KT0002", "--store", a.path, "--yes"], root)
        try hoctap(["add", "enrollment", "--store", a.path, "--Class", "LH01", "--Learner", "HV0001"], root)
        try commit(a, "A: 1 khen thưởng, 1 ghi danh", root)
        try git(["push", "-q"], in: a, root)

        try hoctap(["add", "award", "--store", b.path] + award("KT9002", "Trần Thị Hai", 200000), root)
        try hoctap(["edit", "award", "KT0003", "--store", b.path, "--Amount", "350000"], root)
        try hoctap(["remove", "award", "KT0004", "--store", b.path, "--yes"], root)
        try hoctap(["add", "enrollment", "--store", b.path, "--Class", "LH01", "--Learner", "HV0002"], root)
        try commit(b, "B: 1 khen thưởng, 1 ghi danh", root)
        // Both appended at the end of awards.rec: a line merge would clash here, the driver does not.
        try git(["pull", "-q", "--no-rebase", "--no-edit"], in: b, root)
        try git(["push", "-q"], in: b, root)

        // A wrote again before pulling; then B edits A's record.
        try hoctap(["add", "award", "--store", a.path] + award("KT9003", "Phạm Văn Ba", 300000), root)
        try commit(a, "A: 1 khen thưởng", root)
        try git(["pull", "-q", "--no-rebase", "--no-edit"], in: a, root)
        try git(["push", "-q"], in: a, root)
        try git(["pull", "-q", "--no-rebase", "--no-edit"], in: b, root)
        try hoctap(["edit", "award", "KT9001", "--store", b.path, "--Amount", "123000"], root)
        try commit(b, "B: sửa 1 khen thưởng", root)
        try git(["push", "-q"], in: b, root)
        try git(["pull", "-q", "--no-rebase", "--no-edit"], in: a, root)

        for name in ["awards.rec", "attendance.rec"] {
            XCTAssertEqual(try Data(contentsOf: a.appendingPathComponent(name)), try Data(contentsOf: b.appendingPathComponent(name)), name)
        }
        var expected = base
        expected["KT0002"] = nil
        expected["KT0004"] = nil
        func amount(_ record: String?, _ value: Int) -> String? {
            record?.split(separator: "\n").map { $0.hasPrefix("Amount: ") ? "Amount: \(value)" : String($0) }.joined(separator: "\n")
        }
        expected["KT0001"] = amount(base["KT0001"], 250000)
        expected["KT0003"] = amount(base["KT0003"], 350000)
        let merged = try awards(a)
        for (id, who, value) in [("KT9001", "Lê Văn Một", 123000), ("KT9002", "Trần Thị Hai", 200000), ("KT9003", "Phạm Văn Ba", 300000)] {
            XCTAssertTrue(merged[id]?.contains("Recipient: \(who)") == true, "\(id): \(merged[id] ?? "missing")")
            XCTAssertTrue(merged[id]?.split(separator: "\n").contains("Amount: \(value)") == true, "\(id): \(merged[id] ?? "missing")")
            expected[id] = merged[id]
        }
        XCTAssertEqual(merged.count, expected.count)
        for (id, record) in expected { XCTAssertEqual(merged[id], record, id) }

        let attendance = try String(contentsOf: a.appendingPathComponent("attendance.rec"), encoding: .utf8)
        for learner in ["HV0001", "HV0002"] {
            XCTAssertEqual(attendance.components(separatedBy: "Class: LH01\nLearner: \(learner)\n").count - 1, 1, learner)
        }
        XCTAssertEqual(attendance.components(separatedBy: "\nClass: ").count, baseAttendance.components(separatedBy: "\nClass: ").count + 2)
        for store in [a, b] {
            let check = try hoctap(["check", "--store", store.path], root)
            XCTAssertTrue(check.output.contains("không có vấn đề nào"), check.output)
        }
    }

    func testTheSameFieldChangedOnBothCopiesIsNamedAndNothingIsLost() throws {
        let (root, a, b) = try twoCopies("hoctap-sync-clash")
        try hoctap(["edit", "award", "KT0005", "--store", a.path, "--Amount", "111000"], root)
        try hoctap(["add", "award", "--store", a.path] + award("KT9001", "Lê Văn Một", 100000), root)
        try commit(a, "A: sửa KT0005", root)
        try git(["push", "-q"], in: a, root)
        try hoctap(["edit", "award", "KT0005", "--store", b.path, "--Amount", "222000"], root)
        try commit(b, "B: sửa KT0005", root)

        let pull = try git(["pull", "--no-rebase", "--no-edit"], in: b, root, expect: nil)
        XCTAssertNotEqual(pull.status, 0, pull.output)
        XCTAssertTrue(pull.output.contains("awards.rec: khen thưởng KT0005, trường Amount: máy này «222000», máy kia «111000» (trước khi tách: «700000»)"),
                      pull.output)
        let text = try String(contentsOf: b.appendingPathComponent("awards.rec"), encoding: .utf8)
        XCTAssertTrue(text.contains("# <<<<<<< ours\n\nId: KT0005\n") && text.contains("# =======\n\nId: KT0005\n"), text)
        XCTAssertTrue(text.contains("Amount: 111000\n") && text.contains("Amount: 222000\n"), "a version was lost")
        XCTAssertTrue(text.contains("Id: KT9001\n"), "A's other record was not merged")
        let check = try hoctap(["check", "--store", b.path], root, expect: 1)
        XCTAssertTrue(check.output.contains("awards.rec:") && check.output.contains("còn dấu xung đột"), check.output)
        // B's own commit is intact, and git knows the file is unresolved.
        XCTAssertEqual(try git(["log", "-1", "--format=%s"], in: b, root).output, "B: sửa KT0005\n")
        XCTAssertTrue(try git(["status", "--porcelain"], in: b, root).output.contains("UU awards.rec"))
    }
}
