"""The convenience loaders, typed: derived from `loaders.LOADERS` by
scripts/derive_loaders.py. Do not edit.

Run `make generate` after changing the table; `make check-generated` fails on drift.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, TypeVar, cast, overload

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from typing import Any, Literal
    from uuid import UUID

    from brainstem_api_tools.loaders import run_loader
    from brainstem_api_tools.names import ByName
else:

    def run_loader(*args):
        # The loader table is read on the first call to a loader, not when a client is imported.
        from brainstem_api_tools.loaders import run_loader

        return run_loader(*args)


__all__ = ["LoaderMixin"]

PageT = TypeVar("PageT")
AllT = TypeVar("AllT")


class LoaderMixin(Generic[PageT, AllT]):
    """The convenience loaders of a client whose `load` returns `PageT`, or `AllT` with
    `load_all=True` (for the async client: coroutines of those)."""

    @overload
    def load_project(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        sessions: str | UUID | ByName | None = None,
        subjects: str | UUID | ByName | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: Literal[False] = False,
    ) -> PageT: ...

    @overload
    def load_project(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        sessions: str | UUID | ByName | None = None,
        subjects: str | UUID | ByName | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        *,
        load_all: Literal[True],
    ) -> AllT: ...

    @overload
    def load_project(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        sessions: str | UUID | ByName | None = None,
        subjects: str | UUID | ByName | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
    ) -> PageT | AllT: ...

    def load_project(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        sessions: str | UUID | ByName | None = None,
        subjects: str | UUID | ByName | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
    ) -> PageT | AllT:
        """Load project records with their sessions, subjects, collections, cohorts.

        `load("project", ...)` with named filters: None leaves one out, and a named filter wins
        over the same key in `filters`.

        - `name`: name contains the text, in any case (filter{name.icontains})
        - `sessions`: linked to the session with this id, or `ByName(...)` this name
          (filter{sessions.id})
        - `subjects`: linked to the subject with this id, or `ByName(...)` this name
          (filter{subjects.id})
        - `tags`: exact match on tags (filter{tags})

        Includes sessions, subjects, collections, cohorts unless `include` says otherwise
        (`include=[]`: none); with `id`, nothing unless asked for, as in the official client.
        The other arguments are `load`'s (`portal=None`: `load`'s default portal);
        `load_all=True` fetches every page and returns one dict with the records under
        'projects'.
        """
        return cast(
            "PageT | AllT",
            run_loader(
                self,
                "load_project",
                {"name": name, "sessions": sessions, "subjects": subjects, "tags": tags},
                portal,
                id,
                filters,
                sort,
                include,
                limit,
                offset,
                load_all,
            ),
        )

    @overload
    def load_subject(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        projects: str | UUID | ByName | None = None,
        strain: str | UUID | ByName | None = None,
        sex: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: Literal[False] = False,
    ) -> PageT: ...

    @overload
    def load_subject(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        projects: str | UUID | ByName | None = None,
        strain: str | UUID | ByName | None = None,
        sex: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        *,
        load_all: Literal[True],
    ) -> AllT: ...

    @overload
    def load_subject(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        projects: str | UUID | ByName | None = None,
        strain: str | UUID | ByName | None = None,
        sex: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
    ) -> PageT | AllT: ...

    def load_subject(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        projects: str | UUID | ByName | None = None,
        strain: str | UUID | ByName | None = None,
        sex: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
    ) -> PageT | AllT:
        """Load subject records with their procedures, subjectlogs.

        `load("subject", ...)` with named filters: None leaves one out, and a named filter wins
        over the same key in `filters`.

        - `name`: name contains the text, in any case (filter{name.icontains})
        - `projects`: linked to the project with this id, or `ByName(...)` this name
          (filter{projects.id})
        - `strain`: linked to the strain with this id, or `ByName(...)` this name
          (filter{strain.id})
        - `sex`: exact match on sex (filter{sex})
        - `tags`: exact match on tags (filter{tags})

        Includes procedures, subjectlogs unless `include` says otherwise (`include=[]`: none);
        with `id`, nothing unless asked for, as in the official client. The other arguments are
        `load`'s (`portal=None`: `load`'s default portal); `load_all=True` fetches every page
        and returns one dict with the records under 'subjects'.
        """
        return cast(
            "PageT | AllT",
            run_loader(
                self,
                "load_subject",
                {"name": name, "projects": projects, "strain": strain, "sex": sex, "tags": tags},
                portal,
                id,
                filters,
                sort,
                include,
                limit,
                offset,
                load_all,
            ),
        )

    @overload
    def load_session(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        projects: str | UUID | ByName | None = None,
        datastorage: str | UUID | ByName | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: Literal[False] = False,
    ) -> PageT: ...

    @overload
    def load_session(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        projects: str | UUID | ByName | None = None,
        datastorage: str | UUID | ByName | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        *,
        load_all: Literal[True],
    ) -> AllT: ...

    @overload
    def load_session(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        projects: str | UUID | ByName | None = None,
        datastorage: str | UUID | ByName | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
    ) -> PageT | AllT: ...

    def load_session(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        projects: str | UUID | ByName | None = None,
        datastorage: str | UUID | ByName | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
    ) -> PageT | AllT:
        """Load session records with their dataacquisition, behaviors, manipulations, epochs.

        `load("session", ...)` with named filters: None leaves one out, and a named filter wins
        over the same key in `filters`.

        - `name`: name contains the text, in any case (filter{name.icontains})
        - `projects`: linked to the project with this id, or `ByName(...)` this name
          (filter{projects.id})
        - `datastorage`: linked to the datastorage with this id, or `ByName(...)` this name
          (filter{datastorage.id})
        - `tags`: exact match on tags (filter{tags})

        Includes dataacquisition, behaviors, manipulations, epochs unless `include` says
        otherwise (`include=[]`: none); with `id`, nothing unless asked for, as in the official
        client. The other arguments are `load`'s (`portal=None`: `load`'s default portal);
        `load_all=True` fetches every page and returns one dict with the records under
        'sessions'.
        """
        return cast(
            "PageT | AllT",
            run_loader(
                self,
                "load_session",
                {"name": name, "projects": projects, "datastorage": datastorage, "tags": tags},
                portal,
                id,
                filters,
                sort,
                include,
                limit,
                offset,
                load_all,
            ),
        )

    @overload
    def load_collection(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: Literal[False] = False,
    ) -> PageT: ...

    @overload
    def load_collection(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        *,
        load_all: Literal[True],
    ) -> AllT: ...

    @overload
    def load_collection(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
    ) -> PageT | AllT: ...

    def load_collection(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
    ) -> PageT | AllT:
        """Load collection records with their sessions.

        `load("collection", ...)` with named filters: None leaves one out, and a named filter
        wins over the same key in `filters`.

        - `name`: name contains the text, in any case (filter{name.icontains})
        - `tags`: exact match on tags (filter{tags})

        Includes sessions unless `include` says otherwise (`include=[]`: none); with `id`,
        nothing unless asked for, as in the official client. The other arguments are `load`'s
        (`portal=None`: `load`'s default portal); `load_all=True` fetches every page and returns
        one dict with the records under 'collections'.
        """
        return cast(
            "PageT | AllT",
            run_loader(
                self,
                "load_collection",
                {"name": name, "tags": tags},
                portal,
                id,
                filters,
                sort,
                include,
                limit,
                offset,
                load_all,
            ),
        )

    @overload
    def load_cohort(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: Literal[False] = False,
    ) -> PageT: ...

    @overload
    def load_cohort(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        *,
        load_all: Literal[True],
    ) -> AllT: ...

    @overload
    def load_cohort(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
    ) -> PageT | AllT: ...

    def load_cohort(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
    ) -> PageT | AllT:
        """Load cohort records with their subjects.

        `load("cohort", ...)` with named filters: None leaves one out, and a named filter wins
        over the same key in `filters`.

        - `name`: name contains the text, in any case (filter{name.icontains})
        - `tags`: exact match on tags (filter{tags})

        Includes subjects unless `include` says otherwise (`include=[]`: none); with `id`,
        nothing unless asked for, as in the official client. The other arguments are `load`'s
        (`portal=None`: `load`'s default portal); `load_all=True` fetches every page and returns
        one dict with the records under 'cohorts'.
        """
        return cast(
            "PageT | AllT",
            run_loader(
                self,
                "load_cohort",
                {"name": name, "tags": tags},
                portal,
                id,
                filters,
                sort,
                include,
                limit,
                offset,
                load_all,
            ),
        )

    @overload
    def load_behavior(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        session: str | UUID | ByName | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: Literal[False] = False,
    ) -> PageT: ...

    @overload
    def load_behavior(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        session: str | UUID | ByName | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        *,
        load_all: Literal[True],
    ) -> AllT: ...

    @overload
    def load_behavior(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        session: str | UUID | ByName | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
    ) -> PageT | AllT: ...

    def load_behavior(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        session: str | UUID | ByName | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
    ) -> PageT | AllT:
        """Load behavior records.

        `load("behavior", ...)` with named filters: None leaves one out, and a named filter wins
        over the same key in `filters`.

        - `session`: linked to the session with this id, or `ByName(...)` this name
          (filter{session.id})
        - `tags`: accepted for compatibility but refused: behavior has no tags

        The other arguments are `load`'s (`portal=None`: `load`'s default portal);
        `load_all=True` fetches every page and returns one dict with the records under
        'behaviors'.
        """
        return cast(
            "PageT | AllT",
            run_loader(
                self,
                "load_behavior",
                {"session": session, "tags": tags},
                portal,
                id,
                filters,
                sort,
                include,
                limit,
                offset,
                load_all,
            ),
        )

    @overload
    def load_dataacquisition(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        session: str | UUID | ByName | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: Literal[False] = False,
    ) -> PageT: ...

    @overload
    def load_dataacquisition(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        session: str | UUID | ByName | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        *,
        load_all: Literal[True],
    ) -> AllT: ...

    @overload
    def load_dataacquisition(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        session: str | UUID | ByName | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
    ) -> PageT | AllT: ...

    def load_dataacquisition(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        session: str | UUID | ByName | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
    ) -> PageT | AllT:
        """Load dataacquisition records.

        `load("dataacquisition", ...)` with named filters: None leaves one out, and a named
        filter wins over the same key in `filters`.

        - `session`: linked to the session with this id, or `ByName(...)` this name
          (filter{session.id})
        - `tags`: accepted for compatibility but refused: dataacquisition has no tags

        The other arguments are `load`'s (`portal=None`: `load`'s default portal);
        `load_all=True` fetches every page and returns one dict with the records under
        'data_acquisitions'.
        """
        return cast(
            "PageT | AllT",
            run_loader(
                self,
                "load_dataacquisition",
                {"session": session, "tags": tags},
                portal,
                id,
                filters,
                sort,
                include,
                limit,
                offset,
                load_all,
            ),
        )

    @overload
    def load_manipulation(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        session: str | UUID | ByName | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: Literal[False] = False,
    ) -> PageT: ...

    @overload
    def load_manipulation(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        session: str | UUID | ByName | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        *,
        load_all: Literal[True],
    ) -> AllT: ...

    @overload
    def load_manipulation(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        session: str | UUID | ByName | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
    ) -> PageT | AllT: ...

    def load_manipulation(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        session: str | UUID | ByName | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
    ) -> PageT | AllT:
        """Load manipulation records.

        `load("manipulation", ...)` with named filters: None leaves one out, and a named filter
        wins over the same key in `filters`.

        - `session`: linked to the session with this id, or `ByName(...)` this name
          (filter{session.id})
        - `tags`: accepted for compatibility but refused: manipulation has no tags

        The other arguments are `load`'s (`portal=None`: `load`'s default portal);
        `load_all=True` fetches every page and returns one dict with the records under
        'manipulations'.
        """
        return cast(
            "PageT | AllT",
            run_loader(
                self,
                "load_manipulation",
                {"session": session, "tags": tags},
                portal,
                id,
                filters,
                sort,
                include,
                limit,
                offset,
                load_all,
            ),
        )

    @overload
    def load_procedure(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        subject: str | UUID | ByName | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: Literal[False] = False,
    ) -> PageT: ...

    @overload
    def load_procedure(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        subject: str | UUID | ByName | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        *,
        load_all: Literal[True],
    ) -> AllT: ...

    @overload
    def load_procedure(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        subject: str | UUID | ByName | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
    ) -> PageT | AllT: ...

    def load_procedure(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        subject: str | UUID | ByName | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
    ) -> PageT | AllT:
        """Load procedure records.

        `load("procedure", ...)` with named filters: None leaves one out, and a named filter
        wins over the same key in `filters`.

        - `subject`: linked to the subject with this id, or `ByName(...)` this name
          (filter{subject.id})
        - `tags`: accepted for compatibility but refused: procedure has no tags

        The other arguments are `load`'s (`portal=None`: `load`'s default portal);
        `load_all=True` fetches every page and returns one dict with the records under
        'procedures'.
        """
        return cast(
            "PageT | AllT",
            run_loader(
                self,
                "load_procedure",
                {"subject": subject, "tags": tags},
                portal,
                id,
                filters,
                sort,
                include,
                limit,
                offset,
                load_all,
            ),
        )

    @overload
    def load_procedurelog(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        procedure: str | UUID | ByName | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: Literal[False] = False,
    ) -> PageT: ...

    @overload
    def load_procedurelog(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        procedure: str | UUID | ByName | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        *,
        load_all: Literal[True],
    ) -> AllT: ...

    @overload
    def load_procedurelog(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        procedure: str | UUID | ByName | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
    ) -> PageT | AllT: ...

    def load_procedurelog(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        procedure: str | UUID | ByName | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
    ) -> PageT | AllT:
        """Load procedurelog records.

        `load("procedurelog", ...)` with named filters: None leaves one out, and a named filter
        wins over the same key in `filters`.

        - `procedure`: linked to the procedure with this id, or `ByName(...)` this name
          (filter{procedure.id})
        - `tags`: accepted for compatibility but refused: procedurelog has no tags

        The other arguments are `load`'s (`portal=None`: `load`'s default portal);
        `load_all=True` fetches every page and returns one dict with the records under
        'procedure_logs'.
        """
        return cast(
            "PageT | AllT",
            run_loader(
                self,
                "load_procedurelog",
                {"procedure": procedure, "tags": tags},
                portal,
                id,
                filters,
                sort,
                include,
                limit,
                offset,
                load_all,
            ),
        )

    @overload
    def load_subjectlog(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        subject: str | UUID | ByName | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: Literal[False] = False,
    ) -> PageT: ...

    @overload
    def load_subjectlog(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        subject: str | UUID | ByName | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        *,
        load_all: Literal[True],
    ) -> AllT: ...

    @overload
    def load_subjectlog(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        subject: str | UUID | ByName | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
    ) -> PageT | AllT: ...

    def load_subjectlog(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        subject: str | UUID | ByName | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
    ) -> PageT | AllT:
        """Load subjectlog records.

        `load("subjectlog", ...)` with named filters: None leaves one out, and a named filter
        wins over the same key in `filters`.

        - `subject`: linked to the subject with this id, or `ByName(...)` this name
          (filter{subject.id})
        - `tags`: accepted for compatibility but refused: subjectlog has no tags

        The other arguments are `load`'s (`portal=None`: `load`'s default portal);
        `load_all=True` fetches every page and returns one dict with the records under
        'subject_logs'.
        """
        return cast(
            "PageT | AllT",
            run_loader(
                self,
                "load_subjectlog",
                {"subject": subject, "tags": tags},
                portal,
                id,
                filters,
                sort,
                include,
                limit,
                offset,
                load_all,
            ),
        )

    @overload
    def load_equipment(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        setup: str | UUID | ByName | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: Literal[False] = False,
    ) -> PageT: ...

    @overload
    def load_equipment(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        setup: str | UUID | ByName | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        *,
        load_all: Literal[True],
    ) -> AllT: ...

    @overload
    def load_equipment(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        setup: str | UUID | ByName | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
    ) -> PageT | AllT: ...

    def load_equipment(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        setup: str | UUID | ByName | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
    ) -> PageT | AllT:
        """Load equipment records.

        `load("equipment", ...)` with named filters: None leaves one out, and a named filter
        wins over the same key in `filters`.

        - `name`: name contains the text, in any case (filter{name.icontains})
        - `setup`: linked to the setup with this id, or `ByName(...)` this name
          (filter{setup.id})
        - `tags`: accepted for compatibility but refused: equipment has no tags

        The other arguments are `load`'s (`portal=None`: `load`'s default portal);
        `load_all=True` fetches every page and returns one dict with the records under
        'equipment'.
        """
        return cast(
            "PageT | AllT",
            run_loader(
                self,
                "load_equipment",
                {"name": name, "setup": setup, "tags": tags},
                portal,
                id,
                filters,
                sort,
                include,
                limit,
                offset,
                load_all,
            ),
        )

    @overload
    def load_consumablestock(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: Literal[False] = False,
        *,
        consumable: str | UUID | ByName | None = None,
    ) -> PageT: ...

    @overload
    def load_consumablestock(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        *,
        load_all: Literal[True],
        consumable: str | UUID | ByName | None = None,
    ) -> AllT: ...

    @overload
    def load_consumablestock(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
        *,
        consumable: str | UUID | ByName | None = None,
    ) -> PageT | AllT: ...

    def load_consumablestock(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
        *,
        consumable: str | UUID | ByName | None = None,
    ) -> PageT | AllT:
        """Load consumablestock records.

        `load("consumablestock", ...)` with named filters: None leaves one out, and a named
        filter wins over the same key in `filters`.

        - `tags`: accepted for compatibility but refused: consumablestock has no tags
        - `consumable`: linked to the consumable with this id, or `ByName(...)` this name
          (filter{consumable.id})

        The other arguments are `load`'s (`portal=None`: `load`'s default portal);
        `load_all=True` fetches every page and returns one dict with the records under
        'consumable stocks'.
        """
        return cast(
            "PageT | AllT",
            run_loader(
                self,
                "load_consumablestock",
                {"tags": tags, "consumable": consumable},
                portal,
                id,
                filters,
                sort,
                include,
                limit,
                offset,
                load_all,
            ),
        )

    @overload
    def load_behavioralassay(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: Literal[False] = False,
    ) -> PageT: ...

    @overload
    def load_behavioralassay(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        *,
        load_all: Literal[True],
    ) -> AllT: ...

    @overload
    def load_behavioralassay(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
    ) -> PageT | AllT: ...

    def load_behavioralassay(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
    ) -> PageT | AllT:
        """Load behavioralassay records.

        `load("behavioralassay", ...)` with named filters: None leaves one out, and a named
        filter wins over the same key in `filters`.

        - `name`: name contains the text, in any case (filter{name.icontains})
        - `tags`: accepted for compatibility but refused: behavioralassay has no tags

        The other arguments are `load`'s (`portal=None`: `load`'s default portal);
        `load_all=True` fetches every page and returns one dict with the records under
        'behavioralassays'.
        """
        return cast(
            "PageT | AllT",
            run_loader(
                self,
                "load_behavioralassay",
                {"name": name, "tags": tags},
                portal,
                id,
                filters,
                sort,
                include,
                limit,
                offset,
                load_all,
            ),
        )

    @overload
    def load_datastorage(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: Literal[False] = False,
    ) -> PageT: ...

    @overload
    def load_datastorage(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        *,
        load_all: Literal[True],
    ) -> AllT: ...

    @overload
    def load_datastorage(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
    ) -> PageT | AllT: ...

    def load_datastorage(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
    ) -> PageT | AllT:
        """Load datastorage records.

        `load("datastorage", ...)` with named filters: None leaves one out, and a named filter
        wins over the same key in `filters`.

        - `name`: name contains the text, in any case (filter{name.icontains})
        - `tags`: accepted for compatibility but refused: datastorage has no tags

        The other arguments are `load`'s (`portal=None`: `load`'s default portal);
        `load_all=True` fetches every page and returns one dict with the records under
        'datastorages'.
        """
        return cast(
            "PageT | AllT",
            run_loader(
                self,
                "load_datastorage",
                {"name": name, "tags": tags},
                portal,
                id,
                filters,
                sort,
                include,
                limit,
                offset,
                load_all,
            ),
        )

    @overload
    def load_setup(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: Literal[False] = False,
    ) -> PageT: ...

    @overload
    def load_setup(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        *,
        load_all: Literal[True],
    ) -> AllT: ...

    @overload
    def load_setup(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
    ) -> PageT | AllT: ...

    def load_setup(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
    ) -> PageT | AllT:
        """Load setup records.

        `load("setup", ...)` with named filters: None leaves one out, and a named filter wins
        over the same key in `filters`.

        - `name`: name contains the text, in any case (filter{name.icontains})
        - `tags`: accepted for compatibility but refused: setup has no tags

        The other arguments are `load`'s (`portal=None`: `load`'s default portal);
        `load_all=True` fetches every page and returns one dict with the records under 'setups'.
        """
        return cast(
            "PageT | AllT",
            run_loader(
                self,
                "load_setup",
                {"name": name, "tags": tags},
                portal,
                id,
                filters,
                sort,
                include,
                limit,
                offset,
                load_all,
            ),
        )

    @overload
    def load_hardwaredevice(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: Literal[False] = False,
    ) -> PageT: ...

    @overload
    def load_hardwaredevice(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        *,
        load_all: Literal[True],
    ) -> AllT: ...

    @overload
    def load_hardwaredevice(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
    ) -> PageT | AllT: ...

    def load_hardwaredevice(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
    ) -> PageT | AllT:
        """Load hardwaredevice records.

        `load("hardwaredevice", ...)` with named filters: None leaves one out, and a named
        filter wins over the same key in `filters`.

        - `name`: name contains the text, in any case (filter{name.icontains})
        - `tags`: accepted for compatibility but refused: hardwaredevice has no tags

        The other arguments are `load`'s (`portal=None`: `load`'s default portal);
        `load_all=True` fetches every page and returns one dict with the records under
        'hardwaredevices'.
        """
        return cast(
            "PageT | AllT",
            run_loader(
                self,
                "load_hardwaredevice",
                {"name": name, "tags": tags},
                portal,
                id,
                filters,
                sort,
                include,
                limit,
                offset,
                load_all,
            ),
        )

    @overload
    def load_brainregion(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: Literal[False] = False,
        *,
        acronym: str | None = None,
    ) -> PageT: ...

    @overload
    def load_brainregion(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        *,
        load_all: Literal[True],
        acronym: str | None = None,
    ) -> AllT: ...

    @overload
    def load_brainregion(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
        *,
        acronym: str | None = None,
    ) -> PageT | AllT: ...

    def load_brainregion(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
        *,
        acronym: str | None = None,
    ) -> PageT | AllT:
        """Load brainregion records.

        `load("brainregion", ...)` with named filters: None leaves one out, and a named filter
        wins over the same key in `filters`.

        - `name`: name contains the text, in any case (filter{name.icontains})
        - `tags`: accepted for compatibility but refused: brainregion has no tags
        - `acronym`: exact match on acronym (filter{acronym})

        The other arguments are `load`'s (`portal=None`: `load`'s default portal);
        `load_all=True` fetches every page and returns one dict with the records under
        'brain_regions'.
        """
        return cast(
            "PageT | AllT",
            run_loader(
                self,
                "load_brainregion",
                {"name": name, "tags": tags, "acronym": acronym},
                portal,
                id,
                filters,
                sort,
                include,
                limit,
                offset,
                load_all,
            ),
        )

    @overload
    def load_species(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: Literal[False] = False,
    ) -> PageT: ...

    @overload
    def load_species(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        *,
        load_all: Literal[True],
    ) -> AllT: ...

    @overload
    def load_species(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
    ) -> PageT | AllT: ...

    def load_species(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
    ) -> PageT | AllT:
        """Load species records.

        `load("species", ...)` with named filters: None leaves one out, and a named filter wins
        over the same key in `filters`.

        - `name`: name contains the text, in any case (filter{name.icontains})
        - `tags`: accepted for compatibility but refused: species has no tags

        The other arguments are `load`'s (`portal=None`: `load`'s default portal);
        `load_all=True` fetches every page and returns one dict with the records under
        'species'.
        """
        return cast(
            "PageT | AllT",
            run_loader(
                self,
                "load_species",
                {"name": name, "tags": tags},
                portal,
                id,
                filters,
                sort,
                include,
                limit,
                offset,
                load_all,
            ),
        )

    @overload
    def load_strain(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        species: str | UUID | ByName | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: Literal[False] = False,
    ) -> PageT: ...

    @overload
    def load_strain(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        species: str | UUID | ByName | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        *,
        load_all: Literal[True],
    ) -> AllT: ...

    @overload
    def load_strain(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        species: str | UUID | ByName | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
    ) -> PageT | AllT: ...

    def load_strain(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        species: str | UUID | ByName | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
    ) -> PageT | AllT:
        """Load strain records.

        `load("strain", ...)` with named filters: None leaves one out, and a named filter wins
        over the same key in `filters`.

        - `name`: name contains the text, in any case (filter{name.icontains})
        - `species`: linked to the species with this id, or `ByName(...)` this name
          (filter{species.id})
        - `tags`: accepted for compatibility but refused: strain has no tags

        The other arguments are `load`'s (`portal=None`: `load`'s default portal);
        `load_all=True` fetches every page and returns one dict with the records under
        'strains'.
        """
        return cast(
            "PageT | AllT",
            run_loader(
                self,
                "load_strain",
                {"name": name, "species": species, "tags": tags},
                portal,
                id,
                filters,
                sort,
                include,
                limit,
                offset,
                load_all,
            ),
        )

    @overload
    def load_publication(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: Literal[False] = False,
        *,
        title: str | None = None,
    ) -> PageT: ...

    @overload
    def load_publication(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        *,
        load_all: Literal[True],
        title: str | None = None,
    ) -> AllT: ...

    @overload
    def load_publication(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
        *,
        title: str | None = None,
    ) -> PageT | AllT: ...

    def load_publication(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
        *,
        title: str | None = None,
    ) -> PageT | AllT:
        """Load publication records.

        `load("publication", ...)` with named filters: None leaves one out, and a named filter
        wins over the same key in `filters`.

        - `name`: accepted for compatibility but refused: publication has no name; use title=
          (publications have a title, not a name)
        - `tags`: accepted for compatibility but refused: publication has no tags
        - `title`: title contains the text, in any case (filter{title.icontains})

        The other arguments are `load`'s (`portal=None`: `load`'s default portal);
        `load_all=True` fetches every page and returns one dict with the records under
        'publications'.
        """
        return cast(
            "PageT | AllT",
            run_loader(
                self,
                "load_publication",
                {"name": name, "tags": tags, "title": title},
                portal,
                id,
                filters,
                sort,
                include,
                limit,
                offset,
                load_all,
            ),
        )

    @overload
    def load_laboratory(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: Literal[False] = False,
        *,
        institution: str | None = None,
    ) -> PageT: ...

    @overload
    def load_laboratory(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        *,
        load_all: Literal[True],
        institution: str | None = None,
    ) -> AllT: ...

    @overload
    def load_laboratory(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
        *,
        institution: str | None = None,
    ) -> PageT | AllT: ...

    def load_laboratory(
        self,
        portal: str | None = None,
        id: str | UUID | None = None,
        name: str | None = None,
        tags: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
        *,
        institution: str | None = None,
    ) -> PageT | AllT:
        """Load laboratory records.

        `load("laboratory", ...)` with named filters: None leaves one out, and a named filter
        wins over the same key in `filters`.

        - `name`: accepted for compatibility but refused: laboratory has no name; use
          filters={'group.name.icontains': ...} (a laboratory is named by its group), or
          institution=
        - `tags`: accepted for compatibility but refused: laboratory has no tags
        - `institution`: institution contains the text, in any case
          (filter{institution.icontains})

        The other arguments are `load`'s (`portal=None`: `load`'s default portal);
        `load_all=True` fetches every page and returns one dict with the records under
        'laboratories'.
        """
        return cast(
            "PageT | AllT",
            run_loader(
                self,
                "load_laboratory",
                {"name": name, "tags": tags, "institution": institution},
                portal,
                id,
                filters,
                sort,
                include,
                limit,
                offset,
                load_all,
            ),
        )
