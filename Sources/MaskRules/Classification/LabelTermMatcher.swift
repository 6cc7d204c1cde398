/// Every term of several label vocabularies in one automaton (Aho–Corasick over the folded UTF-8
/// bytes), so that one pass over a folded label answers `firstMatch(in:)` for all of them.
///
/// The answer is the one `LabelVocabulary.firstMatch(in:)` gives: a vocabulary matches with its
/// first term (in vocabulary order) that occurs in the label, unless one of its excluded terms
/// occurs. The automaton only finds the set of needles that occur, which is what the term-by-term
/// search finds; the order of terms is applied afterwards.
///
/// Transitions are a dense table over byte classes (bytes that no needle contains share class 0),
/// built once per classifier: for the bundled rule set a few thousand states.
struct LabelTermMatcher: Sendable {
    /// A needle that ends in a state: which vocabulary, and which of its terms (`term >= 0`) or
    /// excluded terms (`term < 0`).
    private struct Output: Sendable {
        let vocabulary: Int32
        let term: Int32
    }

    /// The number of vocabularies.
    let vocabularyCount: Int
    private let byteClasses: [UInt16]
    private let classCount: Int
    private let transitions: [Int32]
    private let outputStarts: [Int32]
    private let outputs: [Output]

    /// Builds the automaton for `vocabularies`, which answers are indexed by.
    init(_ vocabularies: [LabelVocabulary]) {
        vocabularyCount = vocabularies.count
        var needles: [(bytes: [UInt8], output: Output)] = []
        for (vocabularyIndex, vocabulary) in vocabularies.enumerated() {
            for (termIndex, term) in vocabulary.terms.enumerated() {
                needles.append((term.needleBytes, Output(vocabulary: Int32(vocabularyIndex), term: Int32(termIndex))))
            }
            for (termIndex, term) in vocabulary.excludedTerms.enumerated() {
                needles.append((term.needleBytes, Output(vocabulary: Int32(vocabularyIndex), term: -1 - Int32(termIndex))))
            }
        }
        var classes = [UInt16](repeating: 0, count: 256)
        var classCount = 1
        for needle in needles {
            for byte in needle.bytes where classes[Int(byte)] == 0 {
                classes[Int(byte)] = UInt16(classCount)
                classCount += 1
            }
        }

        // The trie: children by class (few per state, searched linearly), and the needles that end in each state.
        var children: [[(byteClass: Int, state: Int)]] = [[]]
        var ownOutputs: [[Output]] = [[]]
        for needle in needles {
            var state = 0
            for byte in needle.bytes {
                let byteClass = Int(classes[Int(byte)])
                if let child = children[state].first(where: { $0.byteClass == byteClass }) {
                    state = child.state
                } else {
                    children.append([])
                    ownOutputs.append([])
                    children[state].append((byteClass, children.count - 1))
                    state = children.count - 1
                }
            }
            ownOutputs[state].append(needle.output)
        }

        // Breadth first, so that a state's failure state, which is shallower, is complete when its
        // row is built: the row starts as a copy of the failure state's row (the root's is all 0),
        // and a child's failure state is where that copied row led before the child replaces it.
        let stateCount = children.count
        var table = [Int32](repeating: 0, count: stateCount * classCount)
        var failure = [Int](repeating: 0, count: stateCount)
        var allOutputs = ownOutputs
        var queue: [Int] = [0]
        queue.reserveCapacity(stateCount)
        var head = 0
        table.withUnsafeMutableBufferPointer { table in
            while head < queue.count {
                let state = queue[head]
                head += 1
                let row = state * classCount
                if state != 0 {
                    let fallback = failure[state]
                    allOutputs[state] += allOutputs[fallback]
                    for byteClass in 0..<classCount { table[row + byteClass] = table[fallback * classCount + byteClass] }
                }
                for child in children[state] {
                    failure[child.state] = Int(table[row + child.byteClass])
                    table[row + child.byteClass] = Int32(child.state)
                    queue.append(child.state)
                }
            }
        }
        var starts: [Int32] = [0]
        var flat: [Output] = []
        for state in 0..<stateCount {
            flat += allOutputs[state]
            starts.append(Int32(flat.count))
        }
        byteClasses = classes
        self.classCount = classCount
        transitions = table
        outputStarts = starts
        outputs = flat
    }

    /// For each vocabulary, the index in its `terms` of the term `LabelVocabulary.firstMatch(in:)`
    /// returns for `folded`, or `-1` when it returns `nil`.
    func firstTerms(in folded: LabelVocabulary.FoldedText) -> [Int] {
        var first = [Int](repeating: Int.max, count: vocabularyCount)
        var excluded = [Bool](repeating: false, count: vocabularyCount)
        folded.bytes.withUnsafeBufferPointer { bytes in
            byteClasses.withUnsafeBufferPointer { classes in
                transitions.withUnsafeBufferPointer { table in
                    outputStarts.withUnsafeBufferPointer { starts in
                        var state = 0
                        for byte in bytes {
                            state = Int(table[state &* classCount &+ Int(classes[Int(byte)])])
                            var position = Int(starts[state])
                            let end = Int(starts[state &+ 1])
                            while position < end {
                                let output = outputs[position]
                                let vocabulary = Int(output.vocabulary)
                                if output.term < 0 {
                                    excluded[vocabulary] = true
                                } else {
                                    first[vocabulary] = min(first[vocabulary], Int(output.term))
                                }
                                position += 1
                            }
                        }
                    }
                }
            }
        }
        return zip(first, excluded).map { term, isExcluded in isExcluded || term == Int.max ? -1 : term }
    }
}
