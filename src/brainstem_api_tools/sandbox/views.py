"""HTTP endpoints of the models: one Starlette route per path of the spec.

Order of checks for every request: the portal must be `private` or `public` (404), the token
if one is sent must be valid (401), the private portal needs one (401), the operation must be
allowed on that portal (403), the id must be well formed and exist there (404), then the
operation runs. Errors answer `{"detail": "..."}` or field messages; an error status the spec
does not document for the operation falls back to one it does (400 -> 403), so that every
answer stays inside the spec.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .query import QueryError, apply, matches, parse_filter, parse_include, parse_list_query
from .spec import Model, Operation
from .state import SandboxState
from .writes import Account, ApiError

PORTALS = ("private", "public")


def error_response(op: Operation | None, status: int, payload: dict[str, Any]) -> JSONResponse:
    if op is not None and op.statuses and status not in op.statuses:
        for fallback in (403, 400, 404):
            if fallback in op.statuses:
                status = fallback
                break
    headers = {"WWW-Authenticate": 'Bearer realm="api"'} if status == 401 else None
    return JSONResponse(payload, status_code=status, headers=headers)


class ModelViews:
    def __init__(self, state: SandboxState) -> None:
        self.state = state

    def routes(self) -> list[Route]:
        out = []
        for path, ops in self.state.spec.paths.items():
            model = self.state.spec.models[next(iter(ops.values())).model]
            out.append(Route(path, self._endpoint(model, ops), methods=sorted(ops)))
        return out

    def _endpoint(self, model: Model, ops: dict[str, Operation]) -> Any:
        async def endpoint(request: Request) -> Response:
            method = "GET" if request.method == "HEAD" else request.method
            op = ops[method]
            if request.method == "HEAD" and op.verb not in ("list", "retrieve"):
                # a GET action changes state (accept, join...): HEAD must not run it
                allow = ", ".join(sorted(ops))
                return JSONResponse(
                    {"detail": 'Method "HEAD" not allowed.'},
                    status_code=405,
                    headers={"Allow": allow},
                )
            try:
                return await self.handle(request, model, op)
            except ApiError as exc:
                return error_response(op, exc.status, exc.payload)

        return endpoint

    def authenticate(self, request: Request, portal: str) -> Account | None:
        header = request.headers.get("authorization")
        if header is None:
            if portal == "private":
                raise ApiError.detail(401, "Authentication credentials were not provided.")
            return None
        scheme, _, token = header.strip().partition(" ")
        token = token.strip()
        if scheme.lower() not in ("bearer", "token") or not token or " " in token:
            raise ApiError.detail(401, "Invalid token header. Use 'Authorization: Bearer <token>'.")
        user = self.state.account_for(token)
        if user is None:
            raise ApiError.detail(401, "Invalid or expired token.")
        return user

    async def handle(self, request: Request, model: Model, op: Operation) -> Response:
        state = self.state
        portal = request.path_params["portal"]
        if portal not in PORTALS:
            raise ApiError.detail(404, f"Unknown portal '{portal}': use private or public.")
        user = self.authenticate(request, portal)
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
        raw_id = request.path_params.get("id", "")
        rid = state.store.parse_id(model, raw_id)
        if rid is None:
            raise ApiError.detail(404, "Not found.")
        if op.verb == "retrieve":
            return self.retrieve(request, model, op, portal, rid)
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

    def retrieve(
        self, request: Request, model: Model, op: Operation, portal: str, rid: Any
    ) -> Response:
        """One record; `include[]` embeds relations and `filter{...}` must match it (as the
        detail view of dynamic-rest filters its queryset too), else 404."""
        state = self.state
        record = state.store.get(model.name, rid)
        if record is None or (portal == "public" and not state.store.is_public(model.name, rid)):
            raise ApiError.detail(404, "Not found.")
        params = request.query_params.multi_items()
        try:
            include = parse_include(state.spec, model, [v for k, v in params if k == "include[]"])
            filters = [
                parse_filter(state.spec, model, k, v) for k, v in params if k.startswith("filter{")
            ]
        except QueryError as exc:
            # the spec documents no 400 on retrieve (yet): a query that cannot match is a 404
            raise ApiError.detail(400 if op.documents(400) else 404, str(exc)) from None
        with state.store.lock:
            if not all(matches(state.store, f, record) for f in filters):
                raise ApiError.detail(404, "Not found.")
            rendered = state.renderer.record(model, record, portal, include)
        return JSONResponse({model.detail_key: rendered}, status_code=op.success_status)

    def list(self, request: Request, model: Model, op: Operation, portal: str) -> Response:
        state = self.state
        try:
            query = parse_list_query(state.spec, model, request.query_params.multi_items())
        except QueryError as exc:
            raise ApiError.detail(400, str(exc)) from None
        with state.store.lock:
            records = state.store.all(model.name, public_only=portal == "public")
            records = apply(state.store, records, query)
            total = len(records)
            page = records[query.offset : query.offset + query.limit]
            rendered = [state.renderer.record(model, r, portal, query.include) for r in page]
        body: dict[str, Any] = {model.list_key: rendered}
        style = state.options.pagination
        if style == "meta":
            body["meta"] = {
                "total_results": total,
                "total_pages": -(-total // query.limit),
                "page": query.offset // query.limit + 1,
                "per_page": query.limit,
            }
        elif style == "count":
            body["count"] = total
        elif style == "next":
            following = query.offset + query.limit
            body["next"] = None
            if following < total:
                params = [
                    (k, v)
                    for k, v in request.query_params.multi_items()
                    if k not in ("offset", "limit")
                ]
                params += [("limit", str(query.limit)), ("offset", str(following))]
                body["next"] = str(request.url.replace(query=urlencode(params)))
        return JSONResponse(body, status_code=op.success_status)


def method_has_body(request: Request) -> bool:
    return request.method in ("POST", "PUT", "PATCH")
