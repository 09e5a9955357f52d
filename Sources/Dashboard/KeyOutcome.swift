/// What a pane did with a key: nothing (the global keys get it), used it, said something, or asked for an effect.

public enum KeyOutcome: Hashable, Sendable {
    /// Not the pane's key: the global key table decides.
    case ignored
    /// The pane used the key; nothing is left for the run loop.
    case handled
    /// The pane used the key and has something to say on the status line (a key that cannot act).
    case notice(Notice)
    /// The pane used the key and the run loop must carry out `effect` (a write to the store).
    case effect(Effect)
    /// The pane asks for the import dialog, filled in from its selection.
    case openImport(ImportDialog)
}
