/// The steps that build the classes index: name order, each learner's classes, attendance, neighbourhood order.

import Store
import VietText

extension ClassesIndex {
    /// Learner indexes in Vietnamese class-list order (`VietText.nameSortKey`), ties by id.
    static func nameOrder(_ learners: [Learner]) -> [Int32] {
        let keys = learners.map { VietText.nameSortKey($0.name) }
        return (0..<Int32(learners.count)).sorted { a, b in
            let x = keys[Int(a)], y = keys[Int(b)]
            return x != y ? x < y : learners[Int(a)].id < learners[Int(b)].id
        }
    }

    /// (learner, class) pairs grouped by learner, each class once: `classes[start[l] ..< start[l+1]]`.
    static func grouped(_ pairs: [(learner: Int32, course: Int32)], learnerCount: Int) -> (start: [Int32], classes: [Int32]) {
        var count = [Int32](repeating: 0, count: learnerCount + 1)
        for p in pairs { count[Int(p.learner) + 1] += 1 }
        for i in 1..<count.count { count[i] += count[i - 1] }
        var fill = count
        var classes = [Int32](repeating: -1, count: pairs.count)
        for p in pairs {
            let l = Int(p.learner)
            // A second enrollment in the same class is a learner-turn, not a second roster line.
            if classes[Int(count[l])..<Int(fill[l])].contains(p.course) { continue }
            classes[Int(fill[l])] = p.course
            fill[l] += 1
        }
        var start = [Int32](repeating: 0, count: learnerCount + 1)
        var packed: [Int32] = []
        packed.reserveCapacity(pairs.count)
        for l in 0..<learnerCount {
            start[l] = Int32(packed.count)
            packed.append(contentsOf: classes[Int(count[l])..<Int(fill[l])])
        }
        start[learnerCount] = Int32(packed.count)
        return (start, packed)
    }

    /// Sessions held per class (the distinct dates of its attendance records), who was present at
    /// each, and sessions attended per learner; a learner marked twice for one date counts once.
    /// Returns the marks of learners not enrolled in the class, per class.
    static func addAttendance(_ attendance: [Attendance], courseRow: [String: Int], learnerRow: [String: Int32],
                              start: [Int32], classes: [Int32],
                              into rolls: inout [ClassRoll]) -> [Int: [(date: CalendarDate, learner: Int32)]] {
        var strays: [Int: [(date: CalendarDate, learner: Int32)]] = [:]
        var byDate = [[CalendarDate: [Int32]]](repeating: [:], count: rolls.count)
        for a in attendance {
            guard let c = courseRow[a.classId], let l = learnerRow[a.learnerId] else { continue }
            byDate[c][a.date, default: []].append(l)
        }
        for c in rolls.indices {
            let dates = byDate[c].keys.sorted()
            var present: [[Int32]] = []
            var attended: [Int32: Int32] = [:]
            var marks = 0
            for d in dates {
                var seen = byDate[c][d]!.sorted()
                seen = seen.enumerated().filter { $0.offset == 0 || seen[$0.offset - 1] != $0.element }.map(\.element)
                let enrolled = seen.filter { l in
                    classes[Int(start[Int(l)])..<Int(start[Int(l) + 1])].contains(Int32(c))
                }
                if enrolled.count < seen.count {
                    for l in seen where !ClassRoll.contains(enrolled, l) { strays[c, default: []].append((d, l)) }
                }
                for l in enrolled { attended[l, default: 0] += 1 }
                marks += enrolled.count
                present.append(enrolled)
            }
            rolls[c].sessions = dates
            rolls[c].present = present
            rolls[c].attended = attended
            rolls[c].attendanceMarks = marks
        }
        return strays
    }

    /// Learners by neighbourhood (text, then the number at its end: "Khu phố 2" before "Khu phố
    /// 11"; none last), then in name order.
    static func neighborhoodOrder(_ learners: [Learner], nameOrder: [Int32]) -> [Int32] {
        var names = Set<String>()
        for l in learners { if let n = l.neighborhood { names.insert(n) } }
        struct Ranked { let key: SortKey; let number: Int; let name: String }
        let ranked: [Ranked] = names.map { name in
            let digits = String(name.reversed().prefix { $0.isASCII && $0.isNumber }.reversed())
            return Ranked(key: VietText.sortKey(String(name.dropLast(digits.count))), number: Int(digits.prefix(18)) ?? -1, name: name)
        }
        .sorted { (a: Ranked, b: Ranked) -> Bool in
            if a.key != b.key { return a.key < b.key }
            if a.number != b.number { return a.number < b.number }
            return a.name < b.name
        }
        var rank: [String: Int] = [:]
        for (i, r) in ranked.enumerated() { rank[r.name] = i }
        let none = ranked.count
        var buckets = [[Int32]](repeating: [], count: none + 1)
        for l in nameOrder { buckets[learners[Int(l)].neighborhood.flatMap { rank[$0] } ?? none].append(l) }
        return buckets.flatMap { $0 }
    }
}
