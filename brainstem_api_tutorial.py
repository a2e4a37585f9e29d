# %% [markdown]
# # BrainSTEM API tutorial
#
# The user guide of the Python API tool, step by step. By default it runs against a local
# sandbox with demo data (started below), so nothing touches your lab's records; set
# `BRAINSTEM_URL` (and log in) to run the read-only steps against a real server.
#
# Run it as a script (`python brainstem_api_tutorial.py`) or open
# `brainstem_api_tutorial.ipynb`, which is made from this file.

# %%
import os
import tempfile

from brainstem_api_tools import BrainstemClient

SANDBOX = None
if not os.environ.get("BRAINSTEM_URL"):
    from brainstem_api_tools.sandbox.server import run_sandbox

    # A sandbox that approves logins at once, and a private config folder for its token.
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()
    SANDBOX = run_sandbox(records=60, auto_approve=True, device_interval=1)
    os.environ["BRAINSTEM_URL"] = SANDBOX.__enter__().url
    # It approves the login itself: allow the login even where no one watches (CI, a pipe).
    os.environ["BRAINSTEM_INTERACTIVE"] = "1"
print("Server:", os.environ["BRAINSTEM_URL"])

# %% [markdown]
# ## Authentication
# The first client logs in with the device flow (a browser window, or with `headless=True` a
# URL and a code) and caches the token for this server; later clients reuse it.

# %%
client = BrainstemClient(headless=True)
print("Token from:", client.token_source)

# %% [markdown]
# ## Quick start: public and private data

# %%
public_projects = client.load("project", portal="public").json()
projects = public_projects.get("projects", [])
print(f"Loaded {len(projects)} public projects")
if projects:
    print(projects[0]["name"])

private_sessions = client.load("session").json()
sessions = private_sessions.get("sessions", [])
if sessions:
    print(sessions[0]["name"])

# %% [markdown]
# ## Filtering, sorting and pagination

# %%
filtered = client.load("session", filters={"name.icontains": "rat"}).json()["sessions"]
print(f"Sessions with 'rat' in their name, first page: {len(filtered)}")

alpha = client.load("project", portal="public", sort=["name"]).json()["projects"]
print("Public projects A-Z:", [p["name"] for p in alpha])

page2 = client.load("session", limit=20, offset=20).json()
all_sessions = client.load("session", load_all=True)
print(f"Page 2 holds {len(page2['sessions'])} sessions; {len(all_sessions['sessions'])} in all")

# %% [markdown]
# ## Convenience loaders
# They include related records by default and take named filters.

# %%
rat_sessions = client.load_session(name="rat", load_all=True)["sessions"]
print(
    f"{len(rat_sessions)} rat sessions; the first has "
    f"{len(rat_sessions[0]['behaviors'])} behaviors embedded"
)
project_id = client.load("project", limit=1).json()["projects"][0]["id"]
males = client.load_subject(sex="M", projects=project_id, load_all=True)["subjects"]
print(f"{len(males)} male subjects in project {project_id}")

# %% [markdown]
# ## DataFrames
# With the `[pandas]` extra (`pip install 'brainstem_python_api_tools[pandas]'`), what
# `load_all` and `iter_records` give becomes a DataFrame: one row per record, included records
# as columns (`projects.name` lists the names of a session's projects), date-times parsed.
# `progress=True` draws a progress bar while the pages arrive.

# %%
frame = client.load("session", load_all=True, include=["projects"], progress=True).to_dataframe()
print(frame[["name", "date_time", "projects.name"]].head(3).to_string())
print("Sessions per project:")
print(frame["projects.name"].explode().value_counts().head(3))

# %% [markdown]
# ## Creating, updating and deleting (on the sandbox only)

# %%
if SANDBOX is not None:
    created = client.save(
        "session",
        data={
            "name": "Tutorial session",
            "projects": [project_id],
            "description": "Created by the tutorial",
        },
    ).json()
    session_id = created["session"]["id"]
    print("Created session", session_id)
    updated = client.save("session", id=session_id, data={"description": "Updated"}).json()
    print("Description now:", updated["session"]["description"])
    response = client.delete("session", id=session_id)
    print("Deleted" if response.status_code == 204 else f"Delete failed: {response.text}")

# %% [markdown]
# ## Errors
# Plain `load`/`save`/`delete` return the response, as in the guide; `raise_for_status()` (and
# `load_all`) turn an error status into an exception that says what to do.

# %%
from brainstem_api_tools import NotFoundError  # noqa: E402

try:
    client.load("session", id="00000000-0000-4000-8000-000000000000").raise_for_status()
except NotFoundError as error:
    print("As expected:", error)

# %% [markdown]
# ## Importing a spreadsheet (on the sandbox only)
# A lab's data manager keeps new sessions in a spreadsheet. `read_rows` reads a CSV (or JSONL,
# or JSON) file into rows numbered as in the spreadsheet, each cell read by its field's type
# (`rat, V1` becomes a list of tags); a `projects:name` column names the project instead of
# giving its id. `save_many` checks every row against the API's description before sending
# anything (nothing is sent if a row is invalid), then saves them several at a time, and
# `report=` keeps each row's outcome (row, status, id, error), which `resume=` picks up after
# a failure. From the shell: `brainstem import session new-sessions.csv --report report.csv`.

# %%
import csv  # noqa: E402

from brainstem_api_tools.rows import read_rows  # noqa: E402

work_dir = tempfile.mkdtemp()
project_name = client.load("project", id=project_id).json()["project"]["name"]
if SANDBOX is not None:
    spreadsheet = os.path.join(work_dir, "new-sessions.csv")
    with open(spreadsheet, "w", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["name", "projects:name", "date_time", "tags"])
        writer.writerow(["Tutorial import 1", project_name, "2024-05-01T10:00:00+02:00", "rat, V1"])
        writer.writerow(["Tutorial import 2", project_name, "2024-05-02T10:00:00+02:00", "rat"])
        writer.writerow(["Tutorial import 3", project_name, "2024-05-03T10:00:00+02:00", ""])
    rows = read_rows(spreadsheet, "session")
    imported = client.save_many("session", rows, report=os.path.join(work_dir, "report.csv"))
    print("Imported:", imported.summary())
    for outcome in imported.rows:
        print(f"  spreadsheet row {outcome.row}: {outcome.status} {outcome.id}")

# %% [markdown]
# ## A copy of a project, to work on offline
# `export_project` writes a project and what it leads to (its sessions and subjects, the
# sessions just imported included, their behaviors, data acquisitions, procedures and logs,
# the species, setups and publications they point to) into a new directory, one JSON file per
# model and a manifest. From the shell: `brainstem export project ID --out DIR`.

# %%
export_dir = os.path.join(work_dir, "my-project")
exported = client.export_project(project_id, export_dir, progress=True)
print(f"Exported {sum(exported.counts.values())} records into {len(exported.counts)} files")
print({model: n for model, n in exported.counts.items() if n and model != "project"})

# %% [markdown]
# A sandbox serving that directory (`run_sandbox(data=...)`, or `brainstem sandbox --data DIR`
# from the shell) answers as the server did: run an analysis, or try a change, on the copy,
# offline. A script needs only the copy's URL and token (`BRAINSTEM_URL`, `BRAINSTEM_TOKEN`).

try:
    from brainstem_api_tools.sandbox.server import run_sandbox
except ImportError:  # the sandbox extra: pip install 'brainstem_python_api_tools[sandbox]'
    run_sandbox = None
if run_sandbox is not None:
    with (
        run_sandbox(data=export_dir) as copy,
        BrainstemClient(token=copy.token, url=copy.url) as offline,
    ):
        own = offline.load_session(projects=project_id, load_all=True)["sessions"]
        print(f"The copy serves the project's {len(own)} sessions, with their behaviors")
        copied = offline.load(
            "session", filters={"name.startswith": "Tutorial import"}, sort=["name"]
        )
        print("Imported sessions in the copy:", [s["name"] for s in copied.json()["sessions"]])

# %%
client.close()
if SANDBOX is not None:
    SANDBOX.__exit__(None, None, None)
