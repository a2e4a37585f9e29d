from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.personal_attributes_data_organization_level import (
        PersonalAttributesDataOrganizationLevel,
    )
    from ..models.personal_attributes_data_protocol import (
        PersonalAttributesDataProtocol,
    )


T = TypeVar("T", bound="DataStorage")


@_attrs_define
class DataStorage:
    """Where the data files of sessions are kept and how they are organized."""

    id: UUID
    name: str
    """ Unique (data model page). """
    location: str
    description: str
    is_public: bool
    data_organization: list[PersonalAttributesDataOrganizationLevel]
    data_protocols: list[PersonalAttributesDataProtocol]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        location = self.location

        description = self.description

        is_public = self.is_public

        data_organization = []
        for data_organization_item_data in self.data_organization:
            data_organization_item = data_organization_item_data.to_dict()
            data_organization.append(data_organization_item)

        data_protocols = []
        for data_protocols_item_data in self.data_protocols:
            data_protocols_item = data_protocols_item_data.to_dict()
            data_protocols.append(data_protocols_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "location": location,
                "description": description,
                "is_public": is_public,
                "data_organization": data_organization,
                "data_protocols": data_protocols,
            }
        )

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
        id = UUID(d.pop("id"))

        name = d.pop("name")

        location = d.pop("location")

        description = d.pop("description")

        is_public = d.pop("is_public")

        data_organization = []
        _data_organization = d.pop("data_organization")
        for data_organization_item_data in _data_organization:
            data_organization_item = PersonalAttributesDataOrganizationLevel.from_dict(
                data_organization_item_data
            )

            data_organization.append(data_organization_item)

        data_protocols = []
        _data_protocols = d.pop("data_protocols")
        for data_protocols_item_data in _data_protocols:
            data_protocols_item = PersonalAttributesDataProtocol.from_dict(
                data_protocols_item_data
            )

            data_protocols.append(data_protocols_item)

        data_storage = cls(
            id=id,
            name=name,
            location=location,
            description=description,
            is_public=is_public,
            data_organization=data_organization,
            data_protocols=data_protocols,
        )

        data_storage.additional_properties = d
        return data_storage

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
