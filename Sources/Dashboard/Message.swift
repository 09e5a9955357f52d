/// What the run loop hands the state: a key, or the outcome of a write that a pane asked for.

import Canvas
import Store

public enum Message: Equatable, Sendable {
    /// A key typed at the terminal.
    case key(Key)
    /// The run loop carried out `Effect.write(_, origin:)`: its outcome goes back to the pane `origin`.
    case writeFinished(WriteOutcome, origin: Pane)
    /// The run loop carried out `Effect.printPapers`: the status line names the files.
    case papersPrinted(PapersOutcome)
    /// The run loop read the list `Effect.readImport` asked for: its preview, or why it could not.
    case importRead(ImportAnswer)
}
