/// A record the dashboard holds, as the store spells its fields: what the set-up form is prefilled with when it edits it.

import Store

/// The fields of a record of the snapshot in the store's spelling (dates `YYYY-MM-DD`, times
/// `HH:MM`, numbers in digits, enumerations by their stored value, one entry per line of a
/// repeatable field). Absent optional fields are left out. A test compares these with the demo's
/// files, so the form is prefilled with what the file holds.
enum StoredFields {
    typealias Fields = [NewRecord.Field]

    static func of(_ c: Campaign) -> Fields {
        fields(["Id": c.id, "Title": c.title, "Ward": c.ward, "Center": c.center, "SchoolYear": c.schoolYear,
                "WeekStart": c.weekStart.description, "WeekEnd": c.weekEnd.description,
                "CeremonyDate": c.ceremonyDate?.description, "CeremonyTime": c.ceremonyTime?.description, "Venue": c.venue],
               repeated: ["Theme": c.themes], set: "Campaign")
    }

    static func of(_ t: Target) -> Fields {
        fields(["Id": t.id, "Label": t.label, "Metric": t.metric.rawValue, "Goal": String(t.goal), "Unit": t.unit],
               repeated: ["Kind": t.kinds.map(\.rawValue)], set: "Target")
    }

    static func of(_ a: AgendaItem) -> Fields {
        fields(["Seq": String(a.seq), "Time": a.time?.description, "Item": a.item, "By": a.by], set: "Agenda")
    }

    static func of(_ i: Indicator) -> Fields {
        fields(["Id": i.id, "Label": i.label, "Value": String(i.value), "Of": i.of.map(String.init), "Unit": i.unit, "Group": i.group],
               set: "Indicator")
    }

    static func of(_ c: Course) -> Fields {
        fields(["Id": c.id, "Name": c.name, "Topic": c.topic, "Kind": c.kind?.rawValue, "Partner": c.partner, "Teacher": c.teacher,
                "Start": c.start?.description, "End": c.end?.description, "Sessions": c.sessions.map(String.init),
                "Capacity": c.capacity.map(String.init), "Venue": c.venue, "SchoolYear": c.schoolYear?.description],
               repeated: ["Session": c.sessionDates.map(\.description)], set: "Class")
    }

    static func of(_ l: Learner) -> Fields {
        fields(["Id": l.id, "Name": l.name, "Gender": l.gender?.rawValue, "BirthYear": l.birthYear.map(String.init),
                "BirthDate": l.birthDate?.description, "Neighborhood": l.neighborhood, "Organization": l.organization, "Phone": l.phone],
               set: "Learner")
    }

    static func of(_ b: Branch) -> Fields {
        fields(["Id": b.id, "Name": b.name, "Kind": b.kind.rawValue, "Members": b.members.map(String.init)], set: "Branch")
    }

    static func of(_ c: Clan) -> Fields {
        fields(["Id": c.id, "Name": c.name, "Neighborhood": c.neighborhood, "Studious": c.isStudious ? "yes" : "no"], set: "Clan")
    }

    /// The values in the schema's order of `set`'s fields.
    private static func fields(_ single: [String: String?], repeated: [String: [String]] = [:], set: String) -> Fields {
        guard let schema = StoreSchema.set(named: set) else { return [] }
        var out: Fields = []
        for spec in schema.fields {
            if let value = single[spec.name] ?? nil, !value.isEmpty { out.append(NewRecord.Field(spec.name, value)) }
            out += (repeated[spec.name] ?? []).map { NewRecord.Field(spec.name, $0) }
        }
        return out
    }
}
