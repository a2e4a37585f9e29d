"""`brainstem completion bash|zsh`: a shell completion script for commands, models and options.

The script is generated from the command line's own parsers and the model table, so it never
lags behind them (by `completion_script`, imported only when this command runs). Install it
with one line:

    bash: echo 'eval "$(brainstem completion bash)"' >> ~/.bashrc
    zsh:  echo 'eval "$(brainstem completion zsh)"' >> ~/.zshrc
"""

from __future__ import annotations

import argparse
import sys

NAME = "completion"
HELP = "print a bash or zsh completion script"
INSTALL = """\
install (then open a new shell):
  bash:  echo 'eval "$(brainstem completion bash)"' >> ~/.bashrc
  zsh:   echo 'eval "$(brainstem completion zsh)"' >> ~/.zshrc
"""


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], parents: list[argparse.ArgumentParser]
) -> argparse.ArgumentParser:
    parser = sub.add_parser(
        NAME,
        help=HELP,
        description="Print a script that completes brainstem's commands, model names and "
        "options in bash or zsh.",
        epilog=INSTALL,
    )
    parser.add_argument("shell", choices=("bash", "zsh"), help="the shell to complete in")
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    from brainstem_api_tools.cli.completion_script import bash_script, describe, zsh_script
    from brainstem_api_tools.models import MODELS

    top, commands = describe(args.root_parser)
    script = bash_script if args.shell == "bash" else zsh_script
    sys.stdout.write(script(top, commands, sorted(MODELS)))
    return 0
