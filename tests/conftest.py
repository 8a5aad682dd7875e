"""Shared fixtures: the real spaCy pipeline and the shared data folder beside the project."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared folder; skipped when absent, failed when DATELINE_REQUIRE_SHARED=1."""
    if not SHARED.is_dir():
        reason = f"shared data folder not found at {SHARED}"
        if os.environ.get("DATELINE_REQUIRE_SHARED") == "1":
            pytest.fail(reason + " (DATELINE_REQUIRE_SHARED=1)")
        pytest.skip(reason)
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    from dateline.nlp import load_pipeline

    return load_pipeline()
