from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.brain_region_atlas import BrainRegionAtlas

T = TypeVar("T", bound="BrainRegion")


@_attrs_define
class BrainRegion:
    """A region of a brain atlas. Atlas plus acronym, and atlas plus name, are unique."""

    id: UUID
    name: str
    """ Unique within the atlas. """
    description: str
    acronym: str
    """ Unique within the atlas. """
    atlas: BrainRegionAtlas
    """ Atlas that defines the region: Allen mouse (AIA), developing mouse (AIA_dM), human (AIA_HB), developing
    human (AIA_dHB), non-human primate (AIA_P), spinal column (AIA_S); Brain Maps 4.0 rat (BM4); Paxinos & Franklin
    2001 mouse (PF2001); Paxinos & Watson 1997 rat (PW1997); Swanson 2004 rat (S2004). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        description = self.description

        acronym = self.acronym

        atlas = self.atlas.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "acronym": acronym,
                "atlas": atlas,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        description = d.pop("description")

        acronym = d.pop("acronym")

        atlas = BrainRegionAtlas(d.pop("atlas"))

        brain_region = cls(
            id=id,
            name=name,
            description=description,
            acronym=acronym,
            atlas=atlas,
        )

        brain_region.additional_properties = d
        return brain_region

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
