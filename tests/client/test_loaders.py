"""The convenience loaders: a drop-in for the official 2.0.0 client's, checked against the spec.

Every keyword of every official loader is sent to the sandbox, which logs the query it
received: it must be the query the official client sends (same filter keys, same default
includes as `include[]=<rel>.*`), or, for a field the model does not have, a clear error
before any request.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import typing
from collections import Counter
from collections.abc import Callable, Coroutine, Mapping
from typing import Any
from urllib.parse import parse_qsl

import pytest

from brainstem_api_tools import (
    AsyncBrainstemClient,
    BrainstemClient,
    Records,
    Response,
    UsageError,
)
from brainstem_api_tools._loader_methods import LoaderMixin
from brainstem_api_tools._model_info import ModelInfo
from brainstem_api_tools.loaders import LOADERS, NO_SUCH_FIELD, Loader
from brainstem_api_tools.models import MODELS, get_model

TOKEN = "sandbox-test-token"  # tests/conftest.py's SANDBOX_TOKEN

# The official brainstem_python_api_tools 2.0.0 loaders, as its source defines them: default
# includes, and each keyword with the filter key it sends, in its signature's order.
OFFICIAL: dict[str, tuple[tuple[str, ...], dict[str, str]]] = {
    "load_project": (
        ("sessions", "subjects", "collections", "cohorts"),
        {
            "name": "name.icontains",
            "sessions": "sessions.id",
            "subjects": "subjects.id",
            "tags": "tags",
        },
    ),
    "load_subject": (
        ("procedures", "subjectlogs"),
        {
            "name": "name.icontains",
            "projects": "projects.id",
            "strain": "strain.id",
            "sex": "sex",
            "tags": "tags",
        },
    ),
    "load_session": (
        ("dataacquisition", "behaviors", "manipulations", "epochs"),
        {
            "name": "name.icontains",
            "projects": "projects.id",
            "datastorage": "datastorage.id",
            "tags": "tags",
        },
    ),
    "load_collection": (("sessions",), {"name": "name.icontains", "tags": "tags"}),
    "load_cohort": (("subjects",), {"name": "name.icontains", "tags": "tags"}),
    "load_behavior": ((), {"session": "session.id", "tags": "tags"}),
    "load_dataacquisition": ((), {"session": "session.id", "tags": "tags"}),
    "load_manipulation": ((), {"session": "session.id", "tags": "tags"}),
    "load_procedure": ((), {"subject": "subject.id", "tags": "tags"}),
    "load_procedurelog": ((), {"procedure": "procedure.id", "tags": "tags"}),
    "load_subjectlog": ((), {"subject": "subject.id", "tags": "tags"}),
    "load_equipment": ((), {"name": "name.icontains", "setup": "setup.id", "tags": "tags"}),
    "load_consumablestock": ((), {"tags": "tags"}),
    "load_behavioralassay": ((), {"name": "name.icontains", "tags": "tags"}),
    "load_datastorage": ((), {"name": "name.icontains", "tags": "tags"}),
    "load_setup": ((), {"name": "name.icontains", "tags": "tags"}),
    "load_hardwaredevice": ((), {"name": "name.icontains", "tags": "tags"}),
    "load_brainregion": ((), {"name": "name.icontains", "tags": "tags"}),
    "load_species": ((), {"name": "name.icontains", "tags": "tags"}),
    "load_strain": ((), {"name": "name.icontains", "species": "species.id", "tags": "tags"}),
    "load_publication": ((), {"name": "name.icontains", "tags": "tags"}),
    "load_laboratory": ((), {"name": "name.icontains", "tags": "tags"}),
}
LOAD_ARGUMENTS_BEFORE = ["portal", "id"]
LOAD_ARGUMENTS_AFTER = ["filters", "sort", "include", "limit", "offset", "load_all"]
AN_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"

CASES: list[tuple[str, str | None]] = [(loader, None) for loader in OFFICIAL] + [
    (loader, keyword) for loader, (_, keywords) in OFFICIAL.items() for keyword in keywords
]


def value_for(key: str) -> str:
    return AN_ID if key.endswith(".id") else {"sex": "M", "tags": "tag1"}.get(key, "Rat")


def lacks(loader: str, key: str) -> bool:
    """The spec's model has no field for this filter key."""
    return key.split(".")[0] not in get_model(OFFICIAL_MODEL[loader]).fields


OFFICIAL_MODEL = {loader: loader.removeprefix("load_") for loader in OFFICIAL}


def sent(sandbox: Any, call: Callable[[], Any]) -> tuple[Any, list[Any]]:
    """What `call` returned (or raised) and the requests the sandbox received meanwhile."""
    before = len(sandbox.requests)
    try:
        result = call()
    except Exception as exc:
        result = exc
    return result, sandbox.requests.entries()[before:]


def kwargs_for(loader: str, keyword: str | None) -> dict[str, str]:
    return {} if keyword is None else {keyword: value_for(OFFICIAL[loader][1][keyword])}


def problem(loader: str, keyword: str | None, result: Any, requests: list[Any]) -> str | None:
    """What is wrong with a call of `loader` with `keyword`, given its result (or exception)
    and the requests the sandbox logged; None if it did what it should."""
    includes, keywords = OFFICIAL[loader]
    case = f"{loader}({keyword or ''})"
    if keyword is not None and lacks(loader, keywords[keyword]):
        field = keywords[keyword].split(".")[0]
        if not isinstance(result, UsageError):
            return f"{case}: {field} is not a field, yet no UsageError but {result!r}"
        if requests:
            return f"{case}: refused, yet {len(requests)} request(s) sent"
        message = str(result)
        if not (
            message.startswith(f"{loader}({keyword}=...): ")
            and f"no {field!r} field" in message
            and "; use " in message
            and message.endswith("Nothing was sent")
        ):
            return f"{case}: unclear error {message!r}"
        return None
    if not isinstance(result, Response) or result.status_code != 200 or len(requests) != 1:
        return f"{case}: {result!r}, {len(requests)} request(s)"
    model = get_model(OFFICIAL_MODEL[loader])
    path = f"/api/private/{model.app}/{model.name}/"
    expected = [("include[]", f"{rel}.*") for rel in includes]
    if keyword is not None:
        expected.append((f"filter{{{keywords[keyword]}}}", value_for(keywords[keyword])))
    got = parse_qsl(requests[0].query, keep_blank_values=True)
    if (requests[0].method, requests[0].path) != ("GET", path) or Counter(got) != Counter(expected):
        return f"{case}: sent {requests[0].method} {requests[0].path}?{got}, not {path}?{expected}"
    return None


def test_each_official_keyword_sends_the_official_query_or_a_clear_error(
    sandbox: Any, client: BrainstemClient
) -> None:
    problems = []
    for loader, keyword in CASES:
        call = functools.partial(getattr(client, loader), **kwargs_for(loader, keyword))
        result, requests = sent(sandbox, call)
        problems.append(problem(loader, keyword, result, requests))
    assert [p for p in problems if p] == []
    assert len(problems) == 22 + 52


def test_the_async_client_does_the_same(sandbox: Any) -> None:
    async def main() -> list[str | None]:
        problems = []
        async with AsyncBrainstemClient(token=TOKEN, url=sandbox.url) as client:
            for loader, keyword in CASES:
                before = len(sandbox.requests)
                try:
                    result = await getattr(client, loader)(**kwargs_for(loader, keyword))
                except Exception as exc:
                    result = exc
                requests = sandbox.requests.entries()[before:]
                problems.append(problem(loader, keyword, result, requests))
        return problems

    problems = asyncio.run(main())
    assert [p for p in problems if p] == []
    assert len(problems) == 22 + 52


def test_the_clear_errors_name_what_to_use(client: BrainstemClient) -> None:
    cases = {
        lambda: client.load_publication(name="Rat"): "use title=",
        lambda: client.load_laboratory(name="Buzsaki"): (
            "use filters={'group.name.icontains': ...} (a laboratory is named by its group), "
            "or institution="
        ),
        lambda: client.load_behavior(tags="x"): (
            "behavior records have no 'tags' field (only breeding, cohort, collection, "
            "project, session, subject records have one), so they cannot be filtered by it; "
            "use session= or filters={'<field>': value}"
        ),
        lambda: client.load_consumablestock(tags="x"): "use consumable= or filters=",
        lambda: client.load_species(tags="x"): "use name= or filters=",
    }
    for call, expected in cases.items():
        with pytest.raises(UsageError) as info:
            call()
        assert expected in str(info.value)
        assert isinstance(info.value, ValueError) and not isinstance(info.value, TypeError)


def test_what_the_errors_suggest_works(sandbox: Any, client: BrainstemClient) -> None:
    publications = client.load_publication(title="a")
    labs = client.load_laboratory(filters={"group.name.icontains": "a"})
    by_institution = client.load_laboratory(institution="a")
    assert [r.status_code for r in (publications, labs, by_institution)] == [200, 200, 200]
    assert labs.json()["laboratories"]


def test_official_keywords_keep_their_positions() -> None:
    """An official script may pass the named filters by position: they are where it has them,
    and our additions are keyword-only."""
    for loader, (_, keywords) in OFFICIAL.items():
        parameters = inspect.signature(getattr(BrainstemClient, loader)).parameters.values()
        positional = [p.name for p in parameters if p.kind is p.POSITIONAL_OR_KEYWORD]
        assert positional == ["self", *LOAD_ARGUMENTS_BEFORE, *keywords, *LOAD_ARGUMENTS_AFTER]
        kinds = {p.kind for p in parameters}
        assert kinds <= {inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY}


def test_by_position_as_an_official_script_may(sandbox: Any, client: BrainstemClient) -> None:
    response, [request] = sent(sandbox, lambda: client.load_subject("private", None, "Rat", AN_ID))
    assert response.status_code == 200
    assert ("filter{projects.id}", AN_ID) in parse_qsl(request.query)
    assert ("filter{name.icontains}", "Rat") in parse_qsl(request.query)


def test_named_filters_win_over_filters_as_in_the_official_client(
    sandbox: Any, client: BrainstemClient
) -> None:
    _, [request] = sent(
        sandbox,
        lambda: client.load_session(
            name="rat", filters={"name.icontains": "mouse", "description.icontains": "x"}
        ),
    )
    query = parse_qsl(request.query)
    assert ("filter{name.icontains}", "rat") in query
    assert ("filter{description.icontains}", "x") in query
    assert ("filter{name.icontains}", "mouse") not in query


def test_with_an_id_the_default_includes_stay_out_as_in_the_official_client(
    sandbox: Any, client: BrainstemClient
) -> None:
    """The official `load` drops every parameter with an id: a script that reads the related
    ids of one record must not get embedded records instead."""
    project = client.load("project", limit=1).json()["projects"][0]["id"]
    response, [request] = sent(sandbox, lambda: client.load_project(id=project))
    assert request.query == ""
    assert all(isinstance(s, str) for s in response.json()["project"]["sessions"])
    response, [request] = sent(
        sandbox, lambda: client.load_project(id=project, include=["cohorts"])
    )
    assert parse_qsl(request.query) == [("include[]", "cohorts.*")]


def test_include_overrides_and_an_empty_include_sends_none(
    sandbox: Any, client: BrainstemClient
) -> None:
    _, [request] = sent(sandbox, lambda: client.load_session(include=["projects"]))
    assert parse_qsl(request.query) == [("include[]", "projects.*")]
    _, [request] = sent(sandbox, lambda: client.load_session(include=[]))
    assert request.query == ""


def test_the_portal_goes_through_and_defaults_to_loads(
    sandbox: Any, client: BrainstemClient
) -> None:
    _, [request] = sent(sandbox, lambda: client.load_collection(portal="public"))
    assert request.path == "/api/public/stem/collection/"
    _, [request] = sent(sandbox, lambda: client.load_collection())
    assert request.path == "/api/private/stem/collection/"
    with BrainstemClient.public(url=sandbox.url) as public:
        response, [request] = sent(sandbox, lambda: public.load_project(name="a"))
    assert request.path == "/api/public/stem/project/"
    assert response.status_code == 200


def test_an_unknown_keyword_is_a_type_error_naming_it(client: BrainstemClient) -> None:
    with pytest.raises(TypeError, match="unexpected keyword argument 'nmae'"):
        client.load_session(nmae="rat")  # type: ignore[call-overload]


def test_load_all_returns_every_record(client: BrainstemClient) -> None:
    everything = client.load_session(load_all=True)
    assert everything == client.load(
        "session",
        include=["dataacquisition", "behaviors", "manipulations", "epochs"],
        load_all=True,
    )
    assert len(everything["sessions"]) > 20


# -- the loaders against the spec (issue 13.2) ----------------------------------------------


def disagreements(loaders: Mapping[str, Loader], models: Mapping[str, ModelInfo]) -> list[str]:
    """Where a loader's filters or includes name a field its model does not have (apart from
    the listed exceptions), or an exception names a field the model has after all."""
    problems = []
    for loader, spec in loaders.items():
        model = models.get(spec.model)
        if model is None:
            problems.append(f"{loader}: no model {spec.model!r} in the spec")
            continue
        for rel in spec.include:
            if rel not in model.relations:
                problems.append(f"{loader}: includes {rel!r}, not a relation of {model.name}")
        for keyword, key in spec.keywords.items():
            field, _, rest = key.partition(".")
            listed = (loader, keyword) in NO_SUCH_FIELD
            if field in model.fields and listed:
                problems.append(f"{loader}({keyword}=): {model.name}.{field} exists, unlist it")
            elif field not in model.fields and not listed:
                problems.append(f"{loader}({keyword}=): {model.name} has no field {field!r}")
            elif rest == "id" and field in model.fields and field not in model.relations:
                problems.append(f"{loader}({keyword}=): {model.name}.{field} is no relation")
    for loader, keyword in NO_SUCH_FIELD:
        if keyword not in loaders[loader].keywords:
            problems.append(f"{loader}: listed exception {keyword!r} is not one of its keywords")
    return problems


def test_every_loader_agrees_with_the_spec() -> None:
    assert disagreements(LOADERS, MODELS) == []


def test_a_field_gone_from_the_spec_is_caught() -> None:
    session = MODELS["session"]
    gone = session._replace(
        fields=tuple(f for f in session.fields if f != "datastorage"),
        relations={k: v for k, v in session.relations.items() if k != "datastorage"},
    )
    assert disagreements(LOADERS, {**MODELS, "session": gone}) == [
        "load_session(datastorage=): session has no field 'datastorage'"
    ]
    publication = MODELS["publication"]
    renamed = publication._replace(fields=(*publication.fields, "name"))
    assert disagreements(LOADERS, {**MODELS, "publication": renamed}) == [
        "load_publication(name=): publication.name exists, unlist it"
    ]


def test_the_table_is_the_official_one_plus_keyword_only_additions() -> None:
    assert list(LOADERS) == list(OFFICIAL)
    for loader, (includes, keywords) in OFFICIAL.items():
        spec = LOADERS[loader]
        assert spec.include == includes
        assert dict(spec.filters) == keywords
        assert list(spec.filters) == list(keywords)
        assert not set(spec.extra) & set(keywords)


def test_docstrings_name_each_filter_and_include() -> None:
    for loader, spec in LOADERS.items():
        doc = inspect.getdoc(getattr(BrainstemClient, loader)) or ""
        for keyword in spec.keywords:
            assert f"`{keyword}`" in doc, (loader, keyword)
        for rel in spec.include:
            assert rel in doc.split("\n", 1)[0], (loader, rel)


def test_typed_for_both_clients() -> None:
    """Real signatures with overloads on `load_all`; the async client's return coroutines."""
    bases = {
        BrainstemClient: LoaderMixin[Response[Any], Records],
        AsyncBrainstemClient: LoaderMixin[
            Coroutine[Any, Any, Response[Any]], Coroutine[Any, Any, Records]
        ],
    }
    for cls, base in bases.items():
        assert base in cls.__orig_bases__  # type: ignore[attr-defined]
    for loader in LOADERS:
        overloads = typing.get_overloads(getattr(LoaderMixin, loader))
        returns = [inspect.signature(o).return_annotation for o in overloads]
        assert returns == ["PageT", "AllT", "PageT | AllT"], loader
