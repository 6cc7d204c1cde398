/// Writes selectors back as canonical CSS text.
///
/// The compiler puts this text into the generated JavaScript (`element.matches("...")`), so it must be
/// CSS that a browser parses into the same selector, and `SelectorList(parsing:)` must read it back as
/// an equal value. The canonical form:
///
/// - identifiers (type, ID and class names) are escaped as CSSOM's "serialize an identifier" says:
///   control characters and a leading digit as hex escapes followed by a space (`\31 23`), other
///   characters that cannot appear in an identifier with a backslash (`\:`), and a lone `-` as `\-`;
/// - attribute values are always double-quoted strings, escaped as CSSOM's "serialize a string" says
///   (`"` and `\` with a backslash, control characters, newlines included, as hex escapes);
/// - type and attribute names are in lower case, as parsing leaves them;
/// - `*` is kept where it was written, the `i`/`s` modifier is written after a space, combinators
///   other than whitespace have a space on each side, and list items are separated by `, `;
/// - comments and redundant whitespace are dropped.
enum SelectorSerializer {
    static func serialize(_ list: SelectorList) -> String {
        var output = ""
        write(list, to: &output)
        return output
    }

    static func serialize(_ selector: ComplexSelector) -> String {
        var output = ""
        write(selector, to: &output)
        return output
    }

    static func serialize(_ compound: CompoundSelector) -> String {
        var output = ""
        write(compound, to: &output)
        return output
    }

    static func serialize(_ selector: SimpleSelector) -> String {
        var output = ""
        write(selector, to: &output)
        return output
    }

    static func serialize(_ attribute: AttributeSelector) -> String {
        var output = ""
        write(attribute, to: &output)
        return output
    }

    // MARK: - Writers

    private static func write(_ list: SelectorList, to output: inout String) {
        for (position, selector) in list.selectors.enumerated() {
            if position > 0 { output += ", " }
            write(selector, to: &output)
        }
    }

    private static func write(_ selector: ComplexSelector, to output: inout String) {
        write(selector.first, to: &output)
        for step in selector.steps {
            switch step.combinator {
            case .descendant: output += " "
            case .child, .nextSibling, .subsequentSibling: output += " \(step.combinator.rawValue) "
            }
            write(step.compound, to: &output)
        }
    }

    private static func write(_ compound: CompoundSelector, to output: inout String) {
        switch compound.typeSelector {
        case .universal: output += "*"
        case .element(let name): writeIdentifier(name, to: &output)
        case nil: break
        }
        for selector in compound.subclassSelectors {
            write(selector, to: &output)
        }
    }

    private static func write(_ selector: SimpleSelector, to output: inout String) {
        switch selector {
        case .id(let name):
            output += "#"
            writeIdentifier(name, to: &output)
        case .class(let name):
            output += "."
            writeIdentifier(name, to: &output)
        case .attribute(let attribute):
            write(attribute, to: &output)
        case .is(let list):
            output += ":is("
            write(list, to: &output)
            output += ")"
        case .where(let list):
            output += ":where("
            write(list, to: &output)
            output += ")"
        case .not(let list):
            output += ":not("
            write(list, to: &output)
            output += ")"
        }
    }

    private static func write(_ attribute: AttributeSelector, to output: inout String) {
        output += "["
        writeIdentifier(attribute.name, to: &output)
        if let condition = attribute.condition {
            output += condition.operator.rawValue
            writeString(condition.value, to: &output)
            if let modifier = condition.modifier {
                output += " " + modifier.rawValue
            }
        }
        output += "]"
    }

    // MARK: - CSSOM serialization (CSS Object Model §2.1, "Common serializing idioms")

    /// Appends `identifier` escaped so that it reads back as one identifier token with this value.
    ///
    /// - Precondition: `identifier` is not empty (no identifier token is).
    static func writeIdentifier(_ identifier: String, to output: inout String) {
        precondition(!identifier.isEmpty, "an identifier is never empty")
        let scalars = Array(identifier.unicodeScalars)
        for (position, scalar) in scalars.enumerated() {
            let value = scalar.value
            if value == 0 {
                output.unicodeScalars.append(CSSCharacters.replacementCharacter)
            } else if (0x01...0x1F).contains(value) || value == 0x7F
                || (position == 0 && CSSCharacters.isDigit(scalar))
                || (position == 1 && CSSCharacters.isDigit(scalar) && scalars[0] == "-")
            {
                writeCodePointEscape(scalar, to: &output)
            } else if position == 0 && scalar == "-" && scalars.count == 1 {
                output += "\\-"
            } else if value >= 0x80 || scalar == "-" || scalar == "_" || CSSCharacters.isDigit(scalar)
                || CSSCharacters.isLetter(scalar)
            {
                output.unicodeScalars.append(scalar)
            } else {
                output += "\\"
                output.unicodeScalars.append(scalar)
            }
        }
    }

    /// Appends `string` as a double-quoted CSS string token with this value.
    static func writeString(_ string: String, to output: inout String) {
        output += "\""
        for scalar in string.unicodeScalars {
            let value = scalar.value
            if value == 0 {
                output.unicodeScalars.append(CSSCharacters.replacementCharacter)
            } else if (0x01...0x1F).contains(value) || value == 0x7F {
                writeCodePointEscape(scalar, to: &output)
            } else if scalar == "\"" || scalar == "\\" {
                output += "\\"
                output.unicodeScalars.append(scalar)
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }

    /// `\` followed by the code point in lower-case hex and a space.
    private static func writeCodePointEscape(_ scalar: Unicode.Scalar, to output: inout String) {
        output += "\\" + String(scalar.value, radix: 16) + " "
    }
}
