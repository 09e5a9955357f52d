/// Whether a store file that is not in the folder is lost (an error) or simply never was there (a warning).

import Recfile

/// The rule for a missing store file. It is an error when the store shows that the file existed:
/// `campaign.rec` (the dashboard cannot do without it), a file `.hoctap-files` lists (hoctap
/// wrote to the store while it was there), or a file that records of other files refer into
/// (awards name branches, so awards without `branches.rec` lost it). Otherwise it is a warning,
/// and the file is read as empty: an older store without a newer file (`titles.rec`) stays valid.
enum MissingFiles {
    /// The problem of each file of `missing`, given the manifest and the decoders of the files read.
    static func problems(_ missing: [String], manifest: StoreManifest?,
                         decoders: [String: StoreFileDecoder]) -> [StoreProblem] {
        guard !missing.isEmpty else { return [] }
        var unchecked: [String: (file: String, line: Int, count: Int)] = [:]
        for name in StoreSchema.files {
            decoders[name]?.forEachDecoder { decoder in
                for (set, seen) in decoder.unchecked {
                    guard let home = StoreSchema.set(named: set)?.file else { continue }
                    let first = unchecked[home]
                    unchecked[home] = (first?.file ?? name, first?.line ?? seen.line, (first?.count ?? 0) + seen.count)
                }
            }
        }
        return missing.map { name in
            if let refs = unchecked[name] {
                let records = refs.count == 1 ? "1 reference" : "\(refs.count) references"
                return problem(name, .error, "file missing from the store folder, but \(records) of other files "
                    + "point into it (the first at \(refs.file):\(refs.line)); it was lost: put it back "
                    + "(from a backup) before trusting the figures")
            }
            if manifest?.files.contains(name) == true {
                return problem(name, .error, "file missing from the store folder, but \(StoreManifest.fileName) "
                    + "says the store had it; it was lost: put it back (from a backup) before trusting the figures")
            }
            if name == StoreSchema.campaign.file { return problem(name, .error, "file missing from the store folder") }
            return problem(name, .warning,
                           "file missing from the store folder; read as empty (`hoctap init` writes the store's files)")
        }
    }

    /// A problem about a whole file (line 0, no excerpt).
    static func problem(_ name: String, _ severity: Severity, _ message: String) -> StoreProblem {
        var p = StoreProblem(file: name, line: 0, severity: severity, message: message, kind: .missingFile)
        p.anchor = .none
        return p
    }
}
