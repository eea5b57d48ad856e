"""Boilerplate cleaning (placeholder until the cleaning engine lands)."""

from __future__ import annotations

from ..model import Article

__all__ = ["clean"]


def clean(article: Article) -> Article:
    return article
