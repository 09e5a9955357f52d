/// One showing of the dashboard: the store snapshot, the theme, the state, and the frame they make.

import Canvas
import Dashboard
import Foundation
import Store

struct DashboardSession {
    let catalog: ThemeCatalog
    /// The store folder, followed: the last good snapshot and the latest problems.
    var store: LiveStore
    /// What the panes read, derived from `store.shown` once per reload; the parts beyond the
    /// overview's figures are built when a screen first needs them (`prepareData()`).
    var data: DashboardData
    var theme: Theme
    var state: AppState
    /// A write that found the store's lock taken and is tried again on the loop's next wakes.
    var pending: PendingWrite?
    /// The store's check of the last import previewed (`readImport`): its write reuses it when the
    /// records and the store's files are still those it checked, as `hoctap import` does.
    var importChecked: RecordBatch?
    /// What the form's writes keep of `awards.rec` between them (its checksum and ids' pattern),
    /// so that an award is checked against `store.shown` rather than the store read again.
    var writeCache = SnapshotWriteCache()

    /// - Parameters:
    ///   - present: presentation mode's settings (`--present` starts a read-only viewer).
    ///   - interactive: a session at the keyboard; on the built-in demo it works on a writable copy
    ///     in the user's data folder (a one-frame render never makes one).
    init(options: DisplayOptions, present: PresentOptions? = nil, interactive: Bool = false) throws {
        var location = try StoreLocation.resolve(option: options.store)
        let viewer = present?.present ?? false
        if interactive, !viewer { location = location.writable() }
        store = try LiveStore(directory: location.directory)
        data = DashboardData(store.shown, building: [])
        catalog = .forThisProcess()
        let language = try options.language()
        // The projector theme, unless --theme says otherwise.
        let themeName = options.theme ?? (viewer ? "projector" : "default")
        let resolution = catalog.resolve(themeName)
        theme = resolution.theme
        state = AppState(
            language: language,
            ascii: options.ascii,
            themeName: resolution.theme.name,
            themeProblems: resolution.problems,
            storeLabel: location.label(language),
            canWrite: !location.isBuiltInDemo && !viewer,
            now: interactive ? .current() : .reference,
            presentation: present?.state ?? PresentationState()
        )
        state.dataChangedAt = state.now
    }

    /// What the panes show: the last good snapshot, with the latest problems.
    var snapshot: StoreSnapshot { store.shown }

    /// The store folder the snapshot was read from.
    var directory: String { store.directory }

    /// The frame for a screen of `size`: exactly what the terminal shows. Builds first the parts
    /// of the data the screen reads that are not built yet.
    mutating func frame(size: Size) -> Buffer {
        prepareData()
        return Screen.render(state: state, data: data, theme: theme, size: size)
    }

    /// Builds the parts of the data that the screen of `state` reads (its pane's, an open form's)
    /// and that are not built yet: the first showing of a pane pays for them, not the first frame.
    mutating func prepareData() {
        data.prepare(DataParts.needed(by: state))
    }

    /// Switches to the theme after the current one in the catalog's cycle.
    mutating func cycleTheme() {
        guard let name = ThemeCycle.next(after: state.themeName, in: catalog.cycleOrder()) else { return }
        let resolution = catalog.resolve(name)
        theme = resolution.theme
        state.themeName = resolution.theme.name
        state.themeProblems = resolution.problems
    }

    /// Reads the store again and takes what it brought: new derived data, the time of the change,
    /// the new records. The derived data lets go of the old snapshot first, so that an append is
    /// added to the store's arrays in place, and after an append counts the new records alone.
    /// True when something new is to be drawn.
    /// After this dashboard's own write (`own`), enrollments it put in are counted in place too.
    mutating func reloadAndDerive(after own: OwnWrite? = nil) -> Bool {
        let tail = SnapshotTail(store.shown)
        data.releaseSnapshot()
        let changed = store.reload(after: own)
        data.update(to: store.shown, append: store.lastAppend, droppedMark: store.lastDroppedMark)
        if changed { state.dataChanged(from: tail, to: store.shown) }
        return changed
    }

    /// Tries a write a pane asked for once, without waiting for the store's lock, and reads the
    /// store again after it; nil when another program holds the lock (`isBusy`), the store untouched.
    mutating func attempt(_ write: StoreWrite) -> WriteOutcome? {
        let outcome: WriteOutcome
        var own: OwnWrite?
        do {
            // An import's write is stamped with its preview's time, so the preview's check stands.
            let checked = importChecked.flatMap { batch in write == .add(batch.records) ? batch : nil }
            let report: StoreWriteReport
            if checked == nil, let stamps = store.stamps {
                // The snapshot on screen stands for the store while its files stat as it read them.
                report = try write.performed(in: directory, now: RecordAddition.localStamp(), lockTimeout: .zero,
                                             snapshot: store.shown, stamps: stamps, cache: &writeCache)
                own = writeCache.lastWrite
            } else {
                report = try write.performed(in: directory, now: checked?.now ?? RecordAddition.localStamp(), lockTimeout: .zero,
                                             checked: checked)
            }
            switch write {
            case .add, .remove, .seedYear: outcome = .written(report.records)
            case .edit, .removeRecord, .undo: outcome = .changed(report.summary, undo: report.isUndo)
            }
        } catch RecWriterError.lockTimeout {
            return nil
        } catch let error as RecordAdditionError {
            switch error {
            case .invalid(_, let problems): outcome = .refused(problems: problems.map { $0.text(state.language) })
            default: outcome = .refused(problems: [error.text(state.language)])
            }
        } catch let error as StoreChangeError {
            switch error {
            case .invalid(_, let problems): outcome = .refused(problems: problems.map { $0.text(state.language) })
            default: outcome = .refused(problems: [error.text(state.language)])
            }
        } catch {
            outcome = .refused(problems: ["\(error)"])
        }
        if case .refused = outcome {} else { _ = reloadAndDerive(after: own) }
        return outcome
    }
}
