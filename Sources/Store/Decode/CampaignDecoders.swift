/// Decoders for the sets of `campaign.rec`: the campaign, its targets, the ward's indicators and the agenda.

import Recfile
import VietText

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
    private let id, label, metric, goal, unit, kind: Int
    private let metrics = ChoiceTable<TargetMetric>()
    private let recipients = ChoiceTable<RecipientKind>()

    init(file: String) {
        r = RawRecordDecoder(StoreSchema.target, file: file)
        (id, label, metric, goal, unit, kind) = (r["Id"], r["Label"], r["Metric"], r["Goal"], r["Unit"], r["Kind"])
    }

    mutating func decode(_ record: RawRecord) -> Target? {
        r.begin(record)
        let i = r.text(id), l = r.text(label), m = r.choice(metric, metrics), g = r.int(goal), u = r.text(unit)
        let k = kinds()
        if let m, !m.countsAwards, !k.isEmpty {
            r.fail(kind, .inconsistent, r.line(kind), .fieldName,
                   "names the recipients of awards, but the metric \(m.rawValue) counts no awards "
                    + "(Kind goes with awards or award_amount)")
        }
        guard r.isValid, let i, let l, let m, let g else { return nil }
        return Target(id: i, label: l, metric: m, goal: g, unit: u, kinds: k, source: r.source)
    }

    /// Every `Kind` of the record, in file order; each value that is not a recipient kind is an error at its line.
    private mutating func kinds() -> [RecipientKind] {
        guard kind >= 0 else { return [] }
        let name = r.packedNames[kind]
        var out: [RecipientKind] = []
        for field in r.record.fields where PackedName(field.name) == name {
            let value = RawRecordDecoder.trimmed(field.value)
            if value.isEmpty { continue }
            if let k = recipients.match(value) {
                if !out.contains(k) { out.append(k) }
                continue
            }
            let text = VietText.nfc(utf8: value)
            let expected = StoreSchema.target.fields[kind].expectation
            r.fail(kind, .badValue, field.line, .value, RawRecordDecoder.sentence(expected, text), expected: expected, found: text)
        }
        return out
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
