import Testing
import Yams
@testable import MaskRules

@Suite struct YAMLRuleReaderTests {
    /// `isNull` skips resolving the tags of most plain scalars; it must answer as the resolved tag does.
    @Test func isNullAgreesWithTheResolvedTag() throws {
        let yaml = """
        - ~
        - null
        - Null
        - NULL
        -
        - ""
        - 'null'
        - "~"
        - !!null x
        - !!str null
        - nul
        - nulls
        - none
        - N/A
        - name
        - Anna
        - 12
        - true
        - x ~
        - nombre
        - nullish
        - Nulla
        - NULLS
        - nUll
        - Nnull
        - ~x
        - électronique
        - имя
        - 電話
        - "null\\n"
        - "\\n"
        - "\\u2028"
        - "\\x85"
        - |
          null
        - >
          null
        - - null
        - {null: null}
        """
        // Two trees: resolving a tag caches it in the node, so `isNull` gets nodes nothing has resolved.
        let resolved = try #require(try Yams.compose(yaml: yaml)?.sequence)
        let unresolved = try #require(try Yams.compose(yaml: yaml)?.sequence)
        var nulls = 0
        for index in resolved.indices {
            let expected = resolved[index].tag.rawValue == Tag.Name.null.rawValue
            #expect(YAMLRuleReader.isNull(unresolved[index]) == expected, "item \(index)")
            if expected { nulls += 1 }
        }
        #expect(nulls == 6)
    }
}
