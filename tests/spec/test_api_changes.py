"""`make api-changes` (scripts/api_changes.py, scripts/spec_diff.py): what changed in the spec,
each change judged breaking by who sends the data, the short form, and the changelog draft."""

from __future__ import annotations

import copy
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import api_changes
import pytest
import spec_diff
import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC: dict[str, Any] = yaml.load(
    (ROOT / "openapi.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader
)
Mutation = Callable[[dict[str, Any]], None]


def schema(spec: dict[str, Any], name: str) -> dict[str, Any]:
    found: dict[str, Any] = spec["components"]["schemas"][name]
    return found


def changes(old: Mutation | None = None, new: Mutation | None = None) -> list[str]:
    """The report's lines (`BREAKING`/`ok` and the change) from the spec changed by `old` to the
    spec changed by `new`."""
    before, after = copy.deepcopy(SPEC), copy.deepcopy(SPEC)
    if old:
        old(before)
    if new:
        new(after)
    return [f"{api_changes.mark(c).strip()} {c.line()}" for c in spec_diff.compare(before, after)]


def nothing(spec: dict[str, Any]) -> None:
    pass


def test_an_unchanged_spec_has_no_changes() -> None:
    assert changes() == []


# Session is only received (responses), SessionRequest only sent (create bodies): the same
# edit breaks one side and not the other.
DIRECTIONS: list[tuple[str, Mutation, Mutation, str, str]] = [
    (
        "optional field added",
        nothing,
        lambda s: s["properties"].update(notes={"type": "string"}),
        "ok field added: {}.notes (optional, {})",
        "ok field added: {}.notes (optional, {})",
    ),
    (
        "required field added",
        nothing,
        lambda s: (s["properties"].update(notes={"type": "string"}), s["required"].append("notes")),
        "BREAKING field added: {}.notes (required, {})",
        "ok field added: {}.notes (required, {})",
    ),
    (
        "field removed",
        nothing,
        lambda s: s["properties"].pop("description"),
        "BREAKING field removed: {}.description ({})",
        "BREAKING field removed: {}.description ({})",
    ),
    (
        "optional -> required",
        nothing,
        lambda s: s["required"].append("description"),
        "BREAKING field required: {}.description (optional -> required, {})",
        None,  # Session already requires it
    ),
    (
        "required -> optional",
        nothing,
        lambda s: s["required"].remove("name"),
        "ok field optional: {}.name (required -> optional, {})",
        "BREAKING field optional: {}.name (required -> optional, {})",
    ),
    (
        "null allowed",
        nothing,
        lambda s: s["properties"]["name"].update(nullable=True),
        "ok field nullable: {}.name (null now allowed, {})",
        "BREAKING field nullable: {}.name (null now allowed, {})",
    ),
    (
        "null no longer allowed",
        nothing,
        lambda s: s["properties"]["date_time"].pop("nullable"),
        "BREAKING field not nullable: {}.date_time (null no longer allowed, {})",
        "ok field not nullable: {}.date_time (null no longer allowed, {})",
    ),
    (
        "enum choice added",
        lambda s: s["properties"]["name"].update(enum=["a", "b"]),
        lambda s: s["properties"]["name"].update(enum=["a", "b", "c"]),
        "ok enum choice added: {}.name = 'c' ({})",
        "BREAKING enum choice added: {}.name = 'c' ({})",
    ),
    (
        "enum choice removed",
        lambda s: s["properties"]["name"].update(enum=["a", "b"]),
        lambda s: s["properties"]["name"].update(enum=["a"]),
        "BREAKING enum choice removed: {}.name = 'b' ({})",
        "ok enum choice removed: {}.name = 'b' ({})",
    ),
    (
        "type changed",
        nothing,
        lambda s: s["properties"]["name"].update(type="integer"),
        "BREAKING field type changed: {}.name (string -> integer, {})",
        "BREAKING field type changed: {}.name (string -> integer, {})",
    ),
    (
        "format changed",
        nothing,
        lambda s: s["properties"]["date_time"].update(format="date"),
        "BREAKING field type changed: {}.date_time (string (date-time) -> string (date), {})",
        "BREAKING field type changed: {}.date_time (string (date-time) -> string (date), {})",
    ),
]


@pytest.mark.parametrize(
    ("old", "new", "request_line", "response_line"),
    [d[1:] for d in DIRECTIONS],
    ids=[d[0] for d in DIRECTIONS],
)
def test_what_breaks_depends_on_who_sends_it(
    old: Mutation, new: Mutation, request_line: str | None, response_line: str | None
) -> None:
    names = {"SessionRequest": request_line, "Session": response_line}
    names = {name: line for name, line in names.items() if line is not None}

    def on_both(mutate: Mutation) -> Mutation:
        def apply(spec: dict[str, Any]) -> None:
            for name in names:
                mutate(schema(spec, name))

        return apply

    got = changes(on_both(old), on_both(new))
    way = {"SessionRequest": "request", "Session": "response"}
    assert sorted(got) == sorted(line.format(name, way[name]) for name, line in names.items())


def test_a_schema_sent_and_received_is_judged_both_ways() -> None:
    # DownloadLink is in Session (received) and in SessionRequest (sent)
    def add_choice(spec: dict[str, Any]) -> None:
        schema(spec, "DownloadLink")["properties"]["repository"]["enum"].append("OSF")

    assert changes(new=add_choice) == [
        "BREAKING enum choice added: DownloadLink.repository = 'OSF' (request and response)"
    ]


def test_nested_fields_nullable_relations_and_extensions() -> None:
    def edit(spec: dict[str, Any]) -> None:
        users = schema(spec, "Group")["properties"]["users"]["additionalProperties"]
        users["properties"]["is_admin"] = {"type": "boolean"}
        related = schema(spec, "Session")["properties"]["projects"]
        related["x-related"] = "projects"  # an extension, not the shape of the data
        strain = schema(spec, "Subject")["properties"]["strain"]
        strain["$ref"] = "#/components/schemas/NullableRelatedId"

    assert changes(new=edit) == [
        "ok field added: Group.users{}.is_admin (optional, response)",
        "BREAKING field nullable: Subject.strain (null now allowed, response)",
    ]


def test_operations_parameters_bodies_and_responses() -> None:
    def edit(spec: dict[str, Any]) -> None:
        paths = spec["paths"]
        del paths["/api/{portal}/stem/session/{id}/"]["delete"]
        list_op = paths["/api/{portal}/stem/session/"]["get"]
        list_op.pop("security")  # the token becomes required
        list_op["parameters"].append(
            {"name": "search", "in": "query", "required": True, "schema": {"type": "string"}}
        )
        create = paths["/api/{portal}/stem/session/"]["post"]
        create["responses"]["200"] = create["responses"].pop("201")
        del paths["/api/{portal}/stem/project/{id}/"]["get"]["responses"]["403"]

    assert changes(new=edit) == [
        "ok response removed: project_retrieve 403",
        "BREAKING operation removed: session_destroy (DELETE /api/{portal}/stem/session/{id}/)",
        "BREAKING response removed: session_create 201",
        "BREAKING response added: session_create 200",
        "BREAKING authentication changed: session_list (token optional -> required)",
        "BREAKING parameter added: query search (required) in session_list",
    ]


def test_a_renamed_shared_parameter_is_one_breaking_change() -> None:
    def rename(spec: dict[str, Any]) -> None:
        spec["components"]["parameters"]["Limit"]["name"] = "page_size"

    lines = changes(new=rename)
    lists = sum(1 for item in SPEC["paths"].values() for op in item.values() if "Limit" in str(op))
    assert [line.split(" in ")[0] for line in lines] == [
        "BREAKING parameter removed: query limit",
        "ok parameter added: query page_size (optional)",
    ]
    assert all(f" in {lists} operations: " in line for line in lines)


def test_filter_operators_removed_break_added_do_not() -> None:
    def edit(spec: dict[str, Any]) -> None:
        operators = spec["components"]["parameters"]["Filters"]["x-filter-operators"]
        operators.remove("iendswith")
        operators.append("regex")

    lines = [line.split(" in ")[0] for line in changes(new=edit)]
    assert lines == [
        "BREAKING filter operator removed: query filters iendswith",
        "ok filter operator added: query filters regex",
    ]


@pytest.mark.slow  # openapi-python-client reads the whole spec
def test_client_names_are_the_generators() -> None:
    old, new = copy.deepcopy(SPEC), copy.deepcopy(SPEC)
    schema(new, "Session")["properties"]["name"]["nullable"] = True
    schema(new, "DownloadLink")["properties"]["repository"]["enum"].remove("Webshare")
    del new["paths"]["/api/{portal}/stem/session/{id}/"]["delete"]
    surfaces = (spec_diff.Surface.of(old), spec_diff.Surface.of(new))
    found = {c.subject: c.client for c in spec_diff.compare(old, new, surfaces)}
    assert found == {
        "session_destroy": "api.stem.session_destroy removed",
        "DownloadLink.repository = 'Webshare'": "models.DownloadLinkRepository.WEBSHARE removed",
        "Session.name": "models.Session.name: str -> None | str",
    }
    generated = ROOT / "generated" / "brainstem_api_client"
    assert (generated / "api" / "stem" / "session_destroy.py").exists()
    enum = (generated / "models" / "download_link_repository.py").read_text(encoding="utf-8")
    assert 'WEBSHARE = "Webshare"' in enum


@pytest.mark.slow  # openapi-python-client reads the whole spec
def test_what_the_generator_cannot_read_is_said() -> None:
    new = copy.deepcopy(SPEC)
    schema(new, "Session")["properties"]["notes"] = {"$ref": "#/components/schemas/Note"}
    warnings = spec_diff.Surface.of(new).warnings
    assert any("Could not find reference" in w for w in warnings), warnings
    assert not any(" object at 0x" in w for w in warnings)
    report = api_changes.full_report([], "main", set(), set(), warnings)
    assert f"openapi-python-client cannot read {len(warnings)} part(s) of the new spec" in report


def test_short_form_counts_each_kind_breaking_first() -> None:
    def edit(spec: dict[str, Any]) -> None:
        schema(spec, "Session")["properties"].pop("description")
        schema(spec, "SessionRequest")["properties"].pop("description")
        schema(spec, "Session")["properties"]["notes"] = {"type": "string"}

    before, after = copy.deepcopy(SPEC), copy.deepcopy(SPEC)
    edit(after)
    report = api_changes.short_report(spec_diff.compare(before, after), "main (abc123)")
    assert report.splitlines() == [
        "API changes against main (abc123): 2 breaking, 1 not breaking"
        " (make api-changes for the report)",
        "  BREAKING  2 field removed",
        "  ok        1 field added",
    ]
    assert api_changes.short_report([], "main") == "API changes against main: none\n"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    # `-o install`: the venv running the tests is the one to use, never reinstalled here
    return subprocess.run(
        [
            "make",
            "--no-print-directory",
            "-s",
            "-o",
            "install",
            f"VENV={Path(sys.executable).parent.parent}",
            *args,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_make_api_changes_runs_against_a_ref() -> None:
    result = run("api-changes", "REF=HEAD")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("API changes: openapi.yaml against HEAD (")


def test_an_unknown_ref_is_an_error_that_says_what_to_pass() -> None:
    result = run("api-changes", "REF=no-such-branch")
    assert result.returncode != 0
    assert "api-changes: cannot read 'no-such-branch'" in result.stderr
    assert "pass REF=<branch or commit>" in result.stderr


def test_full_report_groups_by_model_and_exits_0_on_breaking_changes(tmp_path: Path) -> None:
    new = copy.deepcopy(SPEC)
    schema(new, "Session")["properties"].pop("description")
    schema(new, "Meta")["properties"]["next"] = {"type": "string"}
    spec = tmp_path / "openapi.yaml"
    spec.write_text(yaml.dump(new, Dumper=yaml.CSafeDumper), encoding="utf-8")
    code = api_changes.main(["--base", str(ROOT / "openapi.yaml"), "--spec", str(spec), "--short"])
    assert code == 0
    report = api_changes.full_report(
        spec_diff.compare(SPEC, new), "main (abc123 Spec)", set(), set(), []
    )
    assert report.splitlines() == [
        "API changes: openapi.yaml against main (abc123 Spec)",
        "1 breaking, 1 not breaking; client names are relative to brainstem_api_client.",
        "",
        "session",
        "  BREAKING  field removed: Session.description (response)",
        "",
        "used by several models",
        "  ok        field added: Meta.next (optional, response)",
    ]


@pytest.mark.slow  # openapi-python-client reads the whole spec
def test_changelog_draft_goes_under_unreleased_once(tmp_path: Path) -> None:
    new = copy.deepcopy(SPEC)
    schema(new, "Session")["properties"].pop("description")
    schema(new, "Session")["properties"]["notes"] = {"type": "string"}
    spec, changelog = tmp_path / "openapi.yaml", tmp_path / "CHANGELOG.md"
    spec.write_text(yaml.dump(new, Dumper=yaml.CSafeDumper), encoding="utf-8")
    changelog.write_text("# Changelog\n\n## 0.1.0\n\n- First release.\n", encoding="utf-8")
    args = ["--base", str(ROOT / "openapi.yaml"), "--spec", str(spec), "--short"]
    assert api_changes.main([*args, "--changelog", str(changelog)]) == 0
    assert api_changes.main([*args, "--changelog", str(changelog)]) == 0  # nothing twice
    assert changelog.read_text(encoding="utf-8") == (
        "# Changelog\n"
        "\n"
        "## Unreleased\n"
        "\n"
        "### Breaking changes\n"
        "- API `session`: field removed: Session.description (response).\n"
        "\n"
        "### Added\n"
        "- API `session`: field added: Session.notes (optional, response).\n"
        "\n"
        "## 0.1.0\n"
        "\n"
        "- First release.\n"
    )


def test_the_committed_changelog_has_an_unreleased_section() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "\n## Unreleased\n" in text
    assert api_changes.draft_changelog(text, {})[0] == text
