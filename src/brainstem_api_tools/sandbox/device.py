"""The device authorization flow of docs/api.md, with an HTML approval page.

POST /api/auth/device/ starts a session (device_code, user_code like WXYZ-1234,
verification_uri <sandbox>/account/authorize/, verification_uri_complete with the session and
code, expires_in, interval). The page at verification_uri is a plain form: enter the code,
Approve or Deny. POST /api/auth/device/token/ answers, always with HTTP 200:
{"status": "authorization_pending"}, {"status": "success", "token": ...} (once),
{"error": "access_denied"}, {"error": "expired_token"}, {"error": "already_used"} and, when
the sandbox enforces the interval, {"error": "slow_down"}.
"""

from __future__ import annotations

import html
import json
import secrets
import string
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlencode

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

_LETTERS = "".join(c for c in string.ascii_uppercase if c not in "AEIOUY")  # no words, no 0/O


@dataclass
class DeviceSession:
    session_id: str
    device_code: str
    user_code: str
    client_name: str
    created: float
    state: str = "pending"  # pending, approved, denied, collected
    last_poll: float | None = None


class DeviceFlow:
    def __init__(
        self,
        issue_token: Callable[[], str],
        clock: Callable[[], float],
        *,
        interval: int = 5,
        expires_in: int = 900,
        auto_approve: bool = False,
        slow_down: bool = False,
    ) -> None:
        self.issue_token = issue_token
        self.clock = clock
        self.interval = interval
        self.expires_in = expires_in
        self.auto_approve = auto_approve
        self.slow_down = slow_down
        self._lock = threading.Lock()
        self._by_device: dict[str, DeviceSession] = {}
        self._by_user: dict[str, DeviceSession] = {}

    def start(self, client_name: str, base_url: str) -> dict[str, Any]:
        with self._lock:
            user_code = _user_code()
            while user_code in self._by_user:
                user_code = _user_code()
            session = DeviceSession(
                session_id=str(uuid.uuid4()),
                device_code=secrets.token_urlsafe(32),
                user_code=user_code,
                client_name=client_name,
                created=self.clock(),
                state="approved" if self.auto_approve else "pending",
            )
            self._by_device[session.device_code] = session
            self._by_user[user_code] = session
        verification_uri = base_url.rstrip("/") + "/account/authorize/"
        query = urlencode({"session": session.session_id, "code": user_code})
        return {
            "session_id": session.session_id,
            "device_code": session.device_code,
            "user_code": user_code,
            "verification_uri": verification_uri,
            "verification_uri_complete": f"{verification_uri}?{query}",
            "expires_in": self.expires_in,
            "interval": self.interval,
        }

    def _expired(self, session: DeviceSession) -> bool:
        return self.clock() - session.created >= self.expires_in

    def poll(self, device_code: str) -> dict[str, Any] | None:
        """The poll answer, or None for an unknown device code."""
        with self._lock:
            session = self._by_device.get(device_code)
            if session is None:
                return None
            now = self.clock()
            if session.state == "collected":
                return {"error": "already_used"}
            if session.state == "denied":
                return {"error": "access_denied"}
            if self._expired(session):
                return {"error": "expired_token"}
            too_soon = session.last_poll is not None and now - session.last_poll < self.interval
            session.last_poll = now
            if self.slow_down and too_soon:
                return {"error": "slow_down"}
            if session.state == "approved":
                session.state = "collected"
                return {"status": "success", "token": self.issue_token()}
            return {"status": "authorization_pending"}

    def decide(self, user_code: str, approve: bool) -> tuple[DeviceSession | None, bool, str]:
        """Approve or deny by user code: (session, whether it was decided now, message)."""
        code = normalise_code(user_code)
        with self._lock:
            session = self._by_user.get(code)
            if session is None:
                return None, False, "Unknown code. Check the code your tool printed and try again."
            if self._expired(session):
                return (
                    session,
                    False,
                    "This code has expired. Start the login again from your tool.",
                )
            if session.state != "pending":
                return session, False, "This code was already used."
            session.state = "approved" if approve else "denied"
            if approve:
                return session, True, "Approved. You can close this page and return to your tool."
            return session, True, "Denied. The tool will not receive a token."

    def lookup(self, user_code: str) -> DeviceSession | None:
        with self._lock:
            return self._by_user.get(normalise_code(user_code))


def _user_code() -> str:
    letters = "".join(secrets.choice(_LETTERS) for _ in range(4))
    digits = "".join(secrets.choice(string.digits) for _ in range(4))
    return f"{letters}-{digits}"


def normalise_code(text: str) -> str:
    raw = "".join(c for c in text.upper() if c.isalnum())
    return f"{raw[:4]}-{raw[4:]}" if len(raw) == 8 else text.strip().upper()


# -- HTTP ---------------------------------------------------------------------------------------


def _error(status: int, payload: dict[str, Any]) -> JSONResponse:
    return JSONResponse(payload, status_code=status)


async def _json_body(
    request: Request, required: bool
) -> tuple[dict[str, Any] | None, Response | None]:
    raw = await request.body()
    if not raw.strip():
        return ({} if not required else None), None
    try:
        data = json.loads(raw)
    except ValueError as exc:
        return None, _error(400, {"detail": f"JSON parse error - {exc}"})
    if not isinstance(data, dict):
        return None, _error(400, {"non_field_errors": ["Invalid data. Expected a dictionary."]})
    return data, None


def routes(flow: DeviceFlow, refuse: Callable[[Request], Response | None]) -> list[Route]:
    """The device flow's endpoints; `refuse(request)` answers a request whose token DRF would
    refuse (these are API views too: a stale token gets 401 here as everywhere)."""

    async def device(request: Request) -> Response:
        refused = refuse(request)
        if refused is not None:
            return refused
        data, error = await _json_body(request, required=False)
        if error is not None:
            return error
        client_name = (data or {}).get("client_name", "")
        if not isinstance(client_name, str):
            return _error(400, {"client_name": ["Not a valid string."]})
        if len(client_name) > 100:
            return _error(
                400, {"client_name": ["Ensure this field has no more than 100 characters."]}
            )
        base = str(request.base_url)
        return JSONResponse(flow.start(client_name, base))

    async def token(request: Request) -> Response:
        refused = refuse(request)
        if refused is not None:
            return refused
        data, error = await _json_body(request, required=True)
        if error is not None:
            return error
        code = (data or {}).get("device_code")
        if code is None:
            return _error(400, {"device_code": ["This field is required."]})
        if not isinstance(code, str):
            return _error(400, {"device_code": ["Not a valid string."]})
        answer = flow.poll(code)
        if answer is None:
            return _error(400, {"detail": "Unknown device_code."})
        return JSONResponse(answer)

    async def authorize(request: Request) -> Response:
        if request.method == "GET":
            code = request.query_params.get("code", "")
            session = flow.lookup(code) if code else None
            return HTMLResponse(_page(code, session.client_name if session else "", None))
        form = parse_qs((await request.body()).decode("utf-8", "replace"))
        code = (form.get("code") or [""])[0]
        action = (form.get("action") or [""])[0].lower()
        if action not in ("approve", "deny"):
            return HTMLResponse(_page(code, "", "Choose Approve or Deny."), status_code=400)
        session, decided, message = flow.decide(code, approve=action == "approve")
        name = session.client_name if session else ""
        return HTMLResponse(
            _page(code, name, message, done=decided), status_code=200 if decided else 400
        )

    return [
        Route("/api/auth/device/", device, methods=["POST"]),
        Route("/api/auth/device/token/", token, methods=["POST"]),
        Route("/account/authorize/", authorize, methods=["GET", "POST"]),
    ]


def _page(code: str, client_name: str, message: str | None, done: bool = False) -> str:
    who = f" for <b>{html.escape(client_name)}</b>" if client_name else ""
    note = f'<p class="msg">{html.escape(message)}</p>' if message else ""
    form = (
        ""
        if done
        else f"""<form method="post" action="/account/authorize/">
  <label for="code">Code</label>
  <input id="code" name="code" value="{html.escape(code)}" placeholder="WXYZ-1234"
         autocomplete="off" autofocus required>
  <div class="buttons">
    <button type="submit" name="action" value="approve">Approve</button>
    <button type="submit" name="action" value="deny" class="deny">Deny</button>
  </div>
</form>"""
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Authorize device - BrainSTEM sandbox</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 28rem; margin: 4rem auto; padding: 0 1rem; }}
input {{ font-size: 1.4rem; letter-spacing: .15rem; width: 100%; padding: .4rem; }}
.buttons {{ margin-top: 1rem; display: flex; gap: .5rem; }}
button {{ font-size: 1rem; padding: .5rem 1.2rem; }}
.deny {{ background: #eee; }} .msg {{ padding: .6rem; background: #f3f3f3; }}
</style></head><body>
<h1>Authorize a device</h1>
<p>A tool asks for an API token{who} on this BrainSTEM sandbox.
Enter the code it shows, then approve or deny.</p>
{note}
{form}
</body></html>
"""
