/// The pure state transition: a message (a key, a write's outcome), a tick of the clock or new data applied to the state.

import Canvas
import Store

extension AppState {
    /// Applies a global `action` and returns what the run loop must still do, if anything.
    @discardableResult
    public mutating func apply(_ action: Action) -> Effect? {
        switch action {
        case .nextPane:
            showPane(pane.next)
        case .previousPane:
            showPane(pane.previous)
        case .selectPane(let p):
            showPane(p)
        case .toggleHelp:
            showingHelp.toggle()
        case .back:
            showingHelp = false
            problemList.isOpen = false
        case .togglePresentation:
            guard !presentation.isViewer else { return nil }
            presentation.isOn.toggle()
            presentation.paused = false
            presentation.paneShownAt = now
            showingHelp = false
            problemList.isOpen = false
        case .toggleProblems:
            // Projected, the hall sees no file, line or value: the list does not open.
            guard !presentation.isOn else { return nil }
            problemList.isOpen.toggle()
            showingHelp = false
        case .nextTheme:
            return .nextTheme
        case .redraw:
            return .redraw
        case .undo:
            // Never on the projector; on a store that cannot be written, only why not.
            guard !presentation.isOn else { return nil }
            guard canWrite else {
                notice = Notice(language.pick("Chỉ xem: kho này không ghi được, không có gì để hoàn tác",
                                              "Read-only: this store cannot be written, nothing to undo"), tone: .bad, at: now)
                return nil
            }
            return .write(.undo, origin: pane)
        case .quit:
            guard presentation.isOn else { return .quit }
            if let asked = quitAskedAt, now.absoluteSeconds - asked.absoluteSeconds <= Self.quitWindow { return .quit }
            quitAskedAt = now
            notice = Notice(language.pick("Nhấn q lần nữa để thoát", "Press q again to quit"), tone: .bad, at: now)
        }
        return nil
    }

    private mutating func showPane(_ p: Pane) {
        showingHelp = false
        problemList.isOpen = false
        pane = p
        presentation.paneShownAt = now
    }

    /// The one way in for what happens at the keyboard and in the store: applies `message` and
    /// returns what the run loop must still do. The loop carries out a write and hands its
    /// outcome back here, as `.writeFinished`, for the pane that asked for it.
    @discardableResult
    public mutating func update(_ message: Message, data: DashboardData) -> Effect? {
        switch message {
        case .key(let key):
            return keyPressed(key, data: data)
        case .importRead(let answer):
            importRead(answer)
            return nil
        case .writeFinished(let outcome, let origin):
            if importWritten(outcome) { return nil }
            noteWrite(outcome)
            origin.module.receive(outcome, in: &self)
            return nil
        case .papersPrinted(let outcome):
            notice = outcome.notice(at: now)
            return nil
        }
    }

    /// As `update(_:data:)`, without store data (tests).
    @discardableResult
    public mutating func update(_ message: Message) -> Effect? {
        update(message, data: DashboardData(StoreSnapshot(directory: "")))
    }

    /// Handles one key: `update(.key(key), data:)`.
    @discardableResult
    public mutating func handle(_ key: Key, data: DashboardData) -> Effect? {
        update(.key(key), data: data)
    }

    /// Handles a key without store data (tests of the global keys).
    @discardableResult
    public mutating func handle(_ key: Key) -> Effect? {
        update(.key(key))
    }

    /// The pane on screen first (it may be typing into a field), then the global key table. Keys
    /// nobody knows change nothing.
    private mutating func keyPressed(_ key: Key, data: DashboardData) -> Effect? {
        if KeyMap.action(for: key) != .quit { quitAskedAt = nil }
        // The help is on top: the global keys work (moving to another pane closes it), but no key
        // reaches the pane beneath it, which could write (`n` on the overview, Space in a roster).
        // The import dialog has every key while it is open (it opens only outside presentation).
        if importer != nil, !presentation.isOn { return importKey(key, data: data) }
        if !showingHelp {
            // Projected, only the viewing keys work (Space pauses the rotation); panes, theme, help
            // and quit go through the global table (F5 only outside a `--present` viewer).
            let outcome = presentation.isOn
                ? PresentationKeys.keys.handle(key, &presentation, data, keyContext)
                : problemList.isOpen ? ProblemListKeys.keys.handle(key, &problemList, data, keyContext)
                : pane.module.handle(key, in: &self, data)
            switch outcome {
            case .handled: return nil
            case .notice(let notice):
                self.notice = notice
                return nil
            case .effect(let effect): return effect
            case .openImport(let dialog):
                importer = dialog
                return nil
            case .ignored: break
            }
        }
        guard let action = KeyMap.action(for: key) else { return nil }
        return apply(action)
    }

    /// The keys of the pane on screen (or of presentation mode), for the hint bar and the help.
    public func paneHints() -> [KeyHint] {
        if presentation.isOn { return PresentationKeys.keys.hints(presentation, keyContext) }
        if let importer { return ImportDialogKeys.keys.hints(importer, keyContext) }
        if problemList.isOpen { return ProblemListKeys.keys.hints(problemList, keyContext) }
        return pane.module.hints(in: self)
    }

    /// Whether the pane on screen takes every key (a form or a search box is open): then the
    /// global keys are not offered, since typing `q` types a q.
    public var paneCapturesKeys: Bool {
        !presentation.isOn && (importer != nil || !problemList.isOpen && pane.module.capturesKeys(in: self))
    }

    /// The global keys to offer beside the pane's: none while the pane takes every key, and
    /// never one whose keys the pane has taken over (←/→ choosing a session date).
    public func globalHints() -> [KeyHint] {
        guard !paneCapturesKeys else { return [] }
        let taken = presentation.isOn ? PresentationKeys.keys.keysTaken(presentation, keyContext)
            : problemList.isOpen ? ProblemListKeys.keys.keysTaken(problemList, keyContext) : pane.module.keysTaken(in: self)
        return KeyMap.bindings.filter { binding in !binding.entries.contains { taken.contains($0.key) } }.map(\.keyHint)
    }

    /// Moves the clock to `moment`: rotates the presentation when its time is up, drops an old
    /// notice. Returns true when the frame must be drawn again (something on it changed).
    public mutating func tick(to moment: Moment) -> Bool {
        let before = self
        now = moment
        if presentation.isRotating, let shown = presentation.paneShownAt,
           moment.absoluteSeconds - shown.absoluteSeconds >= presentation.rotateSeconds {
            pane = pane.next
            presentation.paneShownAt = moment
        } else if presentation.isOn, presentation.paneShownAt == nil {
            presentation.paneShownAt = moment
        }
        if let notice, !notice.isVisible(at: moment) { self.notice = nil }
        if let until = fresh.until, moment >= until { fresh = FreshItems() }
        // Only what the frame shows counts: seconds matter for the countdown and the clock line.
        let secondsShown = presentation.isOn
        return pane != before.pane || notice != before.notice || fresh != before.fresh
            || (secondsShown && moment.secondsSinceMidnight != before.now.secondsSinceMidnight)
    }

    /// Notes that the store's data changed from `old` to `new`: the time of the change and the
    /// records that appeared, highlighted for a few seconds.
    public mutating func dataChanged(from old: StoreSnapshot, to new: StoreSnapshot) {
        dataChanged(from: SnapshotTail(old), to: new)
    }

    /// As `dataChanged(from:to:)`, from what the old snapshot's tail was.
    public mutating func dataChanged(from old: SnapshotTail, to new: StoreSnapshot) {
        dataChangedAt = now
        overview.arrivals = TickerEntry.stillIn(new, overview.arrivals)
        let appeared = FreshItems.appeared(from: old, to: new)
        guard !appeared.awards.isEmpty || !appeared.enrollments.isEmpty else { return }
        // A second arrival within the highlight's seconds joins the first, rather than ending it.
        var items = fresh.until.map { now < $0 } == true ? fresh : FreshItems()
        items.awards.formUnion(appeared.awards.map(\.id))
        items.enrollments.formUnion(appeared.enrollments.map(FreshItems.key))
        items.until = now.adding(seconds: FreshItems.seconds)
        fresh = items
        let arrived = TickerEntry.entries(awards: appeared.awards, enrollments: appeared.enrollments, in: new)
        overview.arrivals = Array((arrived.reversed() + overview.arrivals).prefix(TickerEntry.kept))
    }

    /// Says on the status line how a write ended.
    private mutating func noteWrite(_ outcome: WriteOutcome) {
        switch outcome {
        case .written(let records):
            let what = records.count == 1
                ? language.pick("Đã ghi 1 bản ghi", "1 record written")
                : language.pick("Đã ghi \(records.count) bản ghi", "\(records.count) records written")
            notice = Notice(what, tone: .good, at: now)
        case .changed(let summary, let undo):
            let what = summary.text(language)
            notice = Notice(undo ? language.pick("Đã hoàn tác: ", "Undone: ") + what : language.pick("Đã ", "") + what, tone: .good, at: now)
        case .refused(let problems):
            notice = Notice(language.pick("Không ghi: ", "Not written: ") + (problems.first ?? ""), tone: .bad, at: now)
        }
    }
}
