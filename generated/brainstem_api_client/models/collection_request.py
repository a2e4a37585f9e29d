from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectionRequest")


@_attrs_define
class CollectionRequest:
    name: str
    project: UUID
    description: str | Unset = UNSET
    sessions: list[UUID] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        project = str(self.project)

        description = self.description

        sessions: list[str] | Unset = UNSET
        if not isinstance(self.sessions, Unset):
            sessions = []
            for sessions_item_data in self.sessions:
                sessions_item = str(sessions_item_data)
                sessions.append(sessions_item)

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "project": project,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if sessions is not UNSET:
            field_dict["sessions"] = sessions
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        project = UUID(d.pop("project"))

        description = d.pop("description", UNSET)

        _sessions = d.pop("sessions", UNSET)
        sessions: list[UUID] | Unset = UNSET
        if _sessions is not UNSET:
            sessions = []
            for sessions_item_data in _sessions:
                sessions_item = UUID(sessions_item_data)

                sessions.append(sessions_item)

        tags = cast(list[str], d.pop("tags", UNSET))

        collection_request = cls(
            name=name,
            project=project,
            description=description,
            sessions=sessions,
            tags=tags,
        )

        collection_request.additional_properties = d
        return collection_request

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
