from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedBehavioralAssayRequest")


@_attrs_define
class PatchedBehavioralAssayRequest:
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    setup_type: UUID | Unset = UNSET
    behavioral_paradigm: UUID | Unset = UNSET
    licenses: list[UUID] | Unset = UNSET
    is_public: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        setup_type: str | Unset = UNSET
        if not isinstance(self.setup_type, Unset):
            setup_type = str(self.setup_type)

        behavioral_paradigm: str | Unset = UNSET
        if not isinstance(self.behavioral_paradigm, Unset):
            behavioral_paradigm = str(self.behavioral_paradigm)

        licenses: list[str] | Unset = UNSET
        if not isinstance(self.licenses, Unset):
            licenses = []
            for licenses_item_data in self.licenses:
                licenses_item = str(licenses_item_data)
                licenses.append(licenses_item)

        is_public = self.is_public

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if setup_type is not UNSET:
            field_dict["setup_type"] = setup_type
        if behavioral_paradigm is not UNSET:
            field_dict["behavioral_paradigm"] = behavioral_paradigm
        if licenses is not UNSET:
            field_dict["licenses"] = licenses
        if is_public is not UNSET:
            field_dict["is_public"] = is_public

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _setup_type = d.pop("setup_type", UNSET)
        setup_type: UUID | Unset
        if isinstance(_setup_type, Unset):
            setup_type = UNSET
        else:
            setup_type = UUID(_setup_type)

        _behavioral_paradigm = d.pop("behavioral_paradigm", UNSET)
        behavioral_paradigm: UUID | Unset
        if isinstance(_behavioral_paradigm, Unset):
            behavioral_paradigm = UNSET
        else:
            behavioral_paradigm = UUID(_behavioral_paradigm)

        _licenses = d.pop("licenses", UNSET)
        licenses: list[UUID] | Unset = UNSET
        if _licenses is not UNSET:
            licenses = []
            for licenses_item_data in _licenses:
                licenses_item = UUID(licenses_item_data)

                licenses.append(licenses_item)

        is_public = d.pop("is_public", UNSET)

        patched_behavioral_assay_request = cls(
            name=name,
            description=description,
            setup_type=setup_type,
            behavioral_paradigm=behavioral_paradigm,
            licenses=licenses,
            is_public=is_public,
        )

        patched_behavioral_assay_request.additional_properties = d
        return patched_behavioral_assay_request

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
