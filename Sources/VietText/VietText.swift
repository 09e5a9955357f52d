// The namespace of the Vietnamese text kit.

/// Everything Vietnamese the store and the panes need: normalisation (`nfc`), one convention for
/// tone placement in keys (`toneNormalized`), search folding (`searchKey`, `SearchQuery`) and
/// collation (`sortKey`, `nameSortKey`). All of it is pure functions on values.
public enum VietText {}
