/// The files and sets the generator and `hoctap init` write are the schema table's, in its order.

import XCTest
@testable import Store
@testable import Recfile

final class GeneratorSchemaAgreementTests: XCTestCase {
    func testEveryFileAndSetIsTheSchemaTables() {
        XCTAssertEqual(StoreTemplate.fileNames, StoreSchema.files)
        XCTAssertEqual(StoreTemplate.setNames, StoreSchema.setNames)
        for file in StoreTemplate.files {
            XCTAssertEqual(file.sets.map(\.name), StoreSchema.sets(in: file.name).map(\.name), file.name)
        }
    }

    func testHeadersAreTheSchemasDescriptors() {
        for set in StoreTemplate.files.flatMap(\.sets) {
            XCTAssertEqual(set.header.first, "%rec: \(set.name)")
            XCTAssertEqual(set.header.joined(separator: "\n") + "\n", StoreSchema.descriptorText(forSet: set.name), set.name)
        }
    }
}
