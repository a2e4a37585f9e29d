from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LaboratoryRequest")


@_attrs_define
class LaboratoryRequest:
    group: int
    principal_investigators: list[int]
    institution: str
    description: str | Unset = UNSET
    website: str | Unset = UNSET
    department: str | Unset = UNSET
    city: str | Unset = UNSET
    country: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group = self.group

        principal_investigators = self.principal_investigators

        institution = self.institution

        description = self.description

        website = self.website

        department = self.department

        city = self.city

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group": group,
                "principal_investigators": principal_investigators,
                "institution": institution,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if website is not UNSET:
            field_dict["website"] = website
        if department is not UNSET:
            field_dict["department"] = department
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group = d.pop("group")

        principal_investigators = cast(list[int], d.pop("principal_investigators"))

        institution = d.pop("institution")

        description = d.pop("description", UNSET)

        website = d.pop("website", UNSET)

        department = d.pop("department", UNSET)

        city = d.pop("city", UNSET)

        country = d.pop("country", UNSET)

        laboratory_request = cls(
            group=group,
            principal_investigators=principal_investigators,
            institution=institution,
            description=description,
            website=website,
            department=department,
            city=city,
            country=country,
        )

        laboratory_request.additional_properties = d
        return laboratory_request

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
