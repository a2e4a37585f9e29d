from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.regulatory_authority_authority_type import (
    RegulatoryAuthorityAuthorityType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegulatoryAuthority")


@_attrs_define
class RegulatoryAuthority:
    """An organization that issues or oversees research approvals and licenses."""

    id: UUID
    name: str
    """ Unique. """
    country: str
    """ ISO 3166-1 alpha-2 code of the country the authority works in. """
    authority_type: RegulatoryAuthorityAuthorityType
    website: str
    description: str
    is_active: bool = True
    """ Whether the authority still operates. """
    abbreviation: str | Unset = UNSET
    """ Short name; omitted when empty. """
    comments: str | Unset = UNSET
    """ Note for the reviewers of a proposed addition or change; omitted when empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        country = self.country

        authority_type = self.authority_type.value

        website = self.website

        description = self.description

        is_active = self.is_active

        abbreviation = self.abbreviation

        comments = self.comments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "country": country,
                "authority_type": authority_type,
                "website": website,
                "description": description,
                "is_active": is_active,
            }
        )
        if abbreviation is not UNSET:
            field_dict["abbreviation"] = abbreviation
        if comments is not UNSET:
            field_dict["comments"] = comments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        country = d.pop("country")

        authority_type = RegulatoryAuthorityAuthorityType(d.pop("authority_type"))

        website = d.pop("website")

        description = d.pop("description")

        is_active = d.pop("is_active")

        abbreviation = d.pop("abbreviation", UNSET)

        comments = d.pop("comments", UNSET)

        regulatory_authority = cls(
            id=id,
            name=name,
            country=country,
            authority_type=authority_type,
            website=website,
            description=description,
            is_active=is_active,
            abbreviation=abbreviation,
            comments=comments,
        )

        regulatory_authority.additional_properties = d
        return regulatory_authority

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
