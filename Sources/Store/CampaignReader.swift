/// Reads the `Campaign` record of `campaign.rec` into a `Campaign`, reporting what is missing or wrong.

/// Builds the campaign from a parsed `campaign.rec`. Never fails: problems say what is wrong and where.
enum CampaignReader {
    static let setName = "Campaign"

    static func read(_ file: RecFile) -> (campaign: Campaign?, problems: [StoreProblem]) {
        let candidates = file.records(of: setName)
        guard let record = candidates.first else {
            let line = file.descriptor(of: setName)?.line ?? 0
            let message = "no Campaign record; write one after the \"%rec: Campaign\" line"
            return (nil, [StoreProblem(file: file.path, line: line, severity: .error, message: message)])
        }
        var problems: [StoreProblem] = []
        if candidates.count > 1 {
            problems.append(StoreProblem(
                file: file.path, line: candidates[1].line, severity: .warning,
                message: "more than one Campaign record; only the first (line \(record.line)) is used"))
        }
        var r = FieldReader(file: file.path, record: record, setName: setName)
        let id = r.text("Id", required: true)
        let title = r.text("Title", required: true)
        let ward = r.text("Ward", required: true)
        let center = r.text("Center", required: true)
        let schoolYear = r.text("SchoolYear", required: true)
        let weekStart = r.date("WeekStart", required: true)
        let weekEnd = r.date("WeekEnd", required: true)
        let ceremonyDate = r.date("CeremonyDate", required: false)
        let ceremonyTime = r.time("CeremonyTime", required: false)
        let venue = r.text("Venue", required: false)
        let themes = r.texts("Theme")
        if let weekStart, let weekEnd, weekEnd < weekStart {
            r.error(r.line(of: "WeekEnd"), "WeekEnd", "the week ends (\(weekEnd)) before it starts (\(weekStart))")
        }
        problems += r.problems
        guard let id, let title, let ward, let center, let schoolYear, let weekStart, let weekEnd else {
            return (nil, problems)
        }
        let campaign = Campaign(
            id: id, title: title, ward: ward, center: center, schoolYear: schoolYear,
            weekStart: weekStart, weekEnd: weekEnd, ceremonyDate: ceremonyDate,
            ceremonyTime: ceremonyTime, venue: venue, themes: themes)
        return (campaign, problems)
    }
}
