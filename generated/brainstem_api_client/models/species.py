from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Species")


@_attrs_define
class Species:
    """A biological species."""

    id: UUID
    name: str
    """ Unique. """
    description: str
    rrid: None | str
    """ Research Resource Identifier (RRID). """
    rrid_url: None | str
    """ Link to the RRID lookup page. """
    external_identifiers: list[Any]
    """ Identifiers of this entry in external databases. """
    comments: str | Unset = UNSET
    """ Note for the reviewers of a proposed addition or change; omitted when empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        description = self.description

        rrid: None | str
        rrid = self.rrid

        rrid_url: None | str
        rrid_url = self.rrid_url

        external_identifiers = self.external_identifiers

        comments = self.comments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "rrid": rrid,
                "rrid_url": rrid_url,
                "external_identifiers": external_identifiers,
            }
        )
        if comments is not UNSET:
            field_dict["comments"] = comments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        description = d.pop("description")

        def _parse_rrid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rrid = _parse_rrid(d.pop("rrid"))

        def _parse_rrid_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rrid_url = _parse_rrid_url(d.pop("rrid_url"))

        external_identifiers = cast(list[Any], d.pop("external_identifiers"))

        comments = d.pop("comments", UNSET)

        species = cls(
            id=id,
            name=name,
            description=description,
            rrid=rrid,
            rrid_url=rrid_url,
            external_identifiers=external_identifiers,
            comments=comments,
        )

        species.additional_properties = d
        return species

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
