/// A reload against the last good load: a store file gone, or holding fewer records, with no rewrite by hoctap to explain it.

import Recfile

/// While the dashboard runs, a file that disappears or is cut short must not just show fewer
/// figures. Compared with the record counts of the last good snapshot (`StoreSnapshot.fileRecords`):
/// a file that was read then and is missing or unreadable now is an error; a file that holds fewer
/// records (of any set, valid or not) is an error unless `.hoctap-files` notes that hoctap's last
/// rewrite of it left it at exactly its present size (a record removed by hoctap). Either error
/// makes `LiveSnapshot` keep the last good data on screen, until the file is back or has at least
/// as many records again; a removal made on purpose by hand shows once the dashboard is restarted.
enum StoreShrinkCheck {
    /// `snapshot` with an error for each file lost or cut short since `baseline` was read.
    static func checked(_ snapshot: StoreSnapshot, baseline: [String: Int]?) -> StoreSnapshot {
        guard let baseline, !baseline.isEmpty else { return snapshot }
        var out = snapshot
        var found: [StoreProblem] = []
        var manifest: StoreManifest??
        for name in StoreSchema.files {
            guard let before = baseline[name] else { continue }
            guard let now = snapshot.fileRecords[name] else {
                let held = before == 1 ? "1 record" : "\(before) records"
                out.problems.removeAll { $0.file == name && $0.kind == .missingFile && $0.severity == .warning }
                if !out.problems.contains(where: { $0.file == name && $0.kind == .missingFile }) {
                    found.append(MissingFiles.problem(name, .error, "file gone from the store folder since the "
                        + "dashboard read it (it held \(held)); the data read before stays on screen until it is back"))
                }
                continue
            }
            guard now < before else { continue }
            if manifest == nil { manifest = .some(StoreManifest.read(snapshot.directory)) }
            let path = RecWriter.storePath(name, in: snapshot.directory)
            if let noted = manifest??.rewrites[name], noted == FileWindows.identity(path)?.size { continue }
            var p = StoreProblem(
                file: name, line: 0, severity: .error,
                message: "holds \(now) records, \(before - now) fewer than when the dashboard last read it, and hoctap "
                    + "did not rewrite it (cut short or emptied in place?); the data read before stays on screen. "
                    + "If the records were removed on purpose, restart the dashboard",
                kind: .shrunk)
            p.anchor = .none
            found.append(p)
        }
        guard !found.isEmpty else { return out }
        out.problems = StoreProblem.sorted(out.problems + found)
        return out
    }
}
