// Append → screen: one record appended, the panes' data updated in place and a frame drawn, beside
// the data built whole in the same run; at 100k learners and 1M enrollments, and at 1M awards.

import Canvas
import Dashboard
import Foundation
import Recfile
import Reports
import Store

struct AppendBench {
    let quick: Bool
    /// Whether to count instructions under callgrind after the times (minutes on a busy machine).
    var callgrind = true

    /// The budget of append → screen.
    static let budget = 0.050

    /// One kind of record appended in memory to the classes store.
    enum Kind: String, CaseIterable {
        case attendance = "an attendance mark"
        case award = "an award"
        case enrollment = "an enrollment"
    }

    func run() -> Int32 {
        let runs = quick ? 3 : 7
        print("append → screen, release build, medians of \(runs); frame 200×60; budget \(Self.ms(Self.budget))")
        var table = BenchTable(["store", "appended", "in place: data", "frame", "total", "built whole: data + frame", "budget"])
        classes(runs: runs, into: &table)
        guard awards(runs: runs, into: &table) else { return 1 }
        print(table.render())
        print("in place = `DashboardData.update(to:append:)` after the reload; built whole = `DashboardData(snapshot)`, as before.")
        print("The classes store is built in memory (its append stands in for the reload: an append's reload is measured")
        print("by `hoctap-bench store`); the awards store is the generated one, appended with RecWriter and read back by LiveStore.")
        guard !quick, callgrind, let counts = AppendInstructions.measure() else { return 0 }
        print("\ninstructions under valgrind --tool=callgrind (classes store, seed 2022; counted inside the function alone):")
        for (label, count) in counts {
            print("  " + label.padding(toLength: 34, withPad: " ", startingAt: 0) + (count.map { String(format: "%.1f M", Double($0) / 1e6) } ?? "failed"))
        }
        return 0
    }

    // MARK: - 100k learners, 1M enrollments, 1M attendance marks (in memory)

    private func classes(runs: Int, into table: inout BenchTable) {
        let t0 = DispatchTime.now().uptimeNanoseconds
        var snapshot = ClassesBench.snapshot(learners: 100_000, classes: 2_000, enrollments: 1_000_000)
        snapshot.awards = [Award(id: "KT0", date: CalendarDate(year: 2022, month: 10, day: 6)!, recipient: snapshot.learners[0].name,
                                 kind: .student, category: "Học sinh giỏi", branch: "KP01", amount: 200_000)]
        var data = DashboardData(snapshot)
        print("classes store: 100k learners, 2k classes, 1M enrollments, 1M attendance marks, made in \(ClassesBench.ms(since: t0))")
        var state = AppState(pane: .classes, canWrite: true)
        state.handle(.enter, data: data)
        let size = Size(width: 200, height: 60)
        var sink = 0
        for kind in Kind.allCases {
            var derive: [Double] = [], frame: [Double] = [], whole: [Double] = []
            for run in 0..<runs {
                let tail = SnapshotTail(snapshot)
                data.releaseSnapshot()
                let end = SnapshotEnd(snapshot)
                Self.append(kind, run: run, to: &snapshot)
                guard let append = end.append(in: snapshot) else { fatalError("the append was not seen as one") }
                let start = DispatchTime.now().uptimeNanoseconds
                if !data.update(to: snapshot, append: append) { print("note: \(kind.rawValue) \(run) was built whole") }
                state.dataChanged(from: tail, to: snapshot)
                let derived = DispatchTime.now().uptimeNanoseconds
                sink &+= Screen.render(state: state, data: data, theme: .builtinDefault, size: size).size.width
                let drawn = DispatchTime.now().uptimeNanoseconds
                derive.append(Double(derived - start) / 1e9)
                frame.append(Double(drawn - derived) / 1e9)
                // The same snapshot built whole, as every reload did before.
                let w0 = DispatchTime.now().uptimeNanoseconds
                let built = DashboardData(snapshot)
                sink &+= Screen.render(state: state, data: built, theme: .builtinDefault, size: size).size.width
                whole.append(Double(DispatchTime.now().uptimeNanoseconds - w0) / 1e9)
            }
            table.add(row("100k learners, 1M enrollments", kind.rawValue, derive, frame, whole))
        }
        if sink == 0 { print("(checksum 0)") }
    }

    /// Appends one record of `kind` to the classes store in place.
    static func append(_ kind: Kind, run: Int, to snapshot: inout StoreSnapshot) {
        switch kind {
        case .attendance:
            let e = snapshot.enrollments[run * 7919 % snapshot.enrollments.count]
            snapshot.attendance.append(Attendance(classId: e.classId, learnerId: e.learnerId,
                                                  date: CalendarDate(year: 2023, month: 3, day: 1 + run)!))
        case .award:
            snapshot.awards.append(Award(id: "KT\(snapshot.awards.count)", date: CalendarDate(year: 2022, month: 11, day: 1 + run)!,
                                         recipient: snapshot.learners[run * 31].name, kind: .student, category: "Học sinh giỏi",
                                         branch: "KP01", amount: 200_000))
        case .enrollment:
            snapshot.enrollments.append(Enrollment(classId: "LH\(run * 13)", learnerId: "HV\(99_000 + run)"))
        }
    }

    // MARK: - 1M awards, on disk through LiveStore

    private func awards(runs: Int, into table: inout BenchTable) -> Bool {
        let count = quick ? 100_000 : 1_000_000
        let fm = FileManager.default
        let copy = StoreBenchmark.cache + "/append-screen-\(count)-\(getpid())"
        defer { try? fm.removeItem(atPath: copy) }
        do {
            let store = try BenchStore.prepare(awards: count, cache: StoreBenchmark.cache)
            try? fm.removeItem(atPath: copy)
            try fm.copyItem(atPath: store.directory, toPath: copy)
            var live = try LiveStore(directory: copy)
            var data = DashboardData(live.shown)
            var state = AppState(pane: .overview)
            let size = Size(width: 200, height: 60)
            let branch = live.shown.branches.first?.id ?? "KP01"
            var sink = 0
            var reload: [Double] = [], derive: [Double] = [], frame: [Double] = [], whole: [Double] = []
            func appendAward(_ n: Int) throws {
                let record = try RecordText([
                    (name: "Id", value: "KTB\(n)"), (name: "Date", value: "2023-06-30"), (name: "Recipient", value: "Nguyễn Thị Ánh \(n)"),
                    (name: "Kind", value: "student"), (name: "Category", value: "Học sinh giỏi"),
                    (name: "Branch", value: branch), (name: "Amount", value: "200000"),
                ])
                try RecWriter.append([record], to: "awards.rec", in: copy)
            }
            // The first award after the store is opened: read alone, as the opening load is the reloader's.
            try appendAward(count)
            let f0 = DispatchTime.now().uptimeNanoseconds
            data.releaseSnapshot()
            _ = live.reload()
            let firstReload = Double(DispatchTime.now().uptimeNanoseconds - f0) / 1e9
            print("\(count / 1000)k awards: the first award after opening, its reload \(Self.ms(firstReload))"
                  + (live.lastWasIncremental ? " (read alone)" : " (the store read whole)"))
            data = DashboardData(live.shown)
            for run in 0..<runs {
                try appendAward(2 * run)
                let start = DispatchTime.now().uptimeNanoseconds
                let tail = SnapshotTail(live.shown)
                data.releaseSnapshot()
                _ = live.reload()
                let reloaded = DispatchTime.now().uptimeNanoseconds
                if !data.update(to: live.shown, append: live.lastAppend) { print("note: award \(run) was built whole") }
                state.dataChanged(from: tail, to: live.shown)
                let derived = DispatchTime.now().uptimeNanoseconds
                sink &+= Screen.render(state: state, data: data, theme: .builtinDefault, size: size).size.width
                let drawn = DispatchTime.now().uptimeNanoseconds
                reload.append(Double(reloaded - start) / 1e9)
                derive.append(Double(derived - reloaded) / 1e9)
                frame.append(Double(drawn - derived) / 1e9)
                // The next award as every reload did before: the data dropped, read, built whole.
                try appendAward(2 * run + 1)
                let w0 = DispatchTime.now().uptimeNanoseconds
                let wholeTail = SnapshotTail(live.shown)
                data = DashboardData(StoreSnapshot(directory: copy))
                _ = live.reload()
                data = DashboardData(live.shown)
                state.dataChanged(from: wholeTail, to: live.shown)
                sink &+= Screen.render(state: state, data: data, theme: .builtinDefault, size: size).size.width
                whole.append(Double(DispatchTime.now().uptimeNanoseconds - w0) / 1e9)
            }
            if !live.shown.errors.isEmpty { print("note: the store has \(live.shown.errors.count) error(s)") }
            let label = "\(count / 1000)k awards (\(String(format: "%.0f", store.megabytes)) MB)"
            print("1M awards: the reload of one appended award (LiveStore, in the in-place total) \(Self.ms(Self.median(reload)))")
            table.add(row(label, "an award (reload included)", zip(reload, derive).map(+), frame, whole))
            if sink == 0 { print("(checksum 0)") }
            return true
        } catch {
            FileHandle.standardError.write(Data("append bench failed: \(error)\n".utf8))
            return false
        }
    }

    // MARK: - Helpers

    private func row(_ store: String, _ what: String, _ derive: [Double], _ frame: [Double], _ whole: [Double]) -> [String] {
        let total = Self.median(zip(derive, frame).map(+))
        return [store, what, Self.ms(Self.median(derive)), Self.ms(Self.median(frame)), Self.ms(total), Self.ms(Self.median(whole)),
                total <= Self.budget ? "met" : String(format: "MISSED (%.1f×)", total / Self.budget)]
    }

    static func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

    static func ms(_ seconds: Double) -> String {
        seconds >= 1 ? String(format: "%.2f s", seconds) : String(format: "%.1f ms", seconds * 1000)
    }
}
