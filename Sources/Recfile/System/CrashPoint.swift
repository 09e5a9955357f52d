/// A crash point for tests: `HOCTAP_CRASH_AT=N` makes the process SIGKILL itself at its N-th durable system call.

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Read once from the environment, so a normal run pays one nil check per write, fsync, rename
/// or ftruncate made through `SystemCalls`, and nothing else. With `HOCTAP_CRASH_AT=N` set, the
/// calls of those kinds are counted from 1 and the N-th one, by `HOCTAP_CRASH_MODE`:
/// - `before` (the default): the process kills itself before making it;
/// - `after`: makes it, then kills itself;
/// - `torn`: only writes are counted, and the N-th writes half its bytes, then the process dies,
///   as a large write cut by a kill at a page boundary does.
/// With `HOCTAP_CRASH_AT=NAME` (not a number), the process kills itself when it reaches the
/// place of that name (`reached(_:)`), such as `undo-journal`: between the undo journal's entry and
/// the write it announces.
/// For the crash-consistency tests only; nothing in hoctap sets these variables.
package final class CrashPoint: @unchecked Sendable {
    package enum Moment: String, Sendable {
        case before, after, torn
    }

    /// The crash point of this process, or nil when `HOCTAP_CRASH_AT` is unset (always, outside tests).
    package static let current: CrashPoint? = {
        guard let at = getenv("HOCTAP_CRASH_AT").flatMap({ Int(String(cString: $0)) }), at > 0 else { return nil }
        let moment = getenv("HOCTAP_CRASH_MODE").flatMap { Moment(rawValue: String(cString: $0)) } ?? .before
        return CrashPoint(at: at, moment: moment)
    }()

    /// The named place of this process's crash, or nil (`HOCTAP_CRASH_AT` unset or a number).
    package static let place: String? = {
        guard let raw = getenv("HOCTAP_CRASH_AT").map({ String(cString: $0) }), !raw.isEmpty, Int(raw) == nil else { return nil }
        return raw
    }()

    /// Kills the process here when `HOCTAP_CRASH_AT` names this place.
    package static func reached(_ name: String) {
        if place == name { die() }
    }

    package let at: Int
    package let moment: Moment
    /// Calls counted so far, behind `mutex` (a writer may run on any thread).
    private var count = 0
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

    private init(at: Int, moment: Moment) {
        self.at = at
        self.moment = moment
        pthread_mutex_init(mutex, nil)
    }

    /// Counts one call; its moment when it is the N-th, else nil.
    private func step(isWrite: Bool) -> Moment? {
        guard isWrite || moment != .torn else { return nil }
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        count += 1
        return count == at ? moment : nil
    }

    /// Makes one call of `length` bytes (0 for a call that writes none) through the crash point.
    package static func pass<T>(length: Int = 0, _ call: (Int) -> T) -> T {
        guard let point = current, let moment = point.step(isWrite: length > 0) else { return call(length) }
        if moment == .before { die() }
        _ = call(moment == .torn ? max(1, length / 2) : length)
        die()
    }

    private static func die() -> Never {
        _ = raise(SIGKILL)
        abort()
    }
}
