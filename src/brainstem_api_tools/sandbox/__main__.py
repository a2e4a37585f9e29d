"""`python -m brainstem_api_tools.sandbox --port 8765 --records 100 ...`"""

from __future__ import annotations

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
