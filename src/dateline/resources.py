"""Reading the knowledge files under ``dateline/data/``: one loader for every stage."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).resolve().parent / "data"
# libyaml's parser where installed: several times faster on the larger lexicons and knowledge base
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):
    """A safe loader that refuses a key written twice in one mapping: YAML would keep the last silently, and a
    class or entry of a knowledge file written twice would lose the first one's words."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if isinstance(key, (str, int, float, bool)) and key in seen:
                mark = key_node.start_mark
                raise ValueError(f"{mark.name}, line {mark.line + 1}: {key!r} is written twice in one mapping")
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _Loader.construct_yaml_map)


def data_lines(path: Path | str) -> list[str]:
    """The entries of a text data file (relative to dateline/data/): one a line, "#" to the end of a line is a
    comment, blank lines are skipped."""
    text = (DATA_DIR / path).read_text(encoding="utf-8")
    return [entry for entry in (line.split("#", 1)[0].strip() for line in text.splitlines()) if entry]


@functools.lru_cache(maxsize=None)
def word_set(path: str) -> frozenset[str]:
    """The entries of a word-list data file as a set, read once (see data_lines)."""
    return frozenset(data_lines(path))


def read_yaml(path: Path | str) -> Any:
    """A YAML data file (absolute, or relative to dateline/data/)."""
    path = Path(path)
    if not path.is_absolute():
        path = DATA_DIR / path
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_Loader)
