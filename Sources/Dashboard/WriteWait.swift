/// A write waiting for another program to let go of the store's lock: what the status line says, and whether the loop tries again or gives up.

import VietText

/// The dashboard never blocks on the store's lock: a write that finds it taken waits here while
/// the loop goes on drawing, and the loop asks `next` after each attempt that found it busy.
/// Times are milliseconds of the loop's monotonic clock, so that tests can give their own.
public struct WriteWait: Hashable, Sendable {
    /// How many other programs hold or wait for the lock, as last counted (the holder included).
    public var others: Int
    /// When the write was first tried.
    public let startedAt: Int

    /// How long a write waits before it is refused: as long as `hoctap add` waits.
    public static let patience = 10_000
    /// How often the loop tries again while it waits.
    public static let retryEvery = 100

    public init(others: Int, startedAt: Int) {
        self.others = max(1, others)
        self.startedAt = startedAt
    }

    /// What the loop does after an attempt at `now` found the lock taken.
    public enum Next: Equatable, Sendable {
        /// Try again in so many milliseconds, the wait showing on the status line meanwhile.
        case retry(inMilliseconds: Int)
        /// Stop waiting: the pane that asked gets this refusal.
        case giveUp(WriteOutcome)
    }

    public func next(at now: Int, language: Language) -> Next {
        let left = startedAt + Self.patience - now
        guard left > 0 else { return .giveUp(.refused(problems: [refusal(language)])) }
        return .retry(inMilliseconds: min(Self.retryEvery, left))
    }

    /// The status line while the write waits.
    public func statusText(_ language: Language) -> String {
        language.pick("Đang chờ ghi… (\(others) chương trình khác đang ghi)",
                      "Waiting to write… (\(others) other \(others == 1 ? "program is" : "programs are") writing)")
    }

    /// Why the write was given up.
    func refusal(_ language: Language) -> String {
        let seconds = Self.patience / 1000
        return language.pick(
            "Kho đang bận: đã chờ \(seconds) giây mà \(others) chương trình khác vẫn đang ghi; chưa ghi gì. "
                + "Hãy thử lại, hoặc đóng chương trình đang ghi vào kho này.",
            "The store is busy: after \(seconds) s, \(others) other \(others == 1 ? "program is" : "programs are") "
                + "still writing; nothing was written. Try again, or close the other program writing to this store.")
    }
}
