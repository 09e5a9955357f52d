/// The recfile layer's values that are part of the store's own vocabulary, re-exported.

// Problems with their place, dates and times, the writer and its errors are the recfile layer's,
// but every reader of the store speaks of them: importing Store brings them along, so the
// modules above Store (Dashboard, the command line) name one module, as the floor plan draws it.
@_exported import Recfile
