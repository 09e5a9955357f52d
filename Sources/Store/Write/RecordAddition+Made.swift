/// The record a clerk's fields make: the weekly pattern expanded, what was left out filled in, phone and text tidied, the fields in the set's order.

import Recfile

extension RecordAddition {
    /// The record `given` makes in `set`, before any check: the class's weekly pattern made into
    /// session dates, the fields left out filled from `existing` records of the set (the next id)
    /// and `now`, the phone and the text tidied, the fields in the schema's order. Every way a
    /// record is added (the whole check, the lean award check, the form's check against the
    /// snapshot) makes it here, so the three cannot make it differently.
    /// - Throws: `RecordAdditionError` for a weekly pattern or a phone that cannot be read, or a
    ///   value the file cannot hold.
    static func made(_ given: [(name: String, value: String)], set: SetSchema, existing: [RecRecord], now: String,
                     copyTag: CopyTag?) throws -> RecordText {
        var fields = given
        try expandWeekly(&fields, set: set)
        fillDefaults(&fields, set: set, existing: existing, now: now, copyTag: copyTag)
        try tidyPhone(&fields, set: set)
        tidyText(&fields, set: set)
        let ordered = set.fields.flatMap { spec in fields.filter { $0.name == spec.name } }
        do {
            return try RecordText(ordered)
        } catch let error as RecWriterError {
            throw RecordAdditionError.unwritable(error.description)
        }
    }
}
