/// What an import would do with each row: add, reuse a learner already there, skip a duplicate, or refuse; decided against the store as it is.

import Store
import VietText

/// The rows of a list and, for each, what will be done: the plan the preview shows and the write
/// follows. Duplicates are found against the store and within the list itself:
/// - a learner with the same folded name and birth year as one already recorded is reused (with no
///   birth year in the list, a single namesake is reused); an enrollment of a reused learner in a
///   class they are enrolled in already is skipped;
/// - an award with the same folded recipient and category, branch and school year as one already
///   recorded (the store's double-entry guard) is skipped;
/// - a donation with the same folded donor, date and amount as one already recorded is skipped.
public struct ImportPlan: Sendable {
    /// One data row and what becomes of it.
    public struct Entry: Sendable {
        public var row: ImportRow
        /// The existing learner the row's person is, when one is reused.
        public var existingLearner: String?
        /// Whether the row writes anything (false for a duplicate skipped whole).
        public var writes = true
        /// Whether the row enrolls its learner in `row.classId`.
        public var enrolls = false
        /// What was found about a duplicate and what is done about it, in Vietnamese.
        public var note: String?
        /// The store's refusals of the row's records (the same check as `hoctap add`).
        public var storeProblems: [RowProblem] = []
        /// The folded name and birth year the row's person is known by (`personKey`), for a
        /// list of people.
        var personKey: String?

        /// Every reason the row is refused: its cells, then the store's check.
        public var problems: [RowProblem] { row.problems + storeProblems }
        public var isRefused: Bool { !problems.isEmpty }
    }

    public var options: ImportOptions
    public var entries: [Entry]
    /// Rows passed over (totals, column numbers), with the reason.
    public var passed: [RowProblem]
    /// The store's last check of the records (`check(in:)`), which the write reuses when the store
    /// has not changed since.
    public internal(set) var checked: RecordBatch?
    /// The records of that check: the entries left out, and each record's entry.
    var checkedExclusion: Set<Int>?
    var checkedOwners: [Int] = []

    /// The plan for `rows` against `snapshot`.
    public init(rows: [ImportRow], passed: [RowProblem], snapshot: StoreSnapshot, options: ImportOptions) {
        self.options = options
        self.passed = passed
        entries = rows.map { Entry(row: $0) }
        switch options.kind {
        case .learners, .enrollments: planPeople(snapshot)
        case .awards: planAwards(snapshot)
        case .donations: planDonations(snapshot)
        case .assessments: planAssessments(snapshot)
        }
    }

    /// The folded name and birth year a learner is known by.
    static func personKey(_ name: String, _ year: Int?) -> String {
        VietText.searchKey(name) + "|" + (year.map(String.init) ?? "")
    }

    private mutating func planPeople(_ snapshot: StoreSnapshot) {
        var byKey: [String: [Learner]] = [:]
        var byName: [String: [Learner]] = [:]
        let known = Set(snapshot.learners.map(\.id))
        for learner in snapshot.learners {
            let year = learner.birthYear ?? learner.birthDate?.year
            byKey[Self.personKey(learner.name, year), default: []].append(learner)
            byName[VietText.searchKey(learner.name), default: []].append(learner)
        }
        let enrolled = Set(snapshot.enrollments.map { $0.classId + "|" + $0.learnerId })
        var inFile: [String: Int] = [:]
        var enrolledInFile: Set<String> = []
        for i in entries.indices {
            let row = entries[i].row
            let enrolls = row.classId != nil
            entries[i].enrolls = enrolls
            guard let name = row.value("Name") else { continue }
            let year = row.value("BirthYear").flatMap { Int($0) }
            let key = Self.personKey(name, year)
            entries[i].personKey = key
            var who: String?
            if let id = row.learnerId {
                if known.contains(id) {
                    entries[i].existingLearner = id
                    who = id
                    entries[i].note = "học viên \(id) đã có trong kho — dùng lại"
                } else {
                    entries[i].row.refuse(row.sources["Learner"], "không có học viên mã \"\(id)\" trong kho (learners.rec)")
                    continue
                }
            } else if let same = byKey[key], let first = same.first {
                entries[i].existingLearner = first.id
                who = first.id
                entries[i].note = "đã có học viên \(first.id) (\(first.name)\(year.map { ", sinh \($0)" } ?? "")) — dùng lại"
            } else if year == nil, let namesakes = byName[VietText.searchKey(name)], namesakes.count == 1 {
                entries[i].existingLearner = namesakes[0].id
                who = namesakes[0].id
                entries[i].note = "đã có học viên \(namesakes[0].id) cùng tên (danh sách không có năm sinh) — dùng lại"
            } else if let earlier = inFile[key] {
                entries[i].note = "trùng người ở dòng \(entries[earlier].row.number) — dùng lại"
                who = "row:\(earlier)"
            } else {
                inFile[key] = i
                who = "row:\(i)"
            }
            if entries[i].existingLearner != nil || entries[i].note != nil, !enrolls {
                entries[i].writes = false
                entries[i].note = (entries[i].note ?? "").replacingOccurrences(of: "dùng lại", with: "không ghi lại")
            }
            if enrolls, let classId = row.classId, let who {
                let pair = classId + "|" + who
                if enrolled.contains(pair) || enrolledInFile.contains(pair) {
                    entries[i].enrolls = false
                    entries[i].writes = false
                    entries[i].note = (entries[i].note.map { $0 + "; " } ?? "") + "đã ghi danh vào lớp \(classId) — bỏ qua"
                }
                enrolledInFile.insert(pair)
            }
        }
    }

    private mutating func planAwards(_ snapshot: StoreSnapshot) {
        let guardian = DoubleEntryGuard(snapshot.awards)
        var inFile: [String: Int] = [:]
        for i in entries.indices {
            let row = entries[i].row
            guard let recipient = row.value("Recipient"), let category = row.value("Category"),
                  let branch = row.value("Branch"), let date = row.value("Date").flatMap({ CalendarDate(iso: $0) }) else { continue }
            let year = row.value("SchoolYear").flatMap { SchoolYear(text: $0) } ?? SchoolYear(containing: date)
            if let found = guardian.existing(recipient: recipient, category: category, branch: branch, year: year, in: snapshot.awards) {
                let a = snapshot.awards[found]
                entries[i].writes = false
                entries[i].note = "đã có khen thưởng \(a.id) (\(a.recipient), \(a.category), \(a.branch), năm học \(year)) — bỏ qua"
                continue
            }
            let key = [VietText.searchKey(recipient), VietText.searchKey(category), branch, year.description].joined(separator: "|")
            if let earlier = inFile[key] {
                entries[i].writes = false
                entries[i].note = "trùng khen thưởng ở dòng \(entries[earlier].row.number) — bỏ qua"
            } else {
                inFile[key] = i
            }
        }
    }

    /// A subject assessed by the set in the year already (in the store or higher up the sheet) is
    /// skipped: the store keeps one assessment of a subject by a set a year.
    private mutating func planAssessments(_ snapshot: StoreSnapshot) {
        var existing: [String: Assessment] = [:]
        for a in snapshot.assessments { existing["\(a.subject)|\(a.set)|\(a.year)"] = a }
        var inFile: [String: Int] = [:]
        for i in entries.indices {
            let row = entries[i].row
            guard let subject = row.value("Subject"), let set = row.value("Set"), let year = row.value("Year") else { continue }
            let key = "\(subject)|\(set)|\(year)"
            if let a = existing[key] {
                entries[i].writes = false
                entries[i].note = "\(subject) đã có kết quả đánh giá theo bộ \(set) năm \(year)"
                    + (a.date.map { " (ngày \(VietFormat.date($0)))" } ?? "") + " — bỏ qua; sửa bằng hoctap edit"
            } else if let earlier = inFile[key] {
                entries[i].writes = false
                entries[i].note = "trùng \(subject) ở dòng \(entries[earlier].row.number) — bỏ qua"
            } else {
                inFile[key] = i
            }
        }
    }

    private mutating func planDonations(_ snapshot: StoreSnapshot) {
        var existing: [String: String] = [:]
        for d in snapshot.donations {
            existing[[VietText.searchKey(d.donor), d.date.description, String(d.amount)].joined(separator: "|")] = d.id
        }
        var inFile: [String: Int] = [:]
        for i in entries.indices {
            let row = entries[i].row
            guard let donor = row.value("Donor"), let date = row.value("Date"), let amount = row.value("Amount") else { continue }
            let key = [VietText.searchKey(donor), date, amount].joined(separator: "|")
            if let id = existing[key] {
                entries[i].writes = false
                entries[i].note = "đã có khoản ủng hộ \(id) cùng người, cùng ngày, cùng số tiền — bỏ qua"
            } else if let earlier = inFile[key] {
                entries[i].writes = false
                entries[i].note = "trùng khoản ủng hộ ở dòng \(entries[earlier].row.number) — bỏ qua"
            } else {
                inFile[key] = i
            }
        }
    }
}
