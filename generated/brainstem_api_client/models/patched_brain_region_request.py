from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.patched_brain_region_request_atlas import PatchedBrainRegionRequestAtlas
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedBrainRegionRequest")


@_attrs_define
class PatchedBrainRegionRequest:
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    acronym: str | Unset = UNSET
    atlas: PatchedBrainRegionRequestAtlas | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        acronym = self.acronym

        atlas: str | Unset = UNSET
        if not isinstance(self.atlas, Unset):
            atlas = self.atlas.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if acronym is not UNSET:
            field_dict["acronym"] = acronym
        if atlas is not UNSET:
            field_dict["atlas"] = atlas

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        acronym = d.pop("acronym", UNSET)

        _atlas = d.pop("atlas", UNSET)
        atlas: PatchedBrainRegionRequestAtlas | Unset
        if isinstance(_atlas, Unset):
            atlas = UNSET
        else:
            atlas = PatchedBrainRegionRequestAtlas(_atlas)

        patched_brain_region_request = cls(
            name=name,
            description=description,
            acronym=acronym,
            atlas=atlas,
        )

        patched_brain_region_request.additional_properties = d
        return patched_brain_region_request

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
