/// Classes and learner-turns by topic, counted as the report counts classes and enrollments.

import Store

/// One topic's classes and learner-turns.
public struct TopicLine: Hashable, Sendable {
    public var topic: String
    public var classes: Int
    public var learnerTurns: Int
}

/// Classes and learner-turns by topic, in the order topics first appear in `classes.rec`. The
/// rule is `hoctap report`'s: a class counts in a year by its start, else its end (one with
/// neither, in every year); an enrollment by its date, else its class's start (one with
/// neither, in every year), under its class's topic. So the sums equal the report's
/// `counts.Class` and `learnerTurns`.
enum TopicTally {
    static func lines(_ s: StoreSnapshot, year: SchoolYear?) -> [TopicLine] {
        func counts(_ day: CalendarDate?) -> Bool {
            guard let year, let day else { return true }
            return SchoolYear(containing: day) == year
        }
        var order: [String] = []
        var lines: [String: TopicLine] = [:]
        func line(_ topic: String) -> String {
            if lines[topic] == nil {
                order.append(topic)
                lines[topic] = TopicLine(topic: topic, classes: 0, learnerTurns: 0)
            }
            return topic
        }
        var topicOf: [String: String] = [:], startOf: [String: CalendarDate] = [:]
        for c in s.classes {
            topicOf[c.id] = topicOf[c.id] ?? c.topic
            if let start = c.start { startOf[c.id] = start }
            if counts(c.start ?? c.end) { lines[line(c.topic)]?.classes += 1 }
        }
        for e in s.enrollments where counts(e.date ?? startOf[e.classId]) {
            lines[line(topicOf[e.classId] ?? "")]?.learnerTurns += 1
        }
        return order.compactMap { lines[$0] }
    }
}
