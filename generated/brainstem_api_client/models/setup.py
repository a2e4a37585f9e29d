from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.included_record import IncludedRecord
    from ..models.personal_attributes_setup_specifications_type_0_item import (
        PersonalAttributesSetupSpecificationsType0Item,
    )
    from ..models.personal_attributes_setup_specifications_type_1 import (
        PersonalAttributesSetupSpecificationsType1,
    )


T = TypeVar("T", bound="Setup")


@_attrs_define
class Setup:
    """A physical rig, maze or apparatus of the lab, of one setup type."""

    id: UUID
    name: str
    location: str
    description: str
    setup_type: IncludedRecord | UUID
    """ UUID of a related record, or the record itself when included. """
    specifications: (
        list[PersonalAttributesSetupSpecificationsType0Item]
        | PersonalAttributesSetupSpecificationsType1
    )
    """ Specifications of a setup, as rows or as a key/value object. """
    is_public: bool
    image: None | str
    """ URL of the setup's image, null when none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        location = self.location

        description = self.description

        setup_type: dict[str, Any] | str
        if isinstance(self.setup_type, UUID):
            setup_type = str(self.setup_type)
        else:
            setup_type = self.setup_type.to_dict()

        specifications: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.specifications, list):
            specifications = []
            for componentsschemas_personal_attributes_setup_specifications_type_0_item_data in self.specifications:
                componentsschemas_personal_attributes_setup_specifications_type_0_item = componentsschemas_personal_attributes_setup_specifications_type_0_item_data.to_dict()
                specifications.append(
                    componentsschemas_personal_attributes_setup_specifications_type_0_item
                )

        else:
            specifications = self.specifications.to_dict()

        is_public = self.is_public

        image: None | str
        image = self.image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "location": location,
                "description": description,
                "setup_type": setup_type,
                "specifications": specifications,
                "is_public": is_public,
                "image": image,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.included_record import IncludedRecord  # noqa: PLC0415
        from ..models.personal_attributes_setup_specifications_type_0_item import (
            PersonalAttributesSetupSpecificationsType0Item,  # noqa: PLC0415
        )
        from ..models.personal_attributes_setup_specifications_type_1 import (
            PersonalAttributesSetupSpecificationsType1,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        location = d.pop("location")

        description = d.pop("description")

        def _parse_setup_type(data: object) -> IncludedRecord | UUID:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_related_id_type_0 = UUID(data)

                return componentsschemas_related_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_related_id_type_1 = IncludedRecord.from_dict(data)

            return componentsschemas_related_id_type_1

        setup_type = _parse_setup_type(d.pop("setup_type"))

        def _parse_specifications(
            data: object,
        ) -> (
            list[PersonalAttributesSetupSpecificationsType0Item]
            | PersonalAttributesSetupSpecificationsType1
        ):
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

        specifications = _parse_specifications(d.pop("specifications"))

        is_public = d.pop("is_public")

        def _parse_image(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        image = _parse_image(d.pop("image"))

        setup = cls(
            id=id,
            name=name,
            location=location,
            description=description,
            setup_type=setup_type,
            specifications=specifications,
            is_public=is_public,
            image=image,
        )

        setup.additional_properties = d
        return setup

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
