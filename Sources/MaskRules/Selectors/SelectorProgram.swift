/// A selector list flattened into plain tables for matching.
///
/// Walking the syntax tree while matching costs a reference-count update for every array, string and
/// enum payload it touches, and that dominated matching time. So each `SelectorList` is compiled once,
/// when it is created, into this form: fixed-size records that refer to each other by index, all
/// strings' UTF-8 bytes in one buffer, and every decision that depends only on the selector (how values
/// compare, conditions that can never hold, lowercase names) already taken. `SelectorMatcher`
/// reads it through unsafe buffers, so matching an element touches no reference count of its own.
///
/// Memory: the buffers are allocated and filled in `init`, never written again, and freed in
/// `deinit`. That immutability is what makes the class `Sendable`.
final class SelectorProgram: @unchecked Sendable {
    /// A run of records in one of the tables.
    struct Span {
        var start: Int32
        var count: Int32

        var range: Range<Int> { Int(start)..<Int(start + count) }
    }

    /// One compound selector.
    struct Compound {
        /// The combinator between this compound and the one before it (unused for the first).
        var combinatorToLeft: Combinator
        /// Whether `typeName` holds a type selector's name (`false` for `*` or no type selector).
        var hasTypeName: Bool
        /// The lowercased type name's bytes.
        var typeName: Span
        /// The compound's other simple selectors, in `simples`.
        var simples: Span
    }

    /// What a simple selector tests.
    enum Operation: UInt8 {
        case id, `class`
        case attributePresent, attributeEquals, attributeIncludes, attributeDashMatch
        case attributePrefix, attributeSuffix, attributeSubstring
        /// An attribute condition that no value satisfies (`[a~=""]`, `[a^=""]`, ...).
        case never
        /// `:is()` or `:where()`.
        case matchesAny
        /// `:not()`.
        case matchesNone
    }

    /// One simple selector other than a type selector.
    struct Simple {
        var operation: Operation
        /// For attribute operations: compare values ASCII case-insensitively (the `i` modifier).
        var caseInsensitive: Bool
        /// For attribute operations: compare values ASCII case-insensitively on HTML elements (the
        /// attribute is in `HTMLCaseInsensitiveAttributes` and there is no modifier).
        var caseInsensitiveOnHTMLElements: Bool
        /// For attribute operations: the index of the name in `attributeNames`.
        var attributeName: Int32
        /// The ID, class name or attribute value bytes.
        var value: Span
        /// For `:is()`, `:where()` and `:not()`: the index of the argument in `lists`.
        var list: Int32
    }

    /// Selector lists as spans of `complexes`; the compiled list itself is at index 0.
    let lists: UnsafeMutableBufferPointer<Span>
    /// Complex selectors as spans of `compounds`, left to right.
    let complexes: UnsafeMutableBufferPointer<Span>
    let compounds: UnsafeMutableBufferPointer<Compound>
    let simples: UnsafeMutableBufferPointer<Simple>
    /// The UTF-8 bytes of every name and value.
    let bytes: UnsafeMutableBufferPointer<UInt8>
    /// Attribute names, lowercased, as `SelectorMatchable.attributeValue(_:)` takes them.
    let attributeNames: UnsafeMutableBufferPointer<String>

    /// Compiles the selector list made of `selectors`.
    init(_ selectors: [ComplexSelector]) {
        var builder = Builder()
        _ = builder.add(selectors)
        lists = Self.buffer(builder.lists)
        complexes = Self.buffer(builder.complexes)
        compounds = Self.buffer(builder.compounds)
        simples = Self.buffer(builder.simples)
        bytes = Self.buffer(builder.bytes)
        attributeNames = Self.buffer(builder.attributeNames)
    }

    deinit {
        lists.deallocate()
        complexes.deallocate()
        compounds.deallocate()
        simples.deallocate()
        bytes.deallocate()
        _ = attributeNames.deinitialize()
        attributeNames.deallocate()
    }

    private static func buffer<Element>(_ array: [Element]) -> UnsafeMutableBufferPointer<Element> {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: array.count)
        _ = buffer.initialize(from: array)
        return buffer
    }

    /// The bytes of `span`.
    @inline(__always)
    func bytes(_ span: Span) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[span.range])
    }

    /// Fills the tables, depth first; lists are numbered in the order they are added.
    private struct Builder {
        var lists: [Span] = []
        var complexes: [Span] = []
        var compounds: [Compound] = []
        var simples: [Simple] = []
        var bytes: [UInt8] = []
        var attributeNames: [String] = []

        /// Adds the list of `selectors` and everything in it; returns its index in `lists`.
        mutating func add(_ selectors: [ComplexSelector]) -> Int32 {
            let index = Int32(lists.count)
            lists.append(Span(start: 0, count: 0))
            // Compile the compounds of each complex selector first, so that each complex selector's
            // compounds, and each compound's simple selectors, are contiguous even when an argument
            // list adds records of its own.
            let compiled = selectors.map { selector in
                ([selector.first] + selector.steps.map(\.compound)).enumerated().map { position, compound in
                    let combinator = position == 0 ? Combinator.descendant : selector.steps[position - 1].combinator
                    return add(compound, combinatorToLeft: combinator)
                }
            }
            let firstComplex = Int32(complexes.count)
            for selectorCompounds in compiled {
                let firstCompound = Int32(compounds.count)
                compounds.append(contentsOf: selectorCompounds)
                complexes.append(Span(start: firstCompound, count: Int32(selectorCompounds.count)))
            }
            lists[Int(index)] = Span(start: firstComplex, count: Int32(compiled.count))
            return index
        }

        /// Compiles `compound`; the record is returned, not stored, so the caller can keep a complex
        /// selector's compounds together.
        mutating func add(_ compound: CompoundSelector, combinatorToLeft: Combinator) -> Compound {
            let compiledSimples = compound.subclassSelectors.map { compile($0) }
            let firstSimple = Int32(simples.count)
            simples.append(contentsOf: compiledSimples)
            var record = Compound(
                combinatorToLeft: combinatorToLeft, hasTypeName: false, typeName: Span(start: 0, count: 0),
                simples: Span(start: firstSimple, count: Int32(compiledSimples.count)))
            if case .element(let name) = compound.typeSelector {
                record.hasTypeName = true
                record.typeName = addBytes(name)
            }
            return record
        }

        mutating func compile(_ selector: SimpleSelector) -> Simple {
            var simple = Simple(
                operation: .id, caseInsensitive: false, caseInsensitiveOnHTMLElements: false, attributeName: -1,
                value: Span(start: 0, count: 0), list: -1)
            switch selector {
            case .id(let name):
                simple.value = addBytes(name)
            case .class(let name):
                simple.operation = .class
                simple.value = addBytes(name)
            case .attribute(let attribute):
                simple.attributeName = Int32(attributeNames.count)
                attributeNames.append(attribute.name)
                guard let condition = attribute.condition else {
                    simple.operation = .attributePresent
                    break
                }
                simple.value = addBytes(condition.value)
                switch condition.modifier {
                case .caseInsensitive: simple.caseInsensitive = true
                case nil: simple.caseInsensitiveOnHTMLElements = HTMLCaseInsensitiveAttributes.contains(attribute.name)
                }
                let empty = condition.value.isEmpty
                switch condition.operator {
                case .equals: simple.operation = .attributeEquals
                case .dashMatch: simple.operation = .attributeDashMatch
                case .includes:
                    let impossible = empty || ASCIIBytes.containsWhitespace(condition.value)
                    simple.operation = impossible ? .never : .attributeIncludes
                case .prefix: simple.operation = empty ? .never : .attributePrefix
                case .suffix: simple.operation = empty ? .never : .attributeSuffix
                case .substring: simple.operation = empty ? .never : .attributeSubstring
                }
            case .is(let list), .where(let list):
                simple.operation = .matchesAny
                simple.list = add(list.selectors)
            case .not(let list):
                simple.operation = .matchesNone
                simple.list = add(list.selectors)
            }
            return simple
        }

        mutating func addBytes(_ string: String) -> Span {
            let start = Int32(bytes.count)
            bytes.append(contentsOf: string.utf8)
            return Span(start: start, count: Int32(bytes.count) - start)
        }
    }
}
