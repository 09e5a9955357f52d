/// Following an area's members: one member read again, its new figures in, or its last good ones kept.

import Store

extension AreaReport {
    /// The report with member `index` as `fresh` reads it. A member that turns unreadable, or
    /// whose data now has more errors than the figures shown (a half-saved file, a bad edit), keeps
    /// the figures it last had, with a failure that says so (the screen badges it), as the store's
    /// dashboard keeps its last good snapshot; the name the area shows stays the one it had, so two
    /// members of one ward stay told apart.
    public func updating(member index: Int, with fresh: AreaMemberReport) -> AreaReport {
        guard members.indices.contains(index) else { return self }
        var next = self
        var member = fresh
        member.name = members[index].name
        if member.problem?.name == fresh.name { member.problem?.name = member.name }
        if let kept = members[index].figures {
            if member.figures == nil {
                member.figures = kept
                member.problem = member.problem ?? AreaFailure(name: member.name, cause: .unread)
                member.problem?.kept = true
            } else if let now = member.figures, now.errors > kept.errors {
                member.figures = kept
                member.problem = AreaFailure(name: member.name, cause: .moreErrors(now.errors), kept: true)
            }
        }
        next.members[index] = member
        return next
    }

    /// Member `index` read again from its store or summary, for the report's school year.
    public func rereading(member index: Int, readSummary: (String) throws -> JSONValue) -> AreaReport {
        guard area.members.indices.contains(index) else { return self }
        return updating(member: index, with: Self.read(area.members[index], schoolYear: schoolYear, readSummary: readSummary))
    }

    /// Members that could not be read this time but show the figures they had before.
    public var staleMembers: [AreaMemberReport] { members.filter { $0.failure != nil && $0.figures != nil } }
}
