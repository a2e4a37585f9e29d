from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.included_record import IncludedRecord


T = TypeVar("T", bound="Laboratory")


@_attrs_define
class Laboratory:
    """Details of a lab, tied one-to-one to a group."""

    id: UUID
    group: IncludedRecord | int
    """ Integer id of a related user or group, or the record itself when included. """
    principal_investigators: list[IncludedRecord | int]
    description: str
    website: str
    department: str
    institution: str
    city: str
    country: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.included_record import IncludedRecord  # noqa: PLC0415

        id = str(self.id)

        group: dict[str, Any] | int
        if isinstance(self.group, IncludedRecord):
            group = self.group.to_dict()
        else:
            group = self.group

        principal_investigators = []
        for principal_investigators_item_data in self.principal_investigators:
            principal_investigators_item: dict[str, Any] | int
            if isinstance(principal_investigators_item_data, IncludedRecord):
                principal_investigators_item = (
                    principal_investigators_item_data.to_dict()
                )
            else:
                principal_investigators_item = principal_investigators_item_data
            principal_investigators.append(principal_investigators_item)

        description = self.description

        website = self.website

        department = self.department

        institution = self.institution

        city = self.city

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "group": group,
                "principal_investigators": principal_investigators,
                "description": description,
                "website": website,
                "department": department,
                "institution": institution,
                "city": city,
                "country": country,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.included_record import IncludedRecord  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_group(data: object) -> IncludedRecord | int:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_related_int_id_type_1 = IncludedRecord.from_dict(data)

                return componentsschemas_related_int_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IncludedRecord | int, data)

        group = _parse_group(d.pop("group"))

        principal_investigators = []
        _principal_investigators = d.pop("principal_investigators")
        for principal_investigators_item_data in _principal_investigators:

            def _parse_principal_investigators_item(
                data: object,
            ) -> IncludedRecord | int:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_related_int_id_type_1 = IncludedRecord.from_dict(
                        data
                    )

                    return componentsschemas_related_int_id_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(IncludedRecord | int, data)

            principal_investigators_item = _parse_principal_investigators_item(
                principal_investigators_item_data
            )

            principal_investigators.append(principal_investigators_item)

        description = d.pop("description")

        website = d.pop("website")

        department = d.pop("department")

        institution = d.pop("institution")

        city = d.pop("city")

        country = d.pop("country")

        laboratory = cls(
            id=id,
            group=group,
            principal_investigators=principal_investigators,
            description=description,
            website=website,
            department=department,
            institution=institution,
            city=city,
            country=country,
        )

        laboratory.additional_properties = d
        return laboratory

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
