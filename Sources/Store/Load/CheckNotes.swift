/// What `hoctap check` notes without calling it wrong: awards that look like a double entry.

import Recfile

/// A double award may be right (a second prize, forced with `--force`), so `check` lists it as a
/// note, never as an error or a warning: the store stays valid, and the clerk can look.
public enum CheckNotes {
    /// One line per award that repeats an earlier one (same folded recipient, category and branch,
    /// for the same school year): `awards.rec:88: note: …`, in file order.
    public static func lines(_ snapshot: StoreSnapshot) -> [String] {
        DoubleEntryGuard.doubles(in: snapshot.awards).map { pair in
            let later = snapshot.awards[pair.later], first = snapshot.awards[pair.first]
            return "\(later.source): note: \(later.id) may be a double entry of \(first.id) (\(first.source)): "
                + "the same recipient, category and branch for \(later.rewardedYear); remove one if it was typed twice"
        }
    }
}
