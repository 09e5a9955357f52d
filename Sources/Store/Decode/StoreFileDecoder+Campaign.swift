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

    override func decoderProblemCounts() -> [Int] {
        [campaign.r.problems.count, target.r.problems.count, indicator.r.problems.count, agenda.r.problems.count]
    }

    override func attachDecoderExcerpts(since before: [Int], _ lines: LineFinder) {
        campaign.r.attachExcerpts(since: before[0], lines)
        target.r.attachExcerpts(since: before[1], lines)
        indicator.r.attachExcerpts(since: before[2], lines)
        agenda.r.attachExcerpts(since: before[3], lines)
    }

    override func decoderMarks() -> [RawRecordDecoder.Mark] {
        [campaign.r.mark(), target.r.mark(), indicator.r.mark(), agenda.r.mark()]
    }

    override func rollbackDecoders(_ marks: [RawRecordDecoder.Mark]) {
        campaign.r.rollback(to: marks[0])
        target.r.rollback(to: marks[1])
        indicator.r.rollback(to: marks[2])
        agenda.r.rollback(to: marks[3])
    }

    override func counts(_ s: StoreSnapshot) -> [Int] {
        [s.campaigns.count, s.targets.count, s.indicators.count, s.agenda.count, campaignLines.count]
    }

    override func truncate(_ s: inout StoreSnapshot, to counts: [Int]) {
        Store.truncate(&s.campaigns, to: counts[0])
        Store.truncate(&s.targets, to: counts[1])
        Store.truncate(&s.indicators, to: counts[2])
        Store.truncate(&s.agenda, to: counts[3])
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
    override func restartDecoders() { log.r.restart() }
    override func absorbDecoders(_ shadow: StoreFileDecoder) -> Bool {
        guard let o = shadow as? CeremonyFileDecoder else { return false }
        return log.r.absorb(o.log.r)
    }

    override func prepare(_ keys: (String) -> KeyTable?) { agenda = keys("Agenda") }

    override func take(_ record: RawRecord, set: String, into s: inout StoreSnapshot) {
        if let e = log.decode(record, agenda: agenda) { s.agendaLog.append(e) }
    }

    override func dangling(to set: String) -> [String] { set == "Agenda" ? log.r.dangling : [] }
    override func decoderProblems() -> [StoreProblem] { log.r.allProblems }
    override func decoderProblemCounts() -> [Int] { [log.r.problems.count] }
    override func attachDecoderExcerpts(since before: [Int], _ lines: LineFinder) {
        log.r.attachExcerpts(since: before[0], lines)
    }
    override func decoderMarks() -> [RawRecordDecoder.Mark] { [log.r.mark()] }
    override func rollbackDecoders(_ marks: [RawRecordDecoder.Mark]) { log.r.rollback(to: marks[0]) }
    override func counts(_ s: StoreSnapshot) -> [Int] { [s.agendaLog.count] }
    override func truncate(_ s: inout StoreSnapshot, to counts: [Int]) { Store.truncate(&s.agendaLog, to: counts[0]) }
}
