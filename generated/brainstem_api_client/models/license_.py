from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.license_status import LicenseStatus
from ..models.license_type import LicenseType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.included_record import IncludedRecord


T = TypeVar("T", bound="License")


@_attrs_define
class License:
    """A regulatory or compliance authorization held by the lab."""

    id: UUID
    name: str
    type_: LicenseType
    description: str
    """ Rich text. """
    country: None | str
    """ ISO 3166-1 alpha-2 code of the issuing country. """
    regulatory_authority: IncludedRecord | None | UUID
    """ UUID of a related record, null when there is none, or the record itself when included (a `$ref` cannot carry
    `nullable` in OpenAPI 3.0, hence this twin of RelatedId). """
    license_number: str
    license_document: None | str
    """ URL of the uploaded authorization file (PDF recommended), null when none. """
    valid_from: datetime.date
    valid_until: datetime.date
    """ On or after valid_from when both are given. """
    license_holders: list[IncludedRecord | int]
    is_public: bool
    status: LicenseStatus = LicenseStatus.DRAFT
    """ active needs both validity dates; expired only after valid_until has passed. """
    behavioralassays: list[IncludedRecord | UUID] | Unset = UNSET
    subjects: list[IncludedRecord | UUID] | Unset = UNSET
    procedures: list[IncludedRecord | UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.included_record import IncludedRecord  # noqa: PLC0415

        id = str(self.id)

        name = self.name

        type_ = self.type_.value

        status = self.status.value

        description = self.description

        country: None | str
        country = self.country

        regulatory_authority: dict[str, Any] | None | str
        if isinstance(self.regulatory_authority, UUID):
            regulatory_authority = str(self.regulatory_authority)
        elif isinstance(self.regulatory_authority, IncludedRecord):
            regulatory_authority = self.regulatory_authority.to_dict()
        else:
            regulatory_authority = self.regulatory_authority

        license_number = self.license_number

        license_document: None | str
        license_document = self.license_document

        valid_from = self.valid_from.isoformat()

        valid_until = self.valid_until.isoformat()

        license_holders = []
        for license_holders_item_data in self.license_holders:
            license_holders_item: dict[str, Any] | int
            if isinstance(license_holders_item_data, IncludedRecord):
                license_holders_item = license_holders_item_data.to_dict()
            else:
                license_holders_item = license_holders_item_data
            license_holders.append(license_holders_item)

        is_public = self.is_public

        behavioralassays: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.behavioralassays, Unset):
            behavioralassays = []
            for behavioralassays_item_data in self.behavioralassays:
                behavioralassays_item: dict[str, Any] | str
                if isinstance(behavioralassays_item_data, UUID):
                    behavioralassays_item = str(behavioralassays_item_data)
                else:
                    behavioralassays_item = behavioralassays_item_data.to_dict()

                behavioralassays.append(behavioralassays_item)

        subjects: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = []
            for subjects_item_data in self.subjects:
                subjects_item: dict[str, Any] | str
                if isinstance(subjects_item_data, UUID):
                    subjects_item = str(subjects_item_data)
                else:
                    subjects_item = subjects_item_data.to_dict()

                subjects.append(subjects_item)

        procedures: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.procedures, Unset):
            procedures = []
            for procedures_item_data in self.procedures:
                procedures_item: dict[str, Any] | str
                if isinstance(procedures_item_data, UUID):
                    procedures_item = str(procedures_item_data)
                else:
                    procedures_item = procedures_item_data.to_dict()

                procedures.append(procedures_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "status": status,
                "description": description,
                "country": country,
                "regulatory_authority": regulatory_authority,
                "license_number": license_number,
                "license_document": license_document,
                "valid_from": valid_from,
                "valid_until": valid_until,
                "license_holders": license_holders,
                "is_public": is_public,
            }
        )
        if behavioralassays is not UNSET:
            field_dict["behavioralassays"] = behavioralassays
        if subjects is not UNSET:
            field_dict["subjects"] = subjects
        if procedures is not UNSET:
            field_dict["procedures"] = procedures

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.included_record import IncludedRecord  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        type_ = LicenseType(d.pop("type"))

        status = LicenseStatus(d.pop("status"))

        description = d.pop("description")

        def _parse_country(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        country = _parse_country(d.pop("country"))

        def _parse_regulatory_authority(data: object) -> IncludedRecord | None | UUID:
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

        regulatory_authority = _parse_regulatory_authority(
            d.pop("regulatory_authority")
        )

        license_number = d.pop("license_number")

        def _parse_license_document(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        license_document = _parse_license_document(d.pop("license_document"))

        valid_from = datetime.date.fromisoformat(d.pop("valid_from"))

        valid_until = datetime.date.fromisoformat(d.pop("valid_until"))

        license_holders = []
        _license_holders = d.pop("license_holders")
        for license_holders_item_data in _license_holders:

            def _parse_license_holders_item(data: object) -> IncludedRecord | int:
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

            license_holders_item = _parse_license_holders_item(
                license_holders_item_data
            )

            license_holders.append(license_holders_item)

        is_public = d.pop("is_public")

        _behavioralassays = d.pop("behavioralassays", UNSET)
        behavioralassays: list[IncludedRecord | UUID] | Unset = UNSET
        if _behavioralassays is not UNSET:
            behavioralassays = []
            for behavioralassays_item_data in _behavioralassays:

                def _parse_behavioralassays_item(data: object) -> IncludedRecord | UUID:
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

                behavioralassays_item = _parse_behavioralassays_item(
                    behavioralassays_item_data
                )

                behavioralassays.append(behavioralassays_item)

        _subjects = d.pop("subjects", UNSET)
        subjects: list[IncludedRecord | UUID] | Unset = UNSET
        if _subjects is not UNSET:
            subjects = []
            for subjects_item_data in _subjects:

                def _parse_subjects_item(data: object) -> IncludedRecord | UUID:
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

                subjects_item = _parse_subjects_item(subjects_item_data)

                subjects.append(subjects_item)

        _procedures = d.pop("procedures", UNSET)
        procedures: list[IncludedRecord | UUID] | Unset = UNSET
        if _procedures is not UNSET:
            procedures = []
            for procedures_item_data in _procedures:

                def _parse_procedures_item(data: object) -> IncludedRecord | UUID:
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

                procedures_item = _parse_procedures_item(procedures_item_data)

                procedures.append(procedures_item)

        license_ = cls(
            id=id,
            name=name,
            type_=type_,
            status=status,
            description=description,
            country=country,
            regulatory_authority=regulatory_authority,
            license_number=license_number,
            license_document=license_document,
            valid_from=valid_from,
            valid_until=valid_until,
            license_holders=license_holders,
            is_public=is_public,
            behavioralassays=behavioralassays,
            subjects=subjects,
            procedures=procedures,
        )

        license_.additional_properties = d
        return license_

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
