#!/usr/bin/env python3
"""Runs Microsoft Presidio's pattern recognizers over texts, as the reference for masklint scan.

Run it with a Python that has `presidio-analyzer` installed (benchmarks/scan/setup-presidio.sh makes a
virtual environment outside the repository). No spaCy model is installed: the build machines reach
PyPI only, and spaCy's models are not published there by spaCy. Presidio is therefore configured with
a blank English spaCy pipeline (tokenizer only, lemmas = lower-cased tokens, no NER), so its pattern
and checksum recognizers (email, phone via `phonenumbers`, credit card, US SSN, IBAN) run as usual,
and their context words are still seen; only the NER-based recognizers (PERSON, LOCATION, …) find
nothing.

    presidio_predict.py predict corpus/cases.jsonl > predictions.jsonl
        one line per case: {"id": ..., "entities": [{"type", "start", "end", "score"}]}, offsets in
        characters, types mapped to the corpus's (email, phone, card, ssn, iban)
    presidio_predict.py throughput FILE
        analyzes FILE line by line and prints {"bytes": ..., "seconds": ...}
"""

import json
import sys
import time

import spacy
import tldextract
from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine

ENTITY_TYPES = {"EMAIL_ADDRESS": "email", "PHONE_NUMBER": "phone", "CREDIT_CARD": "card", "US_SSN": "ssn",
                "IBAN_CODE": "iban"}


class BlankEnglishNlpEngine(NlpEngine):
    """spaCy's blank English pipeline: tokens for Presidio's context words, no model download."""

    def __init__(self):
        self.nlp = None

    def load(self):
        self.nlp = {"en": spacy.blank("en")}

    def is_loaded(self):
        return self.nlp is not None

    def process_text(self, text, language):
        doc = self.nlp[language](text)
        return NlpArtifacts(entities=[], tokens=doc, tokens_indices=[token.idx for token in doc],
                            lemmas=[token.lower_ for token in doc], nlp_engine=self, language=language, scores=[])

    def process_batch(self, texts, language, batch_size=1, n_process=1, **kwargs):
        for text in texts:
            yield text, self.process_text(text, language)

    def is_stopword(self, word, language):
        return self.nlp[language].vocab[word].is_stop

    def is_punct(self, word, language):
        return self.nlp[language].vocab[word].is_punct

    def get_supported_entities(self):
        return []

    def get_supported_languages(self):
        return ["en"]


def make_analyzer():
    # Presidio's email recognizer checks domains with tldextract, which would download the public
    # suffix list; use the snapshot tldextract ships instead, so that nothing goes to the network.
    tldextract.extract = tldextract.TLDExtract(suffix_list_urls=(), fallback_to_snapshot=True)
    engine = BlankEnglishNlpEngine()
    engine.load()
    return AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])


def predict(path):
    analyzer = make_analyzer()
    entities = list(ENTITY_TYPES)
    with open(path, encoding="utf-8") as cases:
        for line in cases:
            case = json.loads(line)
            results = analyzer.analyze(text=case["text"], language="en", entities=entities)
            found = [{"type": ENTITY_TYPES[r.entity_type], "start": r.start, "end": r.end, "score": round(r.score, 3)}
                     for r in results if r.entity_type in ENTITY_TYPES]
            print(json.dumps({"id": case["id"], "entities": found}))


def throughput(path):
    analyzer = make_analyzer()
    entities = list(ENTITY_TYPES)
    with open(path, encoding="utf-8") as file:
        lines = file.read().split("\n")
    start = time.perf_counter()
    for line in lines:
        analyzer.analyze(text=line, language="en", entities=entities)
    seconds = time.perf_counter() - start
    print(json.dumps({"bytes": sum(len(line.encode("utf-8")) + 1 for line in lines), "seconds": seconds}))


if __name__ == "__main__":
    mode, argument = sys.argv[1], sys.argv[2]
    predict(argument) if mode == "predict" else throughput(argument)
