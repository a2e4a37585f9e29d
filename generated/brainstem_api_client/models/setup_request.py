from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.personal_attributes_setup_specifications_type_0_item import (
        PersonalAttributesSetupSpecificationsType0Item,
    )
    from ..models.personal_attributes_setup_specifications_type_1 import (
        PersonalAttributesSetupSpecificationsType1,
    )


T = TypeVar("T", bound="SetupRequest")


@_attrs_define
class SetupRequest:
    name: str
    setup_type: UUID
    location: str | Unset = UNSET
    description: str | Unset = UNSET
    specifications: (
        list[PersonalAttributesSetupSpecificationsType0Item]
        | PersonalAttributesSetupSpecificationsType1
        | Unset
    ) = UNSET
    """ Specifications of a setup, as rows or as a key/value object. """
    is_public: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        setup_type = str(self.setup_type)

        location = self.location

        description = self.description

        specifications: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.specifications, Unset):
            specifications = UNSET
        elif isinstance(self.specifications, list):
            specifications = []
            for componentsschemas_personal_attributes_setup_specifications_type_0_item_data in self.specifications:
                componentsschemas_personal_attributes_setup_specifications_type_0_item = componentsschemas_personal_attributes_setup_specifications_type_0_item_data.to_dict()
                specifications.append(
                    componentsschemas_personal_attributes_setup_specifications_type_0_item
                )

        else:
            specifications = self.specifications.to_dict()

        is_public = self.is_public

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "setup_type": setup_type,
            }
        )
        if location is not UNSET:
            field_dict["location"] = location
        if description is not UNSET:
            field_dict["description"] = description
        if specifications is not UNSET:
            field_dict["specifications"] = specifications
        if is_public is not UNSET:
            field_dict["is_public"] = is_public

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.personal_attributes_setup_specifications_type_0_item import (
            PersonalAttributesSetupSpecificationsType0Item,  # noqa: PLC0415
        )
        from ..models.personal_attributes_setup_specifications_type_1 import (
            PersonalAttributesSetupSpecificationsType1,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("name")

        setup_type = UUID(d.pop("setup_type"))

        location = d.pop("location", UNSET)

        description = d.pop("description", UNSET)

        def _parse_specifications(
            data: object,
        ) -> (
            list[PersonalAttributesSetupSpecificationsType0Item]
            | PersonalAttributesSetupSpecificationsType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_personal_attributes_setup_specifications_type_0 = []
                _componentsschemas_personal_attributes_setup_specifications_type_0 = (
                    data
                )
                for componentsschemas_personal_attributes_setup_specifications_type_0_item_data in _componentsschemas_personal_attributes_setup_specifications_type_0:
                    componentsschemas_personal_attributes_setup_specifications_type_0_item = PersonalAttributesSetupSpecificationsType0Item.from_dict(
                        componentsschemas_personal_attributes_setup_specifications_type_0_item_data
                    )

                    componentsschemas_personal_attributes_setup_specifications_type_0.append(
                        componentsschemas_personal_attributes_setup_specifications_type_0_item
                    )

                return componentsschemas_personal_attributes_setup_specifications_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_personal_attributes_setup_specifications_type_1 = (
                PersonalAttributesSetupSpecificationsType1.from_dict(data)
            )

            return componentsschemas_personal_attributes_setup_specifications_type_1

        specifications = _parse_specifications(d.pop("specifications", UNSET))

        is_public = d.pop("is_public", UNSET)

        setup_request = cls(
            name=name,
            setup_type=setup_type,
            location=location,
            description=description,
            specifications=specifications,
            is_public=is_public,
        )

        setup_request.additional_properties = d
        return setup_request

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
