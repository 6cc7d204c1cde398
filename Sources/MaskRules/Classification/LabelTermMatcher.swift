/// Every term of several label vocabularies in one automaton (Aho–Corasick over the folded UTF-8
/// bytes), so that one pass over a folded label answers `firstMatch(in:)` for all of them.
///
/// The answer is the one `LabelVocabulary.firstMatch(in:)` gives: a vocabulary matches with its
/// first term (in vocabulary order) that occurs in the label, unless one of its excluded terms
/// occurs. The automaton only finds the set of needles that occur, which is what the term-by-term
/// search finds; the order of terms is applied afterwards.
///
/// The trie keeps its transitions sparse (a dense row for the root, which most bytes return to, and
/// a short list per other state) with failure links, rather than a full transition table: for the
/// bundled rule set's 921 terms the table would take megabytes and a noticeable part of start-up.
struct LabelTermMatcher: Sendable {
    /// A needle that ends in a state: which vocabulary, and which of its terms (`term >= 0`) or
    /// excluded terms (`term < 0`).
    private struct Output: Sendable {
        let vocabulary: Int32
        let term: Int32
    }

    /// The number of vocabularies.
    let vocabularyCount: Int
    /// The root's transitions by byte, `-1` where the root stays.
    private let rootTransitions: [Int32]
    /// Per state, its transitions: `childBytes[childStarts[s]..<childStarts[s + 1]]` and the states they lead to.
    private let childStarts: [Int32]
    private let childBytes: [UInt8]
    private let childStates: [Int32]
    private let failure: [Int32]
    private let outputStarts: [Int32]
    private let outputs: [Output]

    /// Builds the automaton for `vocabularies`, which answers are indexed by.
    init(_ vocabularies: [LabelVocabulary]) {
        vocabularyCount = vocabularies.count
        // The trie: children by byte (few per state, searched linearly), and the needles that end in each state.
        var children: [[(byte: UInt8, state: Int32)]] = [[]]
        var ownOutputs: [[Output]] = [[]]
        func add(_ needle: [UInt8], _ output: Output) {
            var state = 0
            for byte in needle {
                if let child = children[state].first(where: { $0.byte == byte }) {
                    state = Int(child.state)
                } else {
                    children.append([])
                    ownOutputs.append([])
                    children[state].append((byte, Int32(children.count - 1)))
                    state = children.count - 1
                }
            }
            ownOutputs[state].append(output)
        }
        for (vocabularyIndex, vocabulary) in vocabularies.enumerated() {
            for (termIndex, term) in vocabulary.terms.enumerated() {
                add(term.needleBytes, Output(vocabulary: Int32(vocabularyIndex), term: Int32(termIndex)))
            }
            for (termIndex, term) in vocabulary.excludedTerms.enumerated() {
                add(term.needleBytes, Output(vocabulary: Int32(vocabularyIndex), term: -1 - Int32(termIndex)))
            }
        }
        let stateCount = children.count
        var root = [Int32](repeating: -1, count: 256)
        for child in children[0] { root[Int(child.byte)] = child.state }
        var starts: [Int32] = [0]
        var bytes: [UInt8] = []
        var states: [Int32] = []
        for list in children {
            for child in list {
                bytes.append(child.byte)
                states.append(child.state)
            }
            starts.append(Int32(bytes.count))
        }

        // Breadth first: a state's failure state is shallower, so its own failure and outputs are final.
        func next(_ state: Int, _ byte: UInt8) -> Int? {
            if state == 0 { return root[Int(byte)] >= 0 ? Int(root[Int(byte)]) : nil }
            for index in Int(starts[state])..<Int(starts[state + 1]) where bytes[index] == byte { return Int(states[index]) }
            return nil
        }
        var failure = [Int32](repeating: 0, count: stateCount)
        var allOutputs = ownOutputs
        var queue: [Int] = [0]
        queue.reserveCapacity(stateCount)
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            if state != 0 { allOutputs[state] += allOutputs[Int(failure[state])] }
            for child in children[state] {
                if state != 0 {
                    var fallback = Int(failure[state])
                    while true {
                        if let target = next(fallback, child.byte) {
                            failure[Int(child.state)] = Int32(target)
                            break
                        }
                        if fallback == 0 { break }
                        fallback = Int(failure[fallback])
                    }
                }
                queue.append(Int(child.state))
            }
        }
        var outputStarts: [Int32] = [0]
        var flat: [Output] = []
        for state in 0..<stateCount {
            flat += allOutputs[state]
            outputStarts.append(Int32(flat.count))
        }
        rootTransitions = root
        childStarts = starts
        childBytes = bytes
        childStates = states
        self.failure = failure
        self.outputStarts = outputStarts
        outputs = flat
    }

    /// For each vocabulary, the index in its `terms` of the term `LabelVocabulary.firstMatch(in:)`
    /// returns for `folded`, or `-1` when it returns `nil`.
    func firstTerms(in folded: LabelVocabulary.FoldedText) -> [Int] {
        var first = [Int](repeating: Int.max, count: vocabularyCount)
        var excluded = [Bool](repeating: false, count: vocabularyCount)
        var state = 0
        for byte in folded.bytes {
            while true {
                if state == 0 {
                    state = max(0, Int(rootTransitions[Int(byte)]))
                    break
                }
                var found = -1
                for index in Int(childStarts[state])..<Int(childStarts[state + 1]) where childBytes[index] == byte {
                    found = Int(childStates[index])
                    break
                }
                if found >= 0 {
                    state = found
                    break
                }
                state = Int(failure[state])
            }
            for position in Int(outputStarts[state])..<Int(outputStarts[state + 1]) {
                let output = outputs[position]
                let vocabulary = Int(output.vocabulary)
                if output.term < 0 {
                    excluded[vocabulary] = true
                } else {
                    first[vocabulary] = min(first[vocabulary], Int(output.term))
                }
            }
        }
        return zip(first, excluded).map { term, isExcluded in isExcluded || term == Int.max ? -1 : term }
    }
}
