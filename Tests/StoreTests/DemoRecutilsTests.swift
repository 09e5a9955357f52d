/// The shipped demo store against the recutils oracle: `recfix --check` and `recsel -c` per set.

import Foundation
import XCTest
@testable import Store
@testable import StoreDemo
@testable import Recfile
import StoreFixtures

final class DemoRecutilsTests: XCTestCase {
    func testTheShippedDemoPassesRecfixAndRecselCountsMatchTheGenerator() throws {
        let recutils = try Recutils.require()
        try recutils.assertStore(ShippedDemo.folder, counts: DemoStoreWriter.generator.recordCounts())
    }
}
