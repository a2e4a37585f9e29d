"""`make demo`: start a sandbox, run the `brainstem` command against it, show the output.

Nothing touches your real token cache: the demo logs in to the sandbox with a temporary
config folder, and stops the sandbox at the end.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

BRAINSTEM = str(Path(sys.executable).with_name("brainstem"))


def run(args: list[str], env: dict[str, str], stdin: str | None = None) -> str:
    print(f"$ brainstem {shlex.join(args)}", flush=True)
    result = subprocess.run(
        [BRAINSTEM, *args], env=env, input=stdin, capture_output=True, text=True, check=False
    )
    sys.stdout.write(result.stdout)
    sys.stdout.write(result.stderr)
    print(flush=True)
    if result.returncode != 0:
        raise SystemExit(f"demo step failed with exit code {result.returncode}")
    return result.stdout


def main() -> None:
    from brainstem_api_tools.sandbox.server import run_sandbox

    with (
        tempfile.TemporaryDirectory() as config,
        # polled every second (the default 5 s would make the login wait 5 s for nothing)
        run_sandbox(records=50, auto_approve=True, device_interval=1) as sandbox,
    ):
        env = {**os.environ, "XDG_CONFIG_HOME": config, "BRAINSTEM_URL": sandbox.url}
        for name in ("BRAINSTEM_TOKEN", "BRAINSTEM_API_TOKEN"):
            env.pop(name, None)
        print(f"# A BrainSTEM sandbox with demo data is running at {sandbox.url}\n", flush=True)
        run(["login", "--headless"], env)
        run(["auth", "status"], env)
        run(
            [
                "load",
                "session",
                "--filters",
                "name.icontains=rat",
                "--sort",
                "-name",
                "--include",
                "projects",
                "--limit",
                "5",
                "--format",
                "table",
            ],
            env,
        )
        run(["load", "project", "--portal", "public", "--format", "table"], env)
        found = run(
            [
                "get",
                "project",
                "Visual cortex plasticity",
                "--fields",
                "id,name",
                "--format",
                "jsonl",
            ],
            env,
        )
        project = json.loads(found)
        data = json.dumps(
            {
                "name": "Demo session",
                "projects:name": [project["name"]],  # looked up: must match exactly one
                "description": "Created by make demo",
            }
        )
        created = json.loads(run(["save", "session", "--data", data], env))["session"]
        run(
            [
                "save",
                "session",
                "--id",
                created["id"],
                "--data",
                '{"description": "Updated by make demo"}',
                "--format",
                "json",
                "--fields",
                "id,name,description",
            ],
            env,
        )
        run(["delete", "session", "--id", created["id"]], env)
        run(["load", "subject", "--all", "--fields", "name,sex,status", "--format", "csv"], env)
        run(["logout"], env)
        print("# Done: the sandbox is stopped. `brainstem sandbox` runs one until Ctrl-C.")


if __name__ == "__main__":
    main()
