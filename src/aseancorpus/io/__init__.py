"""Reading and writing: decoding, loaders, JSON Lines (and Parquet, with the extra)."""

from __future__ import annotations

from .decode import ENCODINGS, Decoded, decode
from .jsonl import iter_jsonl, load_jsonl, save_jsonl
from .loaders import load_dir, load_file, load_seeds, load_text, paragraph_blocks, seeds_path
from .parquet import iter_parquet, load_parquet, save_parquet

__all__ = [
    "ENCODINGS",
    "Decoded",
    "decode",
    "iter_jsonl",
    "iter_parquet",
    "load_dir",
    "load_file",
    "load_jsonl",
    "load_parquet",
    "load_seeds",
    "load_text",
    "paragraph_blocks",
    "save_jsonl",
    "save_parquet",
    "seeds_path",
]
