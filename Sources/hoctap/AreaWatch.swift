/// Which members of an area changed on disk: each store folder through the dashboard's store watcher, each summary file by its identity, size and time (`FileWindows.identity`).

import Foundation
import Recfile
import Reports
import Store

/// Follows an area's members for the read-only view. Non-blocking: `changed()` on each turn of
/// the loop answers the members to read again.
final class AreaWatch {
    private var stores: [(index: Int, watcher: StoreWatcher)] = []
    private var summaries: [(index: Int, path: String, stamp: FileWindows.Identity?)] = []

    init(_ area: Area) {
        for (i, member) in area.members.enumerated() {
            switch member.source {
            case .store(let folder): stores.append((i, StoreWatcher(directory: folder)))
            case .summary(let file): summaries.append((i, file, FileWindows.identity(file)))
            }
        }
    }

    /// Whether a burst of store changes is settling (the loop then wakes sooner).
    var settling: Bool { stores.contains { $0.watcher.hasPendingChange } }

    /// The members whose files changed since the last call, in the area's order.
    func changed() -> [Int] {
        var out = stores.filter { $0.watcher.poll() }.map(\.index)
        for k in summaries.indices {
            let now = FileWindows.identity(summaries[k].path)
            if now != summaries[k].stamp {
                summaries[k].stamp = now
                out.append(summaries[k].index)
            }
        }
        return out.sorted()
    }
}
