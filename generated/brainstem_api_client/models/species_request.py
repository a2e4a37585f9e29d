from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SpeciesRequest")


@_attrs_define
class SpeciesRequest:
    name: str
    description: str | Unset = UNSET
    rrid: None | str | Unset = UNSET
    external_identifiers: list[Any] | Unset = UNSET
    comments: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        rrid: None | str | Unset
        if isinstance(self.rrid, Unset):
            rrid = UNSET
        else:
            rrid = self.rrid

        external_identifiers: list[Any] | Unset = UNSET
        if not isinstance(self.external_identifiers, Unset):
            external_identifiers = self.external_identifiers

        comments = self.comments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if rrid is not UNSET:
            field_dict["rrid"] = rrid
        if external_identifiers is not UNSET:
            field_dict["external_identifiers"] = external_identifiers
        if comments is not UNSET:
            field_dict["comments"] = comments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        def _parse_rrid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rrid = _parse_rrid(d.pop("rrid", UNSET))

        external_identifiers = cast(list[Any], d.pop("external_identifiers", UNSET))

        comments = d.pop("comments", UNSET)

        species_request = cls(
            name=name,
            description=description,
            rrid=rrid,
            external_identifiers=external_identifiers,
            comments=comments,
        )

        species_request.additional_properties = d
        return species_request

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
