"""HTTP endpoints of the models: one Starlette route per path of the spec.

Order of checks for every request, as Django and DRF run them: the portal must be `private` or
`public` (the URL does not resolve: 404); the token, if one is sent, must be valid (401, on
every endpoint and method: DRF authenticates first); the method must be documented (405); the
private portal needs a token (401); the operation must be allowed on that portal (403); the
query (include, filters, sort) must be valid (400); the id must be well formed and exist there
(404); then the operation runs. Errors answer `{"detail": "..."}`, field messages, or a list
of messages as DRF does; an error status the spec does not document for the operation falls
back to one it does (400 -> 403), so that every answer stays inside the spec.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import auth
from .query import Query, QueryError, apply, matches, parse_page, parse_query
from .spec import Model, Operation
from .state import SandboxState
from .writes import Account, ApiError

PORTALS = ("private", "public")


def error_response(
    op: Operation | None, status: int, payload: dict[str, Any] | list[str]
) -> JSONResponse:
    if op is not None and op.statuses and status not in op.statuses:
        for fallback in (403, 400, 404):
            if fallback in op.statuses:
                status = fallback
                break
    headers = {"WWW-Authenticate": auth.WWW_AUTHENTICATE} if status == 401 else None
    return JSONResponse(payload, status_code=status, headers=headers)


METHODS = ["DELETE", "GET", "HEAD", "PATCH", "POST", "PUT"]


class ModelViews:
    def __init__(self, state: SandboxState) -> None:
        self.state = state

    def routes(self) -> list[Route]:
        out = []
        for path, ops in self.state.spec.paths.items():
            model = self.state.spec.models[next(iter(ops.values())).model]
            out.append(Route(path, self._endpoint(model, ops), methods=METHODS))
        return out

    def _endpoint(self, model: Model, ops: dict[str, Operation]) -> Any:
        async def endpoint(request: Request) -> Response:
            op = ops.get("GET" if request.method == "HEAD" else request.method)
            portal = request.path_params["portal"]
            try:
                if portal not in PORTALS:  # no URL of the server matches
                    raise ApiError.detail(404, f"Unknown portal '{portal}': use private or public.")
                user = self.authenticate(request)
                if op is None or (request.method == "HEAD" and op.verb not in ("list", "retrieve")):
                    # a GET action changes state (accept, join...): HEAD must not run it
                    reads = "GET" in ops and ops["GET"].verb in ("list", "retrieve")
                    allowed = sorted(ops) + (["HEAD"] if reads else [])
                    return JSONResponse(
                        {"detail": f'Method "{request.method}" not allowed.'},
                        status_code=405,
                        headers={"Allow": ", ".join(allowed)},
                    )
                return await self.handle(request, model, op, user)
            except ApiError as exc:
                return error_response(op, exc.status, exc.payload)

        return endpoint

    def authenticate(self, request: Request) -> Account | None:
        return auth.authenticate(request.headers.get("authorization"), self.state.account_for)

    async def handle(
        self, request: Request, model: Model, op: Operation, user: Account | None
    ) -> Response:
        state = self.state
        portal = request.path_params["portal"]
        if portal == "private" and user is None:
            raise auth.unauthorized()
        if portal not in op.portals:
            raise ApiError.detail(
                403, f"{model.name} {op.verb} is only available on the private portal."
            )
        account = user or state.anonymous
        if op.verb == "list":
            return self.list(request, model, op, portal)
        if op.verb == "create":
            data = await self.body(request)
            with state.store.lock:
                target, record = state.writer.create(model, op, data, account)
            return self.detail(target, record, portal, op)
        if op.verb == "retrieve":
            return self.retrieve(request, model, op, portal)
        rid = state.store.parse_id(model, request.path_params.get("id", ""))
        if rid is None:
            raise ApiError.detail(404, "Not found.")
        if op.verb in ("partial_update", "update"):
            data = await self.body(request)
            with state.store.lock:
                target, record = state.writer.update(model, op, rid, data, account)
            return self.detail(target, record, portal, op)
        if op.verb == "destroy":
            with state.store.lock:
                state.writer.delete(model, rid)
            return Response(status_code=op.success_status)
        data = await self.body(request) if method_has_body(request) else None
        with state.store.lock:
            target, record = state.actions.run(model, op, rid, data, account)
        return self.detail(target, record, portal, op)

    async def body(self, request: Request) -> Any:
        raw = await request.body()
        if not raw.strip():
            return {}
        try:
            return json.loads(raw)
        except ValueError as exc:
            raise ApiError.detail(400, f"JSON parse error - {exc}") from None

    def detail(self, model: Model, record: dict[str, Any], portal: str, op: Operation) -> Response:
        key = op.response_key if op.response_model == model.name and op.response_key else None
        body = {key or model.detail_key: self.state.renderer.record(model, record, portal)}
        return JSONResponse(body, status_code=op.success_status)

    def query(self, request: Request, model: Model) -> Query:
        try:
            return parse_query(self.state.spec, model, request.query_params.multi_items())
        except QueryError as exc:
            raise ApiError(400, exc.body) from None

    def retrieve(self, request: Request, model: Model, op: Operation, portal: str) -> Response:
        """One record; `include[]` embeds relations and `filter{...}` must match it (DRF's
        get_object filters the queryset with the list's backends, then looks the id up in
        it), else 404."""
        state = self.state
        query = self.query(request, model)
        rid = state.store.parse_id(model, request.path_params.get("id", ""))
        record = None if rid is None else state.store.get(model.name, rid)
        if (
            rid is None
            or record is None
            or (portal == "public" and not state.store.is_public(model.name, rid))
        ):
            raise ApiError.detail(404, "Not found.")
        with state.store.lock:
            if not all(matches(state.store, f, record) for f in query.filters):
                raise ApiError.detail(404, "Not found.")
            rendered = state.renderer.record(model, record, portal, query.include)
        return JSONResponse({model.detail_key: rendered}, status_code=op.success_status)

    def list(self, request: Request, model: Model, op: Operation, portal: str) -> Response:
        state = self.state
        query = self.query(request, model)
        syntax = state.spec.query_syntax
        try:
            page = parse_page(syntax, request.query_params.multi_items())
        except QueryError as exc:
            raise ApiError(400, exc.body) from None
        with state.store.lock:
            records = state.store.all(model.name, public_only=portal == "public")
            records = apply(state.store, records, query)
            total = len(records)
            chosen = records[page.offset : page.offset + page.limit]
            rendered = [state.renderer.record(model, r, portal, query.include) for r in chosen]
        body: dict[str, Any] = {model.list_key: rendered}
        style = state.options.pagination
        if style == "meta":
            body["meta"] = {
                "total_results": total,
                "total_pages": -(-total // page.limit),
                "page": page.offset // page.limit + 1,
                "per_page": page.limit,
            }
        elif style == "count":
            body["count"] = total
        elif style == "next":
            following = page.offset + page.limit
            body["next"] = None
            if following < total:
                params = [
                    (k, v)
                    for k, v in request.query_params.multi_items()
                    if k not in (syntax.offset, syntax.limit)
                ]
                params += [(syntax.limit, str(page.limit)), (syntax.offset, str(following))]
                body["next"] = str(request.url.replace(query=urlencode(params)))
        return JSONResponse(body, status_code=op.success_status)


def method_has_body(request: Request) -> bool:
    return request.method in ("POST", "PUT", "PATCH")
