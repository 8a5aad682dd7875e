"""The knowledge-file readers: comments and blanks in word lists, and YAML keys written twice."""

import pytest

from dateline.resources import data_lines, read_yaml, word_set


def test_read_yaml_refuses_a_key_written_twice(tmp_path):
    path = tmp_path / "lexicon.yaml"
    path.write_text("EVEN:\n  even: x\nOR:\n  or: x\nEVEN:\n  even: x\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"lexicon\.yaml, line 5: 'EVEN' is written twice") as error:
        read_yaml(path)
    assert "\n" not in str(error.value)


def test_read_yaml_keeps_ordinary_mappings_and_lists(tmp_path):
    path = tmp_path / "ok.yaml"
    path.write_text("A:\n  x: 1\nB:\n  - {y: 2}\n  - {y: 3}\n", encoding="utf-8")
    assert read_yaml(path) == {"A": {"x": 1}, "B": [{"y": 2}, {"y": 3}]}


def test_word_lists_skip_comments_and_blank_lines():
    entries = data_lines("times/issuing_verbs.txt")
    assert entries and all(e and not e.startswith("#") for e in entries)
    assert word_set("times/issuing_verbs.txt") == frozenset(entries)
