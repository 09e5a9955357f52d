/// Reloading the session's store when its files change on disk.

import Store

extension DashboardSession {
    /// A watcher on this session's store folder (the built-in demo included: it is only read).
    func makeWatcher() -> StoreWatcher {
        StoreWatcher(directory: directory)
    }

    /// Reads the store again after `watcher` reported a change; true when there is something new to
    /// draw. A folder that can no longer be read keeps the snapshot on screen as it was.
    ///
    /// The reloader reads only what was appended and extends its snapshot in place when nothing else
    /// holds it. So when the screen shows the reloader's own last snapshot, the session lets go of it
    /// first; if the new snapshot has more errors, the one it replaced stays on screen with the new
    /// problems, as `LiveSnapshot` rules.
    mutating func reload() -> Bool {
        guard reloader.isPrimed, !live.isHoldingBack else {
            guard let loaded = try? reloader.reload(directory: directory) else { return false }
            live.accept(loaded)
            return true
        }
        live = LiveSnapshot(StoreSnapshot(directory: directory))
        guard let loaded = try? reloader.reload(directory: directory) else {
            if let kept = reloader.snapshot { live = LiveSnapshot(kept) }
            return false
        }
        if let replaced = reloader.replaced {
            live = LiveSnapshot(replaced)
            live.accept(loaded)
        } else {
            live = LiveSnapshot(loaded)
        }
        return true
    }
}
