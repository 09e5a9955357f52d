/// What a key of the global key table asks the dashboard to do.

import Store

public enum Action: Hashable, Sendable {
    case nextPane
    case previousPane
    case selectPane(Pane)
    case toggleHelp
    case back
    case nextTheme
    case togglePresentation
    /// Open or close the list of the store's problems (never while presenting).
    case toggleProblems
    case redraw
    /// Take back the last write to the store.
    case undo
    case quit
}

/// What the run loop must carry out after an update: the parts that touch the world.
public enum Effect: Hashable, Sendable {
    case quit
    case nextTheme
    case redraw
    /// Write to the store; the loop hands the outcome back as `Message.writeFinished` to `origin`.
    case write(StoreWrite, origin: Pane)
    /// Write these papers as Word and Excel files; the loop hands back `Message.papersPrinted`.
    case printPapers([PaperRequest])
    /// Read and plan a list to import; the loop hands the answer back as `Message.importRead`.
    case readImport(ImportRequest)
}
