"""Reading the knowledge files under ``dateline/data/``: one loader for every stage."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).resolve().parent / "data"
# libyaml's parser where installed: several times faster on the larger lexicons and knowledge base
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path | str) -> Any:
    """A YAML data file (absolute, or relative to dateline/data/)."""
    path = Path(path)
    if not path.is_absolute():
        path = DATA_DIR / path
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_Loader)
