from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.behavioral_paradigm_request_external_identifiers_type_0 import (
        BehavioralParadigmRequestExternalIdentifiersType0,
    )


T = TypeVar("T", bound="BehavioralParadigmRequest")


@_attrs_define
class BehavioralParadigmRequest:
    name: str
    description: str | Unset = UNSET
    category: UUID | Unset = UNSET
    species: list[UUID] | Unset = UNSET
    original_publication: str | Unset = UNSET
    reference_url: str | Unset = UNSET
    rrid: None | str | Unset = UNSET
    external_identifiers: (
        BehavioralParadigmRequestExternalIdentifiersType0 | None | Unset
    ) = UNSET
    comments: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.behavioral_paradigm_request_external_identifiers_type_0 import (
            BehavioralParadigmRequestExternalIdentifiersType0,  # noqa: PLC0415
        )

        name = self.name

        description = self.description

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = str(self.category)

        species: list[str] | Unset = UNSET
        if not isinstance(self.species, Unset):
            species = []
            for species_item_data in self.species:
                species_item = str(species_item_data)
                species.append(species_item)

        original_publication = self.original_publication

        reference_url = self.reference_url

        rrid: None | str | Unset
        if isinstance(self.rrid, Unset):
            rrid = UNSET
        else:
            rrid = self.rrid

        external_identifiers: dict[str, Any] | None | Unset
        if isinstance(self.external_identifiers, Unset):
            external_identifiers = UNSET
        elif isinstance(
            self.external_identifiers, BehavioralParadigmRequestExternalIdentifiersType0
        ):
            external_identifiers = self.external_identifiers.to_dict()
        else:
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
        if category is not UNSET:
            field_dict["category"] = category
        if species is not UNSET:
            field_dict["species"] = species
        if original_publication is not UNSET:
            field_dict["original_publication"] = original_publication
        if reference_url is not UNSET:
            field_dict["reference_url"] = reference_url
        if rrid is not UNSET:
            field_dict["rrid"] = rrid
        if external_identifiers is not UNSET:
            field_dict["external_identifiers"] = external_identifiers
        if comments is not UNSET:
            field_dict["comments"] = comments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.behavioral_paradigm_request_external_identifiers_type_0 import (
            BehavioralParadigmRequestExternalIdentifiersType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        _category = d.pop("category", UNSET)
        category: UUID | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = UUID(_category)

        _species = d.pop("species", UNSET)
        species: list[UUID] | Unset = UNSET
        if _species is not UNSET:
            species = []
            for species_item_data in _species:
                species_item = UUID(species_item_data)

                species.append(species_item)

        original_publication = d.pop("original_publication", UNSET)

        reference_url = d.pop("reference_url", UNSET)

        def _parse_rrid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rrid = _parse_rrid(d.pop("rrid", UNSET))

        def _parse_external_identifiers(
            data: object,
        ) -> BehavioralParadigmRequestExternalIdentifiersType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                external_identifiers_type_0 = (
                    BehavioralParadigmRequestExternalIdentifiersType0.from_dict(data)
                )

                return external_identifiers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                BehavioralParadigmRequestExternalIdentifiersType0 | None | Unset, data
            )

        external_identifiers = _parse_external_identifiers(
            d.pop("external_identifiers", UNSET)
        )

        comments = d.pop("comments", UNSET)

        behavioral_paradigm_request = cls(
            name=name,
            description=description,
            category=category,
            species=species,
            original_publication=original_publication,
            reference_url=reference_url,
            rrid=rrid,
            external_identifiers=external_identifiers,
            comments=comments,
        )

        behavioral_paradigm_request.additional_properties = d
        return behavioral_paradigm_request

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
