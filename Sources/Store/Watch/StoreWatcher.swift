/// Notices changes to a store folder's `*.rec` files, debounced, for a single-threaded loop.

/// Watches one store folder: inotify on Linux, polling elsewhere or when asked. Call `poll()` on
/// each turn of the loop; it never blocks. Only `*.rec` names count: the lock file
/// (`.hoctap.lock`) and a writer's temporary files (`.NAME.tmp-…`) do not.
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

    /// Non-blocking: true when a relevant file changed and the burst of changes has settled
    /// (quiet for `quietMilliseconds`, or `longestMilliseconds` since its first event).
    public func poll() -> Bool {
        let now = StoreWatcherDebounce.now
        #if os(Linux)
        if let inotify, inotify.drain() { debounce.note(at: now) }
        #endif
        if polling?.changed(at: now) == true { debounce.note(at: now) }
        return debounce.ready(at: now)
    }

    /// Whether a change to the file `name` matters: a visible `*.rec` file.
    public static func isRelevant(_ name: String) -> Bool {
        name.hasSuffix(".rec") && !name.hasPrefix(".")
    }
}
