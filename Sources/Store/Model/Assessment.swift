/// An assessment of one subject by one criteria set for one calendar year: the scores, who scored and when.

import Recfile

/// One `Assessment` record of `assessments.rec`. Its result is never stored: it is computed by
/// the set's rule (`CriteriaSet.result(of:)`).
public struct Assessment: Hashable, Sendable {
    /// The id of the learner, family, clan, community, unit or party cell assessed.
    public var subject: String
    /// The criteria set's `Id`.
    public var set: String
    /// The calendar year the title is for (results go up before 15/12).
    public var year: Int
    /// One per item of the set, in its order; nil for an item not scored (written `-`).
    public var scores: [Int?]
    public var assessor: String?
    public var date: CalendarDate?
    public var note: String?
    public var source: SourcePlace

    public init(subject: String, set: String, year: Int, scores: [Int?], assessor: String? = nil,
                date: CalendarDate? = nil, note: String? = nil, source: SourcePlace = .unknown) {
        self.subject = subject
        self.set = set
        self.year = year
        self.scores = scores
        self.assessor = assessor
        self.date = date
        self.note = note
        self.source = source
    }
}
