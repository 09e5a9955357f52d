/// Gathers a snapshot file by file: parses each, routes its records to the set decoders, keeps the problems.

/// Builds a `StoreSnapshot` from the store's files, read in `StoreSchema.files` order.
struct SnapshotBuilder {
    var snapshot: StoreSnapshot
    private var problems: [StoreProblem] = []
    /// The keys each set has used, by set name, for the references of files read later.
    /// A set whose file is missing has no entry, and references to it go unchecked.
    var keys: [String: [String: Int]] = [:]

    init(directory: String) {
        snapshot = StoreSnapshot(directory: directory)
    }

    /// A store file that is not in the folder.
    mutating func missing(_ name: String) {
        let essential = name == StoreSchema.campaign.file
        var p = StoreProblem(
            file: name, line: 0, severity: essential ? .error : .warning,
            message: essential ? "file missing from the store folder"
                : "file missing from the store folder; read as empty (`hoctap init` writes the store's files)",
            kind: .missingFile)
        p.anchor = .none
        problems.append(p)
    }

    /// A store file that exists but cannot be read.
    mutating func unreadable(_ name: String, reason: String) {
        var p = StoreProblem(file: name, line: 0, severity: .error, message: reason, kind: .missingFile)
        p.anchor = .none
        problems.append(p)
    }

    /// Parses and decodes the file called `name`, adding its records and problems. Each record is
    /// decoded as soon as the reader completes it, so the file's records are never all held at once.
    mutating func decode(_ name: String, bytes: UnsafeBufferPointer<UInt8>) {
        var router = SetRouter(file: name)
        let (parsed, decoded): (RecFile, [StoreProblem])
        switch name {
        case "campaign.rec": (parsed, decoded) = decodeCampaignFile(name, bytes, &router)
        case "ceremony.rec": (parsed, decoded) = decodeCeremonyFile(name, bytes, &router)
        case "classes.rec": (parsed, decoded) = decodeClassesFile(name, bytes, &router)
        case "learners.rec": (parsed, decoded) = decodeLearnersFile(name, bytes, &router)
        case "attendance.rec": (parsed, decoded) = decodeAttendanceFile(name, bytes, &router)
        case "branches.rec": (parsed, decoded) = decodeBranchesFile(name, bytes, &router)
        case "awards.rec": (parsed, decoded) = decodeAwardsFile(name, bytes, &router)
        case "funds.rec": (parsed, decoded) = decodeFundsFile(name, bytes, &router)
        case "titles.rec": (parsed, decoded) = decodeTitlesFile(name, bytes, &router)
        default: (parsed, decoded) = (RecParser.scan(bytes, file: name) { _ in }, [])
        }
        router.finish(parsed.descriptors)
        var found = parsed.problems + decoded + router.problems
        ExcerptBuilder.attach(to: &found, bytes: bytes)
        problems += found
    }

    /// About how many records a file of `bytes` holds, for reserving room (a record takes 100–200 bytes).
    static func estimatedRecords(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.count / 160
    }

    /// The snapshot, with every problem sorted by file, then line.
    mutating func finish() -> StoreSnapshot {
        snapshot.problems = StoreProblem.sorted(problems)
        return snapshot
    }

    /// The problems of a finished decoder, with its unknown-field warnings.
    static func drain(_ r: inout RecordDecoder) -> [StoreProblem] {
        r.finish()
        return r.problems
    }
}
