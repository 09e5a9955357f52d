/// The decoders of campaign.rec (campaign, targets, indicators, agenda) and ceremony.rec (the agenda log).

import Recfile

final class CampaignFileDecoder: StoreFileDecoder {
    private var campaign: CampaignDecoder, target: TargetDecoder, indicator: IndicatorDecoder, agenda: AgendaDecoder
    private var campaignLines: [Int] = []
    /// The first line of the second Campaign record, for the warning about it.
    private var secondCampaign: LineCopy?

    override init(name: String) {
        (campaign, target) = (CampaignDecoder(file: name), TargetDecoder(file: name))
        (indicator, agenda) = (IndicatorDecoder(file: name), AgendaDecoder(file: name))
        super.init(name: name)
    }

    override func forEachDecoder(_ body: (inout RawRecordDecoder) -> Void) {
        body(&campaign.r)
        body(&target.r)
        body(&indicator.r)
        body(&agenda.r)
    }

    override func take(_ record: RawRecord, set: String, into s: inout StoreSnapshot) {
        switch set {
        case "Campaign":
            campaignLines.append(record.line)
            if campaignLines.count == 2, let first = record.fields.first {
                secondCampaign = LineCopy(bytes: Array(record.lineBytes(from: first.lineStart)), start: record.base + first.lineStart)
            }
            if let c = campaign.decode(record) { s.campaigns.append(c) }
        case "Target": if let t = target.decode(record) { s.targets.append(t) }
        case "Indicator": if let i = indicator.decode(record) { s.indicators.append(i) }
        case "Agenda": if let a = agenda.decode(record) { s.agenda.append(a) }
        default: break
        }
    }

    override func keys(of set: String) -> KeyTable? { set == "Agenda" ? agenda.r.keys : nil }

    override func decoderProblems() -> [StoreProblem] {
        var first = campaign.r.problems
        if campaignLines.isEmpty {
            let line = scanner.out.descriptors.first { $0.name == "Campaign" }?.line ?? 0
            // A store just made by `hoctap init` has no campaign yet: the overview says so, and
            // the store is still valid (a warning, so `check` passes on a fresh store).
            var p = StoreProblem(file: name, line: line, severity: .warning, field: nil,
                                 message: "no Campaign record yet; the overview stays empty until one is written after the \"%rec: Campaign\" line",
                                 kind: .missingField)
            p.anchor = line > 0 ? .lineStart : .none
            p.excerpt = scanner.out.descriptorLines[line]?.excerpt(p.anchor)
            first.append(p)
        } else if campaignLines.count > 1 {
            var p = StoreProblem(file: name, line: campaignLines[1], severity: .warning, field: nil,
                                 message: "more than one Campaign record; only the first (line \(campaignLines[0])) is shown",
                                 kind: .inconsistent)
            p.anchor = .lineStart
            p.excerpt = secondCampaign?.excerpt(.lineStart)
            first.append(p)
        }
        return first + campaign.r.finishWarnings() + target.r.allProblems + indicator.r.allProblems + agenda.r.allProblems
    }

    override var arrays: [SnapshotArray] {
        [SnapshotArray(\.campaigns), SnapshotArray(\.targets), SnapshotArray(\.indicators), SnapshotArray(\.agenda)]
    }

    /// The arrays' counts, then how many Campaign records were seen.
    override func counts(_ s: StoreSnapshot) -> [Int] { super.counts(s) + [campaignLines.count] }

    override func truncate(_ s: inout StoreSnapshot, to counts: [Int]) {
        super.truncate(&s, to: counts)
        Store.truncate(&campaignLines, to: counts[4])
        if campaignLines.count < 2 { secondCampaign = nil }
    }
}

final class CeremonyFileDecoder: StoreFileDecoder {
    private var log: AgendaLogDecoder
    private var agenda: KeyTable?

    override init(name: String) {
        log = AgendaLogDecoder(file: name)
        super.init(name: name)
    }

    override func makeShadow() -> StoreFileDecoder? { CeremonyFileDecoder(name: name) }
    override func forEachDecoder(_ body: (inout RawRecordDecoder) -> Void) { body(&log.r) }

    override func prepare(_ keys: (String) -> KeyTable?) { agenda = keys("Agenda") }

    override func take(_ record: RawRecord, set: String, into s: inout StoreSnapshot) {
        if let e = log.decode(record, agenda: agenda) { s.agendaLog.append(e) }
    }

    override func dangling(to set: String) -> [String] { set == "Agenda" ? log.r.dangling : [] }
    override var arrays: [SnapshotArray] { [SnapshotArray(\.agendaLog)] }
}
