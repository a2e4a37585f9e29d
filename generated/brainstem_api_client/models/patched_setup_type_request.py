from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.patched_setup_type_request_category import PatchedSetupTypeRequestCategory
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedSetupTypeRequest")


@_attrs_define
class PatchedSetupTypeRequest:
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    category: PatchedSetupTypeRequestCategory | Unset = UNSET
    comments: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value

        comments = self.comments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if category is not UNSET:
            field_dict["category"] = category
        if comments is not UNSET:
            field_dict["comments"] = comments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _category = d.pop("category", UNSET)
        category: PatchedSetupTypeRequestCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = PatchedSetupTypeRequestCategory(_category)

        comments = d.pop("comments", UNSET)

        patched_setup_type_request = cls(
            name=name,
            description=description,
            category=category,
            comments=comments,
        )

        patched_setup_type_request.additional_properties = d
        return patched_setup_type_request

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
