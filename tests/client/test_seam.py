"""The typed seam over the generated code.

Every operation of the model table is served by a generated endpoint module with a public
`build_request` and `parse_response` (written by `templates/`), reached through
`_spec_endpoints`; the request `build_request` builds is the one the API documents, as the
sandbox receives it; and building a request stays light (no attrs, no models).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import subprocess
import sys
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

from brainstem_api_tools import _spec_endpoints as endpoints
from brainstem_api_tools._model_info import ModelInfo, Operation
from brainstem_api_tools.models import MODELS

UUID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"


def served() -> Iterator[tuple[ModelInfo, str, Operation, Any]]:
    """(model, verb or action, operation, the module `_spec_endpoints` gives for it)."""
    for info in MODELS.values():
        for verb, op in info.operations.items():
            yield info, verb, op, getattr(endpoints, f"{verb}_endpoint")(info.name)
        for action, op in info.actions.items():
            find = endpoints.body_action_endpoint if op.body else endpoints.action_endpoint
            yield info, action, op, find((info.name, action))


def test_every_operation_has_the_typed_seam() -> None:
    seen = set()
    for info, verb, op, module in served():
        assert module.__name__ == op.module
        seen.add(module.__name__)
        params = inspect.signature(module.build_request).parameters
        with_id = "id" in params
        args: dict[str, Any] = {"id": "7" if info.id_type == "integer" else UUID} if with_id else {}
        if op.body:
            args["body"] = {}
        request = module.build_request(op.portals[0], **args)
        assert request["method"].upper() == op.method, (info.name, verb)
        suffix = "" if verb in {"list", "create"} else f"{args['id']}/"
        if verb in info.actions:
            suffix += f"{verb}/"
        assert request["url"] == f"/api/{op.portals[0]}/{info.app}/{info.name}/{suffix}"
        assert callable(module.parse_response)
    # ... and every generated endpoint module but the login ones serves one of them.
    api = importlib.import_module("brainstem_api_client.api")
    generated = {
        m.name for m in pkgutil.walk_packages(api.__path__, "brainstem_api_client.api.") if m.ispkg
    }
    modules = {
        f"{package}.{m.name}"
        for package in generated
        for m in pkgutil.iter_modules(importlib.import_module(package).__path__)
    }
    assert modules - seen == {
        "brainstem_api_client.api.auth.device_authorization_create",
        "brainstem_api_client.api.auth.device_token_create",
    }


def test_the_table_refuses_operations_the_spec_lacks() -> None:
    with pytest.raises(LookupError, match="no create operation for 'user'"):
        endpoints.create_endpoint("user")
    with pytest.raises(LookupError, match="no action operation"):
        endpoints.action_endpoint(("group", "add_entry"))


@pytest.fixture
def http(sandbox: Any) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {sandbox.token}"}
    with httpx.Client(base_url=sandbox.url, headers=headers, timeout=10) as client:
        yield client


def test_list_request_as_the_sandbox_receives_it(http: httpx.Client, sandbox: Any) -> None:
    from brainstem_api_client.models import SessionList

    ids = [s["id"] for s in http.get("/api/private/stem/session/").json()["sessions"][:2]]
    request = endpoints.list_endpoint("session").build_request(
        "private",
        limit=2,
        offset=0,
        sort=["-name"],
        include=["projects.*"],
        filters={"filter{name.icontains}": "a", "filter{id.in}": ids},
    )
    sandbox.requests.clear()
    response = http.request(**request)
    (entry,) = sandbox.requests.entries()
    assert (entry.method, entry.path) == ("GET", "/api/private/stem/session/")
    assert parse_qs(entry.query) == {
        "limit": ["2"],
        "offset": ["0"],
        "sort[]": ["-name"],
        "include[]": ["projects.*"],
        "filter{name.icontains}": ["a"],
        "filter{id.in}": ids,  # a list goes out as the parameter repeated
    }
    assert response.status_code == 200
    parsed = endpoints.list_endpoint("session").parse_response(response)
    assert isinstance(parsed, SessionList)


def test_record_and_action_requests_as_the_sandbox_receives_them(
    http: httpx.Client, sandbox: Any
) -> None:
    session = http.get("/api/public/stem/session/", params={"limit": 1}).json()["sessions"][0]
    user = http.get("/api/private/users/user/", params={"limit": 1}).json()["users"][0]
    group = http.get("/api/private/users/group/", params={"limit": 1}).json()["groups"][0]
    requests = [
        endpoints.retrieve_endpoint("session").build_request(
            "public", session["id"], include=["projects.*"], filters={}
        ),
        endpoints.retrieve_endpoint("user").build_request("private", str(user["id"])),
        endpoints.action_endpoint(("group", "join")).build_request("private", str(group["id"])),
    ]
    sandbox.requests.clear()
    statuses = [http.request(**request).status_code for request in requests]
    seen = [(e.method, e.path, e.query) for e in sandbox.requests.entries()]
    assert seen == [
        ("GET", f"/api/public/stem/session/{session['id']}/", "include%5B%5D=projects.%2A"),
        ("GET", f"/api/private/users/user/{user['id']}/", ""),
        ("GET", f"/api/private/users/group/{group['id']}/join/", ""),
    ]
    assert statuses[:2] == [200, 200]


def test_write_requests_send_the_mapping_as_json(http: httpx.Client, clean_sandbox: Any) -> None:
    from brainstem_api_client.models import Error, SessionDetail

    project = http.get("/api/private/stem/project/", params={"limit": 1}).json()["projects"][0]
    create = endpoints.create_endpoint("session")
    request = create.build_request("private", body={"name": "seam", "projects": [project["id"]]})
    assert request["json"] == {"name": "seam", "projects": [project["id"]]}
    response = http.request(**request)
    assert response.status_code == 201
    created = create.parse_response(response)
    assert isinstance(created, SessionDetail) and created.session.name == "seam"
    record = str(created.session.id)
    update = endpoints.partial_update_endpoint("session")
    refused = http.request(**update.build_request("private", record, body={"name": ""}))
    assert refused.status_code == 400 and isinstance(update.parse_response(refused), Error)
    destroy = endpoints.destroy_endpoint("session")
    gone = http.request(**destroy.build_request("private", record))
    assert gone.status_code == 204 and destroy.parse_response(gone) is None


def test_path_parameters_are_checked() -> None:
    with pytest.raises(ValueError, match="PrivatePortal"):
        endpoints.create_endpoint("session").build_request("public", body={})
    with pytest.raises(ValueError):
        endpoints.retrieve_endpoint("session").build_request("private", "not-a-uuid")
    with pytest.raises(ValueError):
        endpoints.retrieve_endpoint("user").build_request("private", UUID)


def test_the_stock_functions_still_work_alone(make_sandbox: Any) -> None:
    """A user of the generated package alone still has `sync`/`asyncio` and its `Client`."""
    from brainstem_api_client import AuthenticatedClient
    from brainstem_api_client.api.stem import session_list
    from brainstem_api_client.errors import UnexpectedStatus
    from brainstem_api_client.models import Error, SessionList

    faulty = make_sandbox(conform=False, records=5)  # answers statuses the spec does not list
    options = {"base_url": faulty.url, "token": faulty.token, "raise_on_unexpected_status": True}
    with AuthenticatedClient(**options) as client:
        page = session_list.sync("private", client=client, limit=3)
        assert isinstance(page, SessionList) and len(page.sessions) == 3
        refused = session_list.sync_detailed("private", client=client, sort=["nosuchfield"])
        # dynamic-rest's ValidationError(message): a list of messages (ErrorMessages)
        assert refused.status_code == 400
        assert refused.parsed == ["Invalid filter field: ['nosuchfield']"]
        refused = session_list.sync_detailed("private", client=client, include=["nosuchfield"])
        assert refused.status_code == 400 and isinstance(refused.parsed, Error)
        faulty.faults.configure(kinds=("503",), rate=1.0, seed=1)
        with pytest.raises(UnexpectedStatus) as raised:
            session_list.sync_detailed("private", client=client)
        assert raised.value.status_code == 503


PROBE = """
import sys
from brainstem_api_client.api.stem import session_list
session_list.build_request("private", limit=1, filters={"filter{name}": "x"})
import brainstem_api_client.models as models
loaded = sorted(m for m in sys.modules if m.startswith("brainstem_api_client.models."))
print(",".join(loaded), "attr" in sys.modules, len(dir(models)) > 300, models.SessionList.__name__)
"""


def test_building_a_request_imports_no_model_and_no_attrs() -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["brainstem_api_client.models.portal", "False", "True", "SessionList"]
