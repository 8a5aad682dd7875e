"""The PolNeAR scorer: reading brat files, matching spans, and a run on a small fixture."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.model import Statement
from dateline.statements import polnear
from dateline.statements.polnear import Attribution, evaluate_polnear, match, merge_by_cue, read_ann, read_split

FIXTURE = Path(__file__).parent / "fixtures" / "polnear"


def test_read_ann_unions_discontinuous_spans_and_keeps_sourceless():
    ann = (
        "T1\tSource 0 5\tTrump\n"
        "T2\tCue 6 10\tsaid\n"
        "T3\tContent 11 20;25 40\tx\n"
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
        "T4\tCue 50 60\tis expected\n"
        "T5\tContent 61 70\ty\n"
        "E2\tAttribution-no-source:T4 Content:T5 Cue:T4\n"
        "#1\tAnnotatorNotes T1\tnote\n"
    )
    assert read_ann(ann) == [Attribution(11, 40, (0, 5)), Attribution(61, 70, None)]


def test_match_needs_half_of_the_union():
    gold = [Attribution(0, 100, (200, 210))]
    assert match([Attribution(0, 50, (200, 205))], gold, with_speaker=True) == 1  # 50/100
    assert match([Attribution(0, 49, (200, 205))], gold, with_speaker=False) == 0  # 49/100
    assert match([Attribution(0, 100, (300, 305))], gold, with_speaker=False) == 1
    assert match([Attribution(0, 100, (300, 305))], gold, with_speaker=True) == 0  # wrong speaker
    # one prediction finds one gold attribution at most
    assert match([Attribution(0, 100, None)], gold * 2, with_speaker=False) == 1


def test_statements_sharing_a_cue_count_as_one():
    pieces = [
        Statement("direct", "said", "a", 0, 10, speaker_span=(12, 14), cue_span=(15, 19)),
        Statement("direct", "said", "b", 25, 40, speaker_span=(12, 14), cue_span=(15, 19)),
        Statement("indirect", "said", "c", 50, 60, cue_span=(45, 49)),
    ]
    assert merge_by_cue(pieces) == [Attribution(0, 40, (12, 14)), Attribution(50, 60, None)]


def test_read_split_pairs_text_and_first_annotation():
    articles = read_split(FIXTURE)
    assert [name for name, _, _ in articles] == ["fixture_2016-06-01_scorer"]
    assert len(articles[0][2]) == 3


def test_evaluate_fixture(nlp):
    result = evaluate_polnear(FIXTURE, nlp, link=polnear.ner_mentions)
    assert result["articles"] == 1 and result["errors"] == 0
    assert result["predicted"] == 2 and result["gold"] == 3
    assert result["content"] == {"p": 1.0, "r": 0.6667, "f1": 0.8}
    assert result["speaker_content"] == {"p": 1.0, "r": 0.6667, "f1": 0.8}


def test_an_article_that_raises_is_counted_not_fatal(nlp):
    def broken(doc):
        raise RuntimeError("linker failed")

    result = evaluate_polnear(FIXTURE, nlp, link=broken)
    assert result["errors"] == 1
    assert result["content"]["r"] == 0.0


def test_default_link_falls_back_to_ner(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_actors(name, *args, **kwargs):
        if name == "dateline.actors" and args and args[2] and "link_actors" in args[2]:
            raise ImportError("no linker")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_actors)
    assert polnear.default_link() is polnear.ner_mentions


def test_polnear_dev_runs_without_errors(shared_dir, nlp):
    split = shared_dir / "benchmarks" / "polnear" / "data" / "dev"
    if not split.is_dir():
        pytest.skip("PolNeAR dev split not present")
    result = evaluate_polnear(split, nlp)
    assert result["errors"] == 0
    assert result["articles"] == 84
    assert result["speaker_content"]["f1"] >= 0.55  # textacy's direct quotes: 0.58 on test


def test_read_ann_joins_a_content_annotated_in_pieces():
    ann = (
        "T1\tContent 0 10\t\"A,\"\n"
        "T2\tSource 11 14\tRay\n"
        "T3\tCue 15 19\tsaid\n"
        "T4\tContent 21 40\t\"B.\"\n"
        "E1\tAttribution:T3 Cue:T3 Source:T2 Content:T1 Content2:T4\n"
    )
    assert read_ann(ann) == [Attribution(0, 40, (11, 14))]
