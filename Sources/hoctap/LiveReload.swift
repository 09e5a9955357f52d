/// Reloading the session's store when its files change on disk.

import Store

extension DashboardSession {
    /// A watcher on this session's store folder (the built-in demo included: it is only read).
    func makeWatcher() -> StoreWatcher {
        StoreWatcher(directory: directory)
    }

    /// Reads the store again after `watcher` reported a change; true when there is something new to
    /// draw. A folder that can no longer be read keeps the snapshot on screen as it was.
    mutating func reload() -> Bool {
        guard let loaded = try? StoreLoader.reload(directory: directory) else { return false }
        live.accept(loaded)
        return true
    }
}
