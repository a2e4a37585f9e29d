"""Command line of the sandbox: `python -m brainstem_api_tools.sandbox` (and, once the CLI
wires it, `brainstem sandbox`, through `add_arguments` and `run`)."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from types import FrameType
from typing import Any

from .faults import FAULT_KINDS, parse_kinds, parse_targets
from .state import PAGINATION_STYLES


def _checked(parse: Callable[[str], Any]) -> Callable[[str], Any]:
    def check(value: str) -> Any:
        try:
            return parse(value)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    return check


def _rate(value: str) -> float:
    rate = float(value)
    if not 0.0 <= rate <= 1.0:
        raise ValueError(f"a fault rate is between 0 and 1, not {value}")
    return rate


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    parser.add_argument("--port", type=int, default=8765, help="port; 0 picks a free one (8765)")
    parser.add_argument("--records", type=int, default=100, help="demo sessions to seed (100)")
    parser.add_argument(
        "--data",
        metavar="FILE|DIR",
        help="serve these records instead of demo ones: a JSON fixture, or the directory of "
        "`brainstem export project`",
    )
    parser.add_argument(
        "--latency-ms", type=float, default=0.0, help="delay added to every response"
    )
    parser.add_argument("--token", help="the token to accept (random when omitted)")
    parser.add_argument(
        "--pagination",
        choices=PAGINATION_STYLES,
        default="meta",
        help="how list responses give totals: meta object (default), count, next URL or none",
    )
    parser.add_argument(
        "--auto-approve", action="store_true", help="approve device logins without the page"
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the demo data and ids")
    faults = parser.add_argument_group(
        "fault injection",
        "Make some requests fail, reproducibly for a seed, to test how scripts cope.",
    )
    faults.add_argument(
        "--faults",
        metavar="KINDS",
        type=_checked(parse_kinds),
        default=(),
        help=f"comma-separated kinds of faults to inject: {', '.join(FAULT_KINDS)}, or all",
    )
    faults.add_argument(
        "--fault-rate",
        type=_checked(_rate),
        default=0.2,
        metavar="R",
        help="fraction of the targeted requests that fail, 0 to 1 (0.2)",
    )
    faults.add_argument("--fault-seed", type=int, default=0, metavar="N", help="seed (0)")
    faults.add_argument(
        "--fault-on",
        type=_checked(parse_targets),
        default=("reads",),
        metavar="WHEN",
        help="reads, writes-before (the write is not applied) or writes-after (applied, then "
        "the answer is lost); comma-separated for several (reads)",
    )
    faults.add_argument(
        "--fault-delay",
        type=float,
        default=35.0,
        metavar="S",
        help="seconds a slow answer takes; above the client's timeout (35)",
    )
    faults.add_argument(
        "--fault-retry-after",
        type=float,
        default=1.0,
        metavar="S",
        help="Retry-After of the 429 answers (1)",
    )


def run(args: argparse.Namespace) -> int:
    try:
        from .server import run_sandbox
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        print(
            "The sandbox needs its extra: "
            f"pip install 'brainstem_python_api_tools[sandbox]' ({exc})",
            file=sys.stderr,
        )
        return 2
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        with run_sandbox(
            host=args.host,
            port=args.port,
            records=args.records,
            data=args.data,
            token=args.token,
            latency_ms=args.latency_ms,
            pagination=args.pagination,
            auto_approve=args.auto_approve,
            seed=args.seed,
            faults=args.faults,
            fault_rate=args.fault_rate,
            fault_seed=args.fault_seed,
            fault_on=args.fault_on,
            fault_delay=args.fault_delay,
            fault_retry_after=args.fault_retry_after,
        ) as sandbox:
            print(f"BrainSTEM sandbox listening on {sandbox.url}", flush=True)
            if sandbox.faults.settings.active:
                print(f"Injecting {sandbox.faults.settings.describe()}", flush=True)
            print(f"Token: {sandbox.token}", flush=True)
            print(f"Serving {sandbox.state.loaded}", flush=True)
            print(
                f"Try: curl -H 'Authorization: Bearer {sandbox.token}' "
                f"'{sandbox.url}/api/private/stem/session/?limit=5'",
                flush=True,
            )
            print("Press Ctrl-C to stop.", flush=True)
            while not stop.wait(0.5):
                if not sandbox.server.thread.is_alive():
                    print("The sandbox server stopped.", file=sys.stderr)
                    return 1
    except (OSError, ValueError) as exc:
        print(f"brainstem sandbox: {exc}", file=sys.stderr)
        return 1
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    print("Sandbox stopped.", flush=True)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m brainstem_api_tools.sandbox",
        description="Run a local BrainSTEM-compatible server with demo data.",
    )
    add_arguments(parser)
    return run(parser.parse_args(argv))
