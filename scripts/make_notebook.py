"""Write brainstem_api_tutorial.ipynb from brainstem_api_tutorial.py (`# %%` cells).

Usage: python scripts/make_notebook.py [--check]
The script is the source; the notebook is made from it, and --check fails when it is stale.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "brainstem_api_tutorial.py"
NOTEBOOK = ROOT / "brainstem_api_tutorial.ipynb"


def cells(source: str) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for chunk in re.split(r"^# %%", source, flags=re.MULTILINE)[1:]:
        header, _, body = chunk.partition("\n")
        body = body.strip("\n")
        if "[markdown]" in header:
            text = "\n".join(
                "" if line == "#" else line.removeprefix("# ") for line in body.split("\n")
            )
            out.append({"cell_type": "markdown", "metadata": {}, "source": _lines(text)})
        else:
            out.append(
                {
                    "cell_type": "code",
                    "execution_count": None,
                    "metadata": {},
                    "outputs": [],
                    "source": _lines(body),
                }
            )
    return out


def _lines(text: str) -> list[str]:
    parts = text.split("\n")
    return [line + "\n" for line in parts[:-1]] + [parts[-1]]


def notebook() -> str:
    doc = {
        "cells": cells(SCRIPT.read_text()),
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    if "--check" in sys.argv:
        if not NOTEBOOK.exists() or NOTEBOOK.read_text() != notebook():
            sys.exit("brainstem_api_tutorial.ipynb is stale: run `make notebook`")
    else:
        NOTEBOOK.write_text(notebook())
