// The dashboard form's enrollment and the roster's marks → screen on a store of 100k learners and 1M enrollments on disk: the write, then the reload, the panes' data and a frame, with the reload reading only the new record or, as before, the store whole.

import Canvas
import Dashboard
import Foundation
import Recfile
import Store
import StoreDemo

/// `hoctap-bench form-enroll` makes (once, cached) the demo store with 2.000 classes, 100k
/// learners, 1M enrollments and 1M attendance marks added, and runs children on copies of it that
/// write enrollments as the dashboard's session does (`StoreWrite.performed(…snapshot:…)`) and
/// bring the screen up to date after each: `inplace` with `LiveStore.reload(after:)`, which reads
/// the inserted record alone; `whole` with the store read whole and the enrollment counted in
/// place, as the session did before. Each child then marks as many learners present (Space in the
/// roster: an append) and takes those marks out again (an unmark: a rewrite, read whole after).
/// Then, under callgrind, the instructions of the step after the write (one enrollment, each way).
struct FormEnrollBench {
    let quick: Bool
    var callgrind = true

    static let learners = 100_000, classes = 2_000, enrollments = 1_000_000

    func run() -> Int32 {
        let runs = quick ? 3 : 7
        let store: String
        do { store = try Self.prepare() } catch {
            FileHandle.standardError.write(Data("form-enroll: cannot make the store: \(error)\n".utf8))
            return 1
        }
        print("the form's enrollment → screen, 100k learners, 2k classes, 1M enrollments, 1M marks; \(runs) enrollments per child, frame 200×60")
        var table = BenchTable(["reload", "write (key → written)", "reload", "data", "frame", "written → screen", "read in place"])
        for mode in ["whole", "inplace"] {
            let copy = StoreBenchmark.cache + "/form-enroll-\(mode)-\(getpid())"
            defer { try? FileManager.default.removeItem(atPath: copy) }
            try? FileManager.default.removeItem(atPath: copy)
            guard (try? FileManager.default.copyItem(atPath: store, toPath: copy)) != nil else { return 1 }
            let child = StoreBenchProcess.run([StoreBenchProcess.ownExecutable(), "form-enroll-child", copy, mode, String(runs), "marks"])
            func rows(_ kind: String) -> [ArraySlice<Substring>] {
                child.output.split(separator: "\n").filter { $0.hasPrefix(kind + " ") }.map { $0.split(separator: " ").dropFirst() }
            }
            let enrolled = rows("enroll"), marked = rows("mark"), unmarked = rows("unmark")
            guard child.status == 0, enrolled.count == runs, marked.count == runs, unmarked.count == runs else {
                print("child \(mode) failed: \(child.output)")
                return 1
            }
            for (name, rows) in [(mode == "inplace" ? "the inserted record alone" : "the store whole (before)", enrolled),
                                 (mode == "inplace" ? "then marks (Space), appended" : "then marks, the store whole", marked),
                                 ("then those marks taken out (Space)", unmarked)] {
                func median(_ column: Int) -> String { Self.ms(Self.median(rows.map { Double($0[$0.startIndex + column]) ?? .nan })) }
                let inPlace = rows.filter { $0.last == "yes" }.count
                table.add([name, median(0), median(1), median(2), median(3), median(4), "\(inPlace) of \(runs)"])
            }
        }
        print(table.render())
        print("medians; written → screen = reload + data + frame; the write is checked against the snapshot on screen (SnapshotEnrollment) and rewrites attendance.rec.")
        guard !quick, callgrind else { return 0 }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        guard let valgrind = path.split(separator: ":").map({ "\($0)/valgrind" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            print("note: no valgrind on PATH, so no instruction counts")
            return 0
        }
        print("\ninstructions under valgrind --tool=callgrind, one enrollment, the step after the write (`*measuredScreen*`):")
        for mode in ["whole", "inplace"] {
            let copy = StoreBenchmark.cache + "/form-enroll-cg-\(mode)-\(getpid())"
            defer { try? FileManager.default.removeItem(atPath: copy) }
            try? FileManager.default.removeItem(atPath: copy)
            guard (try? FileManager.default.copyItem(atPath: store, toPath: copy)) != nil else { return 1 }
            let log = NSTemporaryDirectory() + "hoctap-bench-form-enroll-\(getpid()).log"
            defer { try? FileManager.default.removeItem(atPath: log) }
            let run = StoreBenchProcess.run(["/usr/bin/env", "SWIFT_DETERMINISTIC_HASHING=1", valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null",
                                             "--log-file=" + log, "--toggle-collect=*measuredScreen*", StoreBenchProcess.ownExecutable(),
                                             "form-enroll-child", copy, mode, "1"])
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            let count = text.split(separator: "\n").compactMap { line -> Int? in
                guard let at = line.range(of: "Collected :") else { return nil }
                return Int(line[at.upperBound...].trimmingCharacters(in: .whitespaces))
            }.first
            print("  " + mode.padding(toLength: 10, withPad: " ", startingAt: 0)
                  + (run.status == 0 ? count.map { String(format: "%.1f M", Double($0) / 1e6) } ?? "no count" : "failed"))
        }
        return 0
    }

    // MARK: - The child

    /// `hoctap-bench form-enroll-child DIR whole|inplace N [marks]`: the store read as the dashboard reads
    /// it (and reloaded once, as the session's first reload), then N enrollments of the form.
    /// Prints one line per enrollment: `enroll WRITE RELOAD DATA FRAME TOTAL yes|no` (seconds;
    /// yes when the reload read the new record alone), then with `marks` N marks the same way
    /// (`mark …`) and those marks taken out (`unmark …`).
    static func childMain(_ arguments: [String]) -> Int32 {
        guard arguments.count >= 3, let count = Int(arguments[2]) else { return 2 }
        let folder = arguments[0], inPlace = arguments[1] == "inplace"
        do {
            var live = try LiveStore(directory: folder)
            _ = live.reload()
            var data = DashboardData(live.shown)
            var state = AppState(pane: .classes)
            var cache = SnapshotWriteCache()
            var sink = 0
            let before = live.shown.enrollments.count
            if !live.shown.errors.isEmpty { print("note: the store has \(live.shown.errors.count) error(s): \(live.shown.errors.prefix(3))") }
            /// One write as the session makes it, timed with the step after it; a line `KIND WRITE RELOAD DATA FRAME TOTAL yes|no`.
            func step(_ kind: String, _ write: StoreWrite) throws {
                guard let stamps = live.stamps else { throw CocoaError(.fileReadUnknown) }
                let t0 = DispatchTime.now().uptimeNanoseconds
                _ = try write.performed(in: folder, now: RecordAddition.localStamp(), lockTimeout: .zero,
                                        snapshot: live.shown, stamps: stamps, cache: &cache)
                let t1 = DispatchTime.now().uptimeNanoseconds
                let times = measuredScreen(&live, &data, &state, own: cache.lastWrite, inPlace: inPlace, sink: &sink)
                let seconds = [Double(t1 - t0)] + times.map { Double($0) }
                print(kind + " " + seconds.map { String($0 / 1e9) }.joined(separator: " ") + (live.lastWasIncremental ? " yes" : " no"))
            }
            func pair(_ i: Int, learner: Int) -> [NewRecord.Field] {
                [.init("Class", "BL\(String(format: "%04d", i % classes))"), .init("Learner", Self.learnerId(learner))]
            }
            // A learner of the generated ones not in this class yet: the last learners sit in no class.
            for i in 0..<count { try step("enroll", .add([NewRecord(set: "Enrollment", fields: pair(i, learner: learners - 1 - i))])) }
            // Then marks of learners enrolled in the generated pairs' first round (learner n in class n),
            // then the same marks taken out again, first one first (so not the file's last record).
            let marks = arguments.count > 3 && arguments[3] == "marks" ? count : 0
            let marksBefore = live.shown.attendance.count
            let day = NewRecord.Field("Date", "2022-10-20")
            for i in 0..<marks { try step("mark", .add([NewRecord(set: "Attendance", fields: pair(i, learner: i % classes) + [day])])) }
            for i in 0..<marks { try step("unmark", .remove(set: "Attendance", matching: pair(i, learner: i % classes) + [day])) }
            if live.shown.enrollments.count != before + count { print("note: \(live.shown.enrollments.count - before) enrollments came, not \(count)") }
            if live.shown.attendance.count != marksBefore { print("note: \(live.shown.attendance.count - marksBefore) marks stayed, not 0") }
            if sink == 0 { print("(checksum 0)") }
        } catch {
            print("error \(error)")
            return 1
        }
        return 0
    }

    /// The step after the write, as `DashboardSession.reloadAndDerive(after:)` takes it: the
    /// nanoseconds of the reload, the data and the frame, and their sum.
    @inline(never)
    static func measuredScreen(_ live: inout LiveStore, _ data: inout DashboardData, _ state: inout AppState, own: OwnWrite?,
                               inPlace: Bool, sink: inout Int) -> [UInt64] {
        let t0 = DispatchTime.now().uptimeNanoseconds
        let tail = SnapshotTail(live.shown)
        data.releaseSnapshot()
        let append: StoreAppend?
        if inPlace {
            _ = live.reload(after: own)
            append = live.lastAppend
        } else {
            // Before: the write's insertion unknown, so the store is read whole and the enrollment
            // counted in place as the session did (`OwnWrite.append`).
            var before = own
            before?.insertion = nil
            _ = live.reload(after: before)
            append = live.lastAppend
        }
        let t1 = DispatchTime.now().uptimeNanoseconds
        if !data.update(to: live.shown, append: append, droppedMark: live.lastDroppedMark) { print("note: built whole") }
        state.dataChanged(from: tail, to: live.shown)
        let t2 = DispatchTime.now().uptimeNanoseconds
        sink &+= Screen.render(state: state, data: data, theme: .builtinDefault, size: Size(width: 200, height: 60)).size.width
        let t3 = DispatchTime.now().uptimeNanoseconds
        return [t1 - t0, t2 - t1, t3 - t2, t3 - t0]
    }

    // MARK: - The store

    static func learnerId(_ n: Int) -> String { "BH" + String(format: "%06d", n) }

    /// The demo store with the generated classes, learners, enrollments and marks added, made once
    /// under the benchmark's cache.
    static func prepare() throws -> String {
        let fm = FileManager.default
        let directory = StoreBenchmark.cache + "/classes-100k-1M"
        if fm.fileExists(atPath: directory) { return directory }
        let temporary = directory + ".partial"
        try? fm.removeItem(atPath: temporary)
        try fm.createDirectory(atPath: StoreBenchmark.cache, withIntermediateDirectories: true)
        let start = DispatchTime.now().uptimeNanoseconds
        _ = try StoreGenerator(seed: 2022, counts: .demo, note: ["# Benchmark store: 100k learners, 1M enrollments."]).write(to: temporary)
        func append(_ text: String, to file: String) throws {
            let handle = try XCTUnwrapLike(FileHandle(forWritingAtPath: temporary + "/" + file), file)
            defer { try? handle.close() }
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(text.utf8))
        }
        var classesText = ""
        for c in 0..<classes {
            classesText += "\nId: BL\(String(format: "%04d", c))\nName: Lớp bồi dưỡng \(c)\nTopic: Chủ đề \(c % 40)\nKind: club\nStart: 2022-09-05\n"
        }
        try append(classesText, to: "classes.rec")
        let given = ["An", "Bình", "Chi", "Dũng", "Hoa", "Lan", "Minh", "Nam", "Phương", "Thảo"]
        var learnersText = ""
        learnersText.reserveCapacity(learners * 70)
        for l in 0..<learners {
            learnersText += "\nId: \(learnerId(l))\nName: Nguyễn Văn \(given[l % given.count]) \(l)\nNeighborhood: Khu phố \(1 + l % 12)\n"
        }
        try append(learnersText, to: "learners.rec")
        // Each learner but the last few hundred in ten classes; the enrollments before the Attendance part.
        var pairs: [(Int, Int)] = []
        pairs.reserveCapacity(enrollments)
        for i in 0..<enrollments { pairs.append((i % classes, (i / classes * 7919 + i) % (learners - 1_000))) }
        var enrolledText = "", marksText = ""
        enrolledText.reserveCapacity(enrollments * 36)
        marksText.reserveCapacity(enrollments * 52)
        for (c, l) in pairs {
            enrolledText += "Class: BL\(String(format: "%04d", c))\nLearner: \(learnerId(l))\n\n"
            marksText += "\nClass: BL\(String(format: "%04d", c))\nLearner: \(learnerId(l))\nDate: 2022-10-13\n"
        }
        let path = temporary + "/attendance.rec"
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let place = attendancePart(in: Array(original)) else { throw CocoaError(.fileReadCorruptFile) }
        var bytes = Array(original[..<place]) + Array(enrolledText.utf8) + Array(original[place...])
        if bytes.last != 0x0A { bytes.append(0x0A) }
        bytes += Array(marksText.utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        try fm.moveItem(atPath: temporary, toPath: directory)
        print("  made \(directory) in \(ms(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))")
        return directory
    }

    /// Where the Attendance part of `attendance.rec` starts: its `%rec:` line, or the comment lines right above it.
    static func attendancePart(in bytes: [UInt8]) -> Int? {
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == 0x0A && i + 1 < bytes.count { starts.append(i + 1) }
        let marker = Array("%rec: Attendance".utf8)
        guard var line = starts.firstIndex(where: { bytes[$0...].starts(with: marker) }) else { return nil }
        while line > 0, bytes[starts[line - 1]] == UInt8(ascii: "#") { line -= 1 }
        return starts[line]
    }

    private static func XCTUnwrapLike<T>(_ value: T?, _ what: String) throws -> T {
        guard let value else { throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: what]) }
        return value
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? .nan : sorted[sorted.count / 2]
    }

    static func ms(_ seconds: Double) -> String {
        seconds >= 1 ? String(format: "%.2f s", seconds) : String(format: "%.1f ms", seconds * 1000)
    }
}
