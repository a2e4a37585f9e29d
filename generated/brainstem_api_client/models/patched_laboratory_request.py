from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedLaboratoryRequest")


@_attrs_define
class PatchedLaboratoryRequest:
    group: int | Unset = UNSET
    principal_investigators: list[int] | Unset = UNSET
    description: str | Unset = UNSET
    website: str | Unset = UNSET
    department: str | Unset = UNSET
    institution: str | Unset = UNSET
    city: str | Unset = UNSET
    country: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group = self.group

        principal_investigators: list[int] | Unset = UNSET
        if not isinstance(self.principal_investigators, Unset):
            principal_investigators = self.principal_investigators

        description = self.description

        website = self.website

        department = self.department

        institution = self.institution

        city = self.city

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group is not UNSET:
            field_dict["group"] = group
        if principal_investigators is not UNSET:
            field_dict["principal_investigators"] = principal_investigators
        if description is not UNSET:
            field_dict["description"] = description
        if website is not UNSET:
            field_dict["website"] = website
        if department is not UNSET:
            field_dict["department"] = department
        if institution is not UNSET:
            field_dict["institution"] = institution
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group = d.pop("group", UNSET)

        principal_investigators = cast(
            list[int], d.pop("principal_investigators", UNSET)
        )

        description = d.pop("description", UNSET)

        website = d.pop("website", UNSET)

        department = d.pop("department", UNSET)

        institution = d.pop("institution", UNSET)

        city = d.pop("city", UNSET)

        country = d.pop("country", UNSET)

        patched_laboratory_request = cls(
            group=group,
            principal_investigators=principal_investigators,
            description=description,
            website=website,
            department=department,
            institution=institution,
            city=city,
            country=country,
        )

        patched_laboratory_request.additional_properties = d
        return patched_laboratory_request

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
