"""A corpus of bad and hostile input, made here, mixed with good articles: no crash, every good article
stored, every bad input recorded in the failures table with a reason a person can read."""

from __future__ import annotations

import json
import os

import duckdb
import pytest
from typer.testing import CliRunner

from dateline.cli import app

GOOD_TEXT = "Egyptian protesters marched in Cairo on Friday and police fired tear gas, witnesses said."


def good(i: int, text: str = GOOD_TEXT, **extra) -> dict:
    return {"id": f"good-{i}", "date": "2011-01-29", "text": text, **extra}


def jl(obj) -> bytes:
    return (json.dumps(obj) + "\n").encode()


def build_corpus(root):
    """Write the corpus; return (expected good ids, expected failures as (file name, line or None, words in reason))."""
    root.mkdir()
    bad: list[tuple[str, int | None, str]] = []
    goods: set[str] = set()

    def file(name: str, data: bytes, reason: str | None, good_id: str | None = None):
        (root / name).write_bytes(data)
        if reason:
            bad.append((name, None, reason))
        if good_id:
            goods.add(good_id)

    # -- whole files that are bad ---------------------------------------------------------------
    file("b01_empty.txt", b"", "no text")
    file("b02_spaces.txt", b"   \t  ", "no text")
    file("b03_newlines.txt", b"\n\n\n\r\n", "no text")
    file("b04_png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary")
    file("b05_random.txt", bytes(range(256)) * 4, "binary")
    file("b06_truncated_utf8.txt", "date 2011-01-29\nCairo café".encode()[:-1], "not valid UTF-8")
    file("b07_latin1.txt", "date 2011-01-29\nLe président a parlé à Paris.".encode("latin-1"), "not valid UTF-8")
    file("b08_utf16.txt", "date 2011-01-29\nText in UTF-16.".encode("utf-16"), "binary")
    file("b09_bad_date.txt", b"date 2025-13-45\nText.", "not an ISO date")
    file("b10_impossible_date.txt", b"date 2025-02-30\nText.", "not an ISO date")
    file("b11_year_one.txt", b"date 0001-01-01\nText.", "out of range")
    file("b12_far_future.txt", b"date 9999-12-31\nText.", "out of range")
    file("b13_year_3000.txt", b"date 3000-01-01\nText.", "out of range")
    file("b14_header_only.txt", b"date 2011-01-29\n\n\n", "no text")
    file("b15_no_date.txt", b"Text with no header and no --date.", "no date")
    file("b16_control_chars.txt", b"date 2011-01-29\nBell \x07 and escape \x1b[31m in text.", "control characters")
    file("b17_huge_article.txt", b"date 2011-01-29\n" + b"word " * 4_200_000, "too long")
    file("b18_date_garbage.txt", b"date 2011-01-29garbage\nText.", "not an ISO date")
    file("b19_empty.json", b"", "no text")
    file("b20_number.json", b"42", "expected a JSON object")
    file("b21_broken.json", b'{"date": "2011-01-29", "text": "unterminated', None)
    bad.append(("b21_broken.json", 1, "invalid JSON"))  # a broken .json file names the line of the fault
    file("b22_deep.json", b"[" * 100_000 + b"]" * 100_000, "nested too deeply")
    file("b23_script_only.html", b"<html><head><script>var a=1;</script></head><body><script>alert('x')</script></body></html>", "no main text")
    file("b24_empty.html", b"", "no text")
    file("b25_no_date.html", (b"<html><body><article><p>" + GOOD_TEXT.encode() * 6 + b"</p></article></body></html>"), "no publication date")
    file("b26_null.json", b"null", "expected a JSON object")
    file("b27_string.json", b'"just a string"', "expected a JSON object")

    # -- good files with odd but valid content ---------------------------------------------------
    file("g01_rtl.txt", "date 2011-01-29\nid good-rtl\n\nقال الرئيس إن المحادثات كانت مثمرة. The talks in Cairo continued.".encode(), None, "good-rtl")
    file("g02_emoji.txt", "date 2011-01-29\nid good-emoji\n\nProtesters 🇪🇬✊ gathered in Tahrir Square 🔥 on Friday.".encode(), None, "good-emoji")
    file("g03_quotes.txt", 'date 2011-01-29\nid good-quotes\n\n"We will not leave," said one protester. He added: "Never. «Jamais» \'ok\' “unbalanced'.encode(), None, "good-quotes")
    file("g04_crlf.txt", b"date 2011-01-29\r\nid good-crlf\r\n\r\nPolice arrested 20 people in Alexandria.\r\nThe army deployed.", None, "good-crlf")
    file("g05_bom.txt", "\ufeffdate 2011-01-29\nid good-bom\n\nThe president spoke on state TV.".encode(), None, "good-bom")
    file("g06_zero_width.txt", "date 2011-01-29\nid good-zw\n\nMubarak\u200b said\u200d he would stay. Cafe\u0301 owners protested.".encode(), None, "good-zw")
    file("g07_mixed_scripts.txt", "date 2011-01-29\nid good-mixed\n\nПутин and 习近平 met in Moscow; Erdoğan called Netanyahu.".encode(), None, "good-mixed")
    file("g08_no_punctuation.txt", ("date 2011-01-29\nid good-run-on\n\n" + "the ministers met and talked " * 300).encode(), None, "good-run-on")
    file("g09_punctuation_only.txt", b"date 2011-01-29\nid good-punct\n\n!!! ??? ... --- ;;; ...", None, "good-punct")
    file("g10_numbers.txt", b"date 2011-01-29\nid good-numbers\n\n1 2 3 4 5 6 7 8 9 10 2011 1999", None, "good-numbers")
    file("g11_cr_only.txt", b"date 2011-01-29\rid good-cr\rOld Mac line endings throughout.", None, "good-cr")
    file("g12_html_entities.html", (
        b"<html><head><meta property='article:published_time' content='2011-01-29'></head><body><article><p>"
        + b"Protesters &amp; police clashed in Suez &mdash; witnesses said. " * 6 + b"</p></article></body></html>"), None)
    file("g13_broken_tags.html", (
        b"<html><head><meta name='date' content='2011-01-30'><body><article><p>Troops were deployed in Cairo <b>on Saturday"
        + b" as protests grew across Egypt and the army said it would not fire on civilians. " * 5 + b"</article>"), None)

    # -- JSON lines: one file, each bad line a kind of its own ----------------------------------
    lines: list[bytes] = []

    def line(data: bytes, reason: str | None = None, good_id: str | None = None):
        lines.append(data)
        if reason:
            bad.append(("feed.jsonl", len(lines), reason))
        if good_id:
            goods.add(good_id)

    line(jl(good(1)), good_id="good-1")
    line(b"{broken json\n", "invalid JSON")
    line(b"[1, 2, 3]\n", "expected a JSON object")
    line(b'"a string"\n', "expected a JSON object")
    line(b"12345\n", "expected a JSON object")
    line(b"null\n", "expected a JSON object")
    line(b"[" * 50_000 + b"]" * 50_000 + b"\n", "nested too deeply")
    line(jl({"id": "x1", "date": "2011-01-29", "text": 42}), "not a string")
    line(jl({"id": "x2", "date": "2011-01-29", "text": ["a", "b"]}), "not a string")
    line(jl({"id": "x3", "date": 20110129, "text": GOOD_TEXT}), "not an ISO date")
    line(jl({"id": "x4", "date": None, "text": GOOD_TEXT}), "no 'date' field")
    line(jl({"id": "x5", "date": "2011-01-29"}), "not a string")
    line(jl({"id": {"nested": 1}, "date": "2011-01-29", "text": GOOD_TEXT}), "field 'id' must be a string")
    line(jl({"id": True, "date": "2011-01-29", "text": GOOD_TEXT}), "field 'id' must be a string")
    line(jl(good(2)), good_id="good-2")
    line(jl(good(2)))  # the same article twice: stored once, not a failure
    line(jl({**good(3), "extra": {"deep": [1, 2, {"x": None}]}, "tags": ["a"]}), good_id="good-3")
    line(b'{"id": "x6", "date": "2011-01-29", "text": "caf\xe9 latin-1 byte"}\n', "not valid UTF-8")
    line(b'{"id": "x7", "date": "2011-01-29", "text": "trailing"}garbage\n', "invalid JSON")
    line(jl({"id": "x8", "date": "2011-01-29", "text": "x" * 250_000}), "too long")
    line(jl({"id": "x9", "date": "2011-01-29", "text": "nul \u0000 inside"}), "control characters")
    line(jl({"id": "x10", "date": "2011-01-29T25:00:00", "text": GOOD_TEXT}), "not an ISO date")
    line(jl({"id": "x11", "date": "29/01/2011", "text": GOOD_TEXT}), "not an ISO date")
    line(jl({"id": "x12", "date": "2011-01-29", "text": ""}), "no text")
    line(jl({"id": "x13", "date": "1066-10-14", "text": GOOD_TEXT}), "out of range")
    line(jl(good(4, "Unbalanced “quote marks\" and 'odd ones\u201d said the minister in Tripoli.")), good_id="good-4")
    line(jl(good(5, "y" * 10_000)), good_id="good-5")  # one 10,000-character word
    line(jl({**good(6), "id": "i" * 5000}), good_id="i" * 5000)  # a very long id
    line(b"   \n")  # a blank line is not an article and not a failure
    line(b"\xef\xbb\xbf" + jl(good(7)), good_id="good-7")  # a BOM mid-file, as left by concatenated files
    line(jl(good(8, "Gaddafi’s forces shelled Misrata; rebels said 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 and ‮reversed‬ text.")), good_id="good-8")
    (root / "feed.jsonl").write_bytes(b"".join(lines))

    # -- a directory of symlinks -------------------------------------------------------------
    links = root / "links"
    links.mkdir()
    os.symlink(root / "g02_emoji.txt", links / "to_good.txt")  # same article again: stored once
    os.symlink(root / "missing.txt", links / "broken.txt")
    bad.append(("links/broken.txt", None, "broken symbolic link"))
    os.symlink(links, links / "loop")  # a loop must not hang the walk
    (root / "ignored.bin").write_bytes(b"\x00\x01")  # unknown suffix: not read
    return goods, bad


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile") / "corpus"
    goods, bad = build_corpus(root)
    db = root.parent / "h.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(root), "--db", str(db), "--batch-size", "7"])
    return root, db, goods, bad, result


def test_corpus_has_at_least_fifty_kinds(ingested):
    root, _, goods, bad, _ = ingested
    assert len(bad) + len(goods) >= 50


def test_no_crash(ingested):
    *_, result = ingested
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 2  # some inputs failed, and the command says so
    assert "Traceback" not in result.output


def test_every_good_article_stored(ingested):
    _, db, goods, _, _ = ingested
    with duckdb.connect(str(db), read_only=True) as con:
        stored = {row[0] for row in con.execute("SELECT id FROM articles").fetchall()}
    missing = goods - stored
    assert not missing, f"good articles not stored: {sorted(m[:40] for m in missing)}"
    # files without an id of their own get a content hash: g11-g13 are read with such ids
    assert len(stored) >= len(goods)


def test_every_bad_input_recorded_with_a_reason(ingested):
    root, db, _, bad, _ = ingested
    with duckdb.connect(str(db), read_only=True) as con:
        failures = con.execute("SELECT source, line, reason FROM failures").fetchall()
    recorded = {(os.path.relpath(source, root), line): reason for source, line, reason in failures}
    for name, line, words in bad:
        assert (name, line) in recorded, f"{name}:{line} not recorded"
        reason = recorded[(name, line)]
        assert words in reason, f"{name}:{line}: {reason!r} lacks {words!r}"
        assert "\n" not in reason and len(reason) < 300
    assert len(recorded) == len(bad), sorted(set(recorded) - {(n, l) for n, l, _ in bad})
