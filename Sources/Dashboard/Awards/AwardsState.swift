/// The awards pane's own state: the school year, the branch selected or opened, the side panel, an open form.

import Store

public struct AwardsState: Hashable, Sendable {
    /// What the pane shows besides an open form.
    public enum Mode: Hashable, Sendable {
        /// The tallies of the year.
        case tallies
        /// The awards of one branch (its id) in the year.
        case branch(String)
        /// The learning titles of a calendar year in the whole pane (`t`).
        case titles
    }

    /// The panel beside the branches on a screen too narrow for all of them.
    public enum Side: Int, CaseIterable, Hashable, Sendable {
        case categories, fund, titles
    }

    /// The school year chosen with [ and ]; nil shows the data's own (the campaign's).
    public var year: SchoolYear?
    public var mode: Mode = .tallies
    public var side: Side = .categories
    /// The selected branch among the year's, most awards first.
    public var branchCursor = ListCursor()
    /// The selected award of an opened branch, newest first.
    public var awardCursor = ListCursor()
    /// The award or donation form, when open.
    public var form: AwardsForm?
    /// The calendar year of the titles view, chosen with [ and ] there; nil follows the school year shown.
    public var titlesYear: Int?
    /// The assessment form of the titles view, when open.
    public var assessment: AssessmentForm?
    /// A key that could not act ("read-only"), said in the pane until the next key.
    public var refusedKey: RefusedKey?
    /// The award about to be removed, while the pane asks (Delete or x on a branch's award).
    public var removal: AwardRemoval?

    /// Why a key did nothing.
    public enum RefusedKey: Hashable, Sendable {
        case readOnly
        case noBranches
    }

    public init() {}

    /// What has the keyboard, which decides the binding rows that apply.
    enum KeyMode: Hashable, Sendable { case removing, asking, form, assessing, tallies, branch, titles }

    var keyMode: KeyMode {
        if removal != nil { return .removing }
        if assessment != nil { return .assessing }
        if let open = form { return open.form.confirmation != nil ? .asking : .form }
        switch mode {
        case .tallies: return .tallies
        case .branch: return .branch
        case .titles: return .titles
        }
    }
}

/// An open form of the awards pane and what it is for.
public struct AwardsForm: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case award, donation }
    public var kind: Kind
    public var form: FormState
    /// The school year of the record as last validated: shown once it is written.
    public var year: SchoolYear?
    /// Why the store refused the last write, as the store said it.
    public var refusal: [String] = []
    /// The Id of the award the form edits; nil for a new record.
    public var editing: String?

    public init(kind: Kind, form: FormState) {
        self.kind = kind
        self.form = form
    }
}

/// An award the clerk asked to remove: its Id, and the question naming it (recipient, category, date).
public struct AwardRemoval: Hashable, Sendable {
    public var id: String
    public var question: String
}
