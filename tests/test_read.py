"""Readers: every input format, and bad input turned into one-line errors naming file and line."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from dateline.read import Document, ReadError, ReadOptions, read_documents, read_stdin

D = dt.date(2025, 5, 20)


def read_all(*paths, **opts):
    return list(read_documents([str(p) for p in paths], ReadOptions(**opts)))


def test_founding_example_header_format(shared_dir):
    [doc] = read_all(shared_dir / "examples" / "000_a190d13e5a6bcf0f.txt")
    assert isinstance(doc, Document)
    assert doc.date == D
    assert doc.text.startswith("President Donald Trump and Russian president Vladimir Putin spoke")
    assert doc.text.endswith("after Putin spoke by phone with Trump.")
    # ids are stable across reads: re-ingesting is idempotent
    [again] = read_all(shared_dir / "examples" / "000_a190d13e5a6bcf0f.txt")
    assert again.id == doc.id


def test_header_with_more_keys_and_blank_lines(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("  date 2024-01-02  \nid my-id\ntitle A title\n\n\n\nBody line one.\nBody two.\n")
    [doc] = read_all(path)
    assert (doc.id, doc.date, doc.title, doc.text) == ("my-id", dt.date(2024, 1, 2), "A title", "Body line one.\nBody two.")


def test_header_does_not_eat_text_lines(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("date 2024-01-02\nPresident Biden spoke.\n")
    [doc] = read_all(path)
    assert doc.text == "President Biden spoke."


def test_plain_text_needs_a_date(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("Some news without a header.")
    [error] = read_all(path)
    assert isinstance(error, ReadError) and "no date" in error.reason and str(path) in str(error)
    [doc] = read_all(path, date=D)
    assert doc.date == D and doc.text == "Some news without a header."


def test_json_lines_keep_ids_and_report_bad_lines(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a1", "date": "2025-05-20", "text": "First.", "title": "T"}),
        "{broken json",
        json.dumps({"id": "a2", "date": "2025-02-30", "text": "Impossible date."}),
        json.dumps({"id": "a3", "text": "No date."}),
        "",
        json.dumps({"id": 4, "date": "2025-05-21T10:00:00Z", "text": "Fourth."}),
        json.dumps({"id": "a5", "date": "2025-05-21", "text": "   "}),
    ]
    path.write_text("\n".join(lines) + "\n")
    items = read_all(path)
    docs = [i for i in items if isinstance(i, Document)]
    errors = {e.line: e.reason for e in items if isinstance(e, ReadError)}
    assert [d.id for d in docs] == ["a1", "4"]
    assert docs[1].date == dt.date(2025, 5, 21)
    assert set(errors) == {2, 3, 4, 7}
    assert "invalid JSON" in errors[2]
    assert "not an ISO date" in errors[3]
    assert "no 'date' field" in errors[4]
    assert "no text" in errors[7]
    assert all(str(path) in str(e) for e in items if isinstance(e, ReadError))


def test_json_array_and_field_mapping(tmp_path):
    path = tmp_path / "items.json"
    path.write_text(json.dumps([
        {"headline": "Head", "description": "Body.", "day": "24 Feb 2022"},
        {"headline": "Only head", "day": "31 Feb 2022"},
    ]))
    opts = dict(fields=(("text", "headline+description"), ("date", "day")), date_format="%d %b %Y")
    first, second = read_all(path, **opts)
    assert first.text == "Head\n\nBody." and first.date == dt.date(2022, 2, 24)
    assert isinstance(second, ReadError) and "does not match the format" in second.reason


def test_html_page(tmp_path):
    path = tmp_path / "page.html"
    body = " ".join(["The foreign ministers of France and Germany met in Paris on Monday to discuss the war."] * 5)
    path.write_text(
        "<html><head><title>Ministers meet</title><meta property='article:published_time' content='2024-03-04'>"
        f"</head><body><nav>Home | World</nav><article><h1>Ministers meet</h1><p>{body}</p></article>"
        "<footer>Copyright</footer></body></html>"
    )
    [doc] = read_all(path)
    assert isinstance(doc, Document), doc
    assert doc.date == dt.date(2024, 3, 4)
    assert "foreign ministers of France and Germany" in doc.text
    assert "Copyright" not in doc.text


def test_html_without_text(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>var x = 1;</script></head><body><script>alert(1)</script></body></html>")
    [error] = read_all(path, date=D)
    assert isinstance(error, ReadError) and "no main text" in error.reason


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "no text"),
        (b"   \n\t  \n", "no text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"date 2025-05-20\n\xff\xfe broken", "not valid UTF-8"),
        (b"date 2025-05-20\n\n", "no text"),
        (b"date 9999-01-01\nText.", "out of range"),
    ],
)
def test_bad_files_become_errors(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    [error] = read_all(path, date=None)
    assert isinstance(error, ReadError)
    assert reason in error.reason
    assert str(path) in str(error) and "\n" not in str(error)


def test_directories_globs_and_missing(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("date 2025-01-01\nA.")
    (tmp_path / "sub" / "b.txt").write_text("date 2025-01-02\nB.")
    (tmp_path / "ignored.bin").write_bytes(b"\x00")
    docs = read_all(tmp_path)
    assert [d.text for d in docs] == ["A.", "B."]
    assert [d.text for d in read_all(tmp_path / "*.txt")] == ["A."]
    [missing] = read_all(tmp_path / "nope.txt")
    assert isinstance(missing, ReadError) and "no such file" in missing.reason
    [nomatch] = read_all(tmp_path / "*.jsonl")
    assert "no file matches" in nomatch.reason


def test_stdin_sniffs_format():
    jsonl = io.BytesIO(b'{"date": "2025-05-20", "text": "One."}\n{"date": "2025-05-20", "text": "Two."}\n')
    assert [d.text for d in read_stdin(ReadOptions(), jsonl)] == ["One.", "Two."]
    text = io.BytesIO(b"date 2025-05-20\n\nHello.")
    [doc] = read_stdin(ReadOptions(), text)
    assert doc.text == "Hello." and doc.source == "<stdin>"
