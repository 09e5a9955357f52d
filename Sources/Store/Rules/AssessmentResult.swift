/// The result of an assessment, computed by its criteria set's rule and never typed.

/// What an assessment comes to under its set's rule.
public enum AssessmentResult: String, CaseIterable, Hashable, Sendable {
    /// Công nhận: the rule is met.
    case recognized
    /// Không đạt: every item scored, the rule not met.
    case notRecognized
    /// Chưa chấm đủ: an item is not scored yet; neither recognised nor failed.
    case incomplete
    /// Chưa đủ tiêu chí: the set itself has empty places (or no pass mark), so it cannot recognise anyone.
    case criteriaIncomplete

    /// The result in Vietnamese, as the ward writes it.
    public var vietnamese: String {
        switch self {
        case .recognized: "Công nhận"
        case .notRecognized: "Không đạt"
        case .incomplete: "Chưa chấm đủ các chỉ tiêu"
        case .criteriaIncomplete: "Chưa đủ tiêu chí (bộ tiêu chí còn mục cần bổ sung theo văn bản hiện hành)"
        }
    }

    public var english: String {
        switch self {
        case .recognized: "Recognised"
        case .notRecognized: "Not recognised"
        case .incomplete: "Not fully scored"
        case .criteriaIncomplete: "Criteria incomplete (the set has places still to fill from the current decision)"
        }
    }
}

extension CriteriaSet {
    /// The result of `scores` (one per item, nil: not scored) under the set's rule. A set with empty
    /// places gives `criteriaIncomplete` whatever the scores; a missing score gives `incomplete`
    /// (not a failure); otherwise `points` asks for the total and every item's least score, and
    /// `required` for every required item at its maximum.
    public func result(of scores: [Int?]) -> AssessmentResult {
        guard isComplete else { return .criteriaIncomplete }
        guard scores.count == items.count else { return .incomplete }
        var given: [Int] = []
        for score in scores {
            guard let score else { return .incomplete }
            given.append(score)
        }
        switch rule {
        case .points:
            let total = given.reduce(0, +)
            let least = passItem ?? 0
            let met = total >= (passTotal ?? Int.max) && given.allSatisfy { $0 >= least }
            return met ? .recognized : .notRecognized
        case .required:
            let met = zip(items, given).allSatisfy { item, score in !item.isRequired || score >= (item.maximum ?? 1) }
            return met ? .recognized : .notRecognized
        }
    }

    /// The points of the items scored: what a form shows as the running total.
    public func total(_ scores: [Int?]) -> Int { scores.compactMap { $0 }.reduce(0, +) }

    /// The result of `assessment`.
    public func result(of assessment: Assessment) -> AssessmentResult { result(of: assessment.scores) }

    /// The items of `scores` under the set's least item score (`points`) or not met (`required`):
    /// what a form highlights. Items not scored are not listed.
    public func failingItems(_ scores: [Int?]) -> [Criterion] {
        zip(items, scores).compactMap { item, score in
            guard let score else { return nil }
            switch rule {
            case .points: return score < (passItem ?? 0) ? item : nil
            case .required: return item.isRequired && score < (item.maximum ?? 1) ? item : nil
            }
        }
    }
}
