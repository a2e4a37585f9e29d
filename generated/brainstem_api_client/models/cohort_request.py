from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CohortRequest")


@_attrs_define
class CohortRequest:
    name: str
    project: UUID
    description: str | Unset = UNSET
    subjects: list[UUID] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        project = str(self.project)

        description = self.description

        subjects: list[str] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = []
            for subjects_item_data in self.subjects:
                subjects_item = str(subjects_item_data)
                subjects.append(subjects_item)

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
        if subjects is not UNSET:
            field_dict["subjects"] = subjects
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        project = UUID(d.pop("project"))

        description = d.pop("description", UNSET)

        _subjects = d.pop("subjects", UNSET)
        subjects: list[UUID] | Unset = UNSET
        if _subjects is not UNSET:
            subjects = []
            for subjects_item_data in _subjects:
                subjects_item = UUID(subjects_item_data)

                subjects.append(subjects_item)

        tags = cast(list[str], d.pop("tags", UNSET))

        cohort_request = cls(
            name=name,
            project=project,
            description=description,
            subjects=subjects,
            tags=tags,
        )

        cohort_request.additional_properties = d
        return cohort_request

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
