import Testing
@testable import MaskRules

/// No format prints a raw value unless `showValues` is set, and with it every format does.
@Suite struct ReporterValueDisclosureTests {
    @Test(arguments: ReportFormat.allCases)
    func rawValuesAppearOnlyWhenAskedFor(format: ReportFormat) {
        let hidden = format.reporter.render(ReportFixtures.report, options: ReportFixtures.options())
        for raw in ReportFixtures.rawValues {
            #expect(!hidden.contains(raw), "\(format) printed a raw value without showValues")
        }
        let shown = format.reporter.render(ReportFixtures.report, options: ReportFixtures.options(showValues: true))
        for raw in ReportFixtures.rawValues {
            #expect(shown.contains(raw), "\(format) did not print the raw value with showValues")
        }
    }

    @Test(arguments: ReportFormat.allCases)
    func fingerprintsAreKeyed(format: ReportFormat) {
        let report = ReportFixtures.report
        let first = format.reporter.render(report, options: ReportOptions(fingerprintKey: FingerprintKey(secret: "one")))
        let second = format.reporter.render(report, options: ReportOptions(fingerprintKey: FingerprintKey(secret: "two")))
        let value = SensitiveValue(ReportFixtures.rawValues[0], category: .email)
        #expect(first.contains(value.fingerprint(with: FingerprintKey(secret: "one"))))
        #expect(!second.contains(value.fingerprint(with: FingerprintKey(secret: "one"))))
    }

    @Test func sarifGivesPartialFingerprintsOnlyForAConfiguredKey() {
        let configured = SARIFReporter().render(ReportFixtures.report, options: ReportFixtures.options())
        let random = SARIFReporter().render(ReportFixtures.report, options: ReportOptions(fingerprintKey: .random()))
        #expect(configured.contains("\"partialFingerprints\""))
        #expect(!random.contains("\"partialFingerprints\""))
    }
}
