/// The dates of every class by its id, for checking enrollments and attendance as they are read.

/// `ClassDates` by class id, made once from the snapshot's classes and again only when their
/// number changes (a class appended on a reload); a class that says nothing of its dates is left
/// out, so its records are not limited.
struct ClassCalendar {
    private var dates: [String: ClassDates] = [:]
    private var madeFrom = -1

    subscript(_ id: String) -> ClassDates? { dates[id] }

    mutating func update(from classes: [Course]) {
        guard classes.count != madeFrom else { return }
        madeFrom = classes.count
        dates = [:]
        for course in classes {
            let d = ClassDates(course)
            if d.first != nil || d.last != nil || d.year != nil { dates[course.id] = d }
        }
    }
}
