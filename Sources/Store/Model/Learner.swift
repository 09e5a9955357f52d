/// A learner of the center. Birth year, birth date and phone are private: never projected, never reported.

import Recfile

/// One `Learner` record of `learners.rec`.
public struct Learner: Hashable, Sendable {
    public var id: String
    public var name: String
    public var gender: Gender?
    /// Private.
    public var birthYear: Int?
    /// Private.
    public var birthDate: CalendarDate?
    public var neighborhood: String?
    public var organization: String?
    /// Private.
    public var phone: String?
    public var source: SourcePlace

    public init(id: String, name: String, gender: Gender? = nil, birthYear: Int? = nil, birthDate: CalendarDate? = nil,
                neighborhood: String? = nil, organization: String? = nil, phone: String? = nil,
                source: SourcePlace = .unknown) {
        self.id = id
        self.name = name
        self.gender = gender
        self.birthYear = birthYear
        self.birthDate = birthDate
        self.neighborhood = neighborhood
        self.organization = organization
        self.phone = phone
        self.source = source
    }
}
