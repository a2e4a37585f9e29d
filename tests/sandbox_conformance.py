"""Test-only ASGI middleware: every response the sandbox sends is checked against openapi.yaml.

The matched path, method and status must be documented, and a JSON body must validate
(openapi_schema_validator's OAS30ReadValidator with format checks) against the documented
response schema. Paths and methods the spec does not describe (the approval page, 405s) are
counted but not checked. Failures are collected; the test session fails if there is any.
"""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path
from typing import Any

import yaml
from openapi_schema_validator import OAS30ReadValidator, oas30_format_checker
from starlette.types import ASGIApp, Message, Receive, Scope, Send

SPEC_PATH = Path(__file__).resolve().parents[1] / "openapi.yaml"


def schema_validator(schema: dict[str, Any], components: dict[str, Any]) -> OAS30ReadValidator:
    """A validator for a response schema of the spec (its `$ref`s resolve in `components`)."""
    root = {**schema, "components": components}
    return OAS30ReadValidator(root, format_checker=oas30_format_checker)


class ConformanceChecker:
    def __init__(self, spec_path: Path = SPEC_PATH) -> None:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        self.doc: dict[str, Any] = yaml.load(spec_path.read_text(encoding="utf-8"), Loader=loader)
        self.components = self.doc.get("components", {})
        self.paths: list[tuple[re.Pattern[str], str, dict[str, Any]]] = []
        for template, item in self.doc["paths"].items():
            pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$"
            self.paths.append((re.compile(pattern), template, item))
        self.failures: list[str] = []
        self.checked = 0
        self.unmatched = 0
        self.unmatched_samples: list[str] = []
        self._validators: dict[int, OAS30ReadValidator] = {}
        self._lock = threading.Lock()

    def _deref(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            target: Any = self.doc
            for part in node["$ref"][2:].split("/"):
                target = target[part]
            node = target
        return node

    def _validator(self, schema: dict[str, Any]) -> OAS30ReadValidator:
        # The schemas are the spec's own objects, alive as long as the checker: keyed by identity.
        key = id(schema)
        if key not in self._validators:
            self._validators[key] = schema_validator(schema, self.components)
        return self._validators[key]

    def fail(self, message: str) -> None:
        with self._lock:
            self.failures.append(message)

    def check(
        self, method: str, path: str, status: int, headers: dict[str, str], body: bytes
    ) -> None:
        match = next(((t, item) for rx, t, item in self.paths if rx.match(path)), None)
        operation = match[1].get(method.lower()) if match is not None else None
        if operation is None or method == "HEAD":
            self.unmatched += 1
            if len(self.unmatched_samples) < 50:
                self.unmatched_samples.append(f"{method} {path} -> {status}")
            return
        self.checked += 1
        where = f"{method} {path} ({operation.get('operationId')}) -> {status}"
        responses = operation.get("responses", {})
        spec_response = (
            responses.get(str(status))
            or responses.get(f"{status // 100}XX")
            or responses.get("default")
        )
        if spec_response is None:
            self.fail(f"{where}: status not documented (documented: {sorted(responses)})")
            return
        spec_response = self._deref(spec_response)
        content = spec_response.get("content")
        if not content:
            if body.strip():
                self.fail(f"{where}: documented without a body, but sent {body[:200]!r}")
            return
        media = content.get("application/json")
        if media is None:
            return
        if not headers.get("content-type", "").startswith("application/json"):
            self.fail(f"{where}: content-type {headers.get('content-type')!r}, expected JSON")
            return
        try:
            data = json.loads(body)
        except ValueError as exc:
            self.fail(f"{where}: body is not JSON ({exc}): {body[:200]!r}")
            return
        errors = sorted(self._validator(media["schema"]).iter_errors(data), key=str)
        if errors:
            details = "; ".join(
                f"{'/'.join(str(p) for p in e.absolute_path) or '<root>'}: {e.message[:300]}"
                for e in errors[:3]
            )
            self.fail(f"{where}: body does not match the spec: {details}")


class ConformanceMiddleware:
    def __init__(self, app: ASGIApp, checker: ConformanceChecker) -> None:
        self.app = app
        self.checker = checker

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = 0
        headers: dict[str, str] = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
                headers.update(
                    (k.decode("latin-1").lower(), v.decode("latin-1"))
                    for k, v in message.get("headers", [])
                )
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    self.checker.check(
                        str(scope["method"]), str(scope["path"]), status, headers, b"".join(chunks)
                    )
            await send(message)

        await self.app(scope, receive, capture)
