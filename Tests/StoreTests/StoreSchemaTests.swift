/// The schema table: its sets, keys and field rules, and the recutils descriptors written from it.

import Foundation
import XCTest
@testable import Store
@testable import StoreDemo
@testable import Recfile

final class StoreSchemaTests: XCTestCase {
    func testEverySetOfTheIssueIsInItsFile() {
        let expected: [String: [String]] = [
            "campaign.rec": ["Campaign", "Target", "Indicator", "Agenda"], "ceremony.rec": ["AgendaLog"],
            "classes.rec": ["Class"], "learners.rec": ["Learner"], "attendance.rec": ["Enrollment", "Attendance"],
            "branches.rec": ["Branch", "Clan"], "awards.rec": ["Award"], "funds.rec": ["Donation"],
            "titles.rec": ["Title"], "office.rec": ["Body", "Signer"], "papers.rec": ["Paper"],
            "fundbook.rec": ["FundYear", "Expense"], "criteria.rec": ["CriteriaSet", "Criterion"],
            "subjects.rec": ["Community", "Unit", "PartyCell", "Family"], "assessments.rec": ["Registration", "Assessment"],
        ]
        for file in StoreSchema.files {
            XCTAssertEqual(StoreSchema.sets(in: file).map(\.name), expected[file], file)
        }
        XCTAssertEqual(StoreSchema.setNames.count, 27)
    }

    func testKeysComeFirstAndAreMandatory() throws {
        for set in StoreSchema.sets {
            guard let key = set.key else { continue }
            XCTAssertEqual(set.fields.first?.name, key, set.name)
            XCTAssertEqual(set.field(key)?.isMandatory, true, set.name)
        }
        XCTAssertNil(StoreSchema.set(named: "Enrollment")?.key)
        XCTAssertEqual(StoreSchema.set(named: "Agenda")?.key, "Seq")
    }

    func testFieldRulesFollowTheTable() throws {
        let award = try XCTUnwrap(StoreSchema.set(named: "Award"))
        XCTAssertEqual(award.mandatoryFields, ["Id", "Date", "Recipient", "Kind", "Category", "Branch"])
        XCTAssertEqual(award.field("Branch")?.type, .reference(set: "Branch"))
        XCTAssertEqual(award.field("Amount")?.type, .int)
        XCTAssertEqual(StoreSchema.enumValues(set: "Award", field: "Kind"), ["student", "family", "clan", "citizen", "unit"])
        XCTAssertEqual(StoreSchema.enumValues(set: "Learner", field: "Gender"), ["F", "M"])
        XCTAssertEqual(StoreSchema.enumValues(set: "Clan", field: "Studious"), ["yes", "no"])
        let learner = try XCTUnwrap(StoreSchema.set(named: "Learner"))
        XCTAssertEqual(learner.fields.filter(\.isPrivate).map(\.name), ["BirthYear", "BirthDate", "Phone"])
        XCTAssertEqual(StoreSchema.set(named: "Campaign")?.fields.filter(\.isRepeatable).map(\.name), ["Theme"])
        XCTAssertEqual(StoreSchema.set(named: "AgendaLog")?.field("At")?.type, .dateTime)
        XCTAssertEqual(StoreSchema.set(named: "Class")?.field("Sessions")?.type, .int)
    }

    func testEnumValuesAreASCIIAsRecfixRequires() {
        for set in StoreSchema.sets {
            for field in set.fields {
                guard case .enumeration(let values) = field.type else { continue }
                XCTAssertTrue(values.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 && $0 > 0x20 } }, "\(set.name).\(field.name)")
            }
        }
    }

    func testAwardDescriptor() {
        XCTAssertEqual(StoreSchema.descriptorText(forSet: "Award"), """
            %rec: Award
            %doc: an award handed out by a branch
            %key: Id
            %mandatory: Date Recipient Kind Category Branch
            %type: Date date
            %type: Kind enum student family clan citizen unit
            %type: Branch rec Branch
            %type: Amount int

            """)
    }

    func testTypesOfTimesDateTimesAndReferencesToIntegerKeys() throws {
        let campaign = try XCTUnwrap(StoreSchema.descriptorText(forSet: "Campaign"))
        XCTAssertTrue(campaign.contains("%type: WeekStart,WeekEnd,CeremonyDate date\n"), campaign)
        XCTAssertTrue(campaign.contains("%type: CeremonyTime regexp /^[0-2][0-9]:[0-5][0-9]$/\n"), campaign)
        XCTAssertTrue(campaign.contains("%mandatory: Title Ward Center SchoolYear WeekStart WeekEnd\n"), campaign)
        XCTAssertEqual(StoreSchema.descriptorText(forSet: "AgendaLog"), """
            %rec: AgendaLog
            %doc: the programme moved on; append-only, the last record is the item under way
            %mandatory: Seq At
            %type: Seq int
            %type: At date

            """, "a reference to Agenda's integer key is typed int, so recfix checks at least that")
        XCTAssertNil(StoreSchema.descriptorText(forSet: "Nope"))
    }

    /// The header `init` writes and `add` writes into a missing file: comment, then each set.
    func testFileHeaderHoldsEachSetInOrder() {
        let header = StoreSchema.fileHeader(for: "attendance.rec")
        XCTAssertTrue(header.hasPrefix("# attendance.rec: "), header)
        let enrollment = header.range(of: "%rec: Enrollment\n"), attendance = header.range(of: "%rec: Attendance\n")
        XCTAssertNotNil(enrollment)
        XCTAssertNotNil(attendance)
        if let enrollment, let attendance { XCTAssertLessThan(enrollment.lowerBound, attendance.lowerBound) }
        XCTAssertTrue(header.hasSuffix("%type: Class rec Class\n%type: Learner rec Learner\n%type: Date date\n"), header)
        XCTAssertEqual(StoreSchema.fileHeader(for: "other.rec"), "")
    }

    func testTheShippedDemoDeclaresTheSameRulesAsTheSchema() throws {
        let demo = try XCTUnwrap(StoreLoader.demoDirectory())
        for file in StoreSchema.files {
            let path = demo + "/" + file
            guard FileManager.default.fileExists(atPath: path) else { continue }
            let shipped = try RecParser.parse(contentsOf: path, as: file).descriptors
            let ours = RecParser.parse(Array(StoreSchema.fileHeader(for: file).utf8), file: file).descriptors
            XCTAssertEqual(shipped.map(\.name), ours.map(\.name), file)
            for (a, b) in zip(shipped, ours) {
                for rule in ["%key", "%mandatory", "%type"] {
                    XCTAssertEqual(a.values(rule), b.values(rule), "\(file) \(a.name) \(rule)")
                }
            }
        }
    }

    func testDocumentationNamesEveryField() {
        let doc = StoreSchema.documentation()
        for set in StoreSchema.sets {
            XCTAssertTrue(doc.contains("**\(set.name)**"), set.name)
            for field in set.fields { XCTAssertTrue(doc.contains("`\(field.name)`"), "\(set.name).\(field.name)") }
        }
        XCTAssertTrue(doc.contains("| `Branch`* | → Branch | mandatory |"), doc)
        XCTAssertTrue(doc.contains("| `Phone` | text | private |"), doc)
    }

    func testEmptyStoreFromTheHeadersLoadsWithoutProblems() {
        let files = Dictionary(uniqueKeysWithValues: StoreSchema.files.map { ($0, Array(StoreSchema.fileHeader(for: $0).utf8)) })
        let snapshot = StoreLoader.decode(files: files)
        XCTAssertEqual(snapshot.problems.map(\.kind), [.missingField], "only the missing Campaign record")
        XCTAssertEqual(snapshot.problems.first?.file, "campaign.rec")
    }
}
