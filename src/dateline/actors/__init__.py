"""Actors stage: knowledge base, linking of names/titles/descriptions, and coreference."""

from dateline.actors.kb import load_kb
from dateline.actors.link import configure_pipeline, link_actors

__all__ = ["configure_pipeline", "link_actors", "load_kb"]
