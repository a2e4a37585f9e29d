from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.regulatory_authority_request_authority_type import (
    RegulatoryAuthorityRequestAuthorityType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegulatoryAuthorityRequest")


@_attrs_define
class RegulatoryAuthorityRequest:
    name: str
    abbreviation: str | Unset = UNSET
    country: str | Unset = UNSET
    authority_type: RegulatoryAuthorityRequestAuthorityType | Unset = UNSET
    website: str | Unset = UNSET
    description: str | Unset = UNSET
    is_active: bool | Unset = True
    comments: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        abbreviation = self.abbreviation

        country = self.country

        authority_type: str | Unset = UNSET
        if not isinstance(self.authority_type, Unset):
            authority_type = self.authority_type.value

        website = self.website

        description = self.description

        is_active = self.is_active

        comments = self.comments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if abbreviation is not UNSET:
            field_dict["abbreviation"] = abbreviation
        if country is not UNSET:
            field_dict["country"] = country
        if authority_type is not UNSET:
            field_dict["authority_type"] = authority_type
        if website is not UNSET:
            field_dict["website"] = website
        if description is not UNSET:
            field_dict["description"] = description
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if comments is not UNSET:
            field_dict["comments"] = comments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        abbreviation = d.pop("abbreviation", UNSET)

        country = d.pop("country", UNSET)

        _authority_type = d.pop("authority_type", UNSET)
        authority_type: RegulatoryAuthorityRequestAuthorityType | Unset
        if isinstance(_authority_type, Unset):
            authority_type = UNSET
        else:
            authority_type = RegulatoryAuthorityRequestAuthorityType(_authority_type)

        website = d.pop("website", UNSET)

        description = d.pop("description", UNSET)

        is_active = d.pop("is_active", UNSET)

        comments = d.pop("comments", UNSET)

        regulatory_authority_request = cls(
            name=name,
            abbreviation=abbreviation,
            country=country,
            authority_type=authority_type,
            website=website,
            description=description,
            is_active=is_active,
            comments=comments,
        )

        regulatory_authority_request.additional_properties = d
        return regulatory_authority_request

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
