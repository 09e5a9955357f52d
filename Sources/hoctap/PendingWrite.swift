/// A write from the keyboard that waits for another program's lock while the screen goes on: tried again on the loop's wakes until written or given up.

import Dashboard
import Foundation
import Store

/// The write, the pane that asked for it, and this dashboard's place in the store's queue of
/// writers (so that the others count it); `WriteWait` decides when to try again and when to stop.
struct PendingWrite {
    let write: StoreWrite
    let origin: Pane
    let place: StoreLockQueue.Waiter?
    var wait: WriteWait
}

extension DashboardSession {
    /// Starts a write a pane asked for: its outcome at once, or nil while it waits for the lock
    /// (the status line says so, and `retryPendingWrite` goes on with it).
    mutating func start(_ write: StoreWrite, origin: Pane, at now: Int = Self.milliseconds()) -> WriteOutcome? {
        if let outcome = attempt(write) { return outcome }
        let place = StoreLockQueue.join(in: directory)
        let wait = WriteWait(others: othersWriting(besides: place), startedAt: now)
        pending = PendingWrite(write: write, origin: origin, place: place, wait: wait)
        state.writeWait = wait
        return nil
    }

    /// Tries the waiting write again: its outcome and the pane that asked once it is written,
    /// refused or given up; nil while it still waits (or when none does).
    mutating func retryPendingWrite(at now: Int = Self.milliseconds()) -> (WriteOutcome, Pane)? {
        guard var waiting = pending else { return nil }
        var outcome = attempt(waiting.write)
        if outcome == nil {
            waiting.wait.others = othersWriting(besides: waiting.place)
            switch waiting.wait.next(at: now, language: state.language) {
            case .retry: break
            case .giveUp(let refusal): outcome = refusal
            }
        }
        guard let outcome else {
            pending = waiting
            state.writeWait = waiting.wait
            return nil
        }
        pending = nil
        state.writeWait = nil
        return (outcome, waiting.origin)
    }

    /// How soon the loop should try the waiting write again; nil when none waits.
    var retryDelay: Int? {
        guard let wait = pending?.wait else { return nil }
        if case .retry(let delay) = wait.next(at: Self.milliseconds(), language: state.language) { return delay }
        return 0
    }

    /// The program holding the lock and the other writers waiting for it.
    private func othersWriting(besides place: StoreLockQueue.Waiter?) -> Int {
        1 + StoreLockQueue.count(in: directory, excluding: place)
    }

    /// The loop's monotonic clock, in milliseconds.
    static func milliseconds() -> Int {
        Int(DispatchTime.now().uptimeNanoseconds / 1_000_000)
    }
}
