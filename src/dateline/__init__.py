"""dateline: dated news articles in, a queryable record of political events out."""

__version__ = "0.1.0"
