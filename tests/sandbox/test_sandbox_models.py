"""Every model of the spec is served, seeded with valid data, on the portals the spec allows."""

from __future__ import annotations

import asyncio
import copy
import json
from importlib import resources
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from brainstem_api_tools.sandbox.spec import Spec

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi.yaml"
SPEC = Spec.load()
MODELS = sorted(SPEC.models)
WITH_RELATIONS = [
    m for m in MODELS if any(f.related in SPEC.models for f in SPEC.models[m].fields.values())
]


def test_the_sandbox_reads_every_model_of_the_spec() -> None:
    doc = yaml.load(SPEC_PATH.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    envelopes = {s["x-model"] for s in doc["components"]["schemas"].values() if "x-model" in s}
    assert set(SPEC.models) == envelopes
    assert len(SPEC.models) >= 48
    operations = sum(len(m.operations) for m in SPEC.models.values())
    documented = sum(
        1
        for path, item in doc["paths"].items()
        if path.startswith("/api/{portal}/")
        for method in item
        if method in ("get", "post", "patch", "put", "delete")
    )
    assert operations == documented


def test_the_shipped_spec_is_the_repository_spec() -> None:
    shipped = resources.files("brainstem_api_tools.sandbox").joinpath("openapi.yaml").read_text()
    assert shipped == SPEC_PATH.read_text(), "run `make generate`"


@pytest.mark.parametrize("name", MODELS)
def test_every_model_lists_and_retrieves(name: str, api: httpx.Client, public_api, sandbox) -> None:
    model = SPEC.models[name]
    path = f"{model.app}/{name}/"
    r = api.get(path, params={"limit": 100})
    assert r.status_code == 200, r.text
    records = r.json()[model.list_key]
    assert records, f"no {name} seeded"
    assert r.json()["meta"]["total_results"] == sandbox.store.count(name)
    one = records[-1]
    got = api.get(f"{path}{one['id']}/")
    assert got.status_code == 200
    assert got.json() == {model.detail_key: one}
    public = public_api.get(path, params={"limit": 100})
    if "public" in model.operations["list"].portals:
        assert public.status_code == 200
        ids = [rec["id"] for rec in public.json()[model.list_key]]
        assert ids == [rec["id"] for rec in records if sandbox.store.is_public(name, rec["id"])]
    else:
        assert public.status_code == 403


@pytest.mark.parametrize("name", WITH_RELATIONS)
def test_every_model_includes_every_relation(name: str, api: httpx.Client) -> None:
    model = SPEC.models[name]
    relations = [f for f in model.fields.values() if f.related in SPEC.models]
    params = [("include[]", f"{f.name}.*") for f in relations] + [("limit", "10")]
    r = api.get(f"{model.app}/{name}/", params=params)
    assert r.status_code == 200, r.text


def test_seed_is_deterministic(make_sandbox) -> None:
    a = make_sandbox(records=12, seed=3)
    b = make_sandbox(records=12, seed=3)
    c = make_sandbox(records=12, seed=4)

    def dump(box: Any) -> Any:
        return {m: box.store.all(m) for m in MODELS}

    assert dump(a) == dump(b)
    assert dump(a) != dump(c)


def test_records_scale_with_the_option(make_sandbox) -> None:
    box = make_sandbox(records=200)
    assert box.store.count("session") == 200
    assert box.store.count("subject") == 50
    assert box.store.count("dataacquisition") == 120
    assert box.store.count("species") == 6
    empty = make_sandbox(records=0)
    assert empty.store.count("session") == 0
    r = httpx.get(
        empty.url + "/api/private/stem/session/", headers={"Authorization": f"Bearer {empty.token}"}
    )
    assert r.json() == {
        "sessions": [],
        "meta": {"total_results": 0, "total_pages": 0, "page": 1, "per_page": 20},
    }


def test_about_a_third_is_public(sandbox) -> None:
    public = len(sandbox.store.all("session", public_only=True))
    assert public == -(-sandbox.store.count("session") // 3)


def test_reset_restores_the_seed(clean_sandbox, api) -> None:
    before = api.get("stem/session/").json()
    sid = before["sessions"][0]["id"]
    api.delete(f"stem/session/{sid}/")
    clean_sandbox.reset()
    assert api.get("stem/session/").json() == before


def test_every_reset_gives_the_data_a_new_sandbox_starts_with(make_sandbox) -> None:
    """Writes of every kind (a create, an update of relations, a delete and its cascade), then a
    reset: records, public flags and reverse relations are those of a new sandbox, at the first
    reset (which builds the data again) and at the next ones (which restore a copy)."""
    box, new = make_sandbox(records=8, seed=5), make_sandbox(records=8, seed=5)

    def contents(sandbox: Any) -> Any:
        store = sandbox.store
        return {
            name: [
                (
                    {
                        f: store.value(name, r, f)
                        for f in model.fields
                        if store.has_value(name, r, f)
                    },
                    store.is_public(name, r["id"]),
                )
                for r in store.all(name)
            ]
            for name, model in SPEC.models.items()
        }

    expected = contents(new)
    headers = {"Authorization": f"Bearer {box.token}"}
    with httpx.Client(base_url=box.url + "/api/private/stem/", headers=headers) as http:
        for _ in range(3):
            projects = [p["id"] for p in http.get("project/").json()["projects"]]
            created = http.post("session/", json={"name": "New", "projects": projects[:2]})
            assert created.status_code == 201, created.text
            session = http.get("session/").json()["sessions"][0]
            moved = http.patch(f"session/{session['id']}/", json={"projects": projects[-1:]})
            assert moved.status_code == 200, moved.text
            assert http.delete(f"project/{projects[0]}/").status_code == 204
            assert contents(box) != expected
            box.reset()
            assert contents(box) == expected
            assert len(box.requests) == 0


def with_an_extra_model(doc: dict[str, Any]) -> dict[str, Any]:
    """A copy of the spec with one more model, `stem/experiment`, written like `stem/collection`
    (the maintainer's "add a model" workflow, done on the document)."""
    copied = copy.deepcopy(doc)
    paths, schemas = copied["paths"], copied["components"]["schemas"]
    for suffix in ("", "{id}/"):
        text = json.dumps(paths[f"/api/{{portal}}/stem/collection/{suffix}"])
        for old, new in (("collection_", "experiment_"), ("Collection", "Experiment")):
            text = text.replace(f'"{old}', f'"{new}').replace(f"/{old}", f"/{new}")
        paths[f"/api/{{portal}}/stem/experiment/{suffix}"] = json.loads(text)
    for kind, key in (("List", "experiments"), ("Detail", "experiment")):
        envelope = copy.deepcopy(schemas[f"Collection{kind}"])
        envelope["x-model"] = "experiment"
        old = envelope["required"][0]
        envelope["properties"][key] = envelope["properties"].pop(old)
        envelope["required"] = [key]
        schemas[f"Experiment{kind}"] = envelope
    return copied


def test_adding_a_model_changes_no_other_models_data() -> None:
    """Each model draws its ids and values from a random stream of its own (seeded by the seed
    and the model's name), so a new model in the spec leaves every other model's data as it
    was: ids, values, relations, over HTTP."""
    from brainstem_api_tools.sandbox.app import create_app

    extended = Spec(with_an_extra_model(SPEC.document))
    assert set(extended.models) == set(MODELS) | {"experiment"}

    async def everything(spec: Spec) -> dict[str, list[dict[str, Any]]]:
        app = create_app(spec=spec, records=20, token="t", seed=3)
        out: dict[str, list[dict[str, Any]]] = {}
        async with httpx.AsyncClient(  # in-process: no server needed
            transport=httpx.ASGITransport(app=app),
            base_url="http://sandbox",
            headers={"Authorization": "Bearer t"},
        ) as http:
            for name in MODELS:
                model = spec.models[name]
                r = await http.get(f"/api/private/{model.app}/{name}/", params={"limit": 100})
                assert r.status_code == 200, r.text
                out[name] = r.json()[model.list_key]
            experiments = (await http.get("/api/private/stem/experiment/")).json()
        if spec is extended:
            assert experiments["experiments"]  # the new model is served and seeded too
        return out

    before, after = asyncio.run(everything(SPEC)), asyncio.run(everything(extended))
    assert after == before
    assert sum(len(records) for records in before.values()) > 150
