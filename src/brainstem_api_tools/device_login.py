"""The device authorization flow of docs/api.md: its steps, without I/O, and the prompt.

The clients import it only when a login runs: a script with a token never pays for it.
"""

from __future__ import annotations

import contextlib
import importlib
import sys
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any, TextIO

from brainstem_api_tools._httpx import httpx
from brainstem_api_tools.errors import AuthenticationError, BrainstemError, ServerError

__all__ = ["Answer", "DeviceFlow", "Prompt", "Send", "Step", "Wait", "can_prompt", "show_prompt"]


@dataclass(frozen=True)
class Send:
    """A request of the login flow: `start` (POST /api/auth/device/) or `poll` (its token
    endpoint), with its JSON body. Answered with the response, or with the error that stood
    for it when none came."""

    endpoint: str
    body: dict[str, str]


@dataclass(frozen=True)
class Wait:
    """Wait this many seconds before the next step."""

    seconds: float


@dataclass(frozen=True)
class Prompt:
    """Show the user where to approve the login, and with which code."""

    uri: str
    user_code: str
    uri_complete: str


Step = Send | Wait | Prompt
Answer = httpx.Response | BrainstemError | None


@dataclass
class DeviceFlow:
    """The device authorization flow of docs/api.md, without I/O.

    `steps()` is a generator, as httpx's `Auth.auth_flow` is: it yields what to do (`Send` a
    request, `Wait`, show a `Prompt`), is sent the answer to each `Send`, and returns the
    token. The clients drive it, the sync one with blocking calls, the async one with awaits.
    """

    now: Callable[[], float]
    client_name: str = "brainstem_python_api_tools"

    def steps(self) -> Generator[Step, Answer, str]:
        answer = yield Send("start", {"client_name": self.client_name})
        if isinstance(answer, BrainstemError):
            raise answer
        start = _json(answer)
        try:
            device_code = str(start["device_code"])
            prompt = Prompt(
                uri=str(start["verification_uri"]),
                user_code=str(start["user_code"]),
                uri_complete=str(
                    start.get("verification_uri_complete") or start["verification_uri"]
                ),
            )
            interval = max(1.0, float(start.get("interval", 5)))
            expires_in = float(start.get("expires_in", 900))
        except (KeyError, TypeError, ValueError):
            raise AuthenticationError(
                "the server's device authorization answer lacks device_code, user_code or "
                "verification_uri; is this a BrainSTEM server?",
                status_code=200,
            ) from None
        yield prompt
        deadline = self.now() + expires_in
        while True:
            yield Wait(interval)
            if self.now() > deadline:
                raise AuthenticationError(
                    "the login code expired before it was approved; run the login again",
                    status_code=200,
                )
            answer = yield Send("poll", {"device_code": device_code})
            try:
                body = _json(answer)
            except BrainstemError as exc:
                if isinstance(exc, AuthenticationError):
                    raise
                continue  # a passing network fault or server error: poll until the deadline
            status, error = body.get("status"), body.get("error")
            if status == "success" and body.get("token"):
                return str(body["token"])
            if status == "authorization_pending":
                continue
            if error == "slow_down":
                interval += 5
                continue
            raise AuthenticationError(
                _DEVICE_ERRORS.get(str(error), f"login failed: {body!r}"), status_code=200
            )


def _json(answer: Answer) -> dict[str, Any]:
    if isinstance(answer, BrainstemError):
        raise answer
    assert answer is not None
    response = answer
    if response.status_code >= 500:
        raise ServerError(
            f"{response.status_code} {response.reason_phrase} from {response.request.method} "
            f"{response.request.url}: the server failed; try the login again later",
            status_code=response.status_code,
            url=str(response.request.url),
        )
    try:
        body = response.json()
    except ValueError:
        body = None
    if response.status_code >= 400 or not isinstance(body, dict):
        raise AuthenticationError(
            f"{response.status_code} from {response.request.url}: the server does not "
            "offer the device login flow",
            status_code=response.status_code,
            url=str(response.request.url),
        )
    return body


def show_prompt(prompt: Prompt, out: TextIO, *, headless: bool) -> None:
    """Tell the user where to approve the login: a clickable link in a notebook, text
    otherwise. The code is always shown, even when a browser opens (over SSH, it opens
    nowhere)."""
    if _notebook_link(prompt):
        return
    print(f"Open {prompt.uri} in a browser and enter the code: {prompt.user_code}", file=out)
    if not headless:
        print(f"(or follow {prompt.uri_complete})", file=out)
    print("Waiting for authorization...", file=out, flush=True)


def open_in_browser(open_browser: Callable[[str], bool], url: str) -> None:
    # No browser (over SSH, in a container) is not an error: the code is shown.
    with contextlib.suppress(Exception):
        open_browser(url)


def _ipython_shell() -> Any:
    """The running IPython shell, if IPython is already imported (it is never imported here)."""
    get = getattr(sys.modules.get("IPython"), "get_ipython", None)
    try:
        return get() if callable(get) else None
    except Exception:
        return None


def in_notebook() -> bool:
    """Whether this process is a notebook kernel (Jupyter, VS Code, Colab...)."""
    return getattr(_ipython_shell(), "kernel", None) is not None


def _notebook_link(prompt: Prompt) -> bool:
    """Show the login as a clickable link in the notebook; False when not in one."""
    if not in_notebook():
        return False
    import html

    try:
        ipython_display = importlib.import_module("IPython.display")
        ipython_display.display(
            ipython_display.HTML(
                f'<p>Log in to BrainSTEM: open <a href="{html.escape(prompt.uri_complete)}" '
                f'target="_blank">{html.escape(prompt.uri)}</a> and enter the code '
                f"<b>{html.escape(prompt.user_code)}</b>. Waiting for authorization...</p>"
            )
        )
    except Exception:
        return False
    return True


def _is_terminal(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except Exception:  # None (pythonw), closed, or a stand-in without isatty
        return False


def can_prompt() -> bool:
    """Whether a person can follow a device login here: the process has a terminal (stdin and
    stderr), or is a notebook kernel. Not under cron, CI, `< /dev/null` or `2> log`."""
    return in_notebook() or (_is_terminal(sys.stdin) and _is_terminal(sys.stderr))


_DEVICE_ERRORS = {
    "access_denied": "the login was denied in the browser; run the login again to retry",
    "expired_token": "the login code expired (15 minutes) before it was approved; run the "
    "login again",
    "already_used": "this login code was already used to collect a token; run the login again",
}
