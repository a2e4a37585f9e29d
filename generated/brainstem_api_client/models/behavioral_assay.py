from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.included_record import IncludedRecord


T = TypeVar("T", bound="BehavioralAssay")


@_attrs_define
class BehavioralAssay:
    """A lab's own way of running a behavioral paradigm on a setup type."""

    id: UUID
    name: str
    description: str
    setup_type: IncludedRecord | UUID
    """ UUID of a related record, or the record itself when included. """
    behavioral_paradigm: IncludedRecord | UUID
    """ UUID of a related record, or the record itself when included. """
    licenses: list[IncludedRecord | UUID]
    is_public: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        description = self.description

        setup_type: dict[str, Any] | str
        if isinstance(self.setup_type, UUID):
            setup_type = str(self.setup_type)
        else:
            setup_type = self.setup_type.to_dict()

        behavioral_paradigm: dict[str, Any] | str
        if isinstance(self.behavioral_paradigm, UUID):
            behavioral_paradigm = str(self.behavioral_paradigm)
        else:
            behavioral_paradigm = self.behavioral_paradigm.to_dict()

        licenses = []
        for licenses_item_data in self.licenses:
            licenses_item: dict[str, Any] | str
            if isinstance(licenses_item_data, UUID):
                licenses_item = str(licenses_item_data)
            else:
                licenses_item = licenses_item_data.to_dict()

            licenses.append(licenses_item)

        is_public = self.is_public

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "setup_type": setup_type,
                "behavioral_paradigm": behavioral_paradigm,
                "licenses": licenses,
                "is_public": is_public,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.included_record import IncludedRecord  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

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

        def _parse_behavioral_paradigm(data: object) -> IncludedRecord | UUID:
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

        behavioral_paradigm = _parse_behavioral_paradigm(d.pop("behavioral_paradigm"))

        licenses = []
        _licenses = d.pop("licenses")
        for licenses_item_data in _licenses:

            def _parse_licenses_item(data: object) -> IncludedRecord | UUID:
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

            licenses_item = _parse_licenses_item(licenses_item_data)

            licenses.append(licenses_item)

        is_public = d.pop("is_public")

        behavioral_assay = cls(
            id=id,
            name=name,
            description=description,
            setup_type=setup_type,
            behavioral_paradigm=behavioral_paradigm,
            licenses=licenses,
            is_public=is_public,
        )

        behavioral_assay.additional_properties = d
        return behavioral_assay

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
