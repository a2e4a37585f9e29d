"""`python -m brainstem_api_tools`: the `brainstem` command."""

from brainstem_api_tools.cli import console

console()
