/// The snapshot a live dashboard shows: the last good model, with the latest problems.

/// Keeps the last good snapshot across reloads.
///
/// The rule for "good", per whole snapshot: a reloaded snapshot replaces the model unless it has
/// MORE errors than the last good one. When it has more (a bad edit), the last good model stays in
/// use and only its problem list is replaced by the new one, so the badge names the new problem
/// while the panes keep the old figures. Fixing the edit (as many errors as before, or fewer)
/// brings the new model in.
struct LiveSnapshot: Sendable {
    /// The last snapshot accepted whole.
    private(set) var lastGood: StoreSnapshot
    /// What to show: `lastGood`, or `lastGood`'s records with the latest load's problems.
    public private(set) var shown: StoreSnapshot
    /// Whether the latest load was refused as a model (its problems are shown, its records are not).
    var isHoldingBack: Bool { shown.problems != lastGood.problems }

    public init(_ initial: StoreSnapshot) {
        lastGood = initial
        shown = initial
    }

    /// Takes a freshly loaded snapshot under the rule above.
    mutating func accept(_ loaded: StoreSnapshot) {
        if loaded.errors.count > lastGood.errors.count {
            var held = lastGood
            held.problems = loaded.problems
            shown = held
        } else {
            lastGood = loaded
            shown = loaded
        }
    }

    /// Shows `problems` over the last good model, for a store that cannot be read at all (its
    /// folder gone): nothing is accepted. True when that changes what is shown.
    mutating func hold(showing problems: [StoreProblem]) -> Bool {
        guard shown.problems != problems else { return false }
        var held = lastGood
        held.problems = problems
        shown = held
        return true
    }
}
