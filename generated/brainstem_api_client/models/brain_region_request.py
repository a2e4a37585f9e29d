from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.brain_region_request_atlas import BrainRegionRequestAtlas
from ..types import UNSET, Unset

T = TypeVar("T", bound="BrainRegionRequest")


@_attrs_define
class BrainRegionRequest:
    name: str
    acronym: str
    atlas: BrainRegionRequestAtlas
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        acronym = self.acronym

        atlas = self.atlas.value

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "acronym": acronym,
                "atlas": atlas,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        acronym = d.pop("acronym")

        atlas = BrainRegionRequestAtlas(d.pop("atlas"))

        description = d.pop("description", UNSET)

        brain_region_request = cls(
            name=name,
            acronym=acronym,
            atlas=atlas,
            description=description,
        )

        brain_region_request.additional_properties = d
        return brain_region_request

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
