from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.personal_attributes_data_organization_level import (
        PersonalAttributesDataOrganizationLevel,
    )
    from ..models.personal_attributes_data_protocol import (
        PersonalAttributesDataProtocol,
    )


T = TypeVar("T", bound="PatchedDataStorageRequest")


@_attrs_define
class PatchedDataStorageRequest:
    name: str | Unset = UNSET
    location: str | Unset = UNSET
    description: str | Unset = UNSET
    is_public: bool | Unset = UNSET
    data_organization: list[PersonalAttributesDataOrganizationLevel] | Unset = UNSET
    data_protocols: list[PersonalAttributesDataProtocol] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        location = self.location

        description = self.description

        is_public = self.is_public

        data_organization: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_organization, Unset):
            data_organization = []
            for data_organization_item_data in self.data_organization:
                data_organization_item = data_organization_item_data.to_dict()
                data_organization.append(data_organization_item)

        data_protocols: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_protocols, Unset):
            data_protocols = []
            for data_protocols_item_data in self.data_protocols:
                data_protocols_item = data_protocols_item_data.to_dict()
                data_protocols.append(data_protocols_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if location is not UNSET:
            field_dict["location"] = location
        if description is not UNSET:
            field_dict["description"] = description
        if is_public is not UNSET:
            field_dict["is_public"] = is_public
        if data_organization is not UNSET:
            field_dict["data_organization"] = data_organization
        if data_protocols is not UNSET:
            field_dict["data_protocols"] = data_protocols

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.personal_attributes_data_organization_level import (
            PersonalAttributesDataOrganizationLevel,  # noqa: PLC0415
        )
        from ..models.personal_attributes_data_protocol import (
            PersonalAttributesDataProtocol,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        location = d.pop("location", UNSET)

        description = d.pop("description", UNSET)

        is_public = d.pop("is_public", UNSET)

        _data_organization = d.pop("data_organization", UNSET)
        data_organization: list[PersonalAttributesDataOrganizationLevel] | Unset = UNSET
        if _data_organization is not UNSET:
            data_organization = []
            for data_organization_item_data in _data_organization:
                data_organization_item = (
                    PersonalAttributesDataOrganizationLevel.from_dict(
                        data_organization_item_data
                    )
                )

                data_organization.append(data_organization_item)

        _data_protocols = d.pop("data_protocols", UNSET)
        data_protocols: list[PersonalAttributesDataProtocol] | Unset = UNSET
        if _data_protocols is not UNSET:
            data_protocols = []
            for data_protocols_item_data in _data_protocols:
                data_protocols_item = PersonalAttributesDataProtocol.from_dict(
                    data_protocols_item_data
                )

                data_protocols.append(data_protocols_item)

        patched_data_storage_request = cls(
            name=name,
            location=location,
            description=description,
            is_public=is_public,
            data_organization=data_organization,
            data_protocols=data_protocols,
        )

        patched_data_storage_request.additional_properties = d
        return patched_data_storage_request

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
