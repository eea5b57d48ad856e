"""Test configuration: hypothesis profiles, offline model settings, shared fixtures."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

sys.path.insert(0, str(Path(__file__).parent))  # make `strategies` importable

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

settings.register_profile("default", deadline=None, max_examples=60,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("ci", deadline=None, max_examples=150, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", deadline=None, max_examples=20)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
# The expected results for the seeds (copied unchanged from the project's shared/spec/).
SPEC = Path(__file__).parent / "data"


@pytest.fixture(autouse=True, scope="session")
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Keep the annotation cache of the test run out of the user's cache folder."""
    os.environ.setdefault("ASEANCORPUS_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS
