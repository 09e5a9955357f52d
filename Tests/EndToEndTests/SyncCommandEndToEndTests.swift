/// `hoctap sync` with real git: three copies with their own tags add, edit and remove, sync in several orders and end alike; --every follows another copy until Ctrl-C; a clash stops sync with the local commit kept.

import Foundation
import XCTest

extension SyncEndToEndTests {
    private func newAward(_ who: String, _ amount: Int) -> [String] {
        ["--Recipient", who, "--Kind", "student", "--Category", "Học sinh giỏi", "--Branch", "KP01",
         "--Date", "2022-10-06", "--Amount", String(amount)]
    }

    /// The id `hoctap add` printed.
    private func addedId(_ run: ProgramRun) -> String {
        run.output.split(separator: "\n").first { $0.hasPrefix("Id: ") }.map { String($0.dropFirst(4)) } ?? "?"
    }

    private func tag(_ store: URL) throws -> String {
        let text = try String(contentsOf: store.appendingPathComponent(".hoctap-copy"), encoding: .utf8)
        return text.split(separator: "\n").last { !$0.hasPrefix("#") }.map(String.init) ?? ""
    }

    private func lastMessage(_ store: URL, _ root: String) throws -> String {
        try git(["log", "-1", "--format=%s"], in: store, root).output.trimmingCharacters(in: .newlines)
    }

    /// An empty store A with a branch, synced to a bare remote; B and C cloned from it and set up.
    private func threeCopies(_ root: String) throws -> (a: URL, b: URL, c: URL) {
        let top = URL(fileURLWithPath: root)
        let a = top.appendingPathComponent("A"), b = top.appendingPathComponent("B"), c = top.appendingPathComponent("C")
        try hoctap(["init", a.path], root)
        try git(["init", "-q", "-b", "main"], in: a, root)
        let setup = try hoctap(["sync", "--setup", "--store", a.path, "--copy", "aa"], root)
        XCTAssertTrue(setup.output.contains("mã bản sao AA") && setup.output.contains("KT-AA0001"), setup.output)
        XCTAssertTrue(try String(contentsOf: a.appendingPathComponent(".gitignore"), encoding: .utf8).contains(".hoctap-copy\n"))
        try hoctap(["add", "branch", "--store", a.path, "--Id", "KP01", "--Name", "Chi hội khu phố 1", "--Kind", "neighborhood"], root)

        // No remote yet: commit only, and say so.
        let alone = try hoctap(["sync", "--store", a.path], root)
        // The store's first commit is its first data, not every set counted on one line.
        XCTAssertTrue(alone.output.contains("AA: đã commit: dữ liệu ban đầu: ") && alone.output.contains("chỉ commit"), alone.output)
        let files = try git(["ls-files"], in: a, root).output.split(separator: "\n").count
        XCTAssertEqual(try lastMessage(a, root), "AA: dữ liệu ban đầu: \(files) tệp, 27 bản ghi")
        let tracked = try git(["ls-files"], in: a, root).output
        XCTAssertTrue(tracked.contains(".gitattributes\n") && tracked.contains(".gitignore\n") && tracked.contains("branches.rec\n"), tracked)
        XCTAssertFalse(tracked.contains(".hoctap-copy") || tracked.contains(".hoctap-undo") || tracked.contains(".hoctap.lock"), tracked)

        try git(["init", "-q", "--bare", "-b", "main", "remote.git"], in: top, root)
        try git(["remote", "add", "origin", "../remote.git"], in: a, root)
        let first = try hoctap(["sync", "--store", a.path], root)
        XCTAssertTrue(first.output.contains("máy này không có gì mới") && first.output.contains("đã gửi lên"), first.output)
        for copy in ["B", "C"] { try git(["clone", "-q", "remote.git", copy], in: top, root) }
        let early = try hoctap(["sync", "--store", c.path], root, expect: 1)
        XCTAssertTrue(early.output.contains("hoctap sync --setup --store"), early.output)
        for copy in [b, c] { try hoctap(["sync", "--setup", "--store", copy.path], root) }
        let tags = try [a, b, c].map(tag)
        XCTAssertEqual(Set(tags).count, 3, "two copies share a tag: \(tags)")
        return (a, b, c)
    }

    /// A set-up copy's folder copied whole: the copy refuses to give ids under the original's tag
    /// until `sync --setup` gives it its own.
    func testAFolderCopiedWholeTakesATagOfItsOwnBeforeItWrites() throws {
        let root = try makeTemporaryFolder(prefix: "hoctap-sync-copied")
        let top = URL(fileURLWithPath: root)
        let a = top.appendingPathComponent("A"), d = top.appendingPathComponent("D")
        try hoctap(["init", a.path], root)
        try git(["init", "-q", "-b", "main"], in: a, root)
        try hoctap(["sync", "--setup", "--store", a.path, "--copy", "aa"], root)
        try FileManager.default.copyItem(at: a, to: d)
        let branch = ["--Name", "Chi hội khu phố 1", "--Kind", "neighborhood"]
        let refused = try hoctap(["add", "branch", "--store", d.path] + branch, root, expect: 2)
        XCTAssertTrue(refused.output.contains("bản chép của thư mục khác") && refused.output.contains("hoctap sync --setup --store \(d.path)"),
                      refused.output)
        let setup = try hoctap(["sync", "--setup", "--store", d.path], root)
        XCTAssertTrue(setup.output.contains("bản chép của bản sao mang mã AA"), setup.output)
        XCTAssertNotEqual(try tag(d), "AA")
        let added = try hoctap(["add", "branch", "--store", d.path] + branch, root)
        XCTAssertTrue(added.output.contains("Id: CH-\(try tag(d))01"), added.output)
        try hoctap(["add", "branch", "--store", a.path] + branch, root)
    }

    func testThreeCopiesSyncInAnyOrderAndEndWithTheSameRecords() throws {
        let root = try makeTemporaryFolder(prefix: "hoctap-sync-three")
        let (a, b, c) = try threeCopies(root)
        let tagB = try tag(b)

        // All three add at once, at the end of the same files.
        let a1 = addedId(try hoctap(["add", "award", "--store", a.path] + newAward("Lê Văn Một", 100000), root))
        let a2 = addedId(try hoctap(["add", "award", "--store", a.path] + newAward("Phạm Văn Ba", 300000), root))
        try hoctap(["add", "learner", "--store", a.path, "--Name", "Đỗ Thị Tư"], root)
        let b1 = addedId(try hoctap(["add", "award", "--store", b.path] + newAward("Trần Thị Hai", 200000), root))
        try hoctap(["add", "learner", "--store", b.path, "--Name", "Hoàng Văn Năm"], root)
        let c1 = addedId(try hoctap(["add", "award", "--store", c.path] + newAward("Vũ Thị Sáu", 600000), root))
        XCTAssertEqual([a1, a2, b1], ["KT-AA0001", "KT-AA0002", "KT-\(tagB)0001"])
        let first = try hoctap(["sync", "--store", b.path], root)
        XCTAssertTrue(first.output.contains("\(tagB): đã commit: thêm 1 học viên, 1 khen thưởng"), first.output)
        for store in [a, c] { try hoctap(["sync", "--store", store.path], root) }
        // A's round merged B's commit: the merge says so in the clerk's words, not git's.
        XCTAssertEqual(try lastMessage(a, root), "AA: gộp dữ liệu từ máy khác: thêm 1 học viên, 1 khen thưởng")

        // Then edits and removals of one another's records, synced in another order.
        try hoctap(["edit", "award", a1, "--store", c.path, "--Amount", "150000"], root)
        let c2 = addedId(try hoctap(["add", "award", "--store", c.path] + newAward("Ngô Văn Bảy", 700000), root))
        try hoctap(["remove", "award", b1, "--store", a.path, "--yes"], root)
        let b2 = addedId(try hoctap(["add", "award", "--store", b.path] + newAward("Ngô Văn Chín", 900000), root))
        try hoctap(["sync", "--store", c.path], root)
        XCTAssertEqual(try lastMessage(c, root), "\(try tag(c)): thêm 1 khen thưởng; sửa 1 khen thưởng")
        for store in [a, b, c, a] { try hoctap(["sync", "--store", store.path], root) }

        for name in ["awards.rec", "learners.rec", "branches.rec"] {
            let texts = try [a, b, c].map { try Data(contentsOf: $0.appendingPathComponent(name)) }
            XCTAssertEqual(Set(texts).count, 1, "\(name) differs between the copies")
        }
        let merged = try awards(a)
        XCTAssertEqual(Set(merged.keys), [a1, a2, c1, c2, b2])
        for (id, amount) in [(a1, 150000), (a2, 300000), (c1, 600000), (c2, 700000), (b2, 900000)] {
            XCTAssertTrue(merged[id]?.split(separator: "\n").contains("Amount: \(amount)") == true, "\(id): \(merged[id] ?? "missing")")
        }
        let learners = try String(contentsOf: a.appendingPathComponent("learners.rec"), encoding: .utf8)
        XCTAssertTrue(learners.contains("Name: Đỗ Thị Tư") && learners.contains("Name: Hoàng Văn Năm"), learners)
        for store in [a, b, c] {
            let check = try hoctap(["check", "--store", store.path], root)
            XCTAssertFalse(check.output.contains("lỗi"), check.output)
            XCTAssertEqual(try git(["status", "--porcelain"], in: store, root).output, "", "left uncommitted in \(store.lastPathComponent)")
        }

        try follow(a, by: b, root)

        // The same field changed on two copies: the second sync stops, names the clash, keeps its commit.
        try hoctap(["edit", "award", a2, "--store", a.path, "--Amount", "111000"], root)
        try hoctap(["edit", "award", a2, "--store", b.path, "--Amount", "222000"], root)
        try hoctap(["sync", "--store", a.path], root)
        let clash = try hoctap(["sync", "--store", b.path], root, expect: 1)
        XCTAssertTrue(clash.output.contains("awards.rec: khen thưởng \(a2), trường Amount: máy này «222000», máy kia «111000» (trước khi tách: «300000»)"),
                      clash.output)
        XCTAssertTrue(clash.output.contains("rồi chạy lại hoctap sync"), clash.output)
        XCTAssertEqual(try lastMessage(b, root), "\(tagB): sửa 1 khen thưởng")
        let marked = try String(contentsOf: b.appendingPathComponent("awards.rec"), encoding: .utf8)
        XCTAssertTrue(marked.contains("Amount: 111000\n") && marked.contains("Amount: 222000\n"), "a version was lost")
        let unresolved = try hoctap(["sync", "--store", b.path], root, expect: 1)
        XCTAssertTrue(unresolved.output.contains("còn dấu xung đột"), unresolved.output)

        // The clerk keeps the other machine's version, checks, and syncs again.
        let lines = marked.components(separatedBy: "\n")
        let start = try XCTUnwrap(lines.firstIndex(of: "# <<<<<<< ours")), middle = try XCTUnwrap(lines.firstIndex(of: "# =======")),
            end = try XCTUnwrap(lines.firstIndex(of: "# >>>>>>> theirs"))
        let kept = lines[..<start] + lines[(middle + 1)..<end] + lines[(end + 1)...]
        try Data(kept.joined(separator: "\n").utf8).write(to: b.appendingPathComponent("awards.rec"))
        try hoctap(["check", "--store", b.path], root)
        try hoctap(["sync", "--store", b.path], root)
        XCTAssertEqual(try lastMessage(b, root), "\(tagB): gộp dữ liệu từ máy khác (đã xử lý các chỗ khác nhau)")
        try hoctap(["sync", "--store", a.path], root)
        XCTAssertEqual(try Data(contentsOf: a.appendingPathComponent("awards.rec")), try Data(contentsOf: b.appendingPathComponent("awards.rec")))
        XCTAssertTrue(try awards(a)[a2]?.split(separator: "\n").contains("Amount: 111000") == true)
    }

    /// B runs `sync --every 1` while A adds an award and syncs: B's file gets it, and Ctrl-C ends B cleanly.
    private func follow(_ a: URL, by b: URL, _ root: String) throws {
        let log = URL(fileURLWithPath: root).appendingPathComponent("every.txt")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        let follower = Process()
        follower.executableURL = URL(fileURLWithPath: TmuxSession.hoctapBinary)
        follower.arguments = ["sync", "--store", b.path, "--every", "1"]
        follower.environment = gitEnvironment(root)
        follower.standardOutput = handle
        follower.standardError = handle
        try follower.run()
        defer { if follower.isRunning { follower.terminate() } }

        let id = addedId(try hoctap(["add", "award", "--store", a.path] + newAward("Đinh Văn Tám", 800000), root))
        try hoctap(["sync", "--store", a.path], root)
        // Waits for an event (the award in B's file), not for a time; the deadline only ends a failure.
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline, (try? awards(b)[id]) == nil { usleep(50_000) }
        XCTAssertNotNil(try awards(b)[id], "B did not follow A")
        follower.interrupt()
        follower.waitUntilExit()
        try handle.close()
        let output = String(decoding: try Data(contentsOf: log), as: UTF8.self)
        XCTAssertEqual(follower.terminationStatus, 0, output)
        XCTAssertTrue(output.contains("nhận từ máy khác: thêm 1 khen thưởng") && output.hasSuffix("Đã dừng đồng bộ.\n"), output)
    }
}
