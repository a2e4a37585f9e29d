"""The spec linter (`scripts/lint_spec.py`, run by `make lint`): the spec passes, and each rule,
broken in a copy of the spec, gives one line naming the place and the fix."""

from __future__ import annotations

import copy
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import lint_spec
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC_TEXT = (ROOT / "openapi.yaml").read_text(encoding="utf-8")
SPEC: dict[str, Any] = yaml.load(SPEC_TEXT, Loader=yaml.CSafeLoader)

LIST = ("paths", "/api/{portal}/stem/project/", "get")
CREATE = ("paths", "/api/{portal}/stem/project/", "post")
RETRIEVE = ("paths", "/api/{portal}/stem/project/{id}/", "get")
PATCH = ("paths", "/api/{portal}/stem/project/{id}/", "patch")
SCHEMAS = ("components", "schemas")


def at(spec: dict[str, Any], *path: str | int) -> Any:
    node: Any = spec
    for part in path:
        node = node[part]
    return node


def run(mutate: Callable[[dict[str, Any]], None], rule: lint_spec.Rule) -> list[str]:
    """The problems `rule` finds in a copy of the spec changed by `mutate`, as `path: message`."""
    spec = copy.deepcopy(SPEC)
    mutate(spec)
    return [f"{p.json_path()}: {p.message} [{p.rule}]" for p in rule(lint_spec.Spec.of(spec))]


def test_the_spec_passes_every_rule() -> None:
    assert lint_spec.lint(SPEC) == []


def test_a_broken_spec_names_file_line_path_and_fix(tmp_path: Path) -> None:
    broken = tmp_path / "openapi.yaml"
    text = SPEC_TEXT.replace("      operationId: project_list\n", "      operationId: projects\n")
    broken.write_text(text, encoding="utf-8")
    line = text.splitlines().index("      operationId: projects") + 1
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "lint_spec.py"), str(broken)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    problem = (
        f":{line}: $.paths['/api/{{portal}}/stem/project/'].get.operationId: 'projects'"
        " does not say what the operation is; rename it project_list [operation-id]"
    )
    assert result.stdout.splitlines() == [
        f"{broken}{problem}",
        "1 problem(s); the rules are in docs/openapi-conventions.md",
    ]
    doc = (ROOT / "docs" / "maintaining.md").read_text(encoding="utf-8")
    assert f"   openapi.yaml{problem}\n" in doc, "docs/maintaining.md shows this line"


def test_dangling_ref() -> None:
    def mutate(spec: dict[str, Any]) -> None:
        at(spec, *LIST, "parameters")[1] = {"$ref": "#/components/parameters/PageSize"}

    assert run(mutate, lint_spec.refs_resolve) == [
        "$.paths['/api/{portal}/stem/project/'].get.parameters[1]['$ref']: "
        "#/components/parameters/PageSize does not exist; point it at an existing component or"
        " add one [ref-resolves]"
    ]


def test_structurally_invalid() -> None:
    def mutate(spec: dict[str, Any]) -> None:
        at(spec, *SCHEMAS, "Project", "properties", "name")["type"] = "text"
        at(spec, *LIST, "responses", "200")["content"] = []

    assert run(mutate, lint_spec.valid_openapi) == [
        "$.paths['/api/{portal}/stem/project/'].get.responses['200']: is not valid under any of"
        " the schemas listed in the 'oneOf' keyword; make it valid OpenAPI 3.0 [valid-openapi]",
        "$.components.schemas.Project.properties.name.type: 'text' is not one of ['array',"
        " 'boolean', 'integer', 'null', 'number', 'object', 'string']; make it valid OpenAPI 3.0"
        " [valid-openapi]",
    ]


def test_a_validator_crash_is_one_line() -> None:
    def mutate(spec: dict[str, Any]) -> None:
        at(spec, *LIST, "parameters")[1] = {"name": "limit"}  # no `in`: the validator trips

    lines = run(mutate, lint_spec.valid_openapi)
    assert lines[0].startswith("$.paths['/api/{portal}/stem/project/'].get.parameters[1]: ")
    assert lines[-1] == (
        "$: the validator stopped (KeyError('in')); fix the problems above [valid-openapi]"
    )


def test_model_paths_have_the_documented_shape() -> None:
    def mutate(spec: dict[str, Any]) -> None:
        spec["paths"]["/api/{portal}/stem/Experiment"] = spec["paths"][
            "/api/{portal}/stem/project/"
        ]

    assert run(mutate, lint_spec.path_shape) == [
        "$.paths['/api/{portal}/stem/Experiment']: not a model path; write"
        " /api/{portal}/<app>/<model>/ (lower case, one trailing slash), with {id}/ and <action>/"
        " for a record and its actions [path-shape]"
    ]


def test_operation_id_missing_and_duplicated() -> None:
    def mutate(spec: dict[str, Any]) -> None:
        del at(spec, *LIST)["operationId"]
        at(spec, *RETRIEVE)["operationId"] = "project_create"

    assert run(mutate, lint_spec.operation_ids) == [
        "$.paths['/api/{portal}/stem/project/'].get.operationId: missing; add"
        " `operationId: project_list` [operation-id]",
        "$.paths['/api/{portal}/stem/project/{id}/'].get.operationId: 'project_create' does not"
        " say what the operation is; rename it project_retrieve [operation-id]",
        "$.paths['/api/{portal}/stem/project/{id}/'].get.operationId: 'project_create' is used"
        " twice; give each operation its own [operation-id]",
    ]


def test_one_tag_that_is_the_app() -> None:
    def mutate(spec: dict[str, Any]) -> None:
        at(spec, *LIST)["tags"] = ["stem", "projects"]
        at(spec, *CREATE)["tags"] = ["modules"]
        spec["tags"] = [t for t in spec["tags"] if t["name"] != "auth"]

    assert run(mutate, lint_spec.one_tag) == [
        "$.paths['/api/auth/device/'].post.tags: tag 'auth' is not declared; add it to the"
        " top-level tags [one-tag]",
        "$.paths['/api/auth/device/token/'].post.tags: tag 'auth' is not declared; add it to the"
        " top-level tags [one-tag]",
        "$.paths['/api/{portal}/stem/project/'].get.tags: ['stem', 'projects']; write"
        " `tags: [stem]` [one-tag]",
        "$.paths['/api/{portal}/stem/project/'].post.tags: ['modules']; write `tags: [stem]`"
        " [one-tag]",
    ]


def test_portal_and_security_agree() -> None:
    def mutate(spec: dict[str, Any]) -> None:
        del at(spec, *LIST)["security"]  # public portal, token required: contradiction
        at(spec, *CREATE)["parameters"][0] = {"$ref": "#/components/parameters/Portal"}
        at(spec, *PATCH)["security"] = [{"BearerAuth": []}]
        del at(spec, *RETRIEVE)["parameters"][0]

    assert run(mutate, lint_spec.portals) == [
        "$.paths['/api/{portal}/stem/project/'].get.security: the public portal needs no token;"
        " write `security: [{BearerAuth: []}, {}]` [portal]",
        "$.paths['/api/{portal}/stem/project/'].post.parameters[0]: writes are private only;"
        " use PrivatePortal [portal]",
        "$.paths['/api/{portal}/stem/project/{id}/'].get.parameters[0]: the first parameter is not"
        ' the portal; add `$ref: "#/components/parameters/PrivatePortal"` (or Portal when the'
        " reference allows the public portal) [portal]",
        "$.paths['/api/{portal}/stem/project/{id}/'].patch.security: the private portal needs the"
        " token; remove `security` (the global one applies) [portal]",
    ]


def test_list_and_retrieve_parameters() -> None:
    def mutate(spec: dict[str, Any]) -> None:
        params = at(spec, *LIST, "parameters")
        params[1], params[2] = params[2], params[1]
        at(spec, *RETRIEVE, "parameters").pop()

    assert run(mutate, lint_spec.parameters) == [
        "$.paths['/api/{portal}/stem/project/'].get.parameters: ['Offset', 'Limit', 'Sort',"
        " 'Include', 'Filters'] after the portal; use the component parameters Limit, Offset,"
        " Sort, Include, Filters in that order [parameters]",
        "$.paths['/api/{portal}/stem/project/{id}/'].get.parameters: ['Include'] after the"
        " portal, id; use the component parameters Include, Filters in that order [parameters]",
    ]


def test_no_operation_lacks_401() -> None:
    def mutate(spec: dict[str, Any]) -> None:
        del at(spec, *PATCH, "responses")["401"]
        del at(spec, *LIST, "responses")["400"]
        del at(spec, "paths", "/api/auth/device/", "post", "responses")["400"]  # no token: fine

    assert run(mutate, lint_spec.responses_401) == [
        "$.paths['/api/{portal}/stem/project/'].get.responses: a list answers 400 on a bad filter"
        ' or sort; add `"400": {$ref: "#/components/responses/BadRequest"}` [responses-401]',
        "$.paths['/api/{portal}/stem/project/{id}/'].patch.responses: no 401; add"
        ' `"401": {$ref: "#/components/responses/Unauthorized"}` [responses-401]',
    ]


def test_list_envelope() -> None:
    def mutate(spec: dict[str, Any]) -> None:
        envelope = at(spec, *SCHEMAS, "ProjectList")
        del envelope["properties"]["meta"]
        envelope["properties"]["projects"]["items"] = {"$ref": "#/components/schemas/Subject"}
        schema = at(spec, "paths", "/api/{portal}/stem/subject/", "get", "responses", "200")
        schema["content"]["application/json"]["schema"] = {"type": "array"}
        at(spec, *SCHEMAS, "SessionList")["required"] = ["sessions", "total"]

    assert run(mutate, lint_spec.list_envelope) == [
        "$.components.schemas.ProjectList.properties.projects: the plural key holds the records;"
        ' write `type: array, items: {$ref: "#/components/schemas/Project"}` [list-envelope]',
        "$.components.schemas.ProjectList.properties: no pagination totals; add"
        ' `meta: {$ref: "#/components/schemas/Meta"}` [list-envelope]',
        "$.paths['/api/{portal}/stem/subject/'].get.responses['200']: a list answers its"
        ' envelope; write `schema: {$ref: "#/components/schemas/<Name>List"}` [list-envelope]',
        "$.components.schemas.SessionList.required: the envelope requires exactly its plural key"
        " (as in the example responses); write `required: [<plural key>]` [list-envelope]",
    ]


def test_detail_envelope() -> None:
    def mutate(spec: dict[str, Any]) -> None:
        schema = at(spec, *RETRIEVE, "responses", "200", "content", "application/json")
        schema["schema"] = {"$ref": "#/components/schemas/Project"}
        at(spec, *SCHEMAS, "SessionDetail")["required"] = []

    lines = run(mutate, lint_spec.detail_envelope)
    assert lines[0] == (
        "$.paths['/api/{portal}/stem/project/{id}/'].get.responses['200']: answer the record"
        ' envelope; write `schema: {$ref: "#/components/schemas/ProjectDetail"}` [detail-envelope]'
    )
    assert set(lines[1:]) == {
        "$.components.schemas.SessionDetail: a detail envelope requires one key holding the"
        ' record; write `required: [<key>]` and `<key>: {$ref: "#/components/schemas/<Name>"}`'
        " [detail-envelope]"
    }


def test_envelopes_carry_x_model() -> None:
    def mutate(spec: dict[str, Any]) -> None:
        del at(spec, *SCHEMAS, "ProjectList")["x-model"]
        at(spec, *SCHEMAS, "ProjectDetail")["x-model"] = "projects"

    assert run(mutate, lint_spec.x_model) == [
        "$.components.schemas.ProjectList: an envelope says which model it carries; add"
        " `x-model: <model URL segment>` [x-model]",
        "$.components.schemas.ProjectDetail.x-model: 'projects' is no model of the spec; name the"
        " URL segment of the model's paths [x-model]",
    ]


def test_writable_models_have_request_schemas() -> None:
    def mutate(spec: dict[str, Any]) -> None:
        body = at(spec, *PATCH, "requestBody", "content", "application/json")
        body["schema"] = {"$ref": "#/components/schemas/ProjectRequest"}
        request = at(spec, *SCHEMAS, "ProjectRequest", "properties")
        request["id"] = {"type": "string", "format": "uuid"}
        at(spec, *SCHEMAS, "PatchedSubjectRequest")["required"] = ["name"]

    assert run(mutate, lint_spec.request_schemas) == [
        "$.components.schemas.ProjectRequest.properties.id: read-only fields are not sent;"
        " remove it from the request schema [request-schemas]",
        "$.paths['/api/{portal}/stem/project/{id}/'].patch.requestBody: partial_update takes"
        " PatchedProjectRequest; write `content: {application/json: {schema: {$ref:"
        ' "#/components/schemas/PatchedProjectRequest"}}}` (and define PatchedProjectRequest)'
        " [request-schemas]",
        "$.components.schemas.PatchedSubjectRequest.required: a partial update requires nothing;"
        " remove `required` [request-schemas]",
    ]


def test_relations_are_marked() -> None:
    def mutate(spec: dict[str, Any]) -> None:
        props = at(spec, *SCHEMAS, "Project", "properties")
        del props["sessions"]["x-related"]
        props["subjects"]["x-related"] = "subjects"
        props["description"]["x-related"] = "session"

    assert run(mutate, lint_spec.x_related) == [
        "$.components.schemas.Project.properties.description.x-related: only relations carry"
        ' x-related; use `$ref: "#/components/schemas/RelatedId"` (or an array of them) or'
        " remove x-related [x-related]",
        "$.components.schemas.Project.properties.sessions: a relation says what it points to;"
        " add `x-related: <model URL segment>` [x-related]",
        "$.components.schemas.Project.properties.subjects.x-related: 'subjects' is no model of"
        " the spec; name the URL segment of its paths [x-related]",
    ]


def test_records_have_a_read_only_id() -> None:
    def mutate(spec: dict[str, Any]) -> None:
        del at(spec, *SCHEMAS, "Project", "properties", "id")["readOnly"]
        at(spec, *SCHEMAS, "Subject", "required").remove("id")

    assert run(mutate, lint_spec.record_ids) == [
        "$.components.schemas.Project.properties.id: add `readOnly: true` [record-id]",
        "$.components.schemas.Subject: the subject record has no required id; add `id` to"
        " properties and required [record-id]",
    ]


@pytest.mark.parametrize("rule", lint_spec.RULES, ids=lambda r: r.__name__)
def test_every_rule_is_documented_and_tested(rule: lint_spec.Rule) -> None:
    tests = Path(__file__).read_text(encoding="utf-8")
    assert rule.__doc__, f"{rule.__name__} says what it checks"
    assert f"lint_spec.{rule.__name__})" in tests, f"{rule.__name__} has a test here"
