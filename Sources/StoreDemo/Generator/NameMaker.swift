/// Builds fictional Vietnamese personal names, with gender consistent with the middle name.

import Foundation
import Store

/// A person's gender as the store writes it.
enum GeneratedGender: String, Sendable {
    case female = "F"
    case male = "M"
}

/// Draws names from `VietnameseNames`. A few come out decomposed (NFD), as text typed with
/// Unikey's combining input or pasted from macOS does: realistic input for the loader.
struct NameMaker: Sendable {
    private let family = WeightedTable(VietnameseNames.family.map(\.1))
    private let middleMale = WeightedTable(VietnameseNames.middleMale.map(\.1))
    private let middleFemale = WeightedTable(VietnameseNames.middleFemale.map(\.1))
    private let childMale = WeightedTable(VietnameseNames.middleChildMale.map(\.1))
    private let childFemale = WeightedTable(VietnameseNames.middleChildFemale.map(\.1))
    private let givenMale = WeightedTable(VietnameseNames.givenMale.map(\.1))
    private let givenFemale = WeightedTable(VietnameseNames.givenFemale.map(\.1))

    /// Names written decomposed, per thousand.
    let decomposedPerMille: Int

    init(decomposedPerMille: Int = 15) {
        self.decomposedPerMille = decomposedPerMille
    }

    /// A gender, women slightly more often (as among the center's learners).
    func gender(_ random: inout GeneratorRandom, femalePercent: Int = 55) -> GeneratedGender {
        random.percent(femalePercent) ? .female : .male
    }

    /// A family name alone, by frequency.
    func familyName(_ random: inout GeneratorRandom) -> String {
        VietnameseNames.family[family.draw(&random)].0
    }

    /// A full name for someone of `gender` born in `birthYear`: family, middle (one or two), given.
    func name(_ random: inout GeneratorRandom, gender: GeneratedGender, birthYear: Int) -> String {
        let child = birthYear >= 2005
        let middle: String
        switch (gender, child) {
        case (.male, false): middle = VietnameseNames.middleMale[middleMale.draw(&random)].0
        case (.female, false): middle = VietnameseNames.middleFemale[middleFemale.draw(&random)].0
        case (.male, true): middle = VietnameseNames.middleChildMale[childMale.draw(&random)].0
        case (.female, true): middle = VietnameseNames.middleChildFemale[childFemale.draw(&random)].0
        }
        var given = givenName(&random, gender: gender)
        while given == middle { given = givenName(&random, gender: gender) }
        var family = familyName(&random)
        while family == middle { family = familyName(&random) }
        var parts = [family, middle]
        if gender == .female, middle == "Thị", random.percent(18) {
            let second = random.pick(VietnameseNames.secondMiddleFemale)
            if second != given { parts.append(second) }
        }
        parts.append(given)
        let text = parts.joined(separator: " ")
        return random.below(1000) < decomposedPerMille ? text.decomposedStringWithCanonicalMapping : text
    }

    private func givenName(_ random: inout GeneratorRandom, gender: GeneratedGender) -> String {
        switch gender {
        case .male: return VietnameseNames.givenMale[givenMale.draw(&random)].0
        case .female: return VietnameseNames.givenFemale[givenFemale.draw(&random)].0
        }
    }
}
