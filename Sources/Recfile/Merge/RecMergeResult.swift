/// What a three-way merge of a recfile gives: the merged text and its clashes.

/// The merged text (with both versions of each clash marked in it) and the clashes, in file order.
public struct RecMergeResult: Hashable, Sendable {
    public var text: String
    public var clashes: [RecMergeClash]

    public init(text: String, clashes: [RecMergeClash]) {
        self.text = text
        self.clashes = clashes
    }

    /// True when nothing clashed: the text is a clean merge.
    public var isClean: Bool { clashes.isEmpty }
}
