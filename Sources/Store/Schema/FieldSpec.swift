/// One field of a record set as the schema declares it: name, type, and whether it must, may repeat or is private.

import Recfile

/// A field of a record set.
public struct FieldSpec: Hashable, Sendable {
    /// The ASCII field name, as written before the colon.
    public var name: String
    public var type: FieldType
    /// Every record of the set must have it, with a non-empty value.
    public var isMandatory: Bool
    /// The field may appear several times in one record (such as a campaign's `Theme`).
    public var isRepeatable: Bool
    /// Personal data: never shown on a projected screen or in a public report.
    public var isPrivate: Bool
    /// What the field holds, in a few words, for the store's documentation.
    public var summary: String
    /// What a bad value is told it should have been, when the type's own wording is too general
    /// (an amount is "whole đồng", not just "a whole number").
    public var expectation: String
    /// A limit on the values beyond the type (an amount not below zero, a birth year not in the
    /// future); nil when the type says all.
    public var bound: ValueBound?

    public init(_ name: String, _ type: FieldType = .text, mandatory: Bool = false, repeatable: Bool = false,
                isPrivate: Bool = false, summary: String = "", expectation: String? = nil,
                bound: ValueBound? = nil) {
        self.name = name
        self.type = type
        self.isMandatory = mandatory
        self.isRepeatable = repeatable
        self.isPrivate = isPrivate
        self.summary = summary
        self.expectation = expectation ?? type.expectation
        self.bound = bound
    }
}
