"""`brainstem sandbox`: run the local BrainSTEM server (brainstem_api_tools.sandbox).

The sandbox's options come from its own command line (`sandbox.cli.add_arguments`), which
imports starlette; so they are read only when this command runs, and `brainstem --help`
stays fast.
"""

from __future__ import annotations

import argparse

from brainstem_api_tools.cli.common import HelpFormatter, fail

NAME = "sandbox"
HELP = "run a local BrainSTEM server with demo data (see `brainstem sandbox --help`)"
DESCRIPTION = (
    "Run a local BrainSTEM-compatible server on 127.0.0.1 with demo data, for trying the "
    "client and testing scripts. It prints its URL and a token; point the other commands at "
    "it with --url and --token (or BRAINSTEM_URL and BRAINSTEM_TOKEN). Ctrl-C stops it."
)
EXAMPLES = """\
example:
  brainstem sandbox --port 8765 --records 50
  brainstem load session --url http://127.0.0.1:8765 --token <printed token> --limit 5
  brainstem sandbox --data my-project    # serve a `brainstem export project` directory
"""


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], parents: list[argparse.ArgumentParser]
) -> argparse.ArgumentParser:
    # Every argument after `sandbox`, --help included, goes to sandbox_parser() in run().
    # parents=[]: the sandbox parses its own options (its --token is the one it accepts).
    parser = sub.add_parser(NAME, help=HELP, add_help=False, parents=[])
    parser.set_defaults(func=run, passthrough=True)
    return parser


def sandbox_parser() -> argparse.ArgumentParser:
    """The sandbox's own options, under the name `brainstem sandbox`."""
    try:
        from brainstem_api_tools.sandbox.cli import add_arguments
    except ImportError as exc:
        fail(
            f"`brainstem sandbox` needs the sandbox extra ({exc}): "
            "pip install 'brainstem_python_api_tools[sandbox]'"
        )
    parser = argparse.ArgumentParser(
        prog="brainstem sandbox",
        description=DESCRIPTION,
        epilog=EXAMPLES,
        formatter_class=HelpFormatter,
        allow_abbrev=False,
    )
    add_arguments(parser)
    return parser


def run(args: argparse.Namespace) -> int:
    from brainstem_api_tools.sandbox.cli import run as run_sandbox

    options = sandbox_parser().parse_args(args.rest)
    return int(run_sandbox(options))
