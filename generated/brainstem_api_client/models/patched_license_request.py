from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.patched_license_request_status import PatchedLicenseRequestStatus
from ..models.patched_license_request_type import PatchedLicenseRequestType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedLicenseRequest")


@_attrs_define
class PatchedLicenseRequest:
    name: str | Unset = UNSET
    type_: PatchedLicenseRequestType | Unset = UNSET
    status: PatchedLicenseRequestStatus | Unset = UNSET
    description: str | Unset = UNSET
    country: None | str | Unset = UNSET
    regulatory_authority: None | Unset | UUID = UNSET
    license_number: str | Unset = UNSET
    valid_from: datetime.date | Unset = UNSET
    valid_until: datetime.date | Unset = UNSET
    license_holders: list[int] | Unset = UNSET
    behavioralassays: list[UUID] | Unset = UNSET
    subjects: list[UUID] | Unset = UNSET
    procedures: list[UUID] | Unset = UNSET
    is_public: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        description = self.description

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        regulatory_authority: None | str | Unset
        if isinstance(self.regulatory_authority, Unset):
            regulatory_authority = UNSET
        elif isinstance(self.regulatory_authority, UUID):
            regulatory_authority = str(self.regulatory_authority)
        else:
            regulatory_authority = self.regulatory_authority

        license_number = self.license_number

        valid_from: str | Unset = UNSET
        if not isinstance(self.valid_from, Unset):
            valid_from = self.valid_from.isoformat()

        valid_until: str | Unset = UNSET
        if not isinstance(self.valid_until, Unset):
            valid_until = self.valid_until.isoformat()

        license_holders: list[int] | Unset = UNSET
        if not isinstance(self.license_holders, Unset):
            license_holders = self.license_holders

        behavioralassays: list[str] | Unset = UNSET
        if not isinstance(self.behavioralassays, Unset):
            behavioralassays = []
            for behavioralassays_item_data in self.behavioralassays:
                behavioralassays_item = str(behavioralassays_item_data)
                behavioralassays.append(behavioralassays_item)

        subjects: list[str] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = []
            for subjects_item_data in self.subjects:
                subjects_item = str(subjects_item_data)
                subjects.append(subjects_item)

        procedures: list[str] | Unset = UNSET
        if not isinstance(self.procedures, Unset):
            procedures = []
            for procedures_item_data in self.procedures:
                procedures_item = str(procedures_item_data)
                procedures.append(procedures_item)

        is_public = self.is_public

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if description is not UNSET:
            field_dict["description"] = description
        if country is not UNSET:
            field_dict["country"] = country
        if regulatory_authority is not UNSET:
            field_dict["regulatory_authority"] = regulatory_authority
        if license_number is not UNSET:
            field_dict["license_number"] = license_number
        if valid_from is not UNSET:
            field_dict["valid_from"] = valid_from
        if valid_until is not UNSET:
            field_dict["valid_until"] = valid_until
        if license_holders is not UNSET:
            field_dict["license_holders"] = license_holders
        if behavioralassays is not UNSET:
            field_dict["behavioralassays"] = behavioralassays
        if subjects is not UNSET:
            field_dict["subjects"] = subjects
        if procedures is not UNSET:
            field_dict["procedures"] = procedures
        if is_public is not UNSET:
            field_dict["is_public"] = is_public

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: PatchedLicenseRequestType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = PatchedLicenseRequestType(_type_)

        _status = d.pop("status", UNSET)
        status: PatchedLicenseRequestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PatchedLicenseRequestStatus(_status)

        description = d.pop("description", UNSET)

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_regulatory_authority(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                regulatory_authority_type_0 = UUID(data)

                return regulatory_authority_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        regulatory_authority = _parse_regulatory_authority(
            d.pop("regulatory_authority", UNSET)
        )

        license_number = d.pop("license_number", UNSET)

        _valid_from = d.pop("valid_from", UNSET)
        valid_from: datetime.date | Unset
        if isinstance(_valid_from, Unset):
            valid_from = UNSET
        else:
            valid_from = datetime.date.fromisoformat(_valid_from)

        _valid_until = d.pop("valid_until", UNSET)
        valid_until: datetime.date | Unset
        if isinstance(_valid_until, Unset):
            valid_until = UNSET
        else:
            valid_until = datetime.date.fromisoformat(_valid_until)

        license_holders = cast(list[int], d.pop("license_holders", UNSET))

        _behavioralassays = d.pop("behavioralassays", UNSET)
        behavioralassays: list[UUID] | Unset = UNSET
        if _behavioralassays is not UNSET:
            behavioralassays = []
            for behavioralassays_item_data in _behavioralassays:
                behavioralassays_item = UUID(behavioralassays_item_data)

                behavioralassays.append(behavioralassays_item)

        _subjects = d.pop("subjects", UNSET)
        subjects: list[UUID] | Unset = UNSET
        if _subjects is not UNSET:
            subjects = []
            for subjects_item_data in _subjects:
                subjects_item = UUID(subjects_item_data)

                subjects.append(subjects_item)

        _procedures = d.pop("procedures", UNSET)
        procedures: list[UUID] | Unset = UNSET
        if _procedures is not UNSET:
            procedures = []
            for procedures_item_data in _procedures:
                procedures_item = UUID(procedures_item_data)

                procedures.append(procedures_item)

        is_public = d.pop("is_public", UNSET)

        patched_license_request = cls(
            name=name,
            type_=type_,
            status=status,
            description=description,
            country=country,
            regulatory_authority=regulatory_authority,
            license_number=license_number,
            valid_from=valid_from,
            valid_until=valid_until,
            license_holders=license_holders,
            behavioralassays=behavioralassays,
            subjects=subjects,
            procedures=procedures,
            is_public=is_public,
        )

        patched_license_request.additional_properties = d
        return patched_license_request

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
