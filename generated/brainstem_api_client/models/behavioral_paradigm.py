from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.behavioral_paradigm_external_identifiers_type_0 import (
        BehavioralParadigmExternalIdentifiersType0,
    )
    from ..models.included_record import IncludedRecord


T = TypeVar("T", bound="BehavioralParadigm")


@_attrs_define
class BehavioralParadigm:
    """A standard behavioral task shared across labs, independent of any lab's implementation."""

    id: UUID
    name: str
    """ Unique. """
    description: str
    category: IncludedRecord | None | UUID
    """ UUID of a related record, null when there is none, or the record itself when included (a `$ref` cannot carry
    `nullable` in OpenAPI 3.0, hence this twin of RelatedId). """
    species: list[IncludedRecord | UUID]
    """ Species the paradigm applies to. """
    original_publication: str
    """ Citation of the publication that introduced the paradigm. """
    reference_url: str
    """ Link to documentation or the original publication. """
    rrid: None | str
    """ Research Resource Identifier (RRID). """
    external_identifiers: BehavioralParadigmExternalIdentifiersType0 | None
    """ Identifiers of this entry in external databases. """
    comments: str | Unset = UNSET
    """ Note for the reviewers of a proposed addition or change; omitted when empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.behavioral_paradigm_external_identifiers_type_0 import (
            BehavioralParadigmExternalIdentifiersType0,  # noqa: PLC0415
        )
        from ..models.included_record import IncludedRecord  # noqa: PLC0415

        id = str(self.id)

        name = self.name

        description = self.description

        category: dict[str, Any] | None | str
        if isinstance(self.category, UUID):
            category = str(self.category)
        elif isinstance(self.category, IncludedRecord):
            category = self.category.to_dict()
        else:
            category = self.category

        species = []
        for species_item_data in self.species:
            species_item: dict[str, Any] | str
            if isinstance(species_item_data, UUID):
                species_item = str(species_item_data)
            else:
                species_item = species_item_data.to_dict()

            species.append(species_item)

        original_publication = self.original_publication

        reference_url = self.reference_url

        rrid: None | str
        rrid = self.rrid

        external_identifiers: dict[str, Any] | None
        if isinstance(
            self.external_identifiers, BehavioralParadigmExternalIdentifiersType0
        ):
            external_identifiers = self.external_identifiers.to_dict()
        else:
            external_identifiers = self.external_identifiers

        comments = self.comments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "category": category,
                "species": species,
                "original_publication": original_publication,
                "reference_url": reference_url,
                "rrid": rrid,
                "external_identifiers": external_identifiers,
            }
        )
        if comments is not UNSET:
            field_dict["comments"] = comments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.behavioral_paradigm_external_identifiers_type_0 import (
            BehavioralParadigmExternalIdentifiersType0,  # noqa: PLC0415
        )
        from ..models.included_record import IncludedRecord  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        description = d.pop("description")

        def _parse_category(data: object) -> IncludedRecord | None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_related_id_type_0_type_0 = UUID(data)

                return componentsschemas_nullable_related_id_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_nullable_related_id_type_1 = IncludedRecord.from_dict(
                    data
                )

                return componentsschemas_nullable_related_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IncludedRecord | None | UUID, data)

        category = _parse_category(d.pop("category"))

        species = []
        _species = d.pop("species")
        for species_item_data in _species:

            def _parse_species_item(data: object) -> IncludedRecord | UUID:
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

            species_item = _parse_species_item(species_item_data)

            species.append(species_item)

        original_publication = d.pop("original_publication")

        reference_url = d.pop("reference_url")

        def _parse_rrid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rrid = _parse_rrid(d.pop("rrid"))

        def _parse_external_identifiers(
            data: object,
        ) -> BehavioralParadigmExternalIdentifiersType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                external_identifiers_type_0 = (
                    BehavioralParadigmExternalIdentifiersType0.from_dict(data)
                )

                return external_identifiers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BehavioralParadigmExternalIdentifiersType0 | None, data)

        external_identifiers = _parse_external_identifiers(
            d.pop("external_identifiers")
        )

        comments = d.pop("comments", UNSET)

        behavioral_paradigm = cls(
            id=id,
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

        behavioral_paradigm.additional_properties = d
        return behavioral_paradigm

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
