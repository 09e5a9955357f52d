/// The per-file steps of the snapshot builder: which decoder reads which set, and what each set refers to.

extension SnapshotBuilder {
    typealias FileResult = (RecFile, [StoreProblem])

    mutating func decodeCampaignFile(_ name: String, _ bytes: UnsafeBufferPointer<UInt8>, _ router: inout SetRouter) -> FileResult {
        var campaign = CampaignDecoder(file: name), target = TargetDecoder(file: name)
        var indicator = IndicatorDecoder(file: name), agenda = AgendaDecoder(file: name)
        var campaignLines: [Int] = []
        let f = RecParser.scan(bytes, file: name) { record in
            switch router.set(of: record) {
            case "Campaign":
                campaignLines.append(record.line)
                if let c = campaign.decode(record) { snapshot.campaigns.append(c) }
            case "Target": if let t = target.decode(record) { snapshot.targets.append(t) }
            case "Indicator": if let i = indicator.decode(record) { snapshot.indicators.append(i) }
            case "Agenda": if let a = agenda.decode(record) { snapshot.agenda.append(a) }
            default: break
            }
        }
        if campaignLines.isEmpty {
            let line = f.descriptor(of: "Campaign")?.line ?? 0
            campaign.r.add(.error, .missingField, line, nil, line > 0 ? .lineStart : .none,
                           "no Campaign record; write one after the \"%rec: Campaign\" line")
        } else if campaignLines.count > 1 {
            campaign.r.add(.warning, .inconsistent, campaignLines[1], nil, .lineStart,
                           "more than one Campaign record; only the first (line \(campaignLines[0])) is shown")
        }
        keys["Agenda"] = agenda.r.keys
        return (f, Self.drain(&campaign.r) + Self.drain(&target.r) + Self.drain(&indicator.r) + Self.drain(&agenda.r))
    }

    mutating func decodeCeremonyFile(_ name: String, _ bytes: UnsafeBufferPointer<UInt8>, _ router: inout SetRouter) -> FileResult {
        var log = AgendaLogDecoder(file: name)
        let agenda = keys["Agenda"]
        let f = RecParser.scan(bytes, file: name) { record in
            guard router.set(of: record) != nil, let e = log.decode(record, agenda: agenda) else { return }
            snapshot.agendaLog.append(e)
        }
        return (f, Self.drain(&log.r))
    }

    mutating func decodeClassesFile(_ name: String, _ bytes: UnsafeBufferPointer<UInt8>, _ router: inout SetRouter) -> FileResult {
        var course = CourseDecoder(file: name)
        let f = RecParser.scan(bytes, file: name) { record in
            guard router.set(of: record) != nil, let c = course.decode(record) else { return }
            snapshot.classes.append(c)
        }
        keys["Class"] = course.r.keys
        return (f, Self.drain(&course.r))
    }

    mutating func decodeLearnersFile(_ name: String, _ bytes: UnsafeBufferPointer<UInt8>, _ router: inout SetRouter) -> FileResult {
        var learner = LearnerDecoder(file: name)
        learner.r.reserveKeys(Self.estimatedRecords(bytes))
        let f = RecParser.scan(bytes, file: name) { record in
            defer { learner.r.release() }
            guard router.set(of: record) != nil, let l = learner.decode(record) else { return }
            snapshot.learners.append(l)
        }
        keys["Learner"] = learner.r.keys
        return (f, Self.drain(&learner.r))
    }

    mutating func decodeAttendanceFile(_ name: String, _ bytes: UnsafeBufferPointer<UInt8>, _ router: inout SetRouter) -> FileResult {
        var enrollment = EnrollmentDecoder(file: name), attendance = AttendanceDecoder(file: name)
        let classes = keys["Class"], learners = keys["Learner"]
        let f = RecParser.scan(bytes, file: name) { record in
            switch router.set(of: record) {
            case "Enrollment":
                if let e = enrollment.decode(record, classes: classes, learners: learners) { snapshot.enrollments.append(e) }
                enrollment.r.release()
            case "Attendance":
                if let a = attendance.decode(record, classes: classes, learners: learners) { snapshot.attendance.append(a) }
                attendance.r.release()
            default: break
            }
        }
        return (f, Self.drain(&enrollment.r) + Self.drain(&attendance.r))
    }

    mutating func decodeBranchesFile(_ name: String, _ bytes: UnsafeBufferPointer<UInt8>, _ router: inout SetRouter) -> FileResult {
        var branch = BranchDecoder(file: name), clan = ClanDecoder(file: name)
        let f = RecParser.scan(bytes, file: name) { record in
            switch router.set(of: record) {
            case "Branch": if let b = branch.decode(record) { snapshot.branches.append(b) }
            case "Clan": if let c = clan.decode(record) { snapshot.clans.append(c) }
            default: break
            }
        }
        keys["Branch"] = branch.r.keys
        return (f, Self.drain(&branch.r) + Self.drain(&clan.r))
    }

    mutating func decodeAwardsFile(_ name: String, _ bytes: UnsafeBufferPointer<UInt8>, _ router: inout SetRouter) -> FileResult {
        var award = AwardDecoder(file: name)
        let branches = keys["Branch"]
        award.r.reserveKeys(Self.estimatedRecords(bytes))
        snapshot.awards.reserveCapacity(snapshot.awards.count + Self.estimatedRecords(bytes))
        let f = RecParser.scan(bytes, file: name) { record in
            defer { award.r.release() }
            guard router.set(of: record) != nil, let a = award.decode(record, branches: branches) else { return }
            snapshot.awards.append(a)
        }
        return (f, Self.drain(&award.r))
    }

    mutating func decodeFundsFile(_ name: String, _ bytes: UnsafeBufferPointer<UInt8>, _ router: inout SetRouter) -> FileResult {
        var donation = DonationDecoder(file: name)
        let branches = keys["Branch"]
        donation.r.reserveKeys(Self.estimatedRecords(bytes))
        let f = RecParser.scan(bytes, file: name) { record in
            defer { donation.r.release() }
            guard router.set(of: record) != nil, let d = donation.decode(record, branches: branches) else { return }
            snapshot.donations.append(d)
        }
        return (f, Self.drain(&donation.r))
    }
}
