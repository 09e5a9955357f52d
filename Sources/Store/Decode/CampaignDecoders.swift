/// Decoders for the sets of `campaign.rec`: the campaign, its targets, the ward's indicators and the agenda.

import Recfile

struct CampaignDecoder {
    var r: RawRecordDecoder
    private let id, title, ward, center, schoolYear, weekStart, weekEnd, ceremonyDate, ceremonyTime, venue, theme: Int

    init(file: String) {
        r = RawRecordDecoder(StoreSchema.campaign, file: file)
        (id, title, ward, center, schoolYear) = (r["Id"], r["Title"], r["Ward"], r["Center"], r["SchoolYear"])
        (weekStart, weekEnd, ceremonyDate, ceremonyTime) = (r["WeekStart"], r["WeekEnd"], r["CeremonyDate"], r["CeremonyTime"])
        (venue, theme) = (r["Venue"], r["Theme"])
    }

    mutating func decode(_ record: RawRecord) -> Campaign? {
        r.begin(record)
        let values = (r.text(id), r.text(title), r.text(ward), r.text(center), r.text(schoolYear))
        let start = r.date(weekStart), end = r.date(weekEnd)
        let date = r.date(ceremonyDate), time = r.time(ceremonyTime), place = r.text(venue), themes = r.texts(theme)
        if let start, let end, end < start {
            r.fail(weekEnd, .inconsistent, r.line(weekEnd), .value, "the week ends (\(end)) before it starts (\(start))")
        }
        guard r.isValid, let i = values.0, let t = values.1, let w = values.2, let c = values.3, let y = values.4,
              let start, let end else { return nil }
        return Campaign(id: i, title: t, ward: w, center: c, schoolYear: y, weekStart: start, weekEnd: end,
                        ceremonyDate: date, ceremonyTime: time, venue: place, themes: themes, source: r.source)
    }
}

struct TargetDecoder {
    var r: RawRecordDecoder
    private let id, label, metric, goal, unit: Int
    private let metrics = ChoiceTable<TargetMetric>()

    init(file: String) {
        r = RawRecordDecoder(StoreSchema.target, file: file)
        (id, label, metric, goal, unit) = (r["Id"], r["Label"], r["Metric"], r["Goal"], r["Unit"])
    }

    mutating func decode(_ record: RawRecord) -> Target? {
        r.begin(record)
        let i = r.text(id), l = r.text(label), m = r.choice(metric, metrics), g = r.int(goal), u = r.text(unit)
        guard r.isValid, let i, let l, let m, let g else { return nil }
        return Target(id: i, label: l, metric: m, goal: g, unit: u, source: r.source)
    }
}

struct IndicatorDecoder {
    var r: RawRecordDecoder
    private let id, label, value, of, unit, group: Int

    init(file: String) {
        r = RawRecordDecoder(StoreSchema.indicator, file: file)
        (id, label, value, of, unit, group) = (r["Id"], r["Label"], r["Value"], r["Of"], r["Unit"], r["Group"])
    }

    mutating func decode(_ record: RawRecord) -> Indicator? {
        r.begin(record)
        let i = r.text(id), l = r.text(label), v = r.int(value), o = r.int(of), u = r.text(unit), g = r.text(group)
        guard r.isValid, let i, let l, let v else { return nil }
        return Indicator(id: i, label: l, value: v, of: o, unit: u, group: g, source: r.source)
    }
}

struct AgendaDecoder {
    var r: RawRecordDecoder
    private let seq, time, item, by: Int

    init(file: String) {
        r = RawRecordDecoder(StoreSchema.agenda, file: file)
        (seq, time, item, by) = (r["Seq"], r["Time"], r["Item"], r["By"])
    }

    mutating func decode(_ record: RawRecord) -> AgendaItem? {
        r.begin(record)
        let s = r.int(seq), t = r.time(time), i = r.text(item), b = r.text(by)
        guard r.isValid, let s, let i else { return nil }
        return AgendaItem(seq: s, time: t, item: i, by: b, source: r.source)
    }
}
