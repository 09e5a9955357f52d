/// The classes, rosters and attendance, indexed once per snapshot for the classes pane and `hoctap roster`.

import Store
import VietText

/// Everything the classes pane looks up, computed when a snapshot is loaded so that a key or a
/// frame never scans the store: rosters in each sort order, sessions and attendance per class,
/// each learner's classes and awards, and folded search keys. Learners are `Int32` indexes into
/// `learners` (the snapshot's array), classes `Int` indexes into `courses`.
public struct ClassesIndex: Sendable {
    public let schoolYear: SchoolYear?
    /// The classes of the school year (by start, else end; undated ones too), in file order.
    public let courses: [Course]
    public internal(set) var rolls: [ClassRoll]
    public let learners: [Learner]
    /// Learner id → index into `learners`.
    let learnerRow: [String: Int32]
    /// Class id → index into `courses`.
    let courseRow: [String: Int]
    /// Folded names (`VietText.searchKey`), by learner.
    public let learnerSearch: [String]
    /// The words of the folded names, for searching by name without reading every name.
    let nameWords: NameWordIndex
    /// Folded name, topic, partner, teacher, venue and id, by class.
    public let courseSearch: [String]
    /// Each learner's place in Vietnamese name order, and the learners in that order.
    let nameRank: [Int32]
    let nameOrder: [Int32]
    /// Learners by folded name, for the probable-duplicate check.
    let learnersByFoldedName: [String: [Int32]]
    /// The neighbourhoods and organisations already in the store, for the form's suggestions.
    public let neighborhoods: [String]
    public let organizations: [String]
    /// The classes of the year each learner is enrolled in: `learnerClasses[start[l] ..< start[l+1]]`.
    var learnerClassStart: [Int32]
    var learnerClasses: [Int32]
    /// Awards whose recipient is written exactly as a learner's name, by learner.
    var learnerAwards: [Int32: [Award]]
    /// Each learner's place in the neighbourhood order (`ClassRoll.byNeighborhood`).
    let neighborhoodRank: [Int32]
    /// Per class, the attendance marks of learners not enrolled in it: they count once the learner enrolls.
    var strayMarks: [Int: [(date: CalendarDate, learner: Int32)]]
    /// The topics of the year's classes, in Vietnamese order.
    public let topics: [String]

    public init(_ snapshot: StoreSnapshot, schoolYear: SchoolYear?) {
        self.schoolYear = schoolYear
        courses = snapshot.classes.filter { c in
            guard let schoolYear, let date = c.start ?? c.end else { return true }
            return schoolYear.contains(date)
        }
        var courseRow: [String: Int] = [:]
        for (i, c) in courses.enumerated() where courseRow[c.id] == nil { courseRow[c.id] = i }
        self.courseRow = courseRow
        courseSearch = courses.map { c in
            VietText.searchKey([c.name, c.topic, c.partner ?? "", c.teacher ?? "", c.venue ?? "", c.id].joined(separator: " "))
        }
        topics = Set(courses.map(\.topic)).map { (VietText.sortKey($0), $0) }.sorted { $0.0 < $1.0 }.map(\.1)

        learners = snapshot.learners
        var learnerRow: [String: Int32] = [:]
        learnerRow.reserveCapacity(learners.count)
        for (i, l) in learners.enumerated() where learnerRow[l.id] == nil { learnerRow[l.id] = Int32(i) }
        self.learnerRow = learnerRow
        learnerSearch = learners.map { VietText.searchKey($0.name) }
        nameWords = NameWordIndex(learnerSearch)
        let order = Self.nameOrder(learners)
        var rank = [Int32](repeating: 0, count: learners.count)
        for (r, l) in order.enumerated() { rank[Int(l)] = Int32(r) }
        nameRank = rank
        nameOrder = order
        var folded: [String: [Int32]] = [:]
        for (i, key) in learnerSearch.enumerated() { folded[key, default: []].append(Int32(i)) }
        learnersByFoldedName = folded
        func distinct(_ values: [String?]) -> [String] {
            Set(values.compactMap { $0 }).map { (VietText.sortKey($0), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
        }
        neighborhoods = distinct(learners.map(\.neighborhood))
        organizations = distinct(learners.map(\.organization))

        // Enrollments: each learner's classes (once each), and the learner-turns per class.
        var turns = [Int](repeating: 0, count: courses.count)
        var pairs: [(learner: Int32, course: Int32)] = []
        pairs.reserveCapacity(snapshot.enrollments.count)
        for e in snapshot.enrollments {
            guard let c = courseRow[e.classId], let l = learnerRow[e.learnerId] else { continue }
            turns[c] += 1
            pairs.append((l, Int32(c)))
        }
        let (start, classes) = Self.grouped(pairs, learnerCount: learners.count)
        learnerClassStart = start
        learnerClasses = classes

        var rolls = [ClassRoll](repeating: ClassRoll(), count: courses.count)
        for (c, n) in turns.enumerated() { rolls[c].learnerTurns = n }
        for l in order {
            for k in Int(start[Int(l)])..<Int(start[Int(l) + 1]) { rolls[Int(classes[k])].byName.append(l) }
        }
        strayMarks = Self.addAttendance(snapshot.attendance, courseRow: courseRow, learnerRow: learnerRow, start: start,
                                        classes: classes, into: &rolls)
        let neighborhoodOrder = Self.neighborhoodOrder(learners, nameOrder: order)
        var neighborhoodRank = [Int32](repeating: 0, count: learners.count)
        for (r, l) in neighborhoodOrder.enumerated() { neighborhoodRank[Int(l)] = Int32(r) }
        self.neighborhoodRank = neighborhoodRank
        for l in neighborhoodOrder {
            for k in Int(start[Int(l)])..<Int(start[Int(l) + 1]) { rolls[Int(classes[k])].byNeighborhood.append(l) }
        }
        for c in rolls.indices { rolls[c].sortByAttendance() }
        self.rolls = rolls

        var awards: [Int32: [Award]] = [:]
        if !snapshot.awards.isEmpty {
            var byName: [String: Int32] = [:]
            for (i, l) in learners.enumerated() where byName[l.name] == nil { byName[l.name] = Int32(i) }
            for a in snapshot.awards { if let l = byName[a.recipient] { awards[l, default: []].append(a) } }
        }
        learnerAwards = awards
    }

    // MARK: lookups

    public func learner(id: String) -> Int32? { learnerRow[id] }
    public func course(id: String) -> Int? { courseRow[id] }

    /// The classes of the year `learner` is enrolled in, in file order.
    public func classes(of learner: Int32) -> [Int] {
        let l = Int(learner)
        guard l + 1 < learnerClassStart.count else { return [] }
        return learnerClasses[Int(learnerClassStart[l])..<Int(learnerClassStart[l + 1])].map { Int($0) }.sorted()
    }

    /// Awards given to someone of `learner`'s exact name.
    public func awards(of learner: Int32) -> [Award] { learnerAwards[learner] ?? [] }

    /// Learners whose folded name (accents, tone placement and case aside) is `name`'s.
    public func learners(namedLike name: String) -> [Int32] { learnersByFoldedName[VietText.searchKey(name)] ?? [] }

    /// Up to `limit` learners whose name matches `query`: whole-word matches first ("Hoà" before
    /// "Hoàng" for "hoa"), each rank in Vietnamese name order.
    public func learners(matching query: SearchQuery, limit: Int) -> [Int32] {
        guard let found = nameWords.matching(query, learnerCount: learners.count) else { return [] }
        return Array(found.ranked.sorted { a, b in
            a.1 != b.1 ? a.1 < b.1 : nameRank[Int(a.0)] < nameRank[Int(b.0)]
        }.map(\.0).prefix(limit))
    }

    /// Every learner whose name matches `query`, ascending, with ranks; nil for an empty query.
    public func learners(matching query: SearchQuery) -> NameMatches? {
        nameWords.matching(query, learnerCount: learners.count)
    }

    /// Lowers to `rank` the ranks in `ranks` of the classes `learner` is enrolled in.
    public func markClasses(of learner: Int32, rank: Int, in ranks: inout [Int]) {
        let l = Int(learner)
        for k in Int(learnerClassStart[l])..<Int(learnerClassStart[l + 1]) {
            ranks[Int(learnerClasses[k])] = min(ranks[Int(learnerClasses[k])], rank)
        }
    }

    /// `learner`'s number on the class list of `roll` (1-based; the list is in name order), found
    /// by bisection so a frame never walks a whole roster.
    public func place(of learner: Int32, in roll: ClassRoll) -> Int {
        let rank = nameRank[Int(learner)]
        var lo = 0, hi = roll.byName.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if nameRank[Int(roll.byName[mid])] < rank { lo = mid + 1 } else { hi = mid }
        }
        return lo + 1
    }

    /// True when `learner` is enrolled in `course`.
    public func isEnrolled(_ learner: Int32, in course: Int) -> Bool {
        classes(of: learner).contains(course)
    }
}
