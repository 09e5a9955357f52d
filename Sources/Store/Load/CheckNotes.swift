/// What `hoctap check` notes without calling it wrong: awards that look like a double entry.

import Recfile
import VietText

/// A double award may be right (a second prize, forced with `--force`), so `check` lists it as a
/// note, never as an error or a warning: the store stays valid, and the clerk can look.
public enum CheckNotes {
    /// One line per award that repeats an earlier one (same folded recipient, category and branch,
    /// for the same school year): `awards.rec:88: note: …`, in file order.
    public static func lines(_ snapshot: StoreSnapshot, _ language: Language = .en) -> [String] {
        DoubleEntryGuard.doubles(in: snapshot.awards).map { pair in
            let later = snapshot.awards[pair.later], first = snapshot.awards[pair.first]
            guard language == .vi else {
                return "\(later.source): note: \(later.id) may be a double entry of \(first.id) (\(first.source)): "
                    + "the same recipient, category and branch for \(later.rewardedYear); remove one if it was typed twice"
            }
            return "\(later.source): ghi chú: \(later.id) có thể ghi trùng \(first.id) (\(first.source)): "
                + "cùng người nhận, cùng loại, cùng chi hội, năm học \(later.rewardedYear); nếu gõ hai lần thì xoá một bản"
        }
    }
}
