/// A store folder followed while the dashboard runs: the last good snapshot, and reloads that grow it in place.

/// Owns the "last good snapshot" rule (`LiveSnapshot`) and the incremental reloader together, so
/// that a viewer only asks for a reload and draws `shown`.
///
/// The reloader reads only what was appended and extends its snapshot's arrays in place when
/// nothing else holds them. So when the screen shows the reloader's own last snapshot, a reload
/// lets go of it first; if the new snapshot has more errors, the one it replaced stays on screen
/// with the new problems, as `LiveSnapshot` rules. A store file that disappears, or holds fewer
/// records than in the last good snapshot without a rewrite by hoctap, is such an error
/// (`StoreShrinkCheck`), so a vanished or truncated file never just shows fewer figures. A caller that keeps values derived from
/// `shown` (which share its arrays) drops them before `reload()` for the growth in place to
/// happen; keeping them costs a copy, never a wrong result.
public struct LiveStore {
    /// The store folder.
    public let directory: String
    /// The last good snapshot and the latest problems.
    private(set) var live: LiveSnapshot
    private let reloader: StoreReloader

    /// Reads the whole store once, through the reloader, so that the first change after it (the
    /// first award of a ceremony on a large store) is read alone, not with the store again.
    /// - Throws: `StoreError` when the folder cannot be used.
    public init(directory: String) throws {
        self.directory = directory
        let reloader = StoreReloader()
        self.reloader = reloader
        let (loaded, stamps) = try StoreFileStamps.around(directory) { try reloader.reload(directory: directory) }
        live = LiveSnapshot(loaded)
        self.stamps = stamps
    }

    /// The store files as the snapshot shown was read from them: a write from the dashboard that
    /// finds them unchanged under the lock may check against `shown` instead of reading the store
    /// again. Nil when files changed while they were read, the last good data is held back, or
    /// the folder could not be read.
    public private(set) var stamps: StoreFileStamps?

    /// What the panes show: the last good snapshot, with the latest problems.
    public var shown: StoreSnapshot { live.shown }

    /// Whether the last reload read only the bytes appended since the one before.
    public var lastWasIncremental: Bool { reloader.lastWasIncremental }

    /// The records the last reload appended to the snapshot shown before it, every other record
    /// unchanged; nil when it read the store whole, or the snapshot shown is not the one before
    /// with records added (the last good data held back, or put back). A viewer updates what it
    /// derived from the old snapshot with these records alone.
    public private(set) var lastAppend: StoreAppend?
    /// The mark the last reload dropped in place after this program's own unmark (the snapshot is
    /// the one before it without that record); nil after any other reload.
    public private(set) var lastDroppedMark: Attendance?

    /// Reads the store again after a change on disk; true when there is something new to draw. A
    /// folder that can no longer be read (deleted, renamed away) keeps the data as it was and
    /// shows one error saying so, until the folder can be read again.
    public mutating func reload() -> Bool {
        reload(inserted: nil, removed: nil)
    }

    /// The same, when this program has just put `inserted` inside a file and nothing else changed:
    /// the reloader then reads the inserted text alone.
    private mutating func reload(inserted: FileInsertion?, removed: FileRemoval?) -> Bool {
        lastAppend = nil
        lastDroppedMark = nil
        stamps = nil
        // A file gone or cut short since the last good load is an error, so that load stays shown.
        reloader.baseline = live.lastGood.fileRecords
        guard reloader.isPrimed, !live.isHoldingBack else {
            // While the last good data is held back, it stays shown as long as the errors stay.
            let held = reloader.isPrimed ? SnapshotEnd(live.shown) : nil
            let loaded: StoreSnapshot
            let seen: StoreFileStamps?
            do { (loaded, seen) = try StoreFileStamps.around(directory) { try reloader.reload(directory: directory) } } catch {
                return live.hold(showing: [Self.problem(error, directory: directory)])
            }
            live.accept(loaded)
            if !live.isHoldingBack { stamps = seen }
            if let held, live.isHoldingBack { lastAppend = held.append(in: live.shown) }
            return true
        }
        let end = SnapshotEnd(live.shown)
        // Let go of the reloader's snapshot, so its arrays can grow in place.
        live = LiveSnapshot(StoreSnapshot(directory: directory))
        let loaded: StoreSnapshot, seen: StoreFileStamps?
        do {
            (loaded, seen) = try StoreFileStamps.around(directory) { try reloader.reload(directory: directory, inserted: inserted, removed: removed) }
        } catch {
            if let kept = reloader.snapshot { live = LiveSnapshot(kept) }
            return live.hold(showing: [Self.problem(error, directory: directory)])
        }
        if let replaced = reloader.replaced {
            live = LiveSnapshot(replaced)
            live.accept(loaded)
        } else {
            live = LiveSnapshot(loaded)
        }
        if reloader.lastWasIncremental { lastAppend = end.append(in: live.shown) }
        if reloader.replaced == nil { lastDroppedMark = reloader.lastDropped }
        if !live.isHoldingBack { stamps = seen }
        return true
    }

    /// Reads the store again after this program's own write (`OwnWrite`): when the write only put
    /// in enrollments, starting from the files of the snapshot shown, and the reload finds the
    /// files as the write left them, `lastAppend` says the enrollments were appended even though
    /// the file was rewritten (they go before its Attendance part). The reload then reads only
    /// the text the write inserted, and moves the records and problems after it (`FileInsertion`);
    /// when that cannot be done, it reads the store whole.
    public mutating func reload(after write: OwnWrite?) -> Bool {
        let before = write?.enrollments == nil ? nil : StoreSnapshot.Counts(live.shown)
        let proven = write.map { $0.fromShown && stamps != nil && StoreFileStamps(directory: directory) == $0.after } ?? false
        let changed = reload(inserted: proven ? write?.insertion : nil, removed: proven ? write?.removal : nil)
        if lastAppend == nil, let write, let before, write.fromShown, stamps == write.after {
            lastAppend = write.append(from: before, to: live.shown)
        }
        return changed
    }

    /// The error shown while the folder cannot be read: a problem of no file, which the badge says in full.
    static func problem(_ error: any Error, directory: String) -> StoreProblem {
        let reason: String
        switch error as? StoreError {
        case .folderNotFound?: reason = "store folder gone (deleted or renamed): \(directory)"
        default: reason = "store folder cannot be read: \(error)"
        }
        var p = StoreProblem(file: "", line: 0, severity: .error,
                             message: reason + "; the data shown is the last read until it is back")
        p.anchor = .none
        return p
    }
}
