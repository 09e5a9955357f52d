/// The headers the generator and `hoctap init` write say what the store's schema table says.

import XCTest
@testable import Store

final class GeneratorSchemaAgreementTests: XCTestCase {
    func testEverySetsHeaderMatchesTheSchemaTableApartFromItsDoc() throws {
        XCTAssertEqual(StoreTemplate.fileNames, StoreSchema.files)
        XCTAssertEqual(StoreTemplate.setNames, StoreSchema.setNames)
        for file in StoreTemplate.files {
            XCTAssertEqual(file.sets.map(\.name), StoreSchema.sets(in: file.name).map(\.name), file.name)
            for set in file.sets {
                let schema = try XCTUnwrap(StoreSchema.descriptorText(forSet: set.name), set.name)
                let lines = schema.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("%doc:") }
                XCTAssertEqual(set.header, lines, set.name)
            }
        }
    }
}
