"""The shared pipeline's tokenizer: words that spaCy's contraction exceptions would split stay whole."""

import pytest


@pytest.mark.parametrize(
    "text, token",
    [
        ("LAGOS | Wed Jun 4, 2014 9:15am EDT", "Wed"),
        ("The two singers plan to wed next spring.", "wed"),
        ("Wed. 12 Nov: polls open", "Wed"),
    ],
)
def test_whole_words_stay_one_token(nlp, text, token):
    assert token in [t.text for t in nlp(text)]


def test_contractions_without_apostrophe_still_split(nlp):
    # Only the listed words are kept whole; spaCy's other exceptions are untouched.
    assert [t.text for t in nlp("I dont know")][1:3] == ["do", "nt"]


def test_reuters_header_weekday_is_inside_the_date(nlp):
    from datetime import date

    from dateline.times.tag import tag_times

    doc = nlp("NAIROBI | Wed Jun 4, 2014 9:15am EDT")
    texts = [doc.text[t.start:t.end] for t in tag_times(doc, date(2014, 6, 4))]
    assert "Wed Jun 4, 2014" in texts
