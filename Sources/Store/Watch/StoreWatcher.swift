/// Notices changes to a store folder's `*.rec` files, debounced, for a single-threaded loop.

/// Watches one store folder: inotify on Linux, polling elsewhere or when asked. Call `poll()` on
/// each turn of the loop; it never blocks. Only `*.rec` names count: the lock file
/// (`.hoctap.lock`) and a writer's temporary files (`.NAME.tmp-…`) do not.
///
/// The watch follows the path, not the folder: when the folder is deleted and made again, or
/// another is renamed into its place, the change is reported and the new folder is watched. While
/// there is no folder at the path, its return is looked for every `pollingMilliseconds`.
public final class StoreWatcher {
    /// How long a burst must be quiet before it is reported: long enough to gather an editor's
    /// write-and-rename, short enough that an append reaches the screen well within 250 ms.
    public static let quietMilliseconds = 30
    /// The longest a burst is held back after its first event.
    public static let longestMilliseconds = 250
    /// How often the polling fallback looks at the files.
    public static let pollingMilliseconds = 250

    public let directory: String
    private var debounce: StoreWatcherDebounce
    private var polling: StoreWatcherPolling?
    private var folder: StoreWatcherFolder
    #if os(Linux)
    private let inotify: StoreWatcherInotify?
    #endif

    /// Starts watching `directory`. With `forcePolling`, or where inotify is missing or refuses the
    /// folder, the files are compared every `pollingMilliseconds` instead.
    public init(directory: String, forcePolling: Bool = false,
                quietMilliseconds: Int = StoreWatcher.quietMilliseconds,
                longestMilliseconds: Int = StoreWatcher.longestMilliseconds) {
        self.directory = directory
        debounce = StoreWatcherDebounce(quietMilliseconds: quietMilliseconds, longestMilliseconds: longestMilliseconds)
        folder = StoreWatcherFolder(directory: directory, intervalMilliseconds: Self.pollingMilliseconds)
        #if os(Linux)
        inotify = forcePolling ? nil : StoreWatcherInotify(directory: directory)
        if inotify == nil {
            polling = StoreWatcherPolling(directory: directory, intervalMilliseconds: Self.pollingMilliseconds)
        }
        #else
        polling = StoreWatcherPolling(directory: directory, intervalMilliseconds: Self.pollingMilliseconds)
        #endif
    }

    /// The inotify descriptor, readable when events wait, for a loop that selects on it; nil when polling.
    public var fileDescriptor: Int32? {
        #if os(Linux)
        return inotify?.fileDescriptor
        #else
        return nil
        #endif
    }

    /// Whether changes were seen that `poll()` has not reported yet (the burst is settling).
    public var hasPendingChange: Bool { debounce.isPending }

    /// Whether the watcher fell back to (or was told to use) polling.
    public var isPolling: Bool { polling != nil }

    /// Whether the loop should call `poll()` at least every `pollingMilliseconds`: when polling,
    /// or when the folder is gone and its return can only be seen by looking.
    public var needsFrequentPolls: Bool {
        #if os(Linux)
        return polling != nil || inotify?.isWatching == false
        #else
        return true
        #endif
    }

    /// Non-blocking: true when a relevant file changed and the burst of changes has settled
    /// (quiet for `quietMilliseconds`, or `longestMilliseconds` since its first event).
    public func poll() -> Bool {
        let now = StoreWatcherDebounce.now
        var lost = false
        #if os(Linux)
        if let inotify {
            let drained = inotify.drain()
            if drained.relevant { debounce.note(at: now) }
            lost = drained.lost
        }
        #endif
        if folder.changed(at: now, force: lost) || lost {
            debounce.note(at: now)
            #if os(Linux)
            // The folder now at the path, if there is one, is watched in place of the one that went.
            if let inotify {
                if folder.identity != nil { inotify.watch(directory) } else { inotify.unwatch() }
            }
            #endif
        }
        if polling?.changed(at: now) == true { debounce.note(at: now) }
        return debounce.ready(at: now)
    }

    /// Whether a change to the file `name` matters: a visible `*.rec` file.
    public static func isRelevant(_ name: String) -> Bool {
        name.hasSuffix(".rec") && !name.hasPrefix(".")
    }
}
