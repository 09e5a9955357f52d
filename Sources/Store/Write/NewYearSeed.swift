/// A new school year's store, seeded from the year before: branches, clans, the classes still open, the start of its campaign.

import Foundation
import Recfile

/// What `hoctap init NEWDIR --from OLDDIR --year Y` and the dashboard's new-year action write. A
/// store folder holds one school year (one campaign); the next year is a new folder that starts
/// with what carries over, copied record by record as the old files hold them:
/// - every branch and clan;
/// - the classes still open on the new year's first day: those whose End (else their last session,
///   else their school year's last day) is on or after it, and those that say nothing of their dates;
/// - a campaign for the new year with the old one's ward and centre, and the title, id and week
///   (1–7 October) that `add campaign` gives a school year; the clerk completes the ceremony's day,
///   time, venue and themes.
/// Targets, indicators, the agenda, learners, enrollments, attendance, awards, donations and titles
/// belong to their year and stay behind.
public enum NewYearSeed {
    /// What was carried over, for the clerk.
    public struct Summary: Equatable, Sendable {
        public var year: SchoolYear
        public var branches: Int
        public var clans: Int
        /// The ids of the classes carried over.
        public var classes: [String]
        /// The new campaign's id, when the old store had a campaign to take the ward from.
        public var campaign: String?
        /// Every record the new store starts with.
        public var records: [RecordText]
    }

    /// Why nothing was written.
    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        /// The old store has problems `hoctap check` calls errors: carrying them over would copy them.
        case sourceHasErrors(folder: String, count: Int)
        /// The new year is not after the old store's.
        case notLater(new: SchoolYear, old: SchoolYear)
        case cannotRead(String)

        public var description: String {
            switch self {
            case .sourceHasErrors(let folder, let count):
                return "\(folder) has \(count) error\(count == 1 ? "" : "s"); run \"hoctap check --store \(folder)\" and fix "
                    + "\(count == 1 ? "it" : "them") first. Nothing was written"
            case .notLater(let new, let old):
                return "the new school year \(new) is not after the store's \(old); nothing was written"
            case .cannotRead(let reason):
                return reason
            }
        }
    }

    /// The school year after the campaign's in `folder`, the usual new year; nil without a campaign.
    public static func nextYear(after folder: String) -> SchoolYear? {
        guard let snapshot = try? StoreLoader.load(directory: folder), let text = snapshot.campaign?.schoolYear,
              let year = SchoolYear(text: text) else { return nil }
        return SchoolYear(startYear: year.startYear + 1)
    }

    /// The files of the new store (every store file, with its header) and what they carry over.
    public static func texts(from folder: String, year: SchoolYear) throws -> (texts: [String: String], summary: Summary) {
        let snapshot: StoreSnapshot
        do {
            snapshot = try StoreLoader.load(directory: folder)
        } catch {
            throw Failure.cannotRead("cannot read the store \(folder): \(error)")
        }
        let errors = snapshot.problems.filter { $0.severity == .error }.count
        guard errors == 0 else { throw Failure.sourceHasErrors(folder: folder, count: errors) }
        if let old = snapshot.campaign.flatMap({ SchoolYear(text: $0.schoolYear) }), year <= old {
            throw Failure.notLater(new: year, old: old)
        }
        func records(_ set: String, in file: String) throws -> [RecRecord] {
            let path = (folder as NSString).appendingPathComponent(file)
            guard FileManager.default.fileExists(atPath: path) else { return [] }
            do {
                return try RecParser.parse(contentsOf: path).records(of: set)
            } catch {
                throw Failure.cannotRead("cannot read \(path): \(error)")
            }
        }
        var kept: [String: [RecordText]] = [:]
        let branches = try records("Branch", in: "branches.rec")
        let clans = try records("Clan", in: "branches.rec")
        let open = Set(snapshot.classes.filter { isOpen($0, on: year) }.map(\.id))
        let classes = try records("Class", in: "classes.rec").filter { $0.value("Id").map(open.contains) ?? false }
        kept["Branch"] = try branches.map(RecordText.init)
        kept["Clan"] = try clans.map(RecordText.init)
        kept["Class"] = try classes.map(RecordText.init)
        // The criteria sets, as the ward corrected them, and what the titles are assessed on carry over;
        // registrations and assessments belong to their year.
        for set in ["CriteriaSet", "Criterion"] { kept[set] = try records(set, in: "criteria.rec").map(RecordText.init) }
        for set in ["Community", "Unit", "PartyCell", "Family"] {
            kept[set] = try records(set, in: "subjects.rec").map(RecordText.init)
        }
        var campaignId: String?
        if let old = snapshot.campaign, let week = RecordAddition.campaignWeek(year) {
            campaignId = RecordAddition.campaignId(year)
            kept["Campaign"] = [try RecordText([
                ("Id", RecordAddition.campaignId(year)), ("Title", RecordAddition.campaignTitle(year)),
                ("Ward", old.ward), ("Center", old.center), ("SchoolYear", year.description),
                ("WeekStart", week.start.description), ("WeekEnd", week.end.description),
            ])]
        }
        // Each file as `init` writes it, with each set's records after its descriptor.
        var texts: [String: String] = [:]
        for file in StoreSchema.files {
            texts[file] = StoreSchema.fileText(for: file) { set in (kept[set.name] ?? []).map(\.text) }
        }
        if kept["CriteriaSet"]?.isEmpty != false {
            texts["criteria.rec"] = PublishedCriteria.fileText()
        }
        let summary = Summary(year: year, branches: branches.count, clans: clans.count,
                              classes: classes.compactMap { $0.value("Id") }, campaign: campaignId,
                              records: ["Campaign", "Branch", "Clan", "Class"].flatMap { kept[$0] ?? [] })
        return (texts, summary)
    }

    /// True when `course` still runs on the first day of `year`, or says nothing of its dates.
    static func isOpen(_ course: Course, on year: SchoolYear) -> Bool {
        let dates = ClassDates(course)
        guard let end = dates.last ?? dates.year?.lastDay, let first = year.firstDay else { return true }
        return end >= first
    }

    /// Writes the new store into `directory` (never over a store file there) and returns what it carries.
    /// - Throws: `Failure`, `StoreInitializer.Failure`; nothing is left behind on failure.
    @discardableResult
    public static func create(in directory: String, from folder: String, year: SchoolYear) throws -> Summary {
        let seeded = try texts(from: folder, year: year)
        try StoreInitializer.create(in: directory, contents: .texts(seeded.texts))
        return seeded.summary
    }
}
