// The classes pane at scale: 100k learners, 1M enrollments and 1M attendance marks built in memory;
// key to frame (scrolling, searching) at 200×60, medians and maxima.

import Canvas
import Dashboard
import Foundation
import Reports
import Store
import Recfile

struct ClassesBench {
    let quick: Bool

    /// A snapshot of `learners` learners in `classes` classes, `enrollments` enrollments and as
    /// many attendance marks, with names from the common Vietnamese family, middle and given names;
    /// the same names for the same `seed`, else random ones.
    static func snapshot(learners: Int, classes: Int, enrollments: Int, seed: UInt64? = nil) -> StoreSnapshot {
        let family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
        let middle = ["Văn", "Thị", "Minh", "Ngọc", "Thanh", "Hữu", "Đức", "Thu", "Kim", "Quốc", "Gia", "Bảo"]
        let given = ["An", "Anh", "Bình", "Châu", "Cường", "Dũng", "Hà", "Hải", "Hiền", "Hòa", "Hùng", "Hương", "Lan", "Linh",
                     "Mai", "Nam", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vy", "Yến", "Đồng"]
        var rng = SplitMix64(seed: seed ?? UInt64.random(in: 0...UInt64.max))
        func pick<T>(_ a: [T]) -> T { a[Int.random(in: 0..<a.count, using: &rng)] }
        let start = CalendarDate(year: 2022, month: 9, day: 5)!
        let courses = (0..<classes).map { i in
            Course(id: "LH\(i)", name: "Lớp \(pick(["Tin học", "Dưỡng sinh", "Pháp luật", "Kỹ năng số", "Nấu ăn"])) \(i)",
                   topic: pick(["Tin học", "Sức khỏe", "Pháp luật", "Chuyển đổi số"]), kind: pick(CourseKind.allCases),
                   start: start, end: CalendarDate(year: 2023, month: 5, day: 30), sessions: 20, capacity: 600)
        }
        let people = (0..<learners).map { i in
            Learner(id: "HV\(i)", name: "\(pick(family)) \(pick(middle)) \(pick(given))", birthYear: 1950 + i % 60,
                    neighborhood: "Khu phố \(1 + i % 12)")
        }
        var enrolled: [Enrollment] = []
        enrolled.reserveCapacity(enrollments)
        for i in 0..<enrollments {
            enrolled.append(Enrollment(classId: "LH\(i % classes)", learnerId: "HV\((i / classes * 7919 + i) % learners)"))
        }
        var marks: [Attendance] = []
        marks.reserveCapacity(enrollments)
        for (i, e) in enrolled.enumerated() {
            marks.append(Attendance(classId: e.classId, learnerId: e.learnerId,
                                    date: CalendarDate(daysSinceEpoch: start.daysSinceEpoch + 7 * (i % 10))))
        }
        return StoreSnapshot(directory: "", classes: courses, learners: people, enrollments: enrolled, attendance: marks)
    }

    func run() -> Int32 {
        let size = Size(width: 200, height: 60)
        var t0 = DispatchTime.now().uptimeNanoseconds
        let snapshot = Self.snapshot(learners: 100_000, classes: 2_000, enrollments: 1_000_000)
        print("generated 100k learners, 2k classes, 1M enrollments, 1M attendance marks in \(Self.ms(since: t0))")
        t0 = DispatchTime.now().uptimeNanoseconds
        let data = DashboardData(snapshot)
        print("DashboardData (all panes' indexes) per reload: \(Self.ms(since: t0))")
        t0 = DispatchTime.now().uptimeNanoseconds
        _ = ClassesIndex(snapshot, schoolYear: data.schoolYear)
        print("ClassesIndex alone: \(Self.ms(since: t0))")
        print("key → frame at \(size.width)x\(size.height), release build          median      max   keys")
        var state = AppState(pane: .classes, canWrite: true)
        let steps = quick ? 40 : 200
        var sink = 0
        func measure(_ label: String, _ keys: [Key]) {
            var times: [Double] = []
            for key in keys {
                let start = DispatchTime.now().uptimeNanoseconds
                state.handle(key, data: data)
                let frame = Screen.render(state: state, data: data, theme: .builtinDefault, size: size)
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                sink &+= frame.size.width
            }
            times.sort()
            print(label.padding(toLength: 58, withPad: " ", startingAt: 0)
                  + String(format: "%7.2f ms %7.2f ms %5d", times[times.count / 2], times.last ?? 0, times.count))
        }
        measure("scroll the class list (↓)", Array(repeating: .down, count: steps))
        measure("open a class's roster (Enter)", [.enter])
        measure("scroll the roster (↓, PgDn)", Array(repeating: .down, count: steps) + Array(repeating: .pageDown, count: steps / 4))
        measure("change session (←)", Array(repeating: .left, count: 8))
        measure("search the roster: / nguyen thi h, then Backspace", [.character("/")] + "nguyen thi h".map { .character($0) }
                + Array(repeating: .backspace, count: 12))
        measure("leave the roster (Enter, Esc, Esc)", [.enter, .escape, .escape])
        measure("search classes by a learner: / hoa", [.character("/")] + "hoa".map { .character($0) })
        measure("scroll the search's matches (↓)", Array(repeating: .down, count: steps / 4))
        measure("clear the search (Esc)", [.escape])
        measure("enroll form: type a name (a, tran thi mai)", [.escape, .character("a")] + "tran thi mai".map { .character($0) })
        print("(checksum \(sink))")
        return 0
    }

    static func ms(since t0: UInt64) -> String {
        String(format: "%.0f ms", Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
    }
}
