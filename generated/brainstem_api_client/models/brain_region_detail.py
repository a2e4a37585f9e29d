from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.brain_region import BrainRegion


T = TypeVar("T", bound="BrainRegionDetail")


@_attrs_define
class BrainRegionDetail:
    brain_region: BrainRegion
    """ A region of a brain atlas. Atlas plus acronym, and atlas plus name, are unique. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brain_region = self.brain_region.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brain_region": brain_region,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.brain_region import BrainRegion  # noqa: PLC0415

        d = dict(src_dict)
        brain_region = BrainRegion.from_dict(d.pop("brain_region"))

        brain_region_detail = cls(
            brain_region=brain_region,
        )

        brain_region_detail.additional_properties = d
        return brain_region_detail

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
