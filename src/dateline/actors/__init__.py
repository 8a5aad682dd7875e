"""Actors stage: knowledge base, linking of names/titles/descriptions, and coreference."""
