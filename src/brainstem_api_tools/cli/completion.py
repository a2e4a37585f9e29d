"""`brainstem completion bash|zsh`: a shell completion script for commands, models and options.

The script is generated from the command line's own parsers and the model table, so it never
lags behind them. Install it with one line:

    bash: echo 'eval "$(brainstem completion bash)"' >> ~/.bashrc
    zsh:  echo 'eval "$(brainstem completion zsh)"' >> ~/.zshrc
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field

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


@dataclass
class Command:
    """What the completion needs to know of one command."""

    name: str
    help: str
    flags: list[str] = field(default_factory=list)  # options without a value
    valued: dict[str, list[str]] = field(default_factory=dict)  # option -> its choices
    words: str = ""  # what the first positional is: "model", or its choices


def describe_parser(name: str, help_: str, p: argparse.ArgumentParser) -> Command:
    cmd = Command(name, help_)
    for action in p._actions:
        if isinstance(action, argparse._SubParsersAction):
            cmd.words = " ".join(action.choices)
            continue
        if not action.option_strings:
            if action.dest == "model":
                cmd.words = "model"
            elif action.choices and not cmd.words:
                cmd.words = " ".join(str(c) for c in action.choices)
            continue
        longs = [o for o in action.option_strings if o.startswith("--")]
        if action.nargs == 0:
            cmd.flags.extend(longs)
        else:
            for opt in longs:
                cmd.valued[opt] = [str(c) for c in action.choices or ()]
    return cmd


def describe(parser: argparse.ArgumentParser) -> tuple[Command, list[Command]]:
    """The top level and every command (`auth status` as one command named `auth status`)."""

    top = describe_parser("", "", parser)
    commands: list[Command] = []
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        helps = {a.dest: a.help or "" for a in action._choices_actions}
        for name, sub in action.choices.items():
            cmd = describe_parser(name, helps.get(name, ""), sub)
            if name == "sandbox":
                cmd = sandbox_options(cmd)
            commands.append(cmd)
            for inner in sub._actions:
                if isinstance(inner, argparse._SubParsersAction):
                    for sub_name, sub_parser in inner.choices.items():
                        commands.append(describe_parser(f"{name} {sub_name}", "", sub_parser))
    return top, commands


# The options of `brainstem sandbox`, written out because reading them from the sandbox's parser
# would import starlette at every shell start; tests/cli checks them against that parser.
SANDBOX_FLAGS = ["--help", "--auto-approve"]
SANDBOX_VALUED: dict[str, list[str]] = {
    "--host": [],
    "--port": [],
    "--records": [],
    "--data": [],
    "--latency-ms": [],
    "--token": [],
    "--pagination": ["meta", "count", "next", "none"],
    "--seed": [],
    "--faults": [],
    "--fault-rate": [],
    "--fault-seed": [],
    "--fault-on": [],
    "--fault-delay": [],
    "--fault-retry-after": [],
}


def sandbox_options(cmd: Command) -> Command:
    return Command(cmd.name, cmd.help, list(SANDBOX_FLAGS), dict(SANDBOX_VALUED))


def value_cases(cmd: Command, top: Command, add: str, free: str) -> str:
    """`case "$prev"` branches: the choices of the options that take a value, or nothing."""
    valued = {**top.valued, **cmd.valued}
    lines = [
        f"{opt}) {add.format(words=' '.join(choices))}; return;;"
        for opt, choices in valued.items()
        if choices
    ]
    plain = "|".join(opt for opt, choices in valued.items() if not choices)
    if plain:
        lines.append(f"{plain}) {free}; return;;")
    return " ".join(lines)


def bash_script(top: Command, commands: list[Command], models: list[str]) -> str:
    add = 'COMPREPLY=($(compgen -W "{words}" -- "$cur"))'
    takes_value = " ".join(sorted({o for c in (top, *commands) for o in c.valued}))
    top_opts = " ".join([*top.flags, *top.valued])
    names = " ".join(c.name for c in commands if " " not in c.name)
    groups = " ".join(sorted({c.name.split()[0] for c in commands if " " in c.name}))
    cases = [f'        "") case "$prev" in {value_cases(top, top, add, ":")} esac;;']
    for cmd in commands:
        opts = " ".join([*cmd.flags, *cmd.valued])
        words = "$models" if cmd.words == "model" else cmd.words
        cases.append(
            f'        "{cmd.name}") opts="{opts}"; words="{words}"\n'
            f'            case "$prev" in {value_cases(cmd, top, add, ":")} esac;;'
        )
    return f"""\
# bash completion for brainstem; generated by `brainstem completion bash`.
# Install: echo 'eval "$(brainstem completion bash)"' >> ~/.bashrc
_brainstem() {{
    local cur="${{COMP_WORDS[COMP_CWORD]}}" prev="${{COMP_WORDS[COMP_CWORD-1]}}"
    local models="{" ".join(models)}"
    local takes_value=" {takes_value} "
    local cmd="" npos=0 i w
    for ((i = 1; i < COMP_CWORD; i++)); do
        w="${{COMP_WORDS[i]}}"
        if [[ $w == -* ]]; then
            [[ $takes_value == *" ${{w%%=*}} "* && $w != *=* ]] && ((i++))
            continue
        fi
        if [[ -z $cmd ]]; then
            cmd="$w"
        elif [[ " {groups} " == *" $cmd "* && $cmd != *" "* ]]; then
            cmd="$cmd $w"
        else
            ((npos++))
        fi
    done
    local opts="{top_opts}" words="{names}"
    case "$cmd" in
{chr(10).join(cases).replace(chr(92) + "n", chr(10))}
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$opts" -- "$cur"))
    elif [[ $npos -eq 0 ]]; then
        COMPREPLY=($(compgen -W "$words" -- "$cur"))
    fi
}}
complete -F _brainstem brainstem
"""


def zsh_script(top: Command, commands: list[Command], models: list[str]) -> str:
    def quote(text: str) -> str:
        return "'" + text.replace("'", "'\\''") + "'"

    add = "compadd -- {words}"
    takes_value = " ".join(sorted({o for c in (top, *commands) for o in c.valued}))
    described = " ".join(
        quote(f"{c.name}:{c.help.replace(':', ' -')}") for c in commands if " " not in c.name
    )
    groups = " ".join(sorted({c.name.split()[0] for c in commands if " " in c.name}))
    cases = [f'    "") case "$prev" in {value_cases(top, top, add, "_message value")} esac;;']
    for cmd in commands:
        opts = " ".join([*cmd.flags, *cmd.valued])
        words = "$models" if cmd.words == "model" else cmd.words
        cases.append(
            f'    "{cmd.name}") opts=({opts}); cands=({words})\n'
            f'      case "$prev" in {value_cases(cmd, top, add, "_message value")} esac;;'
        )
    top_opts = " ".join([*top.flags, *top.valued])
    return f"""\
#compdef brainstem
# zsh completion for brainstem; generated by `brainstem completion zsh`.
# Install: echo 'eval "$(brainstem completion zsh)"' >> ~/.zshrc
_brainstem() {{
  local -a models commands takes_value opts cands
  models=({" ".join(models)})
  commands=({described})
  takes_value=({takes_value})
  local cmd="" w cur="${{words[CURRENT]}}" prev="${{words[CURRENT-1]}}"
  local -i npos=0 i
  for (( i = 2; i < CURRENT; i++ )); do
    w="${{words[i]}}"
    if [[ $w == -* ]]; then
      (( ${{takes_value[(Ie)${{w%%=*}}]}} )) && [[ $w != *=* ]] && (( i++ ))
      continue
    fi
    if [[ -z $cmd ]]; then
      cmd="$w"
    elif [[ " {groups} " == *" $cmd "* && $cmd != *" "* ]]; then
      cmd="$cmd $w"
    else
      (( npos++ ))
    fi
  done
  case "$cmd" in
{chr(10).join(cases).replace(chr(92) + "n", chr(10))}
  esac
  if [[ -z $cmd ]]; then
    if [[ $cur == -* ]]; then
      compadd -- {top_opts}
    else
      _describe -t commands 'brainstem command' commands
    fi
    return
  fi
  if [[ $cur == -* ]]; then
    compadd -- $opts
  elif (( npos == 0 && ${{#cands}} )); then
    compadd -- $cands
  fi
}}
if (( $+functions[compdef] )); then
  compdef _brainstem brainstem
else
  autoload -Uz compinit && compinit && compdef _brainstem brainstem
fi
"""


def run(args: argparse.Namespace) -> int:
    from brainstem_api_tools.models import MODELS

    top, commands = describe(args.root_parser)
    script = bash_script if args.shell == "bash" else zsh_script
    sys.stdout.write(script(top, commands, sorted(MODELS)))
    return 0
