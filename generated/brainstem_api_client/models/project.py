from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.extra_fields import ExtraFields
    from ..models.included_record import IncludedRecord
    from ..models.project_groups import ProjectGroups
    from ..models.project_links import ProjectLinks
    from ..models.project_users import ProjectUsers


T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """A research project; it carries membership and permissions for the records in it."""

    id: UUID
    name: str
    """ Unique. """
    description: str
    sessions: list[IncludedRecord | UUID]
    subjects: list[IncludedRecord | UUID]
    publications: list[IncludedRecord | UUID]
    collections: list[IncludedRecord | UUID]
    cohorts: list[IncludedRecord | UUID]
    extra_fields: ExtraFields
    """ Free key/value metadata; keys start with a letter (letters, digits, underscores), values are strings or
    numbers. """
    is_public: bool
    tags: list[str]
    users: ProjectUsers
    """ Members, keyed by user email. """
    groups: ProjectGroups
    """ Member groups, keyed by group name. """
    links: ProjectLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        description = self.description

        sessions = []
        for sessions_item_data in self.sessions:
            sessions_item: dict[str, Any] | str
            if isinstance(sessions_item_data, UUID):
                sessions_item = str(sessions_item_data)
            else:
                sessions_item = sessions_item_data.to_dict()

            sessions.append(sessions_item)

        subjects = []
        for subjects_item_data in self.subjects:
            subjects_item: dict[str, Any] | str
            if isinstance(subjects_item_data, UUID):
                subjects_item = str(subjects_item_data)
            else:
                subjects_item = subjects_item_data.to_dict()

            subjects.append(subjects_item)

        publications = []
        for publications_item_data in self.publications:
            publications_item: dict[str, Any] | str
            if isinstance(publications_item_data, UUID):
                publications_item = str(publications_item_data)
            else:
                publications_item = publications_item_data.to_dict()

            publications.append(publications_item)

        collections = []
        for collections_item_data in self.collections:
            collections_item: dict[str, Any] | str
            if isinstance(collections_item_data, UUID):
                collections_item = str(collections_item_data)
            else:
                collections_item = collections_item_data.to_dict()

            collections.append(collections_item)

        cohorts = []
        for cohorts_item_data in self.cohorts:
            cohorts_item: dict[str, Any] | str
            if isinstance(cohorts_item_data, UUID):
                cohorts_item = str(cohorts_item_data)
            else:
                cohorts_item = cohorts_item_data.to_dict()

            cohorts.append(cohorts_item)

        extra_fields = self.extra_fields.to_dict()

        is_public = self.is_public

        tags = self.tags

        users = self.users.to_dict()

        groups = self.groups.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "sessions": sessions,
                "subjects": subjects,
                "publications": publications,
                "collections": collections,
                "cohorts": cohorts,
                "extra_fields": extra_fields,
                "is_public": is_public,
                "tags": tags,
                "users": users,
                "groups": groups,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.extra_fields import ExtraFields  # noqa: PLC0415
        from ..models.included_record import IncludedRecord  # noqa: PLC0415
        from ..models.project_groups import ProjectGroups  # noqa: PLC0415
        from ..models.project_links import ProjectLinks  # noqa: PLC0415
        from ..models.project_users import ProjectUsers  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        description = d.pop("description")

        sessions = []
        _sessions = d.pop("sessions")
        for sessions_item_data in _sessions:

            def _parse_sessions_item(data: object) -> IncludedRecord | UUID:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_related_id_type_0 = UUID(data)

                    return componentsschemas_related_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_related_id_type_1 = IncludedRecord.from_dict(data)

                return componentsschemas_related_id_type_1

            sessions_item = _parse_sessions_item(sessions_item_data)

            sessions.append(sessions_item)

        subjects = []
        _subjects = d.pop("subjects")
        for subjects_item_data in _subjects:

            def _parse_subjects_item(data: object) -> IncludedRecord | UUID:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_related_id_type_0 = UUID(data)

                    return componentsschemas_related_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_related_id_type_1 = IncludedRecord.from_dict(data)

                return componentsschemas_related_id_type_1

            subjects_item = _parse_subjects_item(subjects_item_data)

            subjects.append(subjects_item)

        publications = []
        _publications = d.pop("publications")
        for publications_item_data in _publications:

            def _parse_publications_item(data: object) -> IncludedRecord | UUID:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_related_id_type_0 = UUID(data)

                    return componentsschemas_related_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_related_id_type_1 = IncludedRecord.from_dict(data)

                return componentsschemas_related_id_type_1

            publications_item = _parse_publications_item(publications_item_data)

            publications.append(publications_item)

        collections = []
        _collections = d.pop("collections")
        for collections_item_data in _collections:

            def _parse_collections_item(data: object) -> IncludedRecord | UUID:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_related_id_type_0 = UUID(data)

                    return componentsschemas_related_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_related_id_type_1 = IncludedRecord.from_dict(data)

                return componentsschemas_related_id_type_1

            collections_item = _parse_collections_item(collections_item_data)

            collections.append(collections_item)

        cohorts = []
        _cohorts = d.pop("cohorts")
        for cohorts_item_data in _cohorts:

            def _parse_cohorts_item(data: object) -> IncludedRecord | UUID:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_related_id_type_0 = UUID(data)

                    return componentsschemas_related_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_related_id_type_1 = IncludedRecord.from_dict(data)

                return componentsschemas_related_id_type_1

            cohorts_item = _parse_cohorts_item(cohorts_item_data)

            cohorts.append(cohorts_item)

        extra_fields = ExtraFields.from_dict(d.pop("extra_fields"))

        is_public = d.pop("is_public")

        tags = cast(list[str], d.pop("tags"))

        users = ProjectUsers.from_dict(d.pop("users"))

        groups = ProjectGroups.from_dict(d.pop("groups"))

        _links = d.pop("links", UNSET)
        links: ProjectLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = ProjectLinks.from_dict(_links)

        project = cls(
            id=id,
            name=name,
            description=description,
            sessions=sessions,
            subjects=subjects,
            publications=publications,
            collections=collections,
            cohorts=cohorts,
            extra_fields=extra_fields,
            is_public=is_public,
            tags=tags,
            users=users,
            groups=groups,
            links=links,
        )

        project.additional_properties = d
        return project

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
