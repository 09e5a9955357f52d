/// Reading every member of an area: stores as `report` reads them, summaries through the caller.

import Dispatch
import Store

extension AreaReport {
    /// Reads each member: a store folder whole (its figures as `report --format json` gives them
    /// for `schoolYear`), a summary with `readSummary` (which parses the file; the caller has the
    /// JSON reader). A member that cannot be read is kept with its failure; the others still count.
    /// Members are read side by side, two at a time on two cores.
    public static func load(_ area: Area, schoolYear: SchoolYear?,
                            readSummary: @escaping @Sendable (String) throws -> JSONValue) -> AreaReport {
        let slots = MemberSlots(count: area.members.count)
        DispatchQueue.concurrentPerform(iterations: area.members.count) { i in
            slots.put(i, read(area.members[i], schoolYear: schoolYear, readSummary: readSummary))
        }
        return AreaReport(area: area, schoolYear: schoolYear, members: distinct(slots.all))
    }

    /// One member read, or its failure.
    static func read(_ member: AreaMember, schoolYear: SchoolYear?,
                     readSummary: (String) throws -> JSONValue) -> AreaMemberReport {
        switch member.source {
        case .store(let folder):
            do {
                let snapshot = try StoreLoader.load(directory: folder)
                return AreaMemberReport(name: name(member, ward: snapshot.campaign?.ward, folder: folder),
                                        source: member.source, figures: figures(snapshot, schoolYear: schoolYear))
            } catch {
                let shown = name(member, ward: nil, folder: folder)
                return AreaMemberReport(name: shown, source: member.source,
                                        problem: AreaFailure(name: shown, cause: .store(folder, reason(error))))
            }
        case .summary(let file):
            do {
                let json = try readSummary(file)
                guard json["format"]?.string == WardSummary.format else { throw AreaFailure.Reason.notASummary }
                return AreaMemberReport(name: name(member, ward: json["ward"]?.string, folder: file),
                                        source: member.source, figures: WardFigures(json: json))
            } catch {
                let shown = name(member, ward: nil, folder: file)
                return AreaMemberReport(name: shown, source: member.source,
                                        problem: AreaFailure(name: shown, cause: .summary(file, reason(error))))
            }
        }
    }

    /// Two members named alike (two `--store`s of one ward) are told apart by their folder or file.
    private static func distinct(_ members: [AreaMemberReport]) -> [AreaMemberReport] {
        var seen: [String: Int] = [:]
        for m in members { seen[m.name, default: 0] += 1 }
        return members.map { m in
            guard seen[m.name, default: 0] > 1 else { return m }
            var named = m
            named.name = "\(m.name) (\(m.source.path))"
            return named
        }
    }

    /// A store's figures as its own `report --format json` states them, with its branches' names.
    public static func figures(_ snapshot: StoreSnapshot, schoolYear: SchoolYear?) -> WardFigures {
        let report = StoreReport(snapshot, detail: .figures)
        let json = ReportJSON.value(report.tallies(schoolYear), titles: report.titles, problems: snapshot.problems)
        var figures = WardFigures(json: json)
        for b in snapshot.branches { figures.branchNames[b.id] = b.name }
        return figures
    }

    private static func name(_ member: AreaMember, ward: String?, folder: String) -> String {
        if !member.name.isEmpty { return member.name }
        if let ward, !ward.isEmpty { return ward }
        let parts = folder.split(separator: "/")
        return parts.last.map(String.init) ?? folder
    }

    /// Why a member could not be read.
    private static func reason(_ error: any Error) -> AreaFailure.Reason {
        switch error {
        case StoreError.folderNotFound: .folderNotFound
        case StoreError.notAFolder: .notAFolder
        case StoreError.unreadable(_, let why): .unreadable(why)
        case StoreError.notRegularFile(let path): .notRegularFile(path)
        case let r as AreaFailure.Reason: r
        case let e as AreaFileError: .said(e.message)
        default: .said(String(describing: error))
        }
    }
}
